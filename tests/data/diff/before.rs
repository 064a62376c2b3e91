//! mirscope diff test, "before": compiled as src/lib.rs by tests/data/diff/regen.
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
    let a = recv(x).await;
    a + 1
}

pub async fn pipeline(x: u32) -> u32 {
    let y = fetch(x).await;
    y * 2
}

pub async fn steady(x: u64) -> u64 {
    recv(x).await
}

pub async fn retired() -> u8 {
    recv(7u8).await
}

pub struct Conn {
    pub id: u32,
}

impl Conn {
    pub async fn send(&self, v: u32) -> u32 {
        recv(v ^ self.id).await
    }
}

pub type BoxFut<T> = Pin<Box<dyn Future<Output = T>>>;

#[inline(never)]
pub fn start_pipeline(x: u32) -> BoxFut<u32> {
    Box::pin(pipeline(x))
}
#[inline(never)]
pub fn start_steady(x: u64) -> BoxFut<u64> {
    Box::pin(steady(x))
}
#[inline(never)]
pub fn start_retired() -> BoxFut<u8> {
    Box::pin(retired())
}
#[inline(never)]
pub fn start_send(c: &'static Conn) -> BoxFut<u32> {
    Box::pin(c.send(1))
}
