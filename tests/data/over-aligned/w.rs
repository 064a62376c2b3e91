// An over-aligned value, a packed one and a C-like enum argument held across an await
// (tests/data/over-aligned/regen; from a trial's held_repr).  `--cfg after`: the advice
// applied by hand.
#![allow(dead_code)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}

#[inline(never)]
pub async fn leaf(x: u32) -> u32 { Yield(false).await; x + 1 }

#[repr(C, align(64))]
pub struct Aligned { pub a: [u8; 10] }
#[repr(u8)]
#[derive(Clone, Copy)]
pub enum Small { A = 1, B = 2 }
#[repr(C, packed)]
pub struct Packed { pub a: u8, pub b: u64 }
#[derive(Clone, Copy)]
pub enum Mode { Read, Write, Append }

// 128 bytes: one suspend state, so every local is promoted to the prefix, which rustc lays
// out end-biased: the upvar `s` (the C-like enum's niche, the largest) last, the tag before it.
#[cfg(not(after))]
pub async fn held_repr(s: Small) -> u32 {
    let al = Aligned { a: [1; 10] };
    let p = Packed { a: 1, b: 2 };
    leaf(1).await;
    al.a[3] as u32 + s as u32 + { p.b } as u32
}
#[cfg(after)]
pub async fn held_repr(s: Small) -> u32 {
    let al = Box::new(Aligned { a: [1; 10] });
    let p = Packed { a: 1, b: 2 };
    leaf(1).await;
    al.a[3] as u32 + s as u32 + { p.b } as u32
}

// The same without the over-alignment: a plain enum argument beside a u64 array.
#[cfg(not(after))]
pub async fn held_mode(m: Mode) -> u64 {
    let buf = [3u64; 12];
    leaf(1).await;
    buf[m as usize]
}
#[cfg(after)]
pub async fn held_mode(m: Mode) -> u64 {
    let buf = Box::new([3u64; 12]);
    leaf(1).await;
    buf[m as usize]
}

// Two suspend states: the locals overlap, the enum argument stays in the prefix.
#[cfg(not(after))]
pub async fn two_states(s: Small, m: Mode) -> u32 {
    let al = Aligned { a: [2; 10] };
    leaf(1).await;
    let x = al.a[1] as u32;
    leaf(2).await + x + s as u32 + m as u32
}
#[cfg(after)]
pub async fn two_states(s: Small, m: Mode) -> u32 {
    let al = Box::new(Aligned { a: [2; 10] });
    leaf(1).await;
    let x = al.a[1] as u32;
    leaf(2).await + x + s as u32 + m as u32
}

// The upvar-copy advice applied by hand: an async block uses its captured `s` in place.
#[cfg(after)]
pub fn held_repr_block(s: Small) -> impl Future<Output = u32> {
    async move {
        let al = Aligned { a: [1; 10] };
        let p = Packed { a: 1, b: 2 };
        leaf(1).await;
        al.a[3] as u32 + s as u32 + { p.b } as u32
    }
}
