// Two saved locals with one name across one await, as tokio::select! declares them: the
// tuple of futures and `&mut` to it (a fresh-eyes trial's select! loop showed `?` for it).
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

async fn leaf(x: u32) -> u32 {
    let buf = [x as u8; 40];
    Tick(buf[3]).await as u32 + buf[7] as u32
}

pub async fn sel(a: u32) -> u32 {
    let mut futures = (leaf(a), std::sync::Mutex::new(a + 1));
    let futures = &mut futures;
    std::future::poll_fn(|cx| {
        let (a, _b) = &mut *futures;
        let f = unsafe { Pin::new_unchecked(a) };
        f.poll(cx)
    })
    .await
}
