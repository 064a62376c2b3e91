// corpus/src/collapse.rs (its first 48 lines) with these two lines added above it: the dumps
// of corpus/stable/collapse no longer match it (tests/cli explain-stale-source)
//! Case `collapse`: suspend points that a "collapse" analysis could merge,
//! after the idea of rustc's tests/mir-opt/coroutine/async_collapse.rs
//! (written independently for this corpus).
//!
//! Two suspend points could share one state when their saved locals have the
//! same types position by position, they await the same future type, and they
//! continue the same way after `Ready` (awaits in different branches that join).
//! Sequential awaits do not qualify: what follows each of them differs.
//!
//! | fn | awaits | suspend states after collapse | duplicate-suspend findings |
//! |----|--------|-------------------------------|----------------------------|
//! | a  | 1      | 1 (nothing to collapse)       | 0                          |
//! | b  | 2      | 1 (two branches)              | 1                          |
//! | c  | 4      | 3 (only the branch pair)      | 1                          |
//! | d  | 4      | 1 (four arms, work before)    | 3                          |
//! | e  | 4      | 2 (one arm works after)       | 2                          |
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use rt::{recv, BoxFut, Recv};

/// The single leaf future type used everywhere below.
fn io(x: u32) -> Recv<u32> {
    recv(x)
}

/// One await, nothing to collapse.
pub async fn a(x: u32) -> u32 {
    io(x).await
}

/// An await in each branch of an `if`; both continue after it.
pub async fn b(x: u32) -> u32 {
    let v = if x > 7 { io(1).await } else { io(2).await };
    v.wrapping_add(x)
}

/// b's future, a branch pair awaiting `io`, then b's future again.
pub async fn c(x: u32) -> u64 {
    let first = b(x).await;
    let mid = if first & 1 == 0 { io(3).await } else { io(4).await };
    let last = b(mid).await;
    u64::from(first) + u64::from(last)
}

pub enum Arm {
