// A wrapper that only awaits a future built from a byte-string literal (`write_all(b"..")`
// in firmware): the literal's unsizing cast is no work of the wrapper (a fresh-eyes trial's
// `send_ping` was not found).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(usize);
impl Future for Tick {
    type Output = usize;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<usize> {
        Poll::Ready(self.0)
    }
}

pub async fn write_all(buf: &[u8]) -> usize {
    Tick(buf.len()).await + buf[0] as usize
}

pub async fn send_ping() -> usize {
    write_all(b"PING\n").await
}
