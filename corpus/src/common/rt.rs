//! Tiny executor-free runtime shared by the corpus crates (included with `#[path]`).
//!
//! Leaf futures are hand-written `Future` impls, so every `.await` in the corpus
//! is a real suspend point whose callee is *not* a coroutine.  Nothing here is
//! async itself, so with the coroutine dump filters this module contributes no
//! `.mir` files.
#![allow(dead_code)]

use core::future::Future;
use core::pin::Pin;
use core::sync::atomic::{AtomicU64, Ordering};
use core::task::{Context, Poll, Waker};

/// Global "clock", advanced by every poll of a leaf future.
pub static TICKS: AtomicU64 = AtomicU64::new(0);

pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Returns `Pending` once, then `Ready(())`.
pub struct YieldNow {
    yielded: bool,
}

pub fn yield_now() -> YieldNow {
    YieldNow { yielded: false }
}

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        TICKS.fetch_add(1, Ordering::Relaxed);
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// A value that "arrives" after `delay` polls (simulated I/O).
pub struct Recv<T> {
    value: Option<T>,
    delay: u8,
}

pub fn recv<T>(value: T) -> Recv<T> {
    Recv { value: Some(value), delay: 1 }
}

pub fn recv_after<T>(value: T, delay: u8) -> Recv<T> {
    Recv { value: Some(value), delay }
}

impl<T> Unpin for Recv<T> {}

impl<T> Future for Recv<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        TICKS.fetch_add(1, Ordering::Relaxed);
        if self.delay > 0 {
            self.delay -= 1;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.value.take().expect("Recv polled after completion"))
    }
}

/// Completes once the global clock has reached `deadline`.
pub struct Sleep {
    deadline: u64,
}

pub fn sleep(ticks: u64) -> Sleep {
    Sleep { deadline: TICKS.load(Ordering::Relaxed).saturating_add(ticks) }
}

impl Future for Sleep {
    type Output = u64;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u64> {
        let now = TICKS.fetch_add(1, Ordering::Relaxed);
        if now >= self.deadline {
            Poll::Ready(now)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Polls a future once with a no-op waker.
pub fn poll_once<F: Future + ?Sized>(fut: Pin<&mut F>) -> Poll<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    fut.poll(&mut cx)
}

/// Busy-polls a future to completion (no executor, no threads).
pub fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = core::pin::pin!(fut);
    loop {
        if let Poll::Ready(v) = poll_once(fut.as_mut()) {
            return v;
        }
    }
}
