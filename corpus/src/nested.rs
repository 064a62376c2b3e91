//! Case `nested`: async blocks inside async fns, async blocks inside async
//! blocks, and async closures (`async || {}`, `AsyncFn*` bounds, stable 1.85).
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use rt::{recv, yield_now, BoxFut};

/// An async block nested two deep inside an async fn, plus an async block
/// awaited immediately.
pub async fn nested_blocks(a: u32) -> u32 {
    let inner = async move {
        let doubled = async { recv(a).await * 2 };
        let d = doubled.await;
        d + recv(1).await
    };
    let x = inner.await;
    let tail = async { x + 1 };
    yield_now().await;
    tail.await
}

/// Async blocks that borrow from the enclosing async fn's frame.
pub async fn borrow_in_block(items: Vec<u32>) -> u32 {
    let total = async {
        let mut s = 0;
        for v in &items {
            s += recv(*v).await;
        }
        s
    }
    .await;
    total + items.len() as u32
}

/// Async blocks that are not awaited but returned (an `impl Future` factory).
pub fn make_block(seed: u64) -> impl core::future::Future<Output = u64> {
    async move {
        let a = recv(seed).await;
        let b = async move { recv(a ^ 0x55).await }.await;
        a.wrapping_mul(b)
    }
}

/// Awaits an async closure twice through an `AsyncFn` bound.
pub async fn call_twice(f: impl AsyncFn(u32) -> u32) -> u32 {
    f(1).await + f(2).await
}

/// Awaits an `AsyncFnMut` closure in a loop.
pub async fn drive_mut(mut f: impl AsyncFnMut(u32), n: u32) {
    for i in 0..n {
        f(i).await;
    }
}

/// Async closures: one borrowing, one `move`, one with `AsyncFnMut` state.
pub async fn closures(k: u32) -> u32 {
    let add_k = async |x: u32| -> u32 { recv(x).await + k };
    let a = call_twice(add_k).await;

    let name = String::from("owned");
    let by_move = async move || -> usize {
        yield_now().await;
        name.len()
    };
    let b = by_move().await as u32;

    let mut log: Vec<u32> = Vec::new();
    drive_mut(
        async |i: u32| {
            let v = recv(i * k).await;
            log.push(v);
        },
        3,
    )
    .await;
    a + b + log.iter().sum::<u32>()
}

#[inline(never)]
pub fn start_nested(a: u32) -> BoxFut<'static, u32> {
    Box::pin(nested_blocks(a))
}

#[inline(never)]
pub fn start_borrow(items: Vec<u32>) -> BoxFut<'static, u32> {
    Box::pin(borrow_in_block(items))
}

#[inline(never)]
pub fn start_block(seed: u64) -> BoxFut<'static, u64> {
    Box::pin(make_block(seed))
}

#[inline(never)]
pub fn start_closures(k: u32) -> BoxFut<'static, u32> {
    Box::pin(closures(k))
}
