//! Pair `box-arg`, before: a large argument used after the await.  It is stored twice, as the
//! argument (an upvar) and as the local it is moved into (rust-lang/rust#62958); boxing it
//! shrinks both.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn lookup(table: [u64; 64], idx: usize) -> u64 {
    let i = recv(idx % 64).await;
    table[i]
}

#[inline(never)]
pub fn start_lookup(table: [u64; 64], idx: usize) -> BoxFut<'static, u64> {
    Box::pin(lookup(table, idx))
}
