// Four awaits of the same future type in the arms of a match: `same` continues the same way
// after each (duplicate-suspend: 3 findings), `arith` computes something different after
// each (`+ 1`, `* 2`, `- 1`: none).
pub struct Y(bool);
impl std::future::Future for Y {
    type Output = u32;
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<u32> {
        if self.0 { std::task::Poll::Ready(1) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub fn y() -> Y { Y(false) }
pub async fn same(k: u8) -> u32 {
    match k { 0 => y().await, 1 => y().await, 2 => y().await, _ => y().await }
}
pub async fn arith(k: u8) -> u32 {
    match k { 0 => y().await, 1 => y().await + 1, 2 => y().await * 2, _ => y().await - 1 }
}
