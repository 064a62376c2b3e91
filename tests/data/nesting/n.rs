// A by-value argument passed down async fns: each level keeps the upvar's slot and the awaited
// future holds the value again (rust-lang/rust#62958): 2002 -> 3003 -> 4004 bytes.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn level1(buf: [u8; 1000]) -> u8 { Yield(false).await; buf[1] }
pub async fn level2(buf: [u8; 1000]) -> u8 { level1(buf).await }
pub async fn level3(buf: [u8; 1000]) -> u8 { level2(buf).await + 1 }

// a future passed by value: awaited as it is (into_future of a future is itself)
pub struct Fut(pub [u8; 1000]);
impl std::future::Future for Fut {
    type Output = u8;
    fn poll(self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<u8> {
        std::task::Poll::Ready(self.0[0])
    }
}
pub async fn takes_fut(f: Fut) -> u8 { f.await + 1 }

// a value moved into a plain call is not stored twice
#[inline(never)] pub fn sum(b: [u8; 1000]) -> u32 { b.iter().map(|&x| x as u32).sum() }
pub async fn computes(buf: [u8; 1000]) -> u32 { let s = sum(buf); Yield(false).await; s }

// an async block's capture read again after the await keeps its slot: no copy to report
pub fn reads_after(b: [u8; 1000]) -> impl std::future::Future<Output = u8> {
    async move { level1(b).await + b[1] }
}
