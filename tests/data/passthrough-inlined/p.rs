// `wrap` only awaits `inner`, whose resume function LLVM inlines into wrap's (the only one
// with a symbol): making wrap a plain fn saves wrap's own part of that symbol, not all of it
// (a firmware trial was promised 186 bytes and saved 44).
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
    let z = y ^ 0x55;
    YieldOnce(false).await;
    z.rotate_left(5)
}

async fn wrap(x: u32) -> u32 {
    inner(x).await
}

pub fn start(x: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(wrap(x))
}
