// Futures held inline by a wrapper another future awaits (tests/cli report-held-inline):
// `inline` awaits Wrap<x's future> and Wrap<y's future>, so x and y are no outer futures;
// `run` and `boxed` await Both<Pin<Box<..>>, ..> (other allocations: z stays an outer one).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Both<A, B> {
    a: Option<A>,
    b: Option<B>,
}

impl<A: Future<Output = u32> + Unpin, B: Future<Output = u32> + Unpin> Future for Both<A, B> {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut sum = 0;
        if let Some(a) = self.a.as_mut() {
            match Pin::new(a).poll(cx) {
                Poll::Ready(v) => sum += v,
                Poll::Pending => return Poll::Pending,
            }
        }
        if let Some(b) = self.b.as_mut() {
            match Pin::new(b).poll(cx) {
                Poll::Ready(v) => sum += v,
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(sum)
    }
}

pub struct Tick(bool);
impl Future for Tick {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}

pub async fn x(n: u32) -> u32 {
    let buf = [n as u8; 40];
    Tick(false).await;
    buf[3] as u32
}

pub async fn y(n: u32) -> u32 {
    Tick(false).await;
    n + 1
}

pub async fn z(n: u32) -> u32 {
    let buf = [n as u8; 24];
    Tick(false).await;
    buf[1] as u32
}

pub async fn run(n: u32) -> u32 {
    let a = Box::pin(x(n));
    let b = Box::pin(y(n));
    let both = Both { a: Some(a), b: Some(b) };
    both.await
}

pub async fn inline(n: u32) -> u32 {
    Wrap(x(n)).await + Wrap(y(n)).await
}

pub async fn boxed(n: u32) -> u32 {
    let f = Box::pin(z(n));
    Both { a: Some(f), b: None::<Pin<Box<Tick2>>> }.await
}

pub struct Tick2;
impl Future for Tick2 {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> { Poll::Ready(0) }
}

pub struct Wrap<F>(F);
impl<F: Future> Future for Wrap<F> {
    type Output = F::Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        unsafe { self.map_unchecked_mut(|w| &mut w.0) }.poll(cx)
    }
}
