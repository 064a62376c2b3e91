//! Case `nightly-coroutines` (nightly only): `gen` blocks, `async gen`
//! blocks, and raw `#[coroutine]` closures with `yield`, including a
//! resume argument, a `static` (self-borrowing) coroutine and a coroutine
//! that returns a value different from what it yields.
#![feature(gen_blocks, async_iterator, coroutines, coroutine_trait)]
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use core::async_iter::AsyncIterator;
use core::ops::{Coroutine, CoroutineState};
use core::pin::Pin;
use rt::{recv, yield_now};

// ---- gen blocks: Iterator::next, no Pin/Context ----

pub fn evens(limit: u32) -> impl Iterator<Item = u32> {
    gen move {
        let mut i = 0;
        while i < limit {
            yield i;
            i += 2;
        }
    }
}

/// A gen block owning a `String`; the borrows of it end before each yield.
pub fn words(text: String) -> impl Iterator<Item = usize> {
    gen move {
        let len = text.len();
        let mut start = 0;
        let mut i = 0;
        while i <= len {
            if i == len || text.as_bytes()[i] == b' ' {
                if i > start {
                    yield i - start;
                }
                start = i + 1;
            }
            i += 1;
        }
        yield 0;
    }
}

// ---- async gen blocks: AsyncIterator::poll_next, both awaits and yields ----

pub fn ticks(n: u32) -> impl AsyncIterator<Item = u64> {
    async gen move {
        for i in 0..n {
            let v = recv(u64::from(i) * 10).await;
            yield v;
            yield_now().await;
        }
        yield u64::MAX;
    }
}

// ---- raw coroutines ----

/// Yields u32, returns a String; resume argument is `()`.
pub fn counter(n: u32) -> impl Coroutine<Yield = u32, Return = String> {
    #[coroutine]
    move || {
        let mut total = 0;
        for i in 0..n {
            yield i;
            total += i;
        }
        format!("total={total}")
    }
}

/// Resume argument: the coroutine receives a value on every resume.
pub fn accumulator() -> impl Coroutine<i64, Yield = i64, Return = ()> {
    #[coroutine]
    |mut x: i64| {
        let mut sum = 0i64;
        while x != 0 {
            sum += x;
            x = yield sum;
        }
    }
}

/// A static coroutine: holds a borrow of its own local across a yield.
pub fn self_borrow() -> impl Coroutine<Yield = usize, Return = u8> {
    #[coroutine]
    static || {
        let data = [1u8, 2, 3, 4, 5, 6, 7, 8];
        let slice = &data[2..6];
        for (i, b) in slice.iter().enumerate() {
            yield i + usize::from(*b);
        }
        slice[0]
    }
}

#[inline(never)]
pub fn sum_evens(limit: u32) -> u32 {
    evens(limit).sum()
}

#[inline(never)]
pub fn count_words(s: String) -> usize {
    words(s).filter(|&n| n > 0).count()
}

#[inline(never)]
pub fn boxed_ticks(n: u32) -> Pin<Box<dyn AsyncIterator<Item = u64>>> {
    Box::pin(ticks(n))
}

#[inline(never)]
pub fn drive_counter(n: u32) -> String {
    let mut c = core::pin::pin!(counter(n));
    loop {
        match c.as_mut().resume(()) {
            CoroutineState::Yielded(_) => {}
            CoroutineState::Complete(s) => return s,
        }
    }
}

#[inline(never)]
pub fn drive_accumulator(inputs: &[i64]) -> i64 {
    let mut c = core::pin::pin!(accumulator());
    let mut last = 0;
    for &x in inputs {
        match c.as_mut().resume(x) {
            CoroutineState::Yielded(s) => last = s,
            CoroutineState::Complete(()) => break,
        }
    }
    last
}

#[inline(never)]
pub fn drive_self_borrow() -> (usize, u8) {
    let mut c = Box::pin(self_borrow());
    let mut acc = 0;
    loop {
        match c.as_mut().resume(()) {
            CoroutineState::Yielded(v) => acc += v,
            CoroutineState::Complete(r) => return (acc, r),
        }
    }
}
