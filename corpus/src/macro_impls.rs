//! Case `macro-impls`: bodies that rustc prints under one name.
//! - `impl_checksum!` expands one `impl Checksum for $t` per integer type.  Every impl is
//!   named by the macro's span, so the `// MIR for` headers of all of them print the *same*
//!   def path `<impl at src/macro_impls.rs:L:C: L:C>::sum::{closure#0}`; only the dump file
//!   names tell them apart (`macro_impls.{impl#1}-sum-{closure#0}...`, `{impl#2}`, ...).
//!   Each impl has an `async fn` (`sum`) and an `fn -> impl Future` returning an async block
//!   (`settle`), with locals of the impl's type alive across awaits (different sizes).
//! - `three_blocks!` expands the same async block three times in one fn: three coroutines
//!   with three def paths but one printed type (`{async block@src/macro_impls.rs:L:C: L:C}`),
//!   so `-Zprint-type-sizes` has three entries of one name with different sizes; the saved
//!   locals' types tell them apart.
//! - `by_move_field`: an `async move` closure capturing a reference to a struct and using a
//!   reference field through it: its by-move body (`{synthetic#0}`) declares the upvar
//!   through a chain of derefs (`debug p__first => (*((*((*_N).0: &Pair)).0: &u64));`).
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use core::future::Future;
use rt::{recv, yield_now, BoxFut};

pub trait Checksum: Sized + Copy {
    fn sum(items: &[Self]) -> impl Future<Output = u64>;
    fn settle(self, rounds: u8) -> impl Future<Output = Self>;
}

macro_rules! impl_checksum {
    ($($t:ty),*) => { $(
        impl Checksum for $t {
            async fn sum(items: &[Self]) -> u64 {
                let mut acc: $t = 0;
                let mut window = [0 as $t; 4];
                for (i, x) in items.iter().enumerate() {
                    window[i % 4] = *x;
                    acc = acc.wrapping_add(recv(*x).await);
                }
                acc as u64 + window[0] as u64
            }

            fn settle(self, rounds: u8) -> impl Future<Output = Self> {
                async move {
                    let mut v: $t = self;
                    for _ in 0..rounds {
                        yield_now().await;
                        v = v.rotate_left(1);
                    }
                    v
                }
            }
        }
    )* };
}

impl_checksum!(u8, u16, u32, u64, u128);

#[inline(never)]
pub fn start_sum<T: Checksum + 'static>(items: &'static [T]) -> BoxFut<'static, u64> {
    Box::pin(T::sum(items))
}

#[inline(never)]
pub fn start_settle<T: Checksum + 'static>(v: T) -> BoxFut<'static, T> {
    Box::pin(v.settle(3))
}

#[inline(never)]
pub fn start_all() -> Vec<BoxFut<'static, u64>> {
    vec![
        start_sum::<u8>(&[1, 2]),
        start_sum::<u16>(&[1, 2]),
        start_sum::<u32>(&[1, 2]),
        start_sum::<u64>(&[1, 2]),
        start_sum::<u128>(&[1, 2]),
        Box::pin(async { start_settle(7u8).await as u64 }),
        Box::pin(async { start_settle(7u16).await as u64 }),
        Box::pin(async { start_settle(7u32).await as u64 }),
        Box::pin(async { start_settle(7u64).await }),
        Box::pin(async { start_settle(7u128).await as u64 }),
    ]
}

macro_rules! three_blocks {
    ($($v:expr),*) => { vec![$(
        Box::pin(async move {
            let kept = $v;
            yield_now().await;
            core::mem::size_of_val(&kept)
        }) as BoxFut<'static, usize>
    ),*] };
}

/// One async block, expanded three times: a flag, a 32-byte array and a String.
#[inline(never)]
pub fn start_three() -> Vec<BoxFut<'static, usize>> {
    three_blocks!(true, [7u8; 32], String::from("kept"))
}

pub struct Pair {
    pub first: &'static u64,
    pub second: u32,
}

async fn call_twice(f: impl AsyncFnOnce() -> u64) -> u64 {
    yield_now().await;
    f().await
}

/// An `async move` closure capturing `p: &Pair` whole and reading a field through it.
#[inline(never)]
pub fn start_by_move_field(p: &'static Pair) -> BoxFut<'static, u64> {
    let c = async move || {
        yield_now().await;
        *p.first + 1
    };
    Box::pin(call_twice(c))
}
