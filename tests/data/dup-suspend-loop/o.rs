// Awaits of one future type in the arms of a `match` or `if` inside a loop (`loop`, `while`,
// `for` over a range). Each suspend state's continuation runs round the loop's back edge into
// the other arms. Duplicates (the same continuation up to renaming):
//   loop_match (2 findings), while_match (2), for_range (1), and once (2; no loop, for
//   comparison), next_arg's second awaits (1: both continue with side(1) and the loop).
// Not duplicates (the continuations differ before they meet):
//   diff_after: side(1) after one await, side(2) after the other;
//   arg_order: pair(v, 3) after one, pair(3, v) after the other;
//   next_arg: the first awaits continue with Tick(100) and Tick(200) awaited next;
//   swapped: x = the awaited value, y = g() in one arm, y = .., x = .. in the other, both
//     read at the join (the paths meet, but what they carry into it differs).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(pub u32);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 { Poll::Ready(7) } else { self.0 -= 1; Poll::Pending }
    }
}
#[inline(never)] pub fn side(x: u32) { unsafe { std::ptr::write_volatile(0x100 as *mut u32, x) } }
#[inline(never)] pub fn pair(a: u32, b: u32) { side(a.wrapping_mul(3) ^ b) }
#[inline(never)] pub fn g() -> u32 { side(9); 9 }

pub async fn once(mode: u8) {
    match mode { 0 => Tick(100).await, 1 => Tick(100).await, _ => Tick(100).await };
    side(1);
}
pub async fn loop_match(mode: u8) {
    loop {
        match mode { 0 => Tick(100).await, 1 => Tick(100).await, _ => Tick(100).await };
        side(1);
    }
}
pub async fn while_match(mode: u8, n: u32) {
    let mut i = 0;
    while i < n {
        match mode { 0 => Tick(100).await, 1 => Tick(100).await, _ => Tick(100).await };
        side(i);
        i += 1;
    }
}
pub async fn for_range(mode: u8, n: u32) {
    for i in 0..n {
        if mode == 0 { Tick(100).await } else { Tick(100).await };
        side(i);
    }
}
pub async fn diff_after(mode: u8) {
    loop {
        match mode { 0 => { Tick(100).await; side(1) } _ => { Tick(100).await; side(2) } }
    }
}
pub async fn arg_order(mode: u8) {
    loop {
        match mode {
            0 => { let v = Tick(100).await; pair(v, 3) }
            _ => { let v = Tick(100).await; pair(3, v) }
        }
    }
}
pub async fn next_arg(mode: u8) {
    loop {
        match mode {
            0 => { Tick(1).await; Tick(100).await; }
            _ => { Tick(1).await; Tick(200).await; }
        }
        side(1);
    }
}
pub async fn swapped(mode: u8) {
    loop {
        let x;
        let y;
        match mode {
            0 => { x = Tick(100).await; y = g(); }
            _ => { y = Tick(100).await; x = g(); }
        }
        pair(x, y);
    }
}
// Below, added after an adversarial trial: `continue` after one await, the `if`'s end after
// the other. cont_same: both reach the loop head, the fall-through writing the `if`'s unit
// value (`_5 = const ()`, never read) on its way: duplicates (1).
pub async fn cont_same(m: u8) {
    loop {
        if m == 0 { Tick(1).await; continue; } else { Tick(1).await; }
    }
}
// Not duplicates: the fall-through calls side(1) before the loop head.
pub async fn cont_side(m: u8) {
    loop {
        if m == 0 { Tick(1).await; continue; }
        Tick(1).await;
        side(1);
    }
}
// Not duplicates: the fall-through writes u = 5, read at the loop head.
pub async fn cont_value(m: u8) {
    let mut u = 0;
    loop {
        side(u);
        if m == 0 { Tick(1).await; continue; } else { Tick(1).await; u = 5; }
    }
}
// Not duplicates: the fall-through writes a real value (5) to a local never read.
#[allow(unused_variables)]
pub async fn cont_unread(m: u8) {
    loop {
        if m == 0 { Tick(1).await; continue; } else { Tick(1).await; let k = 5u32; }
    }
}
