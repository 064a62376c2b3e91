// A coverage-instrumented build (-Cinstrument-coverage): each resume body's dump lists its
// coverage mappings between the scopes and bb0 (`coverage Code { bcb: bcb0 } => span;`;
// with -Zcoverage-options=branch also `coverage branch { .. } => span`).
pub struct Y(bool);
impl std::future::Future for Y {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub async fn one(x: u64) -> u64 {
    let a = [x; 8];
    Y(false).await;
    if x > 3 { Y(false).await; }
    a[1]
}
pub async fn two(f: bool) -> u8 {
    let c = async |v: u8| { Y(false).await; v };
    if f { c(1).await } else { 0 }
}
