async fn tick() {}
pub async fn mix(x: u64) -> u64 {
    let a = [x as u8; 24];
    tick().await;
    let w = a[3] as u64;
    tick().await;
    w + x
}
