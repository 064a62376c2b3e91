#![allow(async_fn_in_trait, dead_code, unused)]
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
pub trait Svc { async fn call(&self) -> u32; }
pub struct X; pub struct Y;
// X's impl, deleted by after.rs (which adds Y's): not one body changed
impl Svc for X {
    async fn call(&self) -> u32 {
        let b = [1u8; 40];
        let n = async { Yield(false).await; 1u32 }.await;
        b[3] as u32 + n
    }
}
pub fn use_all() -> u32 { drive(X.call()).unwrap_or(0) }
