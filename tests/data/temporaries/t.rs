// Temporaries held across an await for their statement's sake (a fresh-eyes trial): the
// before versions, and in after.rs the same code with the statement ended before the await.
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

// a temporary argument before the await in the same call
pub async fn temp_arg() -> u64 { foo(&big_temp(), Yield(false).await) }

// a match scrutinee lives to the end of the match, across the await in an arm
pub async fn scrutinee() -> u32 {
    match receive() {
        Ok(frame) => frame.0[0] as u32,
        Err(_) => Yield(false).await,
    }
}

// the awaited future borrows the temporary: it is needed there (no finding)
pub async fn sum(b: &Big) -> u64 { Yield(false).await; b.0[1] }
pub async fn borrowed() -> u64 { sum(&big_temp()).await }

// a temporary whose life a `let` extends lives as long as that local: needed after the
// await, no finding (a trial)
pub async fn extended() -> u64 { let r = &big_temp(); let v = Yield(false).await; foo(r, v) }
