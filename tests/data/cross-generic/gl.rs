// A generic async fn of one crate, instantiated (and so laid out by -Zprint-type-sizes) only in
// the crate that uses it (user.rs): its table names it `gl::read_msg<..>` (a trial's
// workspace read ≥88 where 144 was captured).
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn read_msg<T: Clone>(t: T) -> T {
    let copy = t.clone();
    Yield(false).await;
    copy
}
