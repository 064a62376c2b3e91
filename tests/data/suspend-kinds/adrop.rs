#![feature(async_drop)]
#![allow(incomplete_features)]
use std::future::AsyncDrop;
use std::pin::Pin;

pub struct Conn { pub id: u32 }
impl Drop for Conn { fn drop(&mut self) {} }
impl AsyncDrop for Conn {
    async fn drop(self: Pin<&mut Self>) { leaf(self.id).await; }
}
async fn leaf(x: u32) -> u32 { x }

pub async fn uses_conn(x: u32) -> u32 {
    let c = Conn { id: x };
    let y = leaf(c.id).await;
    y
}
pub async fn two_conns(x: u32) -> u32 {
    let a = Conn { id: x };
    let b = Conn { id: x + 1 };
    leaf(a.id).await + leaf(b.id).await
}
