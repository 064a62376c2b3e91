// Resume functions inlined into a generic executor's instance, `block_on::<hosts::level3::
// {closure#0}>` (a fresh-eyes trial: a chain of four modelled at 970 bytes inside a 437-byte
// block_on): that symbol bounds the code of the coroutine and of its inlined awaitees.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn level1(buf: [u8; 64]) -> u8 { Yield(false).await; buf[1] }
pub async fn level2(buf: [u8; 64]) -> u8 { level1(buf).await }
pub async fn level3(buf: [u8; 64]) -> u8 { level2(buf).await + 1 }
pub async fn unused(x: u32) -> u32 { Yield(false).await; x + 1 }
#[inline(never)]
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop { if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; } }
}
pub fn run() -> u8 { block_on(level3([std::hint::black_box(1); 64])) }
