//! Pair `scope-one`, after: the advice applied by hand, the buffer's scope ends in a block
//! before the await.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{yield_now, BoxFut};

pub async fn checksum(x: u8) -> u32 {
    let sum: u32 = {
        let buf = [x; 1024];
        buf.iter().map(|&b| b as u32).sum()
    };
    yield_now().await;
    sum
}

#[inline(never)]
pub fn start_checksum(x: u8) -> BoxFut<'static, u32> {
    Box::pin(checksum(x))
}
