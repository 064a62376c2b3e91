//! A `no_std` firmware-style library for `mirscope capture --target thumbv7em-none-eabihf`:
//! sensor reads over I2C and SPI with per-byte timeouts, retry loops, a select between a
//! button and a timer, fixed buffers and a small state machine, all in `core` only.
//!
//! The tasks are polled through `Pin<&mut dyn Future>` (`block_on`), so the resume function
//! of each task's future is reached through a vtable: it stays out of line and keeps a symbol
//! that `nm` can measure.
#![no_std]

pub mod app;
pub mod bus;
pub mod hal;
pub mod select;
pub mod sensors;

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll, Waker};

use app::{Device, Mode, Ring};
use bus::{BusError, I2C1, SPI1};
use sensors::Sample;

/// Poll a task until it is ready, sleeping (`wfi`) between polls.
#[inline(never)]
pub fn block_on<T>(mut task: Pin<&mut dyn Future<Output = T>>) -> T {
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = task.as_mut().poll(&mut cx) {
            return v;
        }
        wait_for_interrupt();
    }
}

#[inline(always)]
fn wait_for_interrupt() {
    #[cfg(target_arch = "arm")]
    // SAFETY: `wfi` only waits for the next interrupt.
    unsafe {
        core::arch::asm!("wfi")
    };
}

pub fn device() -> Device {
    Device { i2c: I2C1, spi: SPI1, history: Ring::new(), mode: Mode::Init, faults: 0 }
}

/// The firmware's main task.
#[inline(never)]
pub fn main_task(dev: &mut Device) -> ! {
    block_on(pin!(app::run(dev)))
}

#[inline(never)]
pub fn measure_once(dev: &mut Device) -> Result<Sample, BusError> {
    block_on(pin!(sensors::sample(&mut dev.i2c, &mut dev.spi)))
}

#[inline(never)]
pub fn temperature(dev: &mut Device) -> Result<i16, BusError> {
    block_on(pin!(sensors::read_temperature(&mut dev.i2c)))
}

#[inline(never)]
pub fn motion(dev: &mut Device) -> Result<bool, BusError> {
    block_on(pin!(app::motion_detected(&mut dev.spi, 200)))
}

#[inline(never)]
pub fn send_report(dev: &mut Device) {
    block_on(pin!(app::report(&dev.history)))
}

#[inline(never)]
pub fn wait_for_button() -> bool {
    block_on(pin!(app::wait_trigger()))
}
