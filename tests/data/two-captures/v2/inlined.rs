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

async fn outer(x: u32) -> u32 {
    let a = inner(x).await;
    YieldOnce(false).await;
    let b = inner(a).await;
    a.rotate_left(3) ^ b
}

pub fn start(x: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(outer(x))
}
