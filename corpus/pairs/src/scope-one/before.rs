//! Pair `scope-one`, before: a buffer borrowed by `buf.iter()` whose scope outlives its last
//! use across one await (issue 15's example).  rustc keeps a borrowed local until its scope
//! ends, so the 1024 bytes are stored in the future while it waits.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{yield_now, BoxFut};

pub async fn checksum(x: u8) -> u32 {
    let buf = [x; 1024];
    let sum: u32 = buf.iter().map(|&b| b as u32).sum();
    yield_now().await;
    sum
}

#[inline(never)]
pub fn start_checksum(x: u8) -> BoxFut<'static, u32> {
    Box::pin(checksum(x))
}
