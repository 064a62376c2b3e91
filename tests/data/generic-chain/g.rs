// A generic async fn awaited as two instances of different sizes (a fresh-eyes trial's
// firmware `with_timeout`): the chain through the small one must not show the large one.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(u8);
impl Future for Tick {
    type Output = u8;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u8> {
        Poll::Ready(self.0)
    }
}

pub async fn guarded<F: Future<Output = u8>>(f: F) -> u8 {
    let extra = Tick(1).await;
    f.await.wrapping_add(extra)
}

async fn big_job() -> u8 {
    let buf = [7u8; 200];
    Tick(buf[1]).await.wrapping_add(buf[9])
}

pub async fn small_user(x: u8) -> u8 {
    guarded(Tick(x)).await
}

pub async fn big_user() -> u8 {
    guarded(big_job()).await
}

pub fn poll_both(cx: &mut Context<'_>) -> u8 {
    let mut a = Box::pin(small_user(3));
    let mut b = Box::pin(big_user());
    let x = match a.as_mut().poll(cx) { Poll::Ready(v) => v, Poll::Pending => 0 };
    match b.as_mut().poll(cx) { Poll::Ready(v) => v.wrapping_add(x), Poll::Pending => x }
}
