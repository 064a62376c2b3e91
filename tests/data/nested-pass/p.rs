// Async blocks that only await another async block (a trial: only the innermost was found a
// passthrough); the outer ones build their awaited future as an aggregate, not by a call.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = u32;
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<u32> {
        if self.0 { std::task::Poll::Ready(7) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn g(a: u32) -> u32 { Yield(false).await + a }
pub async fn nested(a: u32) -> u32 { async move { async move { g(a).await }.await }.await }
// not a passthrough: work after the await
pub async fn adds(a: u32) -> u32 { async move { g(a).await }.await + 1 }
