// Two async blocks of one fn, and async blocks of two impls' `run` (a fresh-eyes trial's
// CI gate: adding a plain closure above the blocks renumbered them, and swapping the impls
// moved them; both failed the gate on code that grew nothing).
use std::future::Future;
pub struct Y(bool);
impl Future for Y {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub fn two(flag: bool) -> (impl Future<Output = u32>, impl Future<Output = u32>) {
    let helper = |v: u32| v + 1;
    let big = async move { let buf = [1u8; 700]; Y(false).await; buf.iter().map(|&b| b as u32).sum() };
    let small = async move { let x = helper(flag as u32); Y(false).await; x };
    (small, big)
}
pub struct Small;
pub struct Big;
impl Big {
    pub fn run(&self) -> impl Future<Output = u32> + '_ {
        async move { let buf = [1u8; 600]; Y(false).await; buf.iter().map(|&b| b as u32).sum() }
    }
}
impl Small {
    pub fn run(&self) -> impl Future<Output = u32> + '_ {
        async move { let x = 1u32; Y(false).await; x }
    }
}
