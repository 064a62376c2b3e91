// `work` gains a buffer held across its await; `a_wrapper`, which awaits it, grows as much.
pub struct Tick(pub u8);
impl std::future::Future for Tick {
    type Output = u8;
    fn poll(self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<u8> {
        std::task::Poll::Ready(self.0)
    }
}

pub async fn work(x: u8) -> u8 {
    Tick(x).await
}

pub async fn a_wrapper(x: u8) -> u8 {
    work(x).await.wrapping_add(1)
}
