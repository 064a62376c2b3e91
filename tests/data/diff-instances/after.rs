// before.rs changed (tests/data/diff-instances/regen): pump::<64> is now pump::<512>, Msg
// is 100 bytes, retry has a second instance, retry<u32>.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Chunk(pub usize);
impl Future for Chunk {
    type Output = usize;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<usize> {
        Poll::Ready(self.0)
    }
}

#[derive(Clone, Copy)]
pub struct Msg(pub [u8; 100]);
#[derive(Clone, Copy)]
pub struct Big(pub [u8; 2048]);

pub async fn pump<const N: usize>(seed: u8) -> usize {
    let buf = [seed; N];
    let n = Chunk(buf.len()).await;
    buf[n % N] as usize
}

pub async fn relay<T: Copy>(v: T) -> usize {
    let held = v;
    let n = Chunk(1).await;
    std::mem::size_of_val(&held) + n
}

pub async fn retry<T: Copy>(v: T) -> T {
    Chunk(1).await;
    v
}

pub fn spawn<F: Future>(f: F) -> usize {
    std::mem::size_of_val(&f)
}

pub fn run() -> usize {
    spawn(pump::<512>(1)) + spawn(pump::<1024>(2))
        + spawn(relay(Msg([0; 100]))) + spawn(relay(Big([0; 2048])))
        + spawn(retry([0u64; 32])) + spawn(retry(7u32))
}
