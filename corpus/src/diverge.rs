//! Case `diverge`: control-flow extremes of the state machine.
//! - `serve_forever`, `ticker`: never return (no `Returned` transition, no `1:` arm)
//! - `mix`, `answer_unit`: cannot unwind (no `Panicked` transition, no `2:` arm)
//! - `mix_ffi`: its only call is `unwind unreachable` (extern "C"), yet rustc
//!   keeps the `2:` arm: StateTransform treats every `Call` as may-unwind
//! - `always_panics`: every path panics after the first await
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use core::sync::atomic::{AtomicU64, Ordering};
use rt::{recv, sleep, yield_now, BoxFut};

static HANDLED: AtomicU64 = AtomicU64::new(0);

#[derive(Clone, Copy)]
pub enum Request {
    Ping,
    Get(u32),
    Put(u32, u64),
}

fn handle(req: Request) -> u64 {
    match req {
        Request::Ping => 1,
        Request::Get(k) => u64::from(k),
        Request::Put(k, v) => u64::from(k) ^ v,
    }
}

/// A server loop: `loop {}` with awaits and no `break`.  The output type is
/// `()`, but the body never completes.
pub async fn serve_forever(first: u32) {
    let mut n = first;
    loop {
        let req = recv(if n % 3 == 0 { Request::Ping } else { Request::Get(n) }).await;
        HANDLED.fetch_add(handle(req), Ordering::Relaxed);
        n = n.wrapping_add(1);
        yield_now().await;
    }
}

/// Diverging through the return type: `Infallible` output, never completes.
pub async fn ticker(period: u64) -> core::convert::Infallible {
    loop {
        let now = sleep(period).await;
        HANDLED.store(now, Ordering::Relaxed);
    }
}

/// No calls, no awaits, no asserts: only plain arithmetic (overflow checks
/// are off at opt-level 3), so nothing in the body can unwind.
pub async fn mix(a: u32, b: u32) -> u32 {
    let x = (a * 0x9E37_79B9) ^ b;
    let y = x ^ (x >> 16);
    if y & 1 == 0 { y | 2 } else { y & !2 }
}

unsafe extern "C" {
    fn mirscope_hash(x: u32) -> u32;
}

/// Calls only an `extern "C"` function, which cannot unwind into Rust
/// (`-> [return: bbN, unwind unreachable]`); the Panicked arm is still emitted.
pub async fn mix_ffi(a: u32) -> u32 {
    let h = unsafe { mirscope_hash(a) };
    h ^ a
}

/// Unit output, empty body.
pub async fn answer_unit() {}

/// Panics on every path after the first await.
pub async fn always_panics(code: u32) -> u32 {
    let c = recv(code).await;
    if c == 0 {
        panic!("code must be non-zero");
    }
    unreachable!("code {c} is not handled");
}

#[inline(never)]
pub fn start_server(first: u32) -> BoxFut<'static, ()> {
    Box::pin(serve_forever(first))
}

#[inline(never)]
pub fn start_ticker(p: u64) -> BoxFut<'static, core::convert::Infallible> {
    Box::pin(ticker(p))
}

#[inline(never)]
pub fn start_mix(a: u32, b: u32) -> BoxFut<'static, u32> {
    Box::pin(mix(a, b))
}

#[inline(never)]
pub fn start_mix_ffi(a: u32) -> BoxFut<'static, u32> {
    Box::pin(mix_ffi(a))
}

#[inline(never)]
pub fn start_unit() -> BoxFut<'static, ()> {
    Box::pin(answer_unit())
}

#[inline(never)]
pub fn start_panics(c: u32) -> BoxFut<'static, u32> {
    Box::pin(always_panics(c))
}
