// before.rs changed (tests/data/diff-code-exact/regen): step loops, two and three
// await it too, and tasks boxes it: its resume function has a symbol.
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

async fn step(x: usize) -> usize {
    let mut t = 0;
    for i in 0..x { t += Chunk(i).await.wrapping_mul(x); }
    t
}

pub async fn one(x: usize) -> usize {
    step(x).await * 3
}

pub async fn two(x: usize) -> usize {
    Chunk(x).await + Chunk(x + 1).await + step(x + 5).await
}

pub async fn three(x: usize) -> usize {
    Chunk(x).await ^ Chunk(x + 2).await ^ Chunk(x + 3).await ^ step(x).await
}

pub async fn four(v: Vec<u8>) -> usize {
    let mut s = 0;
    for b in v { s += Chunk(b as usize).await; }
    s
}

pub fn tasks(x: usize) -> Vec<Pin<Box<dyn Future<Output = usize>>>> {
    vec![Box::pin(one(x)), Box::pin(two(x)), Box::pin(three(x)), Box::pin(four(vec![x as u8])), Box::pin(step(x))]
}
