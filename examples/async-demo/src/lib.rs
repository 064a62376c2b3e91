//! A small "protocol handler": the kind of async code whose futures grow unnoticed.
//! `mirscope capture` in this directory shows each future's states, size and code.
pub mod rt;

use rt::{recv, yield_now};
use std::future::Future;
use std::pin::Pin;

/// A frame read from the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub kind: u8,
    pub len: u16,
}

/// Two awaits, nothing big held across them.
pub async fn read_header() -> Header {
    let kind = recv(1u8).await;
    let len = recv(512u16).await;
    Header { kind, len }
}

/// A 1 KiB buffer lives across three awaits: the future is over 1 KiB.
pub async fn read_body(h: Header) -> u32 {
    let mut buf = [0u8; 1024];
    for (i, b) in buf.iter_mut().enumerate().take(h.len as usize) {
        *b = i as u8;
    }
    yield_now().await;
    let extra = recv(7u32).await;
    yield_now().await;
    buf.iter().map(|&b| b as u32).sum::<u32>() + extra
}

/// Awaits two other async fns: their futures are nested inside this one.
pub async fn handle_request() -> u32 {
    let h = read_header().await;
    if h.kind == 0 {
        return 0;
    }
    read_body(h).await
}

/// An encoder, to make a generic async fn.
pub trait Encode {
    fn encode(&self, out: &mut Vec<u8>);
}

impl Encode for u32 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Encode for String {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

/// Generic: one future type per `T` (used with u32 and String below).
pub async fn send_framed<T: Encode>(value: T) -> usize {
    let mut out = Vec::new();
    value.encode(&mut out);
    yield_now().await;
    let n = out.len();
    recv(()).await;
    n
}

/// An async block returned from a plain fn.
pub fn heartbeat(every: u32) -> impl Future<Output = u32> {
    async move {
        let mut beats = 0;
        for _ in 0..every {
            yield_now().await;
            beats += 1;
        }
        beats
    }
}

/// Returns without awaiting anything: a state machine that never suspends.
pub async fn answer() -> u32 {
    42
}

/// Entry points: non-generic and not inlined, so every future above is instantiated and
/// its resume function compiled into this crate.
#[inline(never)]
pub fn start_request() -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(handle_request())
}

#[inline(never)]
pub fn start_send_u32() -> Pin<Box<dyn Future<Output = usize>>> {
    Box::pin(send_framed(7u32))
}

#[inline(never)]
pub fn start_send_string() -> Pin<Box<dyn Future<Output = usize>>> {
    Box::pin(send_framed(String::from("hello")))
}

#[inline(never)]
pub fn start_heartbeat() -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(heartbeat(3))
}

#[inline(never)]
pub fn start_answer() -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(answer())
}
