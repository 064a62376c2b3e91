//! Case `generic`: a generic async fn instantiated with two types, generic
//! async blocks, and native `async fn` in traits (stable 1.75) including a
//! default method, called through generic code on two implementations.
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/rt.rs"]
mod rt;

use rt::{recv, sleep, yield_now, BoxFut};

pub trait Codec {
    fn encode(&self, out: &mut Vec<u8>);
    fn size_hint(&self) -> usize;
}

impl Codec for u32 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn size_hint(&self) -> usize {
        4
    }
}

impl Codec for String {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.len() as u32).to_le_bytes());
        out.extend_from_slice(self.as_bytes());
    }
    fn size_hint(&self) -> usize {
        4 + self.len()
    }
}

#[derive(Debug)]
pub enum SendError {
    TooLarge(usize),
    GaveUp { tries: u32 },
}

/// Generic over the item type: `item: T` is held across every await, so the
/// coroutine's size depends on `T` (4 bytes for u32, 24 for String).
pub async fn send_framed<T: Codec>(item: T, retries: u32) -> Result<usize, SendError> {
    let mut frame = Vec::with_capacity(item.size_hint() + 4);
    item.encode(&mut frame);
    if frame.len() > 4096 {
        return Err(SendError::TooLarge(frame.len()));
    }
    for attempt in 0..retries {
        let acked = recv(attempt >= 1).await;
        if acked {
            yield_now().await;
            return Ok(frame.len() + item.size_hint());
        }
        sleep(u64::from(attempt)).await;
    }
    Err(SendError::GaveUp { tries: retries })
}

/// Generic async fn whose saved local has the parameter type.
pub async fn max_of<T: PartialOrd + Copy>(a: T, b: T) -> T {
    let x = recv(a).await;
    let y = recv(b).await;
    if x > y { x } else { y }
}

/// A generic fn returning an async block (block named by path in type sizes).
pub fn delayed<T>(value: T, ticks: u64) -> impl core::future::Future<Output = T> {
    async move {
        sleep(ticks).await;
        value
    }
}

// ---- native async fn in trait ----

pub trait Store {
    async fn get(&self, key: u32) -> Option<u64>;
    async fn put(&mut self, key: u32, value: u64) -> bool;
    /// Default method awaiting another trait method.
    async fn get_or(&self, key: u32, default: u64) -> u64 {
        match self.get(key).await {
            Some(v) => v,
            None => {
                yield_now().await;
                default
            }
        }
    }
}

pub struct MemStore {
    items: Vec<(u32, u64)>,
}

impl Store for MemStore {
    async fn get(&self, key: u32) -> Option<u64> {
        self.items.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
    }
    async fn put(&mut self, key: u32, value: u64) -> bool {
        self.items.push((key, value));
        true
    }
}

pub struct SlowStore {
    inner: MemStore,
    latency: u64,
    misses: u32,
}

impl Store for SlowStore {
    async fn get(&self, key: u32) -> Option<u64> {
        sleep(self.latency).await;
        let r = self.inner.get(key).await;
        recv(r).await
    }
    async fn put(&mut self, key: u32, value: u64) -> bool {
        sleep(self.latency).await;
        if !recv(value != 0).await {
            self.misses += 1;
            return false;
        }
        self.inner.put(key, value).await
    }
    // get_or: default method used
}

/// Generic over two stores: each instantiation gets its own coroutine.
pub async fn sync_stores<S: Store, D: Store>(src: &S, dst: &mut D, keys: &[u32]) -> usize {
    let mut copied = 0;
    for &k in keys {
        let v = src.get_or(k, 0).await;
        if v != 0 && dst.put(k, v).await {
            copied += 1;
        }
    }
    copied
}

// ---- entry points: instantiate the generics ----

#[inline(never)]
pub fn send_u32(v: u32) -> BoxFut<'static, Result<usize, SendError>> {
    Box::pin(send_framed(v, 3))
}

#[inline(never)]
pub fn send_string(v: String) -> BoxFut<'static, Result<usize, SendError>> {
    Box::pin(send_framed(v, 3))
}

#[inline(never)]
pub fn max_u8(a: u8, b: u8) -> BoxFut<'static, u8> {
    Box::pin(max_of(a, b))
}

#[inline(never)]
pub fn max_f64(a: f64, b: f64) -> BoxFut<'static, f64> {
    Box::pin(max_of(a, b))
}

#[inline(never)]
pub fn delayed_pair(a: u16, s: String) -> (BoxFut<'static, u16>, BoxFut<'static, String>) {
    (Box::pin(delayed(a, 2)), Box::pin(delayed(s, 3)))
}

#[inline(never)]
pub fn mem_to_slow<'a>(
    src: &'a MemStore,
    dst: &'a mut SlowStore,
    keys: &'a [u32],
) -> BoxFut<'a, usize> {
    Box::pin(sync_stores(src, dst, keys))
}

#[inline(never)]
pub fn slow_to_mem<'a>(
    src: &'a SlowStore,
    dst: &'a mut MemStore,
    keys: &'a [u32],
) -> BoxFut<'a, usize> {
    Box::pin(sync_stores(src, dst, keys))
}
