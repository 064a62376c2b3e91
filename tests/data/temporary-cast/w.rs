// A value computed from a borrowing await's output through a cast (`r[1] as u32`: a u8 read
// first, which cannot hold the borrow) and kept across the later await of the statement whose
// temporary the first future borrows.  `--cfg after`: the advice applied, the value taken in a
// statement of its own inside a block.
#![allow(dead_code)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Big {
    pub buf: [u8; 512],
}
pub fn make_big() -> Big {
    Big { buf: [1; 512] }
}
#[inline(never)]
pub fn sink(x: u32) -> u32 {
    x
}
pub struct Pause(bool);
impl Future for Pause {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
pub async fn head(b: &Big) -> &[u8; 32] {
    Pause(false).await;
    b.buf[..32].try_into().unwrap()
}
pub async fn head_and_len(b: &Big) -> (&[u8; 32], u32) {
    Pause(false).await;
    (b.buf[..32].try_into().unwrap(), b.buf[0] as u32)
}
/// A future of about 600 bytes.
pub async fn work(x: u32) -> u32 {
    let b = [x as u8; 600];
    Pause(false).await;
    sink(b[x as usize % 600] as u32)
}
#[cfg(not(after))]
pub async fn widened() -> u32 {
    match head(&make_big()).await {
        r => {
            let k = r[1] as u32;
            work(1).await + k
        }
    }
}
#[cfg(after)]
pub async fn widened() -> u32 {
    let k = { let t = head(&make_big()).await[1] as u32; t };
    work(1).await + k
}
#[cfg(not(after))]
pub async fn widened_field() -> u32 {
    match head_and_len(&make_big()).await {
        (a, _n) => {
            let k = a[2] as u32;
            work(1).await + k
        }
    }
}
#[cfg(after)]
pub async fn widened_field() -> u32 {
    let k = { let t = head_and_len(&make_big()).await.0[2] as u32; t };
    work(1).await + k
}
