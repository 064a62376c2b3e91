// Two awaits of one future type in the branches of an `if`, each continuing with the same
// calls and operations, in a different order or on other operands: `sub_order` (the awaited
// value is subtracted from, then subtracted), `arg_order` (passed first, then second),
// `call_order` (`h(g(v))`, then `g(h(v))`) do not continue the same way: no duplicate-suspend.
// Their counterparts do (one finding each): `same_sub`, `same_args` (the second operand is
// another saved local, at the same place in the state), `same_calls` (work before the await
// differs, after it not).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(pub u32);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 { Poll::Ready(7) } else { self.0 -= 1; Poll::Pending }
    }
}
#[inline(never)] pub fn f(a: u32, b: u32) -> u32 { a.wrapping_mul(3) ^ b }
#[inline(never)] pub fn g(a: u32) -> u32 { a.wrapping_add(1) }
#[inline(never)] pub fn h(a: u32) -> u32 { a.wrapping_mul(5) }

pub async fn sub_order(k: bool, x: u32, y: u32) -> u32 {
    if k { Tick(x).await.wrapping_sub(y) } else { y.wrapping_sub(Tick(x).await) }
}
pub async fn arg_order(k: bool, x: u32, y: u32) -> u32 {
    if k { f(Tick(x).await, y) } else { f(y, Tick(x).await) }
}
pub async fn call_order(k: bool, x: u32) -> u32 {
    if k { let v = Tick(x).await; h(g(v)) } else { let v = Tick(x).await; g(h(v)) }
}

pub async fn same_sub(k: bool, x: u32, y: u32) -> u32 {
    if k { Tick(x).await.wrapping_sub(y) } else { Tick(x ^ 1).await.wrapping_sub(y) }
}
pub async fn same_args(k: bool, x: u32, y: u32, z: u32) -> u32 {
    if k { f(Tick(x).await, y) } else { f(Tick(x).await, z) }
}
pub async fn same_calls(k: bool, x: u32) -> u32 {
    if k { let v = Tick(x).await; h(g(v)) } else { let v = Tick(g(x)).await; h(g(v)) }
}
