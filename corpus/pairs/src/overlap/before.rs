//! Pair `overlap`, before: a large borrowed local `a` held across the first await only; the
//! second await holds a larger future, and the two states overlap in the layout, so ending
//! `a`'s scope earlier saves nothing: predicted saving 0, no finding.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn overlap(x: u8) -> u32 {
    let n = {
        let a = [x; 256];
        let n = a.iter().filter(|&&b| b > 3).count() as u8;
        recv(n).await
    };
    let big = recv([n; 1024]).await;
    big[3] as u32
}

#[inline(never)]
pub fn start_overlap(x: u8) -> BoxFut<'static, u32> {
    Box::pin(overlap(x))
}
