//! Pair `scope-two`, after: the buffer's scope ends before the first await.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, yield_now, BoxFut};

pub async fn frame(x: u8) -> u32 {
    let head: u32 = {
        let buf = [x; 512];
        buf.iter().take(4).map(|&b| b as u32).sum()
    };
    yield_now().await;
    let n: u32 = recv(head).await;
    n + 1
}

#[inline(never)]
pub fn start_frame(x: u8) -> BoxFut<'static, u32> {
    Box::pin(frame(x))
}
