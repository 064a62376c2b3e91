// A binary with a module of its own named like the library it uses (`mod drv`, with a generic
// async fn `with_timeout` of the same shape): its table prints both crates' instances as
// `drv::with_timeout<..>`, so none of them is taken for the library's with_timeout.
mod drv {
    pub struct Yield(bool);
    impl std::future::Future for Yield {
        type Output = ();
        fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<()> {
            if self.0 { std::task::Poll::Ready(()) } else { self.0 = true; std::task::Poll::Pending }
        }
    }
    pub async fn with_timeout<F: std::future::Future>(f: F) -> Option<F::Output> {
        Yield(false).await;
        Some(f.await)
    }
}
async fn fill() -> u8 {
    let buf = [7u8; 120];
    ::drv::tick().await;
    buf[3]
}
async fn task() -> u8 {
    let a = crate::drv::with_timeout(fill()).await.unwrap_or(0);
    let b = ::drv::with_timeout(::drv::tick()).await.unwrap_or(0);
    a + b
}
fn main() {
    let f = task();
    std::hint::black_box(&f);
}
