pub async fn tick() -> u32 { 1 }
pub fn make() -> impl AsyncFn(u32) -> u32 {
    async |x: u32| { tick().await + x }
}
pub fn make2(s: String) -> impl AsyncFnOnce() -> usize {
    async move || { tick().await; s.len() }
}
pub async fn call() -> u32 { let f = make(); f(1).await + f(2).await }
pub async fn blocks() -> u32 {
    let a = async { tick().await };
    let b = async { tick().await + 1 };
    a.await + b.await
}
