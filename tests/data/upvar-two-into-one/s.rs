// Two or three arguments moved into one call or literal that builds the awaited future (a
// select of two futures, as firmware writes it): the awaited future holds every one of them
// and each upvar keeps its own slot in every state (rust-lang/rust#62958).  `--cfg after`:
// the same bodies with the values made inside (no upvars), the layout the what-if predicts.
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

// a concrete future: 64 bytes, aligned to 8
#[derive(Default, Clone, Copy)]
pub struct Frame(pub [u64; 8]);
impl Future for Frame {
    type Output = u64;
    fn poll(self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<u64> { Poll::Ready(self.0[3]) }
}

// a literal and a tuple struct of two futures
pub struct Both<A, B> { a: A, b: B }
impl<A: Future + Unpin, B: Future + Unpin> Future for Both<A, B> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let _ = Pin::new(&mut self.a).poll(cx);
        let _ = Pin::new(&mut self.b).poll(cx);
        Poll::Ready(())
    }
}
pub struct Pair<A, B>(pub A, pub B);
impl<A: Future + Unpin, B: Future + Unpin> Future for Pair<A, B> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let _ = Pin::new(&mut self.0).poll(cx);
        let _ = Pin::new(&mut self.1).poll(cx);
        Poll::Ready(())
    }
}

// copies, one per argument
#[cfg(not(after))]
pub async fn race<A: Future, B: Future>(a: A, b: B) { select(a, b).await; }
#[cfg(not(after))]
pub async fn race_frames(a: Frame, b: Frame) -> u64 {
    match select(a, b).await { Either::First(v) | Either::Second(v) => v }
}
#[cfg(not(after))]
pub async fn race3<A: Future, B: Future, C: Future>(a: A, b: B, c: C) { select(select(a, b), c).await; }
#[cfg(not(after))]
pub async fn both_lit(a: Frame, b: Frame) { Both { a, b }.await }
#[cfg(not(after))]
pub async fn pair_tuple(a: Frame, b: Frame) { Pair(a, b).await }
// the second argument only: the call consumes the first (Holder<Frame> does not name
// [u64; 8]); of two Frames, Holder<Frame> names both and holds one (64 bytes): one copy
pub struct Holder<B>(pub B);
impl<B: Future + Unpin> Future for Holder<B> {
    type Output = B::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<B::Output> { Pin::new(&mut self.0).poll(cx) }
}
#[inline(never)] pub fn keep_second<A, B>(a: A, b: B) -> Holder<B> { drop(a); Holder(b) }
#[cfg(not(after))]
pub async fn second_only(a: [u64; 8], b: Frame) -> u64 { keep_second(a, b).await }
#[cfg(not(after))]
pub async fn same_second(a: Frame, b: Frame) -> u64 { keep_second(a, b).await }

// after: the same bodies, the futures made inside (no upvars)
#[cfg(after)]
pub async fn race<A: Future + Default, B: Future + Default>() { select(A::default(), B::default()).await; }
#[cfg(after)]
pub async fn race_frames() -> u64 {
    match select(Frame::default(), Frame::default()).await { Either::First(v) | Either::Second(v) => v }
}
#[cfg(after)]
pub async fn race3<A: Future + Default, B: Future + Default, C: Future + Default>() {
    select(select(A::default(), B::default()), C::default()).await;
}
#[cfg(after)]
pub async fn both_lit() { Both { a: Frame::default(), b: Frame::default() }.await }
#[cfg(after)]
pub async fn pair_tuple() { Pair(Frame::default(), Frame::default()).await }
#[cfg(after)]
pub async fn second_only(a: [u64; 8]) -> u64 { keep_second(a, Frame::default()).await }
#[cfg(after)]
pub async fn same_second(b: Frame) -> u64 { keep_second(Frame::default(), b).await }

// no copy of one of the two: an async block's capture read after the await (live there)
pub fn block_reads_b(a: Frame, b: Frame) -> impl Future<Output = u64> {
    async move { select(a, b).await; b.0[1] }
}
// no copy of either: Tagged2<A, B> names both but holds neither (4 bytes: told by the sizes)
pub struct Tagged2<A, B>(PhantomData<(A, B)>, Timer);
impl<A, B> Future for Tagged2<A, B> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        unsafe { self.map_unchecked_mut(|t| &mut t.1) }.poll(cx)
    }
}
#[inline(never)] pub fn tagged2<A, B>(a: A, b: B) -> Tagged2<A, B> { drop((a, b)); Tagged2(PhantomData, Timer(1)) }
pub async fn phantom2<A: Future, B: Future>(a: A, b: B) { tagged2(a, b).await }

// Option::take: the argument is moved into its local (x, saved: borrowed by take, in scope
// across the await); the upvar's slot is dead after that move, one upvar-copy of 101 bytes.
// take() moves the Big out of the local through &mut, not out of the upvar: no second copy
// (the local's 101 bytes held across the await are held-across-await's)
pub struct Big(pub [u8; 100]);
#[inline(never)] pub async fn g(b: Big) -> u8 { b.0[3] }
pub async fn take_it(mut x: Option<Big>) -> u8 { let v = x.take().unwrap(); g(v).await }

// instances, for -Zprint-type-sizes
#[cfg(not(after))]
pub fn run() -> usize {
    fn size<T>(_: &T) -> usize { std::mem::size_of::<T>() }
    let f = Frame([1; 8]);
    size(&race(f, f)) + size(&race_frames(f, f)) + size(&race3(f, f, f)) + size(&both_lit(f, f))
        + size(&pair_tuple(f, f)) + size(&second_only([2; 8], f)) + size(&same_second(f, f))
        + size(&block_reads_b(f, f))
        + size(&phantom2(f, f)) + size(&take_it(Some(Big([1; 100]))))
}
#[cfg(after)]
pub fn run() -> usize {
    fn size<T>(_: &T) -> usize { std::mem::size_of::<T>() }
    let f = Frame([1; 8]);
    size(&race::<Frame, Frame>()) + size(&race_frames()) + size(&race3::<Frame, Frame, Frame>())
        + size(&both_lit()) + size(&pair_tuple()) + size(&second_only([2; 8])) + size(&same_second(f))
        + size(&block_reads_b(f, f))
        + size(&phantom2(f, f)) + size(&take_it(Some(Big([1; 100]))))
}
