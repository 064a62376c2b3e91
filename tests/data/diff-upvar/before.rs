// A spawned-style `async move` block that captures a sum (before) or the whole table (after):
// the growth is an upvar, in every state (a fresh-eyes trial's gate blamed it on a local).
use std::future::Future;
pub struct Y(bool);
impl Future for Y {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub fn sender(table: [u32; 512]) -> impl Future<Output = u32> {
    let total: u32 = table.iter().sum();
    async move {
        Y(false).await;
        total
    }
}
