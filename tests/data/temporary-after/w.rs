// A temporary the first awaited future borrows, kept across a later await of the same
// statement (a match's scrutinee lives to the end of the match).  `--cfg after`: the
// statement ended after the first await with a let, as the advice says.
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
/// A temporary with drop glue: dropped at the end of its statement.
pub struct Logged {
    pub buf: [u8; 256],
}
impl Drop for Logged {
    fn drop(&mut self) {
        sink(self.buf[0] as u32);
    }
}
pub fn make_logged() -> Logged {
    Logged { buf: [2; 256] }
}
#[inline(never)]
pub fn sink(x: u32) -> u32 {
    x
}

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub async fn fetch(b: &Big) -> Result<u32, ()> {
    Yield(false).await;
    Ok(b.buf[3] as u32)
}
pub async fn fetch_logged(b: &Logged) -> u32 {
    Yield(false).await;
    b.buf[1] as u32
}
pub async fn first_byte(b: &Big) -> &u8 {
    Yield(false).await;
    &b.buf[0]
}
/// A future of 612 bytes, awaited second.
pub async fn process(x: u32) -> u32 {
    let b = [x as u8; 600];
    Yield(false).await;
    sink(b[x as usize % 600] as u32)
}

/// Finding: the scrutinee's temporary `make_big()` is held across `process(x).await`.
#[cfg(not(after))]
pub async fn scrutinee() -> u32 {
    match fetch(&make_big()).await {
        Ok(x) => process(x).await,
        Err(()) => 0,
    }
}
#[cfg(after)]
pub async fn scrutinee() -> u32 {
    let r = fetch(&make_big()).await;
    match r {
        Ok(x) => process(x).await,
        Err(()) => 0,
    }
}

/// Finding: two awaits in one expression.
#[cfg(not(after))]
pub async fn sum2() -> u32 {
    fetch(&make_big()).await.unwrap_or(0) + process(1).await
}
#[cfg(after)]
pub async fn sum2() -> u32 {
    let a = fetch(&make_big()).await.unwrap_or(0);
    a + process(1).await
}

/// Finding: a temporary with drop glue, dropped after the second await.
#[cfg(not(after))]
pub async fn logged() -> u32 {
    match fetch_logged(&make_logged()).await {
        0 => 0,
        x => process(x).await,
    }
}
#[cfg(after)]
pub async fn logged() -> u32 {
    let r = fetch_logged(&make_logged()).await;
    match r {
        0 => 0,
        x => process(x).await,
    }
}

/// No finding: the output borrows the temporary and is read after the second await.
pub async fn borrowed_out() -> u32 {
    match first_byte(&make_big()).await {
        r => {
            let n = process(1).await;
            n + *r as u32
        }
    }
}

/// No finding: one await, which needs the temporary.
pub async fn one_await() -> u32 {
    fetch(&make_big()).await.unwrap_or(0)
}

/// Finding, with other words: the output borrows the temporary (`&u8`), so a `let` of it
/// does not compile (E0716); what is needed is taken from it in the same statement.
#[cfg(not(after))]
pub async fn deref_output() -> u32 {
    match first_byte(&make_big()).await {
        r => {
            let v = *r as u32;
            process(v).await
        }
    }
}
#[cfg(after)]
pub async fn deref_output() -> u32 {
    let v = *first_byte(&make_big()).await as u32;
    process(v).await
}

/// A timeout-like wrapper around the borrowing future: the wrapper borrows the temporary
/// (MIR builds it as `Wrap::<impl Future<..>>(..)`), so it is needed at the first await.
pub struct Wrap<F>(pub F);
impl<F: Future> Future for Wrap<F> {
    type Output = F::Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        // SAFETY: the field is never moved out of the pinned wrapper
        unsafe { self.map_unchecked_mut(|w| &mut w.0) }.poll(cx)
    }
}
#[cfg(not(after))]
pub async fn wrapped() -> u32 {
    match Wrap(fetch(&make_big())).await {
        Ok(x) => process(x).await,
        Err(()) => 0,
    }
}
#[cfg(after)]
pub async fn wrapped() -> u32 {
    let r = Wrap(fetch(&make_big())).await;
    match r {
        Ok(x) => process(x).await,
        Err(()) => 0,
    }
}
