use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(bool);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 { Poll::Ready(1) } else { self.0 = true; Poll::Pending }
    }
}
pub fn tick() -> Tick { Tick(false) }

pub async fn held(a: u64) -> u64 {
    let buf = [1u8; 64];
    let x = tick().await;
    let y = tick().await;
    a + x as u64 + y as u64 + buf[3] as u64
}

pub async fn pass() -> u32 { tick().await }

pub struct Counter(pub u32);
impl Counter {
    pub async fn get(&self, k: u32) -> u32 { self.0 + k + tick().await }
}

pub fn block(v: Vec<u8>) -> impl Future<Output = usize> {
    async move {
        let inner = async { tick().await };
        inner.await as usize + v.len()
    }
}

pub fn bare() -> impl Future<Output = u32> { async { tick().await } }

pub async fn konst() -> u32 { 7 }
