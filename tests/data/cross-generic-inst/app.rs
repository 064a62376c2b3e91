// Awaits drv's generic with_timeout with two futures of its own, larger than drv's own
// instance (with_timeout<tick>): the largest instance is laid out in this unit only.
async fn fill() -> u8 {
    let buf = [7u8; 120];
    drv::tick().await;
    buf[3]
}
async fn line() -> u8 {
    let buf = [1u8; 40];
    drv::tick().await;
    buf[5]
}
async fn task() -> u8 {
    let a = drv::with_timeout(fill()).await.unwrap_or(0);
    let b = drv::with_timeout(line()).await.unwrap_or(0);
    let c = drv::read_channel().await;
    a + b + c
}
fn main() {
    let f = task();
    std::hint::black_box(&f);
}
