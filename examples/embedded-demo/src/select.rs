//! Waiting for whichever of two futures finishes first, and timeouts built on it.
use crate::hal::{delay_ms, Delay};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub enum Either<A, B> {
    First(A),
    Second(B),
}

/// Polls `a` first, then `b`; the loser is dropped with the `Select`.
pub struct Select<A, B> {
    a: A,
    b: B,
}

pub fn select<A: Future, B: Future>(a: A, b: B) -> Select<A, B> {
    Select { a, b }
}

impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `a` and `b` are never moved out of the pinned `Select`.
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Either::First(v));
        }
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            return Poll::Ready(Either::Second(v));
        }
        Poll::Pending
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedOut;

/// `fut`, unless `ms` milliseconds pass first.
pub async fn with_timeout<F: Future>(ms: u32, fut: F) -> Result<F::Output, TimedOut> {
    let t: Delay = delay_ms(ms);
    match select(fut, t).await {
        Either::First(v) => Ok(v),
        Either::Second(()) => Err(TimedOut),
    }
}
