// A generic async fn never instantiated in its own crate: no entry in pg's table, so its size
// is a lower bound.  The crate beside it (other.rs) has a plain `connect` of its own, printed
// `{async fn body of connect()}` without a crate: that is no instance of pg's `connect<T>`
// (corpus tokio-postgres' connect<T> read 12 B exact from drops' `connect()`).
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn open<T>(t: T, port: u64) -> (T, u64) {
    Yield(false).await;
    (t, port)
}
pub async fn connect<T>(t: T, port: u64) -> (T, u64) {
    open(t, port).await
}
