//! mirscope diff test, "after": compiled as src/lib.rs by tests/data/diff-names/regen.
//! Changes: `Conn::send` and the async block of `retrying`'s closure hold a buffer across a
//! second await (a held-across-await finding appears, and their awaiters grow); `one` ..
//! `five` hold buffers of 16 .. 80 bytes across a second await.
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

pub struct Conn {
    pub id: u32,
}

impl Conn {
    pub async fn send(&self, v: u32) -> u32 {
        let mut buf = [0u8; 128];
        buf[0] = recv(v as u8).await;
        recv(v ^ self.id).await + u32::from(buf[(v & 0x7f) as usize])
    }
}

pub fn retrying(n: u32) -> impl Future<Output = u32> {
    let make = move |k: u32| async move {
        let mut buf = [0u8; 96];
        buf[0] = recv(k as u8).await;
        recv(k + n).await + u32::from(buf[(k & 0x3f) as usize])
    };
    async move { make(1).await + make(2).await }
}

macro_rules! held {
    ($name:ident, $n:expr) => {
        pub async fn $name(x: u32) -> u32 {
            let mut buf = [0u8; $n];
            buf[0] = recv(x as u8).await;
            recv(x).await + u32::from(buf[(x as usize) % $n])
        }
    };
}
held!(one, 16);
held!(two, 32);
held!(three, 48);
held!(four, 64);
held!(five, 80);

pub type BoxFut<T> = Pin<Box<dyn Future<Output = T>>>;

#[inline(never)]
pub fn start_send(c: &'static Conn) -> BoxFut<u32> {
    Box::pin(c.send(1))
}
#[inline(never)]
pub fn start_retrying(n: u32) -> BoxFut<u32> {
    Box::pin(retrying(n))
}
#[inline(never)]
pub fn start_all(x: u32) -> BoxFut<u32> {
    Box::pin(async move { one(x).await + two(x).await + three(x).await + four(x).await + five(x).await })
}
