// An argument moved into the future that calling it builds and the body awaits: an
// AsyncFnOnce closure called once (`f(1).await`) consumes itself, and an async closure's
// body then holds what the closure captured (and its arguments) by value, while the upvar
// `f` keeps its own slot in every state (rust-lang/rust#62958).  The call's result type is
// the projection `<F as AsyncFnOnce<(u32,)>>::CallOnceFuture`; what it is, only the
// instance tells (-Zprint-type-sizes).  `--cfg after`: the same awaits with the closure made
// inside (no upvar), the layout the what-if predicts.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _c: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}
pub fn yld() -> Yield { Yield(false) }

pub type Frame = [u64; 8];

// An async closure holding a String (24 bytes), one holding a Frame (64 bytes).
pub fn make_s() -> impl AsyncFnOnce(u32) -> u32 {
    let s = String::from("hi");
    async move |x: u32| { yld().await; s.len() as u32 + x }
}
pub fn make_f() -> impl AsyncFnOnce(u32) -> u64 {
    let f: Frame = [7; 8];
    async move |x: u32| { yld().await; f[3] + x as u64 }
}
// A plain closure returning a future that does not hold what the closure captured: an
// AsyncFnOnce too (CallOnceFuture is its output, an async block of 32 bytes and more).
pub fn make_plain() -> impl AsyncFnOnce(u32) -> u64 {
    let s = String::from("hi");
    move |x: u32| {
        let n = s.len() as u64;
        drop(s);
        async move { let a = [n; 4]; yld().await; a[x as usize % 4] }
    }
}
// An async closure taking a Frame argument.
pub fn make_arg() -> impl AsyncFnOnce(Frame) -> u64 {
    let s = String::from("hi");
    async move |b: Frame| { yld().await; s.len() as u64 + b[1] }
}

#[cfg(not(after))]
pub async fn once_string<F: AsyncFnOnce(u32) -> u32>(f: F) -> u32 { f(1).await }
#[cfg(not(after))]
pub async fn once_frame<F: AsyncFnOnce(u32) -> u64>(f: F) -> u64 { f(2).await }
#[cfg(not(after))]
pub async fn once_arg<F: AsyncFnOnce(Frame) -> u64>(f: F, b: Frame) -> u64 { f(b).await }
#[cfg(not(after))]
pub async fn once_plain<F: AsyncFnOnce(u32) -> u64>(f: F) -> u64 { f(3).await }
#[cfg(not(after))]
pub async fn fn_once<F: FnOnce() -> Fut, Fut: Future<Output = u64>>(f: F) -> u64 { f().await }
#[cfg(not(after))]
pub async fn by_mut<F: AsyncFnMut(u32) -> u32>(mut f: F) -> u32 { f(1).await }
#[cfg(not(after))]
pub async fn by_ref<F: AsyncFn(u32) -> u32>(f: F) -> u32 { f(1).await }

#[cfg(after)]
pub async fn once_string() -> u32 { let f = make_s(); f(1).await }
#[cfg(after)]
pub async fn once_frame() -> u64 { let f = make_f(); f(2).await }
#[cfg(after)]
pub async fn once_arg() -> u64 { let f = make_arg(); f([5; 8]).await }

fn poll_once<F: Future>(f: F) {
    let mut f = Box::pin(f);
    let w = std::task::Waker::noop();
    let _ = f.as_mut().poll(&mut Context::from_waker(w));
}

#[cfg(not(after))]
pub fn run() {
    poll_once(once_string(make_s()));
    poll_once(once_frame(make_f()));
    poll_once(once_arg(make_arg(), [5; 8]));
    poll_once(once_plain(make_plain()));
    let s = String::from("hi");
    poll_once(fn_once(move || { let n = s.len() as u64; async move { let a = [n; 4]; yld().await; a[1] } }));
    let t = String::from("ho");
    poll_once(by_mut(async move |x: u32| { yld().await; t.len() as u32 + x }));
    let u = String::from("hu");
    poll_once(by_ref(async move |x: u32| { yld().await; u.len() as u32 + x }));
}
#[cfg(after)]
pub fn run() {
    poll_once(once_string());
    poll_once(once_frame());
    poll_once(once_arg());
}
