// before.rs changed (tests/data/diff-move/regen): count_lines is in `lines` with a
// histogram, ping is keepalive, helper is in `a` and in `b`.
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

pub mod lines {
    use super::Chunk;
    pub async fn count_lines(data: Vec<u8>) -> usize {
        let mut hist = [0u32; 256];
        let n = Chunk(data.len()).await;
        for &b in data.iter().take(n) {
            hist[b as usize] += 1;
        }
        hist[b'\n' as usize] as usize
    }
}

pub async fn keepalive(x: u8) -> usize {
    Chunk(x as usize).await
}

pub mod a {
    pub async fn helper(x: u16) -> usize {
        super::Chunk(x as usize).await
    }
}

pub mod b {
    pub async fn helper(x: u16) -> usize {
        super::Chunk(x as usize + 1).await
    }
}
