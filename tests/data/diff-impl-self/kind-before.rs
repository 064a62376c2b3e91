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
pub mod a {
    pub async fn call(v: u32) -> u32 { super::Yield(false).await; v }
    pub async fn handle(v: u32) -> u32 { super::Yield(false).await; v }
}
pub mod b { pub async fn handle(v: u32) -> u32 { super::Yield(false).await; v } }
pub fn use_all() -> u32 {
    drive(a::call(1)).unwrap_or(0) + drive(a::handle(1)).unwrap_or(0) + drive(b::handle(1)).unwrap_or(0)
}
