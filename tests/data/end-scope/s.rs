// Which fix the held-across-await advice names, by the held local's kind (tests/cli
// report-end-scope-kinds): a Copy array, a type with Drop, an argument, a local used after.
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

pub struct Guard(pub [u8; 256]);
impl Drop for Guard {
    fn drop(&mut self) { std::hint::black_box(&self.0); }
}
pub struct Packet(pub [u8; 256]);

#[inline(never)]
pub fn look(b: &[u8]) -> u8 { b[0] }

pub async fn copy_array() -> u8 {
    let buf = [7u8; 256];
    let first = look(&buf);
    tick().await;
    first
}

pub async fn guard() -> u8 {
    let g = Guard([1; 256]);
    let first = look(&g.0);
    tick().await;
    first
}

pub async fn argument(p: Packet) -> u8 {
    tick().await;
    look(&p.0)
}

pub async fn used_after() -> u8 {
    let buf = [3u8; 256];
    tick().await;
    look(&buf)
}
