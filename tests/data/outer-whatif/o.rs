// What the tasks hold after the advice: a leaf holds a 1 KiB buffer across an await (advice:
// box it); `mid` and `outer` hold the leaf's future inline and shrink with it.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}
pub fn yield_now() -> Yield {
    Yield(false)
}

#[cfg(not(after))]
pub async fn leaf(seed: u8) -> u32 {
    let buf = [seed; 1024];
    yield_now().await;
    buf.iter().map(|&b| b as u32).sum()
}

#[cfg(after)]
pub async fn leaf(seed: u8) -> u32 {
    let buf = Box::new([seed; 1024]);
    yield_now().await;
    buf.iter().map(|&b| b as u32).sum()
}

pub async fn mid(seed: u8) -> u32 {
    let head = [seed; 48];
    let x = leaf(seed).await;
    yield_now().await;
    x + head[3] as u32
}

pub async fn outer() -> u32 {
    let a = mid(1).await;
    let b = mid(2).await;
    a + b
}

pub fn drive() -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(outer())
}
