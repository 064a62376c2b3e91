// A generic wrapper awaits its parameter `F` (a fresh-eyes trial's `with_deadline<F>`): the
// MIR of `with_deadline` types the awaitee `F/#0`, only -Zprint-type-sizes' instance names the
// future it is (`serve`'s).  At opt-level 3 `serve`, `with_deadline` and `layer` are inlined
// into `top`'s resume function, the one with a symbol: their code is in its size, not beside.
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub async fn with_deadline<F: Future>(f: F, limit: u32) -> Option<F::Output> {
    let start = limit.wrapping_mul(3);
    let out = f.await;
    if start > 1000 { None } else { Some(out) }
}

async fn serve(seed: u8) -> u32 {
    let mut scratch = [seed; 512];
    Yield(false).await;
    scratch[7] = scratch[3].wrapping_add(1);
    Yield(false).await;
    scratch.iter().map(|&b| b as u32).sum()
}

async fn layer<F: Future<Output = u32>>(f: F) -> u32 {
    with_deadline(f, 5).await.unwrap_or(0)
}

pub async fn top(seed: u8) -> u32 {
    let a = layer(serve(seed)).await;
    a + 1
}

#[inline(never)]
pub fn drive(f: Pin<&mut dyn Future<Output = u32>>, cx: &mut Context<'_>) -> Poll<u32> {
    f.poll(cx)
}

pub fn run(cx: &mut Context<'_>) -> Poll<u32> {
    let mut t = core::pin::pin!(top(3));
    drive(t.as_mut(), cx)
}
