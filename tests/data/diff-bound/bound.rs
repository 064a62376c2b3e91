// One build, two inputs (tests/data/diff-bound/regen): exact/ has -Zprint-type-sizes beside
// the dumps, plain/ only the dumps.  Tick is a unit struct the dumps do not size: without the
// table `fill` is at least 80 bytes, and the table says exactly 80.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick;
impl Future for Tick {
    type Output = usize;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<usize> {
        Poll::Ready(1)
    }
}

pub async fn fill(seed: u64) -> u64 {
    let buf = [seed; 8];
    let n = Tick.await;
    buf[n % 8]
}
