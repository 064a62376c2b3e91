//! Memory-mapped peripherals as firmware sees them: status registers polled by leaf futures,
//! and a free-running tick counter for deadlines.  Nothing here allocates.
use core::future::Future;
use core::pin::Pin;
use core::ptr::{read_volatile, write_volatile};
use core::task::{Context, Poll};

/// One 32-bit peripheral register at a fixed address.
#[derive(Clone, Copy)]
pub struct Reg(pub usize);

impl Reg {
    #[inline(always)]
    pub fn read(self) -> u32 {
        // SAFETY: the address is a peripheral register of the chip this firmware runs on.
        unsafe { read_volatile(self.0 as *const u32) }
    }
    #[inline(always)]
    pub fn write(self, v: u32) {
        // SAFETY: as in `read`.
        unsafe { write_volatile(self.0 as *mut u32, v) }
    }
    #[inline(always)]
    pub fn modify(self, set: u32, clear: u32) {
        self.write((self.read() & !clear) | set);
    }
}

/// The SysTick-like counter: one tick per millisecond, wrapping.
pub const TICKS: Reg = Reg(0xE000_E018);

pub fn now() -> u32 {
    TICKS.read()
}

/// Ready once `mask` is set in `reg` (a peripheral's event flag).
pub struct Flag {
    reg: Reg,
    mask: u32,
}

pub fn flag(reg: Reg, mask: u32) -> Flag {
    Flag { reg, mask }
}

impl Future for Flag {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.reg.read() & self.mask != 0 {
            Poll::Ready(())
        } else {
            // the interrupt handler would wake us; polling again is always correct
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Ready when the tick counter has passed a deadline.
pub struct Delay {
    deadline: u32,
}

pub fn delay_ms(ms: u32) -> Delay {
    Delay { deadline: now().wrapping_add(ms) }
}

impl Future for Delay {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if (now().wrapping_sub(self.deadline) as i32) >= 0 {
            Poll::Ready(())
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}
