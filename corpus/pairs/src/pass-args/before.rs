//! Pair `pass-args`, before: async fns whose whole body awaits one future built from their
//! arguments and returns its output (an async fn's future, a leaf future).
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn inner(x: u32) -> u32 {
    let y = recv(x).await;
    y + 1
}

pub async fn outer(x: u32) -> u32 {
    inner(x).await
}

pub async fn wait(x: u32) -> u32 {
    recv(x).await
}

#[inline(never)]
pub fn start_outer(x: u32) -> BoxFut<'static, u32> {
    Box::pin(outer(x))
}

#[inline(never)]
pub fn start_wait(x: u32) -> BoxFut<'static, u32> {
    Box::pin(wait(x))
}
