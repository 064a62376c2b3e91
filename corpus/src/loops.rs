//! Case `loops`: awaits inside `for`, `while`, `loop` with `break value`, and
//! a retry loop with backoff; loop-carried locals are saved across suspends.
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use rt::{recv, recv_after, sleep, yield_now, BoxFut};

pub async fn sum_loop(n: u32) -> u64 {
    let mut acc = 0u64;
    for i in 0..n {
        acc += u64::from(recv(i).await);
        if i % 3 == 0 {
            yield_now().await;
        }
    }
    while acc > 100 {
        acc = recv(acc / 2).await;
    }
    acc
}

#[derive(Debug)]
pub enum FetchError {
    Timeout,
    Refused(u16),
}

/// Retry with exponential backoff: `loop` with `break` carrying a value.
pub async fn fetch_with_retry(port: u16, max_tries: u8) -> Result<Vec<u8>, FetchError> {
    let mut delay = 1u64;
    let mut tries = 0u8;
    let body = loop {
        tries += 1;
        let status: u16 = recv_after(if tries < 3 { 503 } else { 200 }, tries).await;
        match status {
            200 => break recv(vec![port as u8; 8]).await,
            503 if tries < max_tries => {
                sleep(delay).await;
                delay *= 2;
            }
            503 => return Err(FetchError::Timeout),
            other => return Err(FetchError::Refused(other)),
        }
    };
    Ok(body)
}

/// Labeled nested loops with awaits at both levels.
pub async fn scan_grid(w: u32, h: u32) -> Option<(u32, u32)> {
    let mut found = None;
    'rows: for y in 0..h {
        let row_key = recv(y * 31).await;
        for x in 0..w {
            let cell = recv(row_key ^ x).await;
            if cell == 0x2a {
                found = Some((x, y));
                break 'rows;
            }
            if cell & 0xf == 0 {
                continue 'rows;
            }
        }
        yield_now().await;
    }
    found
}

/// A `while let` consuming a queue, with an owned buffer live across awaits.
pub async fn drain(mut queue: Vec<String>) -> usize {
    let mut out = String::new();
    while let Some(item) = queue.pop() {
        let n = recv(item.len()).await;
        out.push_str(&item[..n.min(item.len())]);
        yield_now().await;
    }
    out.len()
}

#[inline(never)]
pub fn start_sum(n: u32) -> BoxFut<'static, u64> {
    Box::pin(sum_loop(n))
}

#[inline(never)]
pub fn start_fetch(port: u16) -> BoxFut<'static, Result<Vec<u8>, FetchError>> {
    Box::pin(fetch_with_retry(port, 5))
}

#[inline(never)]
pub fn start_scan(w: u32, h: u32) -> BoxFut<'static, Option<(u32, u32)>> {
    Box::pin(scan_grid(w, h))
}

#[inline(never)]
pub fn start_drain(q: Vec<String>) -> BoxFut<'static, usize> {
    Box::pin(drain(q))
}
