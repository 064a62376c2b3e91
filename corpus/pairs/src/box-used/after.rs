//! Pair `box-used`, after: the buffer in a Box.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{yield_now, BoxFut};

pub async fn echo(x: u8) -> u32 {
    let buf = Box::new([x; 1024]);
    yield_now().await;
    buf.iter().map(|&b| b as u32).sum()
}

#[inline(never)]
pub fn start_echo(x: u8) -> BoxFut<'static, u32> {
    Box::pin(echo(x))
}
