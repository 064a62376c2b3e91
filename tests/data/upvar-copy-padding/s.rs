// An argument copied into a saved local (an async fn moves each argument into its own local)
// that only a small state holds, while a larger state holds neither: the value is stored
// twice, but the future is as large without the copy (the largest state does not hold it):
// no upvar-copy.  `--cfg after`: the same awaits in an async block that uses its capture in
// place (no copy), the layout the what-if predicts.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}
pub fn yld() -> Yield { Yield(false) }

#[inline(never)]
pub async fn big() -> u64 { let a = [1u64; 8]; yld().await; a[3] }

// n (2 bytes) copied into its local, held in Suspend0 only; Suspend1 holds big()'s 72 bytes.
#[cfg(not(after))]
pub async fn small_then_big(n: u16) -> u64 {
    yld().await;
    let x = n as u64;
    big().await + x
}
// The same with a 64-byte argument: Suspend0 holding its copy is the largest state.
#[cfg(not(after))]
pub async fn frame_then_big(f: [u64; 8]) -> u64 {
    yld().await;
    let x = f[1] + f[7];
    big().await + x
}

#[cfg(after)]
pub fn small_then_big(n: u16) -> impl Future<Output = u64> {
    async move { yld().await; let x = n as u64; big().await + x }
}
#[cfg(after)]
pub fn frame_then_big(f: [u64; 8]) -> impl Future<Output = u64> {
    async move { yld().await; let x = f[1] + f[7]; big().await + x }
}

fn poll_once<F: Future>(f: F) {
    let mut f = Box::pin(f);
    let w = std::task::Waker::noop();
    let _ = f.as_mut().poll(&mut Context::from_waker(w));
}

pub fn run() {
    poll_once(small_then_big(3));
    poll_once(frame_then_big([2; 8]));
}
