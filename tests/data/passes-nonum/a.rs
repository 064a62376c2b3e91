// tests/data/passes-nonum: one async fn dumped by three passes without pass numbers.
pub async fn add(a: u32, b: &u32) -> u32 {
    let x = std::future::ready(a).await;
    x + std::future::ready(*b).await
}
