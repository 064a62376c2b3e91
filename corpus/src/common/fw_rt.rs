//! A `no_std` runtime for the firmware-style calibration crates (`corpus/src/fw_*.rs`):
//! hand-written futures only (no `async fn` here, so that no coroutine of this module is
//! counted in every crate that includes it), memory-mapped registers, a tick counter, an
//! interrupt flag, `select` of two futures and a timeout.  Builds for x86_64 and for
//! thumbv7em-none-eabihf (core only: no `Box`, no allocation; 32-bit atomics).
#![allow(dead_code)]

use core::future::Future;
use core::hint::black_box;
use core::pin::Pin;
use core::sync::atomic::{AtomicU32, Ordering};
use core::task::{Context, Poll};

/// The entry point every calibration crate polls its futures through: the resume function
/// stays out of line (it is called through a vtable) and gets a symbol.
#[inline(never)]
pub fn drive<T>(f: Pin<&mut dyn Future<Output = T>>, cx: &mut Context<'_>) -> Poll<T> {
    black_box(f).poll(cx)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    Timeout,
    Nack,
    Bus,
    Crc,
    Busy,
    Overflow,
    Protocol(u8),
}

/// System tick, incremented by the SysTick interrupt.
pub static TICKS: AtomicU32 = AtomicU32::new(0);

pub fn now() -> u32 {
    TICKS.load(Ordering::Relaxed)
}

pub struct Delay {
    until: u32,
}

pub fn delay(ticks: u32) -> Delay {
    Delay { until: now().wrapping_add(ticks) }
}

impl Future for Delay {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if (now().wrapping_sub(self.until) as i32) >= 0 {
            Poll::Ready(())
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub struct YieldNow(bool);

pub fn yield_now() -> YieldNow {
    YieldNow(false)
}

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// An interrupt flag set by a handler; `wait()` completes when it is set and clears it.
pub struct Irq {
    flags: AtomicU32,
}

impl Irq {
    pub const fn new() -> Self {
        Irq { flags: AtomicU32::new(0) }
    }
    pub fn raise(&self, bits: u32) {
        self.flags.fetch_or(bits, Ordering::Release);
    }
    pub fn wait(&self, mask: u32) -> WaitIrq<'_> {
        WaitIrq { irq: self, mask }
    }
}

pub struct WaitIrq<'a> {
    irq: &'a Irq,
    mask: u32,
}

impl Future for WaitIrq<'_> {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let got = self.irq.flags.fetch_and(!self.mask, Ordering::Acquire) & self.mask;
        if got != 0 {
            Poll::Ready(got)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// A block of 32-bit memory-mapped registers.
#[derive(Clone, Copy)]
pub struct Regs {
    base: *mut u32,
}

impl Regs {
    pub const fn at(addr: usize) -> Self {
        Regs { base: addr as *mut u32 }
    }
    pub fn read(&self, off: usize) -> u32 {
        unsafe { core::ptr::read_volatile(self.base.add(off)) }
    }
    pub fn write(&self, off: usize, v: u32) {
        unsafe { core::ptr::write_volatile(self.base.add(off), v) }
    }
    pub fn modify(&self, off: usize, clear: u32, set: u32) {
        let v = self.read(off);
        self.write(off, (v & !clear) | set);
    }
}

pub enum Either<A, B> {
    Left(A),
    Right(B),
}

/// Poll two futures, finish with the first that is ready.
pub struct Select<A, B> {
    a: A,
    b: B,
}

pub fn select<A: Future, B: Future>(a: A, b: B) -> Select<A, B> {
    Select { a, b }
}

impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: a and b are never moved out of the pinned struct.
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Either::Left(v));
        }
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            return Poll::Ready(Either::Right(v));
        }
        Poll::Pending
    }
}

/// `f`, or `Err(Error::Timeout)` after `ticks`.
pub struct Timeout<F> {
    inner: Select<F, Delay>,
}

pub fn timeout<F: Future>(ticks: u32, f: F) -> Timeout<F> {
    Timeout { inner: select(f, delay(ticks)) }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Error>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = unsafe { self.map_unchecked_mut(|t| &mut t.inner) };
        match inner.poll(cx) {
            Poll::Ready(Either::Left(v)) => Poll::Ready(Ok(v)),
            Poll::Ready(Either::Right(())) => Poll::Ready(Err(Error::Timeout)),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// A one-slot mailbox between an interrupt handler and a task.
pub struct Signal {
    value: AtomicU32,
}

impl Signal {
    pub const fn new() -> Self {
        Signal { value: AtomicU32::new(u32::MAX) }
    }
    pub fn send(&self, v: u32) {
        self.value.store(v, Ordering::Release);
    }
    pub fn recv(&self) -> RecvSignal<'_> {
        RecvSignal { s: self }
    }
}

pub struct RecvSignal<'a> {
    s: &'a Signal,
}

impl Future for RecvSignal<'_> {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let v = self.s.value.swap(u32::MAX, Ordering::Acquire);
        if v != u32::MAX {
            Poll::Ready(v)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Buses as the drivers see them (implemented by each crate in its own way).
pub trait I2c {
    async fn write(&mut self, addr: u8, data: &[u8]) -> Result<(), Error>;
    async fn read(&mut self, addr: u8, buf: &mut [u8]) -> Result<(), Error>;
    async fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), Error>;
}

pub trait Spi {
    async fn transfer(&mut self, buf: &mut [u8]) -> Result<(), Error>;
    async fn write(&mut self, data: &[u8]) -> Result<(), Error>;
    fn chip_select(&mut self, active: bool);
}

pub trait Uart {
    async fn read_byte(&mut self) -> Result<u8, Error>;
    async fn write_all(&mut self, data: &[u8]) -> Result<(), Error>;
}

pub fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0xffu8;
    for &b in data {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x31 } else { crc << 1 };
        }
    }
    crc
}

pub fn crc16(data: &[u8]) -> u16 {
    let mut crc = 0xffffu16;
    for &b in data {
        crc ^= b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xa001 } else { crc >> 1 };
        }
    }
    crc
}
