// A crate beside pg with a small non-generic `connect` of its own.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn connect() -> u8 {
    Yield(false).await;
    1
}
pub async fn run() -> u8 {
    connect().await
}
