// An argument moved into a call that returns a hand-written future holding it (a timeout or
// select wrapper, as firmware writes them): the awaited future holds the value and the
// upvar keeps its own slot in every state (rust-lang/rust#62958).
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Timer(pub u32);
impl Future for Timer {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<()> {
        if self.0 == 0 { Poll::Ready(()) } else { self.0 -= 1; Poll::Pending }
    }
}

pub enum Either<A, B> { First(A), Second(B) }
pub struct Select<A, B> { a: A, b: B }
pub fn select<A: Future, B: Future>(a: A, b: B) -> Select<A, B> { Select { a, b } }
impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
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

pub struct Timeout<F> { fut: F, left: u32 }
impl<F: Future> Future for Timeout<F> {
    type Output = Option<F::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.fut) }.poll(cx) {
            return Poll::Ready(Some(v));
        }
        if this.left == 0 { return Poll::Ready(None); }
        this.left -= 1;
        Poll::Pending
    }
}

// a concrete future: 64 bytes, aligned to 8
pub struct Frame(pub [u64; 8]);
impl Future for Frame {
    type Output = u64;
    fn poll(self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<u64> { Poll::Ready(self.0[3]) }
}

// copies: the upvar's type is a generic argument of the returned struct's type
pub async fn with_timeout<F: Future>(ticks: u32, fut: F) -> Result<F::Output, ()> {
    match select(fut, Timer(ticks)).await {
        Either::First(v) => Ok(v),
        Either::Second(()) => Err(()),
    }
}
// a struct literal: `Timeout::<F> { fut: move _5, left: .. }`
pub async fn timeout_lit<F: Future>(ticks: u32, fut: F) -> Option<F::Output> {
    Timeout { fut, left: ticks }.await
}
// not generic: Select<Frame, Timer>
pub async fn frame_select(f: Frame) -> u64 {
    match select(f, Timer(3)).await { Either::First(v) => v, Either::Second(()) => 0 }
}
// not generic: a struct literal, and a tuple struct's constructor, of a type with no
// generic argument
pub struct Sender { buf: [u8; 64], sent: bool }
impl Future for Sender {
    type Output = u8;
    fn poll(mut self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<u8> {
        if self.sent { Poll::Ready(self.buf[1]) } else { self.sent = true; Poll::Pending }
    }
}
pub async fn send_lit(buf: [u8; 64]) -> u8 { Sender { buf, sent: false }.await }
pub struct Sent(pub [u8; 64], pub bool);
impl Future for Sent {
    type Output = u8;
    fn poll(mut self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<u8> {
        if self.1 { Poll::Ready(self.0[1]) } else { self.1 = true; Poll::Pending }
    }
}
pub async fn send_tuple(buf: [u8; 64]) -> u8 { Sent(buf, false).await }

// no copies: the call consumes the upvar and returns a future that does not hold it
#[inline(never)] pub fn len_of<F>(f: F) -> usize { std::mem::size_of_val(&f) }
pub async fn consumes<F: Future>(fut: F) -> usize { let n = len_of(fut); Timer(n as u32).await; n }
#[inline(never)] pub fn timer_for<F>(f: F) -> Timer { Timer(std::mem::size_of_val(&f) as u32) }
pub async fn unrelated<F: Future>(fut: F) { timer_for(fut).await }
#[inline(never)] pub fn ready_len<F>(f: F) -> std::future::Ready<usize> { std::future::ready(len_of(f)) }
pub async fn ready_of<F: Future>(fut: F) -> usize { ready_len(fut).await }
// the type named only inside another: <F as Future>::Output
#[inline(never)] pub fn pending_of<F: Future>(f: F) -> std::future::Pending<F::Output> { drop(f); std::future::pending() }
pub async fn pending_out<F: Future>(fut: F) -> F::Output { pending_of(fut).await }
// a generic argument the struct does not hold by value: PhantomData, a Box
pub struct Tagged<F>(PhantomData<F>, Timer);
impl<F> Future for Tagged<F> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        unsafe { self.map_unchecked_mut(|t| &mut t.1) }.poll(cx)
    }
}
#[inline(never)] pub fn tagged<F>(f: F) -> Tagged<F> { drop(f); Tagged(PhantomData, Timer(1)) }
pub async fn phantom<F: Future>(fut: F) { tagged(fut).await }
pub async fn boxed<F: Future>(fut: F) -> F::Output { Box::pin(fut).await }

// instances, for -Zprint-type-sizes
pub fn run(t: u32) -> usize {
    fn size<T>(_: &T) -> usize { std::mem::size_of::<T>() }
    let f = Frame([7; 8]);
    size(&with_timeout(t, Frame([1; 8]))) + size(&timeout_lit(t, Frame([2; 8])))
        + size(&frame_select(Frame([3; 8]))) + size(&send_lit([4; 64])) + size(&send_tuple([4; 64]))
        + size(&consumes(Frame([5; 8]))) + size(&unrelated(Frame([6; 8])))
        + size(&ready_of(f)) + size(&pending_out(Frame([8; 8])))
        + size(&phantom(Frame([9; 8]))) + size(&boxed(Frame([10; 8])))
}
