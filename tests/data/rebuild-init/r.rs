use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
pub struct Tick(bool);
impl Future for Tick {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}
pub fn tick() -> Tick { Tick(false) }
pub async fn run_later<F: FnOnce() -> usize>(f: F) -> usize { tick().await; f() }
#[inline(never)] pub fn consume(_s: String) {}

/// A closure made after the first await and moved into a future awaited later: its drop
/// (on the unwind path, behind a drop flag) is reachable from the first resume arm.
pub async fn guarded(v: Vec<u8>) -> usize {
    tick().await;
    let h = { let v2 = v.clone(); move || v2.len() };
    let f = run_later(h);
    f.await
}

/// A string made after the first await, moved away on one branch only.
pub async fn maybe_moved(flag: bool) -> usize {
    tick().await;
    let s = String::from("x");
    tick().await;
    if flag { consume(s); }
    tick().await;
    1
}

/// In a loop: a buffer made in each round, moved into a call in some rounds.
pub async fn rounds(n: u32) -> usize {
    let mut total = 0;
    for i in 0..n {
        tick().await;
        let b = vec![0u8; i as usize];
        if i % 2 == 0 { total += run_later(move || b.len()).await; } else { tick().await; drop(b); }
    }
    total
}
