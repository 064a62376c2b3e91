#![allow(async_fn_in_trait)]
// One-letter type names, as tests, examples and bug reports write them (a trial's
// `<B as Svc>::call`, never instantiated, took `<A as Svc>::call`'s 176 bytes: a one-letter
// self type was read as a generic parameter).  Beside them a real blanket impl, built for the
// one-letter type P (twice), and for no other type.
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}

#[inline(never)]
pub fn drive<F: Future>(f: F) -> Option<F::Output> {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    match f.as_mut().poll(&mut cx) { Poll::Ready(v) => Some(v), Poll::Pending => None }
}

pub trait Svc {
    async fn call<U: Default>(&self, u: U) -> U;
    async fn twice(&self) -> u32 { self.call(1u32).await + self.call(2u32).await }
}
pub struct A;
pub struct B(pub [u8; 100]);
impl Svc for A {
    async fn call<U: Default>(&self, u: U) -> U { Yield(false).await; u }
}
// `call` is never instantiated: B overrides `twice`, and nothing else calls it
impl Svc for B {
    async fn call<U: Default>(&self, _u: U) -> U { Yield(false).await; let _ = self.0[1]; U::default() }
    async fn twice(&self) -> u32 { self.0[2] as u32 }
}

// The blanket impl: `<T as Svc>::call` is built for P (A and B have impls of their own).
pub trait Tag { type Buf: AsRef<[u8]>; fn buf() -> Self::Buf; }
impl<T: Tag> Svc for T {
    async fn call<U: Default>(&self, u: U) -> U { let b = T::buf(); Yield(false).await; let _ = b.as_ref()[0]; u }
}
pub struct P;
impl Tag for P { type Buf = [u8; 40]; fn buf() -> [u8; 40] { [1; 40] } }

pub fn use_all(b: &B) -> u32 {
    let mut n = 0;
    n += drive(A.twice()).unwrap_or(0);
    n += drive(A.call([7u64; 10])).map(|v| v[0] as u32).unwrap_or(0);
    n += drive(b.twice()).unwrap_or(0);
    n += drive(P.twice()).unwrap_or(0);
    n += drive(P.call([9u64; 20])).map(|v| v[0] as u32).unwrap_or(0);
    n
}
