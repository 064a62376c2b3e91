//! mirscope diff test: one source built four ways by tests/data/diff-builds/regen (a release
//! capture, a debug one, a nightly one, and the release capture's dumps/ kept alone).
#![allow(dead_code)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A leaf future: pending once, then ready.
pub struct Recv<T>(Option<T>, bool);
impl<T: Unpin> Future for Recv<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if !self.1 {
            self.1 = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.0.take().unwrap())
    }
}
pub fn recv<T: Unpin>(v: T) -> Recv<T> {
    Recv(Some(v), false)
}

pub async fn fetch(x: u32) -> u32 {
    let mut buf = [0u8; 64];
    buf[0] = recv(x as u8).await;
    recv(x).await + u32::from(buf[(x & 0x3f) as usize])
}

pub async fn pipeline(x: u32) -> u32 {
    let y = fetch(x).await;
    y * 2
}

pub type BoxFut<T> = Pin<Box<dyn Future<Output = T>>>;

#[inline(never)]
pub fn start_pipeline(x: u32) -> BoxFut<u32> {
    Box::pin(pipeline(x))
}
