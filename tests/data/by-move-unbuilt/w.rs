// An async closure called by reference only (AsyncFn): rustc builds its by-ref body
// (`{closure#0}`) and never its by-move body (`{synthetic#0}`), which the dump still has.
// Debug build: every built resume function keeps a symbol.
#![allow(dead_code)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub async fn twice(buf: [u8; 64]) -> u32 {
    let work = async |k: u8| {
        Yield(false).await;
        buf[k as usize % 64] as u32
    };
    work(1).await + work(2).await
}

/// A boxed entry point: keeps `twice`'s resume function (and what it calls) in the object.
pub fn entry() -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(twice([3; 64]))
}
