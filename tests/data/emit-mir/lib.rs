use std::future::Future;
pub const fn double(x: u32) -> u32 { x * 2 }
pub const K: u32 = double(21);
pub const T: (u32, &str) = { let a = 3; (a * 2, "hi") };
pub static S: [u8; 4] = [1, 2, 3, 4];
pub static mut M: u32 = 5;
pub fn prom() -> &'static u32 { &(3 + 4) }
pub fn arr() -> [u8; { let n = 3; n * 2 }] { [0; { let n = 3; n * 2 }] }
pub fn inl() -> u32 { const { 3 * 7 } }
pub async fn leaf(x: u32) -> u32 { x + 1 }
pub async fn run(a: u32) -> u32 { let b = [0u8; 64]; let r = leaf(a).await; let s = String::from("x"); let q = leaf(r).await; q + b[3] as u32 + s.len() as u32 }
pub fn blk(v: Vec<u8>) -> impl Future<Output = usize> { async move { leaf(1).await as usize + v.len() } }
pub async fn generic<T: Clone>(t: T) -> T { let u = t.clone(); leaf(1).await; u }
pub fn clos() -> impl AsyncFn(u32) -> u32 { async |x| leaf(x).await }
pub trait Tr { async fn m(&self) -> u32; }
pub struct A;
impl Tr for A { async fn m(&self) -> u32 { leaf(2).await } }
