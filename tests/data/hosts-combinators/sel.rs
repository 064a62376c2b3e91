// Hand-written combinators polled from async fns (core only, as no_std firmware writes them):
// the awaited coroutines have no symbol of their own, their resume functions are inlined into
// `<Select<A, B> as Future>::poll` and `<Timeout<F> as Future>::poll`, the hosts.
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

pub struct Timeout<F> { f: F, left: u32 }
impl<F: Future> Future for Timeout<F> {
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

async fn wait_ready() -> u32 {
    loop {
        let sr = rd(0x4001_2000);
        if sr & 2 != 0 { return sr; }
        Yield(false).await;
    }
}
async fn ticks(n: u32) {
    let end = rd(0x4000_0024).wrapping_add(n);
    while (rd(0x4000_0024).wrapping_sub(end) as i32) < 0 { Yield(false).await; }
}
async fn sample(ch: u32) -> u32 {
    wr(0x4001_2008, 1 | ch << 8);
    Yield(false).await;
    rd(0x4001_204C)
}

pub async fn read_adc() -> Option<u32> {
    match (Select { a: wait_ready(), b: ticks(500) }).await {
        Either::Left(v) => Some(v),
        Either::Right(()) => None,
    }
}
pub async fn read_sample(ch: u32) -> Option<u32> { Timeout { f: sample(ch), left: 50 }.await }

async fn settle() { Yield(false).await; Yield(false).await; }
async fn edge() -> u32 { loop { let v = rd(0x4002_0010); if v & 1 != 0 { return v; } Yield(false).await; } }

#[inline(never)]
pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = core::pin::pin!(f);
    let mut cx = Context::from_waker(core::task::Waker::noop());
    loop { if let Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; } }
}
pub fn run() -> (Option<u32>, Option<u32>) { (block_on(read_adc()), block_on(read_sample(3))) }
// the coroutines a generic argument of an argument: `block_on::<Select<edge, settle>>`
pub fn wait_edge() -> bool { matches!(block_on(Select { a: edge(), b: settle() }), Either::Left(_)) }
