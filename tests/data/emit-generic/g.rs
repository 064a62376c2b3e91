// --emit=mir prints an awaited instance of a generic async fn by its type with the generic
// arguments, `{async fn body of generic<[u64; 16]>()}`: the awaitee is `generic`.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn generic<T: Clone>(t: T) -> T {
    let c = t.clone();
    Yield(false).await;
    c
}
pub async fn use_generic() -> u64 {
    let b = generic([7u64; 16]).await;
    let p = generic((1u8, 2u16)).await;
    b[3] + p.1 as u64
}
pub async fn passthrough(x: u32) -> u32 {
    generic(x).await
}
