// A generic async fn instantiated twice (a firmware trial's `twice`): at opt-level 0 each
// instance keeps a resume function of its own, with its own poison arm; both are code.
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

pub struct Yield(pub bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}
#[inline(never)]
pub fn drive(mut f: Pin<&mut dyn Future<Output = u32>>) -> u32 {
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
pub async fn twice<F: Future<Output = u32>>(f: F) -> u32 {
    let v = f.await;
    Yield(false).await;
    v * 2
}
pub async fn leaf(x: u32) -> u32 {
    Yield(false).await;
    x + 1
}
pub struct Plain(pub u32);
impl Future for Plain {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> { Poll::Ready(self.0) }
}
pub fn run1() -> u32 { drive(pin!(twice(leaf(3)))) }
pub fn run2() -> u32 { drive(pin!(twice(Plain(5)))) }
