//! The application: a small state machine that measures on a period or when a button is
//! pressed, keeps the last samples in a fixed ring buffer and reports them in frames.
use crate::bus::{BusError, I2c, Spi};
use crate::hal::{delay_ms, flag, Reg};
use crate::select::{select, Either};
use crate::sensors::{read_accel, sample, temp_init, Sample};

pub const BUTTON: Reg = Reg(0x4001_0414); // EXTI pending register
const BUTTON_LINE: u32 = 1 << 13;
pub const UART_SR: Reg = Reg(0x4001_1000);
pub const UART_DR: Reg = Reg(0x4001_1004);
const UART_TXE: u32 = 1 << 7;

pub const HISTORY: usize = 16;
pub const PERIOD_MS: u32 = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Init,
    Idle,
    Measure,
    Report,
    Fault(BusError),
}

/// The last samples, oldest first once full.
pub struct Ring {
    buf: [Sample; HISTORY],
    next: usize,
    len: usize,
}

impl Ring {
    pub const fn new() -> Self {
        Ring { buf: [Sample { temp_centi: 0, accel: [0; 3], at: 0 }; HISTORY], next: 0, len: 0 }
    }
    pub fn push(&mut self, s: Sample) {
        self.buf[self.next] = s;
        self.next = (self.next + 1) % HISTORY;
        self.len = (self.len + 1).min(HISTORY);
    }
    pub fn get(&self, i: usize) -> Sample {
        self.buf[(self.next + HISTORY - self.len + i) % HISTORY]
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Default for Ring {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Device {
    pub i2c: I2c,
    pub spi: Spi,
    pub history: Ring,
    pub mode: Mode,
    pub faults: u32,
}

/// A period elapsing or the button, whichever comes first (true: the button).
pub async fn wait_trigger() -> bool {
    match select(flag(BUTTON, BUTTON_LINE), delay_ms(PERIOD_MS)).await {
        Either::First(()) => {
            BUTTON.write(BUTTON_LINE); // clear the pending bit
            true
        }
        Either::Second(()) => false,
    }
}

async fn uart_send(bytes: &[u8]) {
    for &b in bytes {
        flag(UART_SR, UART_TXE).await;
        UART_DR.write(b as u32);
    }
}

/// One frame per sample: a sync byte, a sequence number, the fields, a checksum.
pub async fn report(history: &Ring) {
    let mut frame = [0u8; 12];
    for i in 0..history.len() {
        let s = history.get(i);
        frame[0] = 0xA5;
        frame[1] = i as u8;
        frame[2..4].copy_from_slice(&s.temp_centi.to_le_bytes());
        for (k, a) in s.accel.iter().enumerate() {
            frame[4 + 2 * k..6 + 2 * k].copy_from_slice(&a.to_le_bytes());
        }
        frame[10] = s.at as u8;
        frame[11] = frame[..11].iter().fold(0u8, |x, &b| x.wrapping_add(b));
        uart_send(&frame).await;
    }
}

/// One step of the state machine; returns the next mode.
pub async fn step(dev: &mut Device) -> Mode {
    match dev.mode {
        Mode::Init => match temp_init(&mut dev.i2c).await {
            Ok(()) => Mode::Idle,
            Err(e) => Mode::Fault(e),
        },
        Mode::Idle => {
            if wait_trigger().await {
                Mode::Report
            } else {
                Mode::Measure
            }
        }
        Mode::Measure => match sample(&mut dev.i2c, &mut dev.spi).await {
            Ok(s) => {
                dev.history.push(s);
                Mode::Idle
            }
            Err(e) => Mode::Fault(e),
        },
        Mode::Report => {
            report(&dev.history).await;
            Mode::Idle
        }
        Mode::Fault(_) => {
            dev.faults += 1;
            delay_ms(100 << dev.faults.min(5)).await;
            Mode::Init
        }
    }
}

/// The main loop: never returns.
pub async fn run(dev: &mut Device) -> ! {
    loop {
        dev.mode = step(dev).await;
    }
}

/// A motion check that needs no temperature: three accelerometer reads 10 ms apart.
pub async fn motion_detected(spi: &mut Spi, threshold: i16) -> Result<bool, BusError> {
    let mut prev = read_accel(spi).await?;
    for _ in 0..3 {
        delay_ms(10).await;
        let now = read_accel(spi).await?;
        let moved = prev.iter().zip(now.iter()).any(|(a, b)| (a - b).abs() > threshold);
        if moved {
            return Ok(true);
        }
        prev = now;
    }
    Ok(false)
}
