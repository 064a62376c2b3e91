// Plain fns whose names are contained in others' (`counter` in `big_counter`, `ticks` in
// `ticks_twice`), each returning a gen block or an async block: its first closure,
// `counter::{closure#0}`, is what `explain counter` means.
#![feature(gen_blocks)]
pub fn counter(n: u32) -> impl Iterator<Item = u32> {
    gen move { for i in 0..n { yield i; } }
}
pub fn big_counter(n: u32) -> impl Iterator<Item = u32> {
    gen move { let b = [n; 32]; for i in 0..n { yield b[i as usize % 32]; } }
}
pub async fn tick() {}
pub fn ticks() -> impl std::future::Future<Output = ()> {
    async { tick().await; }
}
pub fn ticks_twice() -> impl std::future::Future<Output = ()> {
    async { tick().await; tick().await; }
}
