// An async closure used through AsyncFn and AsyncFnOnce: rustc dumps its by-reference body
// ({closure#0}, `base` a &u32) and its by-move body ({synthetic#0}, `base` a u32) and prints
// two -Zprint-type-sizes entries of one name, both with the upvar `_ref__base` (8 and 4 bytes).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
pub struct Yield(bool);
impl Future for Yield {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 { Poll::Ready(1) } else { self.0 = true; Poll::Pending }
    }
}
pub fn y() -> Yield { Yield(false) }
pub async fn once<F: AsyncFnOnce(u32) -> u32>(f: F) -> u32 { f(1).await }
pub fn nested_closures(base: u32) -> impl Future<Output = u32> {
    async move {
        let outer = async move |x: u32| {
            let inner = async move |z: u32| { y().await + z };
            inner(x).await + base
        };
        outer(1).await + once(outer).await
    }
}
