// `run` awaits the `leaf` crate's `leaf`; `own` awaits this crate's `leaf`, whose def path
// (`leaf::{closure#0}`) is the same as the other crate's.
pub async fn run(n: u32) -> u64 {
    let total = ::leaf::leaf(n as u64).await;
    total + n as u64
}

async fn leaf(y: u8) -> u8 {
    y
}

pub async fn own(z: u16) -> u16 {
    let a = leaf(z as u8).await;
    z + a as u16
}
