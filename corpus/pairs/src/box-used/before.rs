//! Pair `box-used`, before: a buffer that is used after the await: its scope cannot end
//! before it; the advice is to box it (the future then holds a pointer).
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{yield_now, BoxFut};

pub async fn echo(x: u8) -> u32 {
    let buf = [x; 1024];
    yield_now().await;
    buf.iter().map(|&b| b as u32).sum()
}

#[inline(never)]
pub fn start_echo(x: u8) -> BoxFut<'static, u32> {
    Box::pin(echo(x))
}
