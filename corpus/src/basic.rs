//! Case `basic`: the elementary async shapes.
//! - `answer`: async fn returning a constant (no await; cannot unwind)
//! - `one_await`: a single suspend point
//! - `handshake`: many (12) awaits in one fn, locals of several types live across them
//! - `parse_header`: early returns between awaits
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use rt::{recv, recv_after, sleep, yield_now, BoxFut};

/// No await at all: the state machine has only Unresumed/Returned/Panicked.
pub async fn answer() -> u32 {
    42
}

/// Exactly one suspend point.
pub async fn one_await(x: u32) -> u32 {
    let y = recv(x).await;
    y + 1
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    Hello,
    KeyExchange(u16),
    Done { rounds: u8 },
}

pub struct Session {
    pub id: u64,
    pub key: [u8; 16],
    pub phase: Phase,
    pub rtt: u64,
}

/// Twelve awaits on three different leaf future types, with locals of
/// different sizes alive across different subsets of the suspend points.
pub async fn handshake(id: u64, nonce: u32) -> Session {
    let start = sleep(1).await; // 0
    let hello: u16 = recv(0x1603).await; // 1
    let mut key = [0u8; 16];
    key[0] = recv(nonce as u8).await; // 2
    yield_now().await; // 3
    key[1] = recv((nonce >> 8) as u8).await; // 4
    let group = recv(hello ^ 0x0017).await; // 5
    let phase = Phase::KeyExchange(group);
    key[2] = recv_after((nonce >> 16) as u8, 2).await; // 6
    yield_now().await; // 7
    let salt: u64 = recv(id.rotate_left(7)).await; // 8
    key[3] = (salt & 0xff) as u8;
    let confirm = recv(phase).await; // 9
    let end = sleep(2).await; // 10
    let rounds: u8 = recv(4).await; // 11
    Session {
        id,
        key,
        phase: if confirm == phase { Phase::Done { rounds } } else { Phase::Hello },
        rtt: end - start,
    }
}

pub enum Header {
    Empty,
    Short(u8),
    Long { len: u32, flags: u16 },
}

/// Early returns from different states.
pub async fn parse_header(first: u8) -> Option<Header> {
    let tag = recv(first).await;
    if tag == 0 {
        return Some(Header::Empty);
    }
    if tag < 0x80 {
        return Some(Header::Short(tag));
    }
    let len = recv(u32::from(tag) << 8).await;
    if len > 1 << 20 {
        return None;
    }
    let flags = recv(0x0101u16).await;
    Some(Header::Long { len, flags })
}

// ---- entry points: construct the futures so their resume fns are codegened ----

#[inline(never)]
pub fn start_answer() -> BoxFut<'static, u32> {
    Box::pin(answer())
}

#[inline(never)]
pub fn start_one_await(x: u32) -> BoxFut<'static, u32> {
    Box::pin(one_await(x))
}

#[inline(never)]
pub fn start_handshake(id: u64, nonce: u32) -> BoxFut<'static, Session> {
    Box::pin(handshake(id, nonce))
}

#[inline(never)]
pub fn run_parse_header(first: u8) -> Option<Header> {
    rt::block_on(parse_header(first))
}
