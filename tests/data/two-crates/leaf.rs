async fn tick() {}
pub async fn leaf(x: u64) -> u64 {
    let buf = [x as u8; 40];
    tick().await;
    buf[3] as u64 + x
}
