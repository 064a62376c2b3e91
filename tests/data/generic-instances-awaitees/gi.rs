// A generic wrapper awaited with three different futures (a firmware trial's `with_timeout<F>`):
// `guarded<F>` awaits `Race<F, Tick>`, so its MIR types the awaitee `Race<F/#0, Tick>` and only
// each instance's -Zprint-type-sizes entry names the future it holds.  At opt-level z `guarded`
// and the three futures have no symbol: each instance is inlined, with its future, into the
// task that awaits it (`sample` into `task_a`, `fetch_word` and `drain` into `task_b`), none
// counted beside it.
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

pub struct Tick(u32);
impl Future for Tick {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 == 0 {
            Poll::Ready(())
        } else {
            self.0 -= 1;
            Poll::Pending
        }
    }
}

pub struct Race<A, B> {
    a: A,
    b: B,
}
impl<A: Future, B: Future<Output = ()>> Future for Race<A, B> {
    type Output = Option<A::Output>;
    // inlined into each instance of `guarded` (as LTO inlined a trial's `Select::poll`): the
    // future it holds is inlined with it, into the task
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Some(v));
        }
        match unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            Poll::Ready(()) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

pub async fn guarded<F: Future>(budget: u32, f: F) -> Option<F::Output> {
    Race { a: f, b: Tick(budget) }.await
}

async fn sample(seed: u8) -> u32 {
    let mut acc = [seed; 24];
    Yield(false).await;
    acc[5] = acc[1].wrapping_mul(3);
    acc.iter().map(|&b| b as u32).sum()
}

async fn fetch_word(addr: u32) -> u32 {
    let mut w = addr;
    for _ in 0..3 {
        Yield(false).await;
        w = w.rotate_left(7) ^ 0x5a5a;
    }
    w
}

async fn drain(buf: &mut [u8; 8]) -> usize {
    let mut n = 0;
    while n < buf.len() {
        Yield(false).await;
        buf[n] = n as u8;
        n += 1;
    }
    n
}

pub async fn task_a(seed: u8) -> u32 {
    guarded(10, sample(seed)).await.unwrap_or(0)
}

pub async fn task_b(addr: u32) -> u32 {
    let mut buf = [0u8; 8];
    let w = guarded(20, fetch_word(addr)).await.unwrap_or(1);
    let n = guarded(30, drain(&mut buf)).await.unwrap_or(2);
    w + n as u32 + buf[3] as u32
}

#[inline(never)]
pub fn drive(f: Pin<&mut dyn Future<Output = u32>>, cx: &mut Context<'_>) -> Poll<u32> {
    f.poll(cx)
}

pub fn run_a(cx: &mut Context<'_>) -> Poll<u32> {
    let mut t = core::pin::pin!(task_a(3));
    drive(t.as_mut(), cx)
}

pub fn run_b(cx: &mut Context<'_>) -> Poll<u32> {
    let mut t = core::pin::pin!(task_b(5));
    drive(t.as_mut(), cx)
}
