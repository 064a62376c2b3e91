#![allow(async_fn_in_trait)]
// A trait's default async method used by one impl and overridden by the other (a
// fresh-eyes trial's firmware bus): the default's body must not take the override's size.
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll};

pub struct Tick(u8);
impl Future for Tick {
    type Output = u8;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u8> {
        Poll::Ready(self.0)
    }
}

pub trait Bus {
    async fn xfer(&mut self, b: u8) -> u8;
    async fn xfer2(&mut self, a: u8, b: u8) -> u8 {
        let x = self.xfer(a).await;
        x.wrapping_add(self.xfer(b).await)
    }
}

pub struct BitBang(u8);
pub struct HwSpi([u8; 32]);

impl Bus for BitBang {
    async fn xfer(&mut self, b: u8) -> u8 {
        Tick(b).await.wrapping_add(self.0)
    }
}

impl Bus for HwSpi {
    async fn xfer(&mut self, b: u8) -> u8 {
        let buf = self.0;
        Tick(b).await.wrapping_add(buf[1])
    }
    // the default's body, over this impl's larger xfer future
    async fn xfer2(&mut self, a: u8, b: u8) -> u8 {
        let x = self.xfer(a).await;
        x.wrapping_add(self.xfer(b).await)
    }
}

pub fn poll_both(cx: &mut Context<'_>) -> u8 {
    let mut a = BitBang(1);
    let mut f = pin!(a.xfer2(1, 2));
    let mut h = HwSpi([0; 32]);
    let mut g = pin!(h.xfer2(1, 2));
    let x = match f.as_mut().poll(cx) { Poll::Ready(v) => v, Poll::Pending => 0 };
    match g.as_mut().poll(cx) { Poll::Ready(v) => v.wrapping_add(x), Poll::Pending => x }
}
