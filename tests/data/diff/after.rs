//! mirscope diff test, "after": compiled as src/lib.rs by tests/data/diff/regen.
//! Changes: `fetch` holds a 256-byte buffer across a new second await (its future grows,
//! and `pipeline`, which awaits it, grows too); `retired` is gone; `fresh` is new; the
//! `impl Conn` block moved down (its span changes, the match must not).
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
    let mut buf = [0u8; 256];
    buf[0] = recv(x as u8).await;
    let a = recv(x).await;
    a + u32::from(buf[(a & 0xff) as usize])
}

pub async fn pipeline(x: u32) -> u32 {
    let y = fetch(x).await;
    y * 2
}

pub async fn steady(x: u64) -> u64 {
    recv(x).await
}

pub async fn fresh() -> u16 {
    recv(3u16).await
}

pub struct Conn {
    pub id: u32,
}

// Moved: the impl now starts a few lines further down.


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
pub fn start_fresh() -> BoxFut<u16> {
    Box::pin(fresh())
}
#[inline(never)]
pub fn start_send(c: &'static Conn) -> BoxFut<u32> {
    Box::pin(c.send(1))
}
