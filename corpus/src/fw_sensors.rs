//! Calibration crate `fw-sensors` (firmware style, no_std): an interrupt-driven I2C master
//! and drivers for a temperature/humidity sensor, an accelerometer and a barometer, with
//! timeouts, CRC checks, retries and averaging over fixed buffers.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{crc8, delay, drive, timeout, Error, I2c, Irq, Regs};

const CR: usize = 0;
const SR: usize = 1;
const DR: usize = 2;
const ADDR: usize = 3;
const SR_TXE: u32 = 1 << 0;
const SR_RXNE: u32 = 1 << 1;
const SR_NACK: u32 = 1 << 2;
const SR_ARLO: u32 = 1 << 3;

pub static I2C1_IRQ: Irq = Irq::new();

pub struct HwI2c {
    regs: Regs,
    irq: &'static Irq,
    timeout_ticks: u32,
}

impl HwI2c {
    pub const fn new(addr: usize, irq: &'static Irq) -> Self {
        HwI2c { regs: Regs::at(addr), irq, timeout_ticks: 10 }
    }

    async fn start(&mut self, addr: u8, read: bool) -> Result<(), Error> {
        self.regs.write(ADDR, ((addr as u32) << 1) | read as u32);
        self.regs.modify(CR, 0, 1);
        let bits = timeout(self.timeout_ticks, self.irq.wait(SR_TXE | SR_NACK | SR_ARLO)).await?;
        if bits & SR_NACK != 0 {
            self.regs.modify(CR, 1, 2);
            return Err(Error::Nack);
        }
        if bits & SR_ARLO != 0 {
            return Err(Error::Bus);
        }
        Ok(())
    }

    async fn send_byte(&mut self, b: u8) -> Result<(), Error> {
        self.regs.write(DR, b as u32);
        let bits = timeout(self.timeout_ticks, self.irq.wait(SR_TXE | SR_NACK)).await?;
        if bits & SR_NACK != 0 { Err(Error::Nack) } else { Ok(()) }
    }

    async fn recv_byte(&mut self, last: bool) -> Result<u8, Error> {
        if last {
            self.regs.modify(CR, 4, 0);
        }
        timeout(self.timeout_ticks, self.irq.wait(SR_RXNE)).await?;
        Ok(self.regs.read(DR) as u8)
    }

    fn stop(&mut self) {
        self.regs.modify(CR, 0, 2);
    }
}

impl I2c for HwI2c {
    async fn write(&mut self, addr: u8, data: &[u8]) -> Result<(), Error> {
        self.start(addr, false).await?;
        for &b in data {
            if let Err(e) = self.send_byte(b).await {
                self.stop();
                return Err(e);
            }
        }
        self.stop();
        Ok(())
    }

    async fn read(&mut self, addr: u8, buf: &mut [u8]) -> Result<(), Error> {
        self.start(addr, true).await?;
        let n = buf.len();
        for (i, slot) in buf.iter_mut().enumerate() {
            *slot = self.recv_byte(i + 1 == n).await?;
        }
        self.stop();
        Ok(())
    }

    async fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), Error> {
        self.start(addr, false).await?;
        for &b in data {
            self.send_byte(b).await?;
        }
        self.start(addr, true).await?;
        let n = buf.len();
        for i in 0..n {
            buf[i] = self.recv_byte(i + 1 == n).await?;
        }
        self.stop();
        Ok(())
    }
}

// ------------------------------------------------------------------ temperature / humidity

pub const SHT_ADDR: u8 = 0x44;

#[derive(Clone, Copy, Default)]
pub struct Climate {
    pub centi_celsius: i32,
    pub permille_rh: u32,
}

pub async fn sht_soft_reset<B: I2c>(bus: &mut B) -> Result<(), Error> {
    bus.write(SHT_ADDR, &[0x30, 0xa2]).await?;
    delay(2).await;
    Ok(())
}

pub async fn sht_measure<B: I2c>(bus: &mut B) -> Result<Climate, Error> {
    bus.write(SHT_ADDR, &[0x24, 0x00]).await?;
    delay(15).await;
    let mut raw = [0u8; 6];
    bus.read(SHT_ADDR, &mut raw).await?;
    if crc8(&raw[0..2]) != raw[2] || crc8(&raw[3..5]) != raw[5] {
        return Err(Error::Crc);
    }
    let t = u16::from_be_bytes([raw[0], raw[1]]) as i32;
    let h = u16::from_be_bytes([raw[3], raw[4]]) as u32;
    Ok(Climate { centi_celsius: -4500 + (17500 * t) / 65535, permille_rh: (1000 * h) / 65535 })
}

/// Retry a measurement up to three times, resetting the sensor after a CRC error.
pub async fn sht_measure_retry<B: I2c>(bus: &mut B) -> Result<Climate, Error> {
    let mut last = Error::Timeout;
    for attempt in 0..3u32 {
        match sht_measure(bus).await {
            Ok(c) => return Ok(c),
            Err(Error::Crc) => {
                sht_soft_reset(bus).await?;
                last = Error::Crc;
            }
            Err(e) => {
                last = e;
                delay(5 << attempt).await;
            }
        }
    }
    Err(last)
}

/// Average eight samples in a fixed buffer, dropping the extremes.
pub async fn sht_average<B: I2c>(bus: &mut B) -> Result<Climate, Error> {
    let mut temps = [0i32; 8];
    let mut hums = [0u32; 8];
    for i in 0..8 {
        let c = sht_measure_retry(bus).await?;
        temps[i] = c.centi_celsius;
        hums[i] = c.permille_rh;
        delay(100).await;
    }
    temps.sort_unstable();
    hums.sort_unstable();
    let t: i32 = temps[1..7].iter().sum::<i32>() / 6;
    let h: u32 = hums[1..7].iter().sum::<u32>() / 6;
    Ok(Climate { centi_celsius: t, permille_rh: h })
}

// ------------------------------------------------------------------ accelerometer

pub const ACC_ADDR: u8 = 0x19;

#[derive(Clone, Copy, Default)]
pub struct Accel {
    pub x: i16,
    pub y: i16,
    pub z: i16,
}

pub async fn acc_who_am_i<B: I2c>(bus: &mut B) -> Result<u8, Error> {
    let mut id = [0u8; 1];
    bus.write_read(ACC_ADDR, &[0x0f], &mut id).await?;
    Ok(id[0])
}

pub async fn acc_init<B: I2c>(bus: &mut B, rate: u8) -> Result<(), Error> {
    if acc_who_am_i(bus).await? != 0x33 {
        return Err(Error::Protocol(0x0f));
    }
    bus.write(ACC_ADDR, &[0x20, (rate << 4) | 0x07]).await?;
    bus.write(ACC_ADDR, &[0x23, 0x88]).await?;
    delay(1).await;
    Ok(())
}

pub async fn acc_read<B: I2c>(bus: &mut B) -> Result<Accel, Error> {
    let mut raw = [0u8; 6];
    bus.write_read(ACC_ADDR, &[0x28 | 0x80], &mut raw).await?;
    Ok(Accel {
        x: i16::from_le_bytes([raw[0], raw[1]]) >> 4,
        y: i16::from_le_bytes([raw[2], raw[3]]) >> 4,
        z: i16::from_le_bytes([raw[4], raw[5]]) >> 4,
    })
}

/// Wait for motion: poll the data-ready interrupt, compare with the last sample.
pub async fn acc_wait_motion<B: I2c>(bus: &mut B, irq: &Irq, threshold: i16) -> Result<Accel, Error> {
    let mut last = acc_read(bus).await?;
    loop {
        irq.wait(1).await;
        let s = acc_read(bus).await?;
        let d = (s.x - last.x).abs().max((s.y - last.y).abs()).max((s.z - last.z).abs());
        if d > threshold {
            return Ok(s);
        }
        last = s;
    }
}

/// Read the FIFO (32 samples of 6 bytes) into a fixed buffer.
pub async fn acc_drain_fifo<B: I2c>(bus: &mut B, out: &mut [Accel; 32]) -> Result<usize, Error> {
    let mut level = [0u8; 1];
    bus.write_read(ACC_ADDR, &[0x2f], &mut level).await?;
    let n = (level[0] & 0x1f) as usize;
    let mut raw = [0u8; 192];
    bus.write_read(ACC_ADDR, &[0x28 | 0x80], &mut raw[..n * 6]).await?;
    for i in 0..n {
        let r = &raw[i * 6..i * 6 + 6];
        out[i] = Accel {
            x: i16::from_le_bytes([r[0], r[1]]) >> 4,
            y: i16::from_le_bytes([r[2], r[3]]) >> 4,
            z: i16::from_le_bytes([r[4], r[5]]) >> 4,
        };
    }
    Ok(n)
}

// ------------------------------------------------------------------ barometer

pub const BARO_ADDR: u8 = 0x76;

#[derive(Clone, Copy, Default)]
pub struct BaroCal {
    pub t1: u16,
    pub t2: i16,
    pub t3: i16,
    pub p1: u16,
    pub p2: i16,
}

pub async fn baro_calibration<B: I2c>(bus: &mut B) -> Result<BaroCal, Error> {
    let mut c = [0u8; 10];
    bus.write_read(BARO_ADDR, &[0x88], &mut c).await?;
    Ok(BaroCal {
        t1: u16::from_le_bytes([c[0], c[1]]),
        t2: i16::from_le_bytes([c[2], c[3]]),
        t3: i16::from_le_bytes([c[4], c[5]]),
        p1: u16::from_le_bytes([c[6], c[7]]),
        p2: i16::from_le_bytes([c[8], c[9]]),
    })
}

pub async fn baro_read(bus: &mut HwI2c, cal: &BaroCal) -> Result<i32, Error> {
    bus.write(BARO_ADDR, &[0xf4, 0x25]).await?;
    let mut status = [0u8; 1];
    loop {
        bus.write_read(BARO_ADDR, &[0xf3], &mut status).await?;
        if status[0] & 0x08 == 0 {
            break;
        }
        delay(2).await;
    }
    let mut raw = [0u8; 6];
    bus.write_read(BARO_ADDR, &[0xf7], &mut raw).await?;
    let adc_t = ((raw[3] as i32) << 12) | ((raw[4] as i32) << 4) | (raw[5] as i32 >> 4);
    let v1 = (((adc_t >> 3) - ((cal.t1 as i32) << 1)) * cal.t2 as i32) >> 11;
    let v2 = (((adc_t >> 4) - cal.t1 as i32) * cal.t3 as i32) >> 14;
    Ok(v1 + v2)
}

/// Read all three sensors with one overall timeout.
pub async fn read_all(bus: &mut HwI2c, cal: &BaroCal) -> Result<(Climate, Accel, i32), Error> {
    let c = timeout(500, sht_measure_retry(bus)).await??;
    let a = acc_read(bus).await?;
    let p = baro_read(bus, cal).await?;
    Ok((c, a, p))
}

// ------------------------------------------------------------------ entry points

pub static mut BUS: HwI2c = HwI2c::new(0x4000_5400, &I2C1_IRQ);

#[allow(static_mut_refs)]
fn bus() -> &'static mut HwI2c {
    unsafe { &mut BUS }
}

#[inline(never)]
pub fn poll_sht_measure(cx: &mut Context<'_>) -> Poll<Result<Climate, Error>> {
    drive(pin!(sht_measure(bus())), cx)
}
#[inline(never)]
pub fn poll_sht_average(cx: &mut Context<'_>) -> Poll<Result<Climate, Error>> {
    drive(pin!(sht_average(bus())), cx)
}
#[inline(never)]
pub fn poll_sht_reset(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(sht_soft_reset(bus())), cx)
}
#[inline(never)]
pub fn poll_sht_retry(cx: &mut Context<'_>) -> Poll<Result<Climate, Error>> {
    drive(pin!(sht_measure_retry(bus())), cx)
}
#[inline(never)]
pub fn poll_acc_init(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(acc_init(bus(), 5)), cx)
}
#[inline(never)]
pub fn poll_acc_who(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(acc_who_am_i(bus())), cx)
}
#[inline(never)]
pub fn poll_acc_read(cx: &mut Context<'_>) -> Poll<Result<Accel, Error>> {
    drive(pin!(acc_read(bus())), cx)
}
#[inline(never)]
pub fn poll_acc_motion(cx: &mut Context<'_>) -> Poll<Result<Accel, Error>> {
    drive(pin!(acc_wait_motion(bus(), &I2C1_IRQ, 40)), cx)
}
#[inline(never)]
pub fn poll_acc_fifo(out: &mut [Accel; 32], cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(acc_drain_fifo(bus(), out)), cx)
}
#[inline(never)]
pub fn poll_baro_cal(cx: &mut Context<'_>) -> Poll<Result<BaroCal, Error>> {
    drive(pin!(baro_calibration(bus())), cx)
}
#[inline(never)]
pub fn poll_baro_read(cal: &BaroCal, cx: &mut Context<'_>) -> Poll<Result<i32, Error>> {
    drive(pin!(baro_read(bus(), cal)), cx)
}
#[inline(never)]
pub fn poll_read_all(cal: &BaroCal, cx: &mut Context<'_>) -> Poll<Result<(Climate, Accel, i32), Error>> {
    drive(pin!(read_all(bus(), cal)), cx)
}
#[inline(never)]
pub fn poll_i2c_write(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().write(0x10, data)), cx)
}
#[inline(never)]
pub fn poll_i2c_read(buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().read(0x10, buf)), cx)
}
#[inline(never)]
pub fn poll_i2c_write_read(data: &[u8], buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().write_read(0x10, data, buf)), cx)
}
#[inline(never)]
pub fn poll_i2c_start(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().start(0x10, true)), cx)
}
#[inline(never)]
pub fn poll_i2c_send(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().send_byte(0x55)), cx)
}
#[inline(never)]
pub fn poll_i2c_recv(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(bus().recv_byte(true)), cx)
}
