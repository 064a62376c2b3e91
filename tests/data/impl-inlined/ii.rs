// Two impls of one trait's async fn: A's future is polled through dyn and keeps a symbol of
// its own, B's is awaited in an async block and inlined there, with none (a firmware trial's
// `<Uart as Transport>::send` took `<Radio as Transport>::send`'s size, shown as exact).
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

pub trait Port {
    async fn send(&mut self, b: u8) -> u32;
}
pub struct A(pub u32);
pub struct B(pub u32);
pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}
impl Port for A {
    async fn send(&mut self, b: u8) -> u32 { Yield(false).await; self.0 += b as u32; self.0 }
}
impl Port for B {
    async fn send(&mut self, b: u8) -> u32 { Yield(false).await; self.0 ^= b as u32; self.0 }
}

#[inline(never)]
pub fn drive(mut f: Pin<&mut dyn Future<Output = u32>>) -> u32 {
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
#[inline(never)]
pub fn run_a(a: &mut A) -> u32 { drive(pin!(a.send(1))) }
#[inline(never)]
pub fn run_b(b: &mut B) -> u32 { drive(pin!(async { b.send(2).await + 1 })) }
