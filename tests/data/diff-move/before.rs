// A fn moved to another module (tests/data/diff-move/regen).  after.rs: count_lines moves
// to `lines` and keeps a histogram across its await; ping is renamed keepalive; helper
// moves to two modules at once (`a::helper`, `b::helper`: no single match).
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

pub async fn count_lines(data: Vec<u8>) -> usize {
    let n = Chunk(data.len()).await;
    data.iter().take(n).filter(|&&b| b == b'\n').count()
}

pub async fn ping(x: u8) -> usize {
    Chunk(x as usize).await
}

pub async fn helper(x: u16) -> usize {
    Chunk(x as usize).await
}
