// An argument (an upvar of the future) moved into a plain local before the await, the local
// saved across it: the future holds the value twice, the upvar's slot and the local's
// (rust-lang/rust#62958).  The MIR copies through a plain local first (`_3 = copy
// ((*_N).0: [u8; 128]); (((*_N) as variant#3).0: [u8; 128]) = copy _3`), which upvar-copy
// missed until 2026-12-07 (a fresh-eyes trial).  `--cfg after`: the advice applied by hand,
// the parameter taken boxed (`Box<[u8; 128]>`) or by reference.
#![allow(dead_code)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Tick(pub u32);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 {
            Poll::Ready(7)
        } else {
            self.0 -= 1;
            Poll::Pending
        }
    }
}

#[cfg(not(after))]
type Buf = [u8; 128];
#[cfg(after)]
type Buf = Box<[u8; 128]>;
#[cfg(not(after))]
type Buf256 = [u8; 256];
#[cfg(after)]
type Buf256 = Box<[u8; 256]>;

// --- copies (found) ---

/// The one-statement shape: the argument used after the await.
pub async fn direct(buf: Buf) -> u8 {
    Tick(1).await;
    buf[0]
}
/// `let buf = buf;`: through a plain local.
pub async fn shadow(buf: Buf) -> u8 {
    let buf = buf;
    Tick(1).await;
    buf[0]
}
/// `let b = buf;`: through a plain local.
pub async fn local(buf: Buf) -> u8 {
    let b = buf;
    Tick(1).await;
    b[0]
}
/// Through two plain locals.
pub async fn two_locals(buf: Buf) -> u8 {
    let a = buf;
    let b = a;
    Tick(1).await;
    b[0]
}
/// Changed in place before the await: still two slots of `[u8; 128]`.
pub async fn changed(buf: Buf) -> u8 {
    let mut b = buf;
    b[1] = 3;
    Tick(1).await;
    b[0] ^ b[1]
}
/// Taken by reference after: `&[u8; 128]`.
#[cfg(not(after))]
pub async fn by_ref(buf: [u8; 128]) -> u8 {
    let b = buf;
    Tick(1).await;
    b[0]
}
#[cfg(after)]
pub async fn by_ref(buf: &[u8; 128]) -> u8 {
    let b = buf;
    Tick(1).await;
    b[0]
}
/// A `String` (24 bytes, under the held-across-await threshold: the copy alone).
pub async fn string(s: String) -> usize {
    let t = s;
    Tick(1).await;
    t.len()
}
/// An async block moving its capture into a local (the one-statement shape in a block).
pub fn block(buf: Buf256) -> impl Future<Output = u8> {
    async move {
        let local = buf;
        Tick(1).await;
        local[3]
    }
}

// --- not copies (but rewritten, last) ---

/// A clone: the argument's scope ends before the await, the clone is a new value.
pub async fn cloned(s: String) -> usize {
    let t = {
        let s = s;
        s.clone()
    };
    Tick(1).await;
    t.len()
}
pub struct Pair {
    pub inner: [u8; 128],
    pub tag: u32,
}
/// A field of the argument, not the argument.
pub async fn field(p: Pair) -> u8 {
    let x = p.inner;
    Tick(1).await;
    x[0]
}
/// A value computed from the argument.
pub async fn mapped(buf: [u8; 128]) -> u8 {
    let b = buf.map(|v| v.wrapping_add(1));
    Tick(1).await;
    b[0]
}
/// Written whole again after the copy, on one path: still two slots of `[u8; 128]`, the
/// argument's never read again (a copy, as `changed`).
#[inline(never)]
pub fn fresh(seed: u8) -> [u8; 128] {
    [seed; 128]
}
#[cfg(not(after))]
pub async fn rewritten(buf: [u8; 128], seed: u8) -> u8 {
    let mut b = buf;
    if seed > 3 {
        b = fresh(seed);
    }
    Tick(1).await;
    b[0]
}
#[cfg(after)]
pub async fn rewritten(buf: Box<[u8; 128]>, seed: u8) -> u8 {
    let mut b = buf;
    if seed > 3 {
        *b = fresh(seed);
    }
    Tick(1).await;
    b[0]
}
/// A plain local written whole twice on the way (the argument or a fresh value): which one
/// reaches the saved `d` is not told apart, not followed.
pub async fn reassigned(buf: [u8; 128], seed: u8) -> u8 {
    let mut b = buf;
    if seed > 3 {
        b = fresh(seed);
    }
    let d = b;
    Tick(1).await;
    d[0]
}

/// No upvar-copy: an async block's capture still live after the await (read again there,
/// copied anew in a loop, borrowed), so no layout can drop its slot.  (An async fn's
/// argument is moved into its own local first: reading `buf` again reads that local.)
pub fn reread(buf: [u8; 128]) -> impl Future<Output = u8> {
    async move {
        let b = buf;
        Tick(1).await;
        b[0] + buf[1]
    }
}
pub fn in_loop(buf: [u8; 128]) -> impl Future<Output = u8> {
    async move {
        let mut s = 0u8;
        for i in 0..3 {
            let b = buf;
            Tick(1).await;
            s = s.wrapping_add(b[i]);
        }
        s
    }
}
pub fn borrowed(buf: [u8; 128]) -> impl Future<Output = u8> {
    async move {
        let b = buf;
        let r = &buf;
        Tick(1).await;
        b[0] + r[1]
    }
}
/// Upvar-copy: the capture is read again, but only before the await.
pub fn reread_before(buf: [u8; 128]) -> impl Future<Output = u8> {
    async move {
        let b = buf;
        let z = buf[2];
        Tick(1).await;
        b[0] + z
    }
}
