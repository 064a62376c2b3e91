use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
/// A future of the crate: its size is not known without -Zprint-type-sizes.
pub struct Tick(bool);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> {
        if self.0 { Poll::Ready(1) } else { self.0 = true; Poll::Pending }
    }
}
/// Awaits async blocks, whose types name their source position: `{async block@n.rs:L:C: L:C}`.
pub async fn nested(a: u32) -> u32 {
    let inner = async move { Tick(false).await * a };
    let x = inner.await;
    let tail = async { Tick(false).await + x };
    tail.await
}
