//! Pair `overlap`, after: `a`'s scope ends before the first await: the future keeps its size.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn overlap(x: u8) -> u32 {
    let n = {
        let n = {
            let a = [x; 256];
            a.iter().filter(|&&b| b > 3).count() as u8
        };
        recv(n).await
    };
    let big = recv([n; 1024]).await;
    big[3] as u32
}

#[inline(never)]
pub fn start_overlap(x: u8) -> BoxFut<'static, u32> {
    Box::pin(overlap(x))
}
