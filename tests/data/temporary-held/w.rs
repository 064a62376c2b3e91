// The first await's output, or a value taken from it, held across a later await of the
// statement whose temporary the first awaited future borrows.  `--cfg after`: the advice
// applied by hand, in the words the advice gives.
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
#[inline(never)]
pub fn look<T>(x: &T) -> u32 {
    core::mem::size_of_val(x) as u32
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
pub async fn fetch_s(b: &Big) -> Result<String, ()> {
    Yield(false).await;
    Ok(String::from_utf8_lossy(&b.buf[..4]).into_owned())
}
pub async fn first_a(b: &Big) -> &[u8; 32] {
    Yield(false).await;
    b.buf[..32].try_into().unwrap()
}
pub async fn first_s(b: &Big) -> &str {
    Yield(false).await;
    core::str::from_utf8(&b.buf[..4]).unwrap_or("")
}
/// A future of 612 bytes.
pub async fn process(x: u32) -> u32 {
    let b = [x as u8; 600];
    Yield(false).await;
    sink(b[x as usize % 600] as u32)
}
/// A future of 2 bytes.
pub async fn tick() -> u32 {
    Yield(false).await;
    7
}

/// The output's `x` read after the second await (by reference): 1136 -> 624.
#[cfg(not(after))]
pub async fn held_ref() -> u32 {
    match fetch(&make_big()).await {
        Ok(x) => {
            let n = process(1).await;
            n + look(&x)
        }
        Err(()) => 0,
    }
}
#[cfg(after)]
pub async fn held_ref() -> u32 {
    let r = fetch(&make_big()).await;
    match r {
        Ok(x) => {
            let n = process(1).await;
            n + look(&x)
        }
        Err(()) => 0,
    }
}

/// The output itself kept (a String moved out of it, the Result still to drop): 576 -> 568.
#[cfg(not(after))]
pub async fn held_result() -> u32 {
    match fetch_s(&make_big()).await {
        Ok(s) => {
            tick().await;
            s.len() as u32
        }
        Err(()) => 0,
    }
}
#[cfg(after)]
pub async fn held_result() -> u32 {
    let r = fetch_s(&make_big()).await;
    match r {
        Ok(s) => {
            tick().await;
            s.len() as u32
        }
        Err(()) => 0,
    }
}

/// The output borrows the temporary; a value taken from it is kept across the second
/// await: 1160 -> 648 in a statement of its own; bound by the ending statement itself
/// (`one_statement`, after/ only) it stays 1160 (the temporary is promoted).
#[cfg(not(after))]
pub async fn taken_array() -> u32 {
    match first_a(&make_big()).await {
        r => {
            let v = *r;
            process(1).await + v[5] as u32
        }
    }
}
#[cfg(after)]
pub async fn taken_array() -> u32 {
    let v = {
        let t = *first_a(&make_big()).await;
        t
    };
    process(1).await + v[5] as u32
}
#[cfg(after)]
pub async fn one_statement() -> u32 {
    let v = *first_a(&make_big()).await;
    process(1).await + v[5] as u32
}

/// The same with `.to_owned()`: 1152 -> 640.
#[cfg(not(after))]
pub async fn taken_string() -> u32 {
    match first_s(&make_big()).await {
        r => {
            let v = r.to_owned();
            process(1).await + v.len() as u32
        }
    }
}
#[cfg(after)]
pub async fn taken_string() -> u32 {
    let v = {
        let t = first_s(&make_big()).await.to_owned();
        t
    };
    process(1).await + v.len() as u32
}

/// The same with a small second future: 552 -> 544.
#[cfg(not(after))]
pub async fn taken_small() -> u32 {
    match first_a(&make_big()).await {
        r => {
            let v = *r;
            tick().await + v[5] as u32
        }
    }
}
#[cfg(after)]
pub async fn taken_small() -> u32 {
    let v = {
        let t = *first_a(&make_big()).await;
        t
    };
    tick().await + v[5] as u32
}
