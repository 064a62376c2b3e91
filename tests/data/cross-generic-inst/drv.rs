// A generic async fn of a library (with_timeout), instantiated here with a small future and
// in the binary (app.rs) with two larger ones: each unit's -Zprint-type-sizes table lays out
// the instances made in it, this one's naming it `with_timeout<..>`, the binary's
// `drv::with_timeout<..>` (a firmware trial's with_timeout read 32 B where the binary's
// table printed 140 and 52).
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn with_timeout<F: std::future::Future>(f: F) -> Option<F::Output> {
    Yield(false).await;
    Some(f.await)
}
pub async fn tick() -> u8 {
    Yield(false).await;
    1
}
pub async fn read_channel() -> u8 {
    with_timeout(tick()).await.unwrap_or(0)
}
