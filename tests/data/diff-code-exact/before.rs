// step's code, inlined into its one awaiter: no symbol of its own, a corrected estimate
// (tests/data/diff-code-exact/regen).  after.rs: step loops, three futures await it and
// it is boxed too: its own nm symbol, an exact size.
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
    Chunk(x).await + 1
}

pub async fn one(x: usize) -> usize {
    step(x).await * 3
}

pub async fn two(x: usize) -> usize {
    Chunk(x).await + Chunk(x + 1).await
}

pub async fn three(x: usize) -> usize {
    Chunk(x).await ^ Chunk(x + 2).await ^ Chunk(x + 3).await
}

pub async fn four(v: Vec<u8>) -> usize {
    let mut s = 0;
    for b in v { s += Chunk(b as usize).await; }
    s
}

pub fn tasks(x: usize) -> Vec<Pin<Box<dyn Future<Output = usize>>>> {
    vec![Box::pin(one(x)), Box::pin(two(x)), Box::pin(three(x)), Box::pin(four(vec![x as u8]))]
}
