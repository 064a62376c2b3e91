//! mirscope diff test, "before": compiled as src/lib.rs by tests/data/diff-names/regen.
//! Coroutines whose def path names (`{closure#0}`) differ from the names the tables give
//! them (`Conn::send`, `{async block@lib.rs:L:C}`), and a few plain async fns, to diff
//! against after.rs, where most of them grow.
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
        recv(v ^ self.id).await
    }
}

pub fn retrying(n: u32) -> impl Future<Output = u32> {
    let make = move |k: u32| async move { recv(k + n).await };
    async move { make(1).await + make(2).await }
}

pub async fn one(x: u32) -> u32 {
    recv(x).await
}
pub async fn two(x: u32) -> u32 {
    recv(x).await
}
pub async fn three(x: u32) -> u32 {
    recv(x).await
}
pub async fn four(x: u32) -> u32 {
    recv(x).await
}
pub async fn five(x: u32) -> u32 {
    recv(x).await
}

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
