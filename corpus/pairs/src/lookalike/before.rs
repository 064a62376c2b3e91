//! Case `lookalike` (no "after"): wrappers that look like passthrough futures but are not:
//! work after or before the await, a second await, an inner future that borrows a local of
//! the wrapper, an argument with drop glue dropped after the await, an output of its own.
#![allow(dead_code)]

#[path = "../../../src/common/rt.rs"]
mod rt;

use rt::{recv, BoxFut};

pub async fn inner(x: u32) -> u32 {
    let y = recv(x).await;
    y + 1
}

pub async fn inner_ref(v: &[u32; 4]) -> u32 {
    let y = recv(v[0]).await;
    y + v[1]
}

pub async fn work_after(x: u32) -> u32 {
    inner(x).await + 1
}

pub async fn work_before(x: u32) -> u32 {
    inner(x.rotate_left(3)).await
}

pub async fn two_awaits(x: u32) -> u32 {
    let a = inner(x).await;
    inner(a).await
}

pub async fn borrows_local(x: u32) -> u32 {
    let v = [x; 4];
    inner_ref(&v).await
}

pub async fn drops_arg(s: String) -> u32 {
    inner(s.len() as u32).await
}

pub async fn own_output(x: u32) -> u32 {
    inner(x).await;
    7
}

#[inline(never)]
pub fn start_all(x: u32, s: String) -> [BoxFut<'static, u32>; 6] {
    [
        Box::pin(work_after(x)),
        Box::pin(work_before(x)),
        Box::pin(two_awaits(x)),
        Box::pin(borrows_local(x)),
        Box::pin(drops_arg(s)),
        Box::pin(own_output(x)),
    ]
}
