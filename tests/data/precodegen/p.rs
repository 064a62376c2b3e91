// tests/data/precodegen: -Zdump-mir=PreCodegen alone (the final MIR, with the layout).
async fn leaf(x: u32) -> u32 {
    x + 1
}

pub async fn two() -> u32 {
    let a = leaf(1).await;
    let b = leaf(a).await;
    a + b
}

pub fn make() -> impl core::future::Future<Output = u32> {
    let k = 3;
    async move { leaf(k).await }
}
