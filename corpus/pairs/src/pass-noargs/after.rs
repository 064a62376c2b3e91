//! Pair `pass-noargs`, after: the wrappers return the inner future.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use core::future::Future;
use rt::{yield_now, BoxFut};

pub async fn greeting() -> u32 {
    yield_now().await;
    42
}

pub fn hello() -> impl Future<Output = u32> {
    greeting()
}

pub fn hello_block() -> impl Future<Output = u32> {
    greeting()
}

#[inline(never)]
pub fn start_hello() -> BoxFut<'static, u32> {
    Box::pin(hello())
}

#[inline(never)]
pub fn start_hello_block() -> BoxFut<'static, u32> {
    Box::pin(hello_block())
}
