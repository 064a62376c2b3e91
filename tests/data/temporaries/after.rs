// t.rs with each statement ended before its await (the advice applied); regen writes the
// sizes to after-type-sizes.txt, the measurement the predictions are checked against.
pub struct Yield(bool);
impl std::future::Future for Yield {
    type Output = u32;
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<u32> {
        if self.0 { std::task::Poll::Ready(5) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub struct Big(pub [u64; 64]);
#[inline(never)] pub fn big_temp() -> Big { Big([std::hint::black_box(1); 64]) }
#[inline(never)] pub fn foo(b: &Big, x: u32) -> u64 { b.0[3] + x as u64 }
pub struct Frame(pub [u8; 96]);
impl Drop for Frame { fn drop(&mut self) { std::hint::black_box(&self.0); } }
#[inline(never)] pub fn receive() -> Result<Frame, u8> { Err(std::hint::black_box(3)) }

pub async fn temp_arg() -> u64 { let v = Yield(false).await; foo(&big_temp(), v) }

pub async fn scrutinee() -> u32 {
    let got = match receive() { Ok(frame) => Some(frame.0[0] as u32), Err(_) => None };
    match got { Some(v) => v, None => Yield(false).await }
}
