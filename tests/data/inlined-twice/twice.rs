// `inner` awaited by two futures that are boxed as `dyn Future` (so each keeps a resume
// function with a symbol): LLVM copies inner's resume function, poison arms included, into
// both (a fresh-eyes trial counted the arms in the disassembly: one per copy).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct YieldOnce(bool);
impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 { return Poll::Ready(()); }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

async fn inner(x: u32) -> u32 {
    let y = x.wrapping_mul(3);
    YieldOnce(false).await;
    y ^ 0x55
}

async fn first(x: u32) -> u32 {
    let a = inner(x).await;
    YieldOnce(false).await;
    a.rotate_left(3)
}

async fn second(x: u32) -> u32 {
    let a = inner(x ^ 7).await;
    a.wrapping_add(11)
}

pub fn start_first(x: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(first(x))
}

pub fn start_second(x: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(second(x))
}
