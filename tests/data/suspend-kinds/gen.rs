#![feature(gen_blocks, async_iterator)]
use std::async_iter::AsyncIterator;

pub fn count(n: u32) -> impl Iterator<Item = u32> {
    gen move {
        let mut i = 0;
        while i < n {
            yield i;
            i += 1;
        }
    }
}

pub gen fn gfn(a: u64, b: u64) -> u64 {
    yield a;
    let buf = [0u8; 100];
    yield b + buf[a as usize % 100] as u64;
}

pub fn noyield() -> impl Iterator<Item = u8> {
    gen { let _x = 1; }
}

pub fn one_yield_ref<'a>(s: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a {
    gen move { for x in s { yield x; } }
}

async fn step(x: u32) -> u32 { x + 1 }

pub fn agen(n: u32) -> impl AsyncIterator<Item = u32> {
    async gen move {
        let mut i = 0;
        while i < n {
            let v = step(i).await;
            yield v;
            i += 1;
        }
    }
}

pub fn agen_noawait() -> impl AsyncIterator<Item = u32> {
    async gen { yield 1; yield 2; }
}

pub fn agen_empty() -> impl AsyncIterator<Item = u32> {
    async gen { }
}

pub async gen fn agfn(x: u32) -> u32 {
    yield step(x).await;
}

// an async fn that holds a gen block's iterator across its awaits: "iterator of count"
pub async fn sum_gen(n: u32) -> u32 {
    let mut total = 0;
    for v in count(n) {
        total += step(v).await;
    }
    total
}
