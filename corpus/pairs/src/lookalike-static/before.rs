//! Case `lookalike-static` (no "after"): wrappers shaped like a passthrough (one await, no
//! local kept across it, the output returned) that do work of their own the future cannot
//! carry: a write to a static after or before the await, a read of one into the argument, a
//! loop after the await (spinning on a static, or forever).
#![allow(dead_code, static_mut_refs)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

static mut FLAG: bool = false;
static mut SEED: u32 = 0;

pub async fn inner(x: u32) -> u32 {
    let y = recv(x).await;
    y + 1
}

pub async fn static_after(x: u32) -> u32 {
    let r = inner(x).await;
    unsafe {
        FLAG = true;
    }
    r
}

pub async fn static_before(x: u32) -> u32 {
    unsafe {
        FLAG = true;
    }
    inner(x).await
}

pub async fn static_arg() -> u32 {
    inner(unsafe { SEED }).await
}

pub async fn spin_after(x: u32) -> u32 {
    let r = inner(x).await;
    while unsafe { FLAG } {}
    r
}

pub async fn forever_after(x: u32) -> u32 {
    inner(x).await;
    loop {}
}

#[inline(never)]
pub fn start_all(x: u32) -> [BoxFut<'static, u32>; 5] {
    [
        Box::pin(static_after(x)),
        Box::pin(static_before(x)),
        Box::pin(static_arg()),
        Box::pin(spin_after(x)),
        Box::pin(forever_after(x)),
    ]
}
