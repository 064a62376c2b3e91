// Async closures called by reference only, by value only, and both ways (debug build: no
// inlining).  nm names each body's coroutine type with its closure kind: `<i16>` (FnMut) for
// the by-ref body, `<i32>` (FnOnce) for the by-move one; only the bodies built are counted.
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

#[inline(never)]
pub async fn call_by_ref(f: impl AsyncFn() -> u32) -> u32 {
    f().await + f().await
}
#[inline(never)]
pub async fn call_by_value(f: impl AsyncFnOnce() -> u32) -> u32 {
    f().await
}

/// By reference only: the by-move body is not built.
pub async fn by_ref(table: [u8; 32]) -> u32 {
    let get = async || {
        Yield(false).await;
        table[1] as u32
    };
    call_by_ref(&get).await
}

/// By value only: the by-ref body is not built.
pub async fn by_value(table: [u8; 32]) -> u32 {
    let get = async move || {
        Yield(false).await;
        table[2] as u32
    };
    call_by_value(get).await
}

/// Both ways: both bodies are built.
pub async fn both(table: [u8; 32]) -> u32 {
    let get = async move || {
        Yield(false).await;
        table[3] as u32
    };
    let n = call_by_ref(&get).await;
    n + call_by_value(get).await
}

/// Entry points that keep every future above in the object.
pub fn entries() -> [Pin<Box<dyn Future<Output = u32>>>; 3] {
    [Box::pin(by_ref([1; 32])), Box::pin(by_value([2; 32])), Box::pin(both([3; 32]))]
}
