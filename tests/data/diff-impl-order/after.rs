// Two impls of one trait; after.rs adds a third above them (a common pull request).  Their
// methods must match by the type they are for, not by the impls' order in the file.
pub struct Y(bool);
impl std::future::Future for Y {
    type Output = u32;
    fn poll(mut self: std::pin::Pin<&mut Self>, _c: &mut std::task::Context<'_>) -> std::task::Poll<u32> {
        if self.0 { std::task::Poll::Ready(1) } else { self.0 = true; std::task::Poll::Pending }
    }
}
pub fn y() -> Y { Y(false) }
pub trait Transport { async fn send(&self, n: u32) -> u32; }
pub struct Tcp;
pub struct Udp;
pub struct Loopback;
impl Transport for Loopback {
    async fn send(&self, n: u32) -> u32 { let ring = [n as u8; 1024]; y().await + ring[9] as u32 }
}
impl Transport for Tcp {
    async fn send(&self, n: u32) -> u32 { let buf = [n as u8; 256]; y().await + buf[3] as u32 }
}
impl Transport for Udp {
    async fn send(&self, n: u32) -> u32 { y().await + n }
}
