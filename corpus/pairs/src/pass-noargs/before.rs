//! Pair `pass-noargs`, before: an async fn and an async block that only await a future built
//! without arguments.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use core::future::Future;
use rt::{yield_now, BoxFut};

pub async fn greeting() -> u32 {
    yield_now().await;
    42
}

pub async fn hello() -> u32 {
    greeting().await
}

pub fn hello_block() -> impl Future<Output = u32> {
    async { greeting().await }
}

#[inline(never)]
pub fn start_hello() -> BoxFut<'static, u32> {
    Box::pin(hello())
}

#[inline(never)]
pub fn start_hello_block() -> BoxFut<'static, u32> {
    Box::pin(hello_block())
}
