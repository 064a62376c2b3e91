//! Case `async-all`: one small async crate dumped with `-Zdump-mir=all`
//! (every pass, every body) for pass-selection tests.  Self-contained: one
//! leaf future, one async fn with two awaits and a Drop local, an async
//! block, and an entry point.
#![allow(dead_code)]

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Tick(bool);

impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 {
            Poll::Ready(7)
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0 = 0;
    }
}

pub async fn step(x: u32) -> u32 {
    let g = Guard(x);
    let a = Tick(false).await;
    let b = Tick(false).await;
    a + b + g.0
}

#[inline(never)]
pub fn start(x: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(async move {
        let s = step(x).await;
        s * 2
    })
}
