//! Pair `pass-args`, after: plain fns returning the inner future.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use core::future::Future;
use rt::{recv, BoxFut};

pub async fn inner(x: u32) -> u32 {
    let y = recv(x).await;
    y + 1
}

pub fn outer(x: u32) -> impl Future<Output = u32> {
    inner(x)
}

pub fn wait(x: u32) -> impl Future<Output = u32> {
    recv(x)
}

#[inline(never)]
pub fn start_outer(x: u32) -> BoxFut<'static, u32> {
    Box::pin(outer(x))
}

#[inline(never)]
pub fn start_wait(x: u32) -> BoxFut<'static, u32> {
    Box::pin(wait(x))
}
