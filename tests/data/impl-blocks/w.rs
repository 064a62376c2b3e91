// Blocks and closures inside impls: named by the impl's type (as its async fns' own types
// print it), not `<impl at w.rs:N>`, when one of the impl's async fns gives the type.
#![allow(dead_code, async_fn_in_trait)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub struct Client {
    pub id: u32,
}

impl Client {
    /// An async fn with a block inside: `Client::connect::{async block@..}`.
    pub async fn connect(&self) -> u32 {
        let attempt = async {
            Yield(false).await;
            self.id
        };
        attempt.await + 1
    }
    /// A plain fn returning a block of this impl: named by the type too.
    pub fn ping(&self) -> impl Future<Output = u32> + '_ {
        async move {
            Yield(false).await;
            self.id
        }
    }
}

pub trait Store {
    fn put(&self, v: u32) -> Pin<Box<dyn Future<Output = u32> + '_>>;
    async fn get(&self) -> u32;
}

pub struct Mem(pub u32);

impl Store for Mem {
    /// A boxed block: `<Mem as Store>::put::{async block@..}`, the type from `get`.
    fn put(&self, v: u32) -> Pin<Box<dyn Future<Output = u32> + '_>> {
        Box::pin(async move {
            Yield(false).await;
            self.0 + v
        })
    }
    async fn get(&self) -> u32 {
        Yield(false).await;
        self.0
    }
}

/// No async fn in this impl: its block keeps `<impl at ..>`.
pub struct Lone;
impl Lone {
    pub fn run(&self) -> impl Future<Output = u32> {
        async {
            Yield(false).await;
            7
        }
    }
}
