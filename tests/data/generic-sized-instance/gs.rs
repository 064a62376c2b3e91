// A generic async fn with two instances, one of which nm sizes: `race<edge>` is awaited by
// two callers and keeps its resume function; `race<pulse>` has one and is inlined into
// `block_on`.  The table's largest instance is race<pulse>'s (pulse holds a Range).
#![no_std]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

fn rd(addr: usize) -> u32 { unsafe { core::ptr::read_volatile(addr as *const u32) } }
fn wr(addr: usize, v: u32) { unsafe { core::ptr::write_volatile(addr as *mut u32, v) } }

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; cx.waker().wake_by_ref(); Poll::Pending }
    }
}

pub enum Either<A, B> { Left(A), Right(B) }
pub struct Select<A, B> { a: A, b: B }
impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Either::Left(v));
        }
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            return Poll::Ready(Either::Right(v));
        }
        Poll::Pending
    }
}

pub struct Limit<F> { f: F, left: u32 }
impl<F: Future> Future for Limit<F> {
    type Output = Option<F::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = unsafe { self.get_unchecked_mut() };
        if this.left == 0 { return Poll::Ready(None); }
        this.left -= 1;
        match unsafe { Pin::new_unchecked(&mut this.f) }.poll(cx) {
            Poll::Ready(v) => Poll::Ready(Some(v)),
            Poll::Pending => Poll::Pending,
        }
    }
}

async fn edge() -> u32 { loop { let v = rd(0x4002_0010); if v & 1 != 0 { return v; } Yield(false).await; } }
async fn settle() { Yield(false).await; Yield(false).await; }
async fn pulse(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n { wr(0x4002_0000, i); Yield(false).await; s += rd(0x4002_0004); }
    s
}

#[inline(never)]
pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = core::pin::pin!(f);
    let mut cx = Context::from_waker(core::task::Waker::noop());
    loop { if let Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; } }
}

async fn race<F: Future<Output = u32>>(f: F) -> Option<u32> {
    match (Select { a: f, b: settle() }).await { Either::Left(v) => Some(v), Either::Right(()) => None }
}

pub fn run_race() -> (Option<u32>, Option<u32>) { (block_on(race(edge())), block_on(race(pulse(7)))) }
pub fn run_limit() -> Option<u32> { block_on(Limit { f: race(edge()), left: 9 }).flatten() }
