//! Pair `box-arg`, after: the argument in a Box.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn lookup(table: Box<[u64; 64]>, idx: usize) -> u64 {
    let i = recv(idx % 64).await;
    table[i]
}

#[inline(never)]
pub fn start_lookup(table: [u64; 64], idx: usize) -> BoxFut<'static, u64> {
    Box::pin(lookup(Box::new(table), idx))
}
