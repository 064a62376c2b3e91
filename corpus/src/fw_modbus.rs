//! Calibration crate `fw-modbus` (firmware style, no_std): a Modbus RTU slave on an RS-485
//! transceiver: frame reception with inter-character timeouts, CRC, function dispatch over a
//! fixed register map, exception replies, and a master-side poller with retries.
#![no_std]
#![allow(dead_code)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{crc16, delay, drive, select, timeout, Either, Error, Irq, Regs, Signal};

pub static RX_IRQ: Irq = Irq::new();
pub static STOP: Signal = Signal::new();

pub struct Rs485 {
    regs: Regs,
    de: Regs,
}

impl Rs485 {
    pub async fn byte(&mut self, gap: u32) -> Result<u8, Error> {
        timeout(gap, RX_IRQ.wait(1)).await?;
        Ok(self.regs.read(1) as u8)
    }

    pub async fn send(&mut self, data: &[u8]) -> Result<(), Error> {
        self.de.write(6, 1);
        for &b in data {
            self.regs.write(1, b as u32);
            timeout(2, RX_IRQ.wait(2)).await?;
        }
        timeout(2, RX_IRQ.wait(4)).await?;
        self.de.write(5, 1);
        Ok(())
    }
}

pub struct Adu {
    pub buf: [u8; 256],
    pub len: usize,
}

/// A frame ends after 3.5 character times of silence.
pub async fn receive_frame(port: &mut Rs485, adu: &mut Adu) -> Result<(), Error> {
    adu.len = 0;
    adu.buf[0] = port.byte(u32::MAX / 2).await?;
    adu.len = 1;
    loop {
        match port.byte(2).await {
            Ok(b) if adu.len < adu.buf.len() => {
                adu.buf[adu.len] = b;
                adu.len += 1;
            }
            Ok(_) => return Err(Error::Overflow),
            Err(Error::Timeout) => break,
            Err(e) => return Err(e),
        }
    }
    if adu.len < 4 {
        return Err(Error::Protocol(0));
    }
    let crc = crc16(&adu.buf[..adu.len - 2]).to_le_bytes();
    if crc != [adu.buf[adu.len - 2], adu.buf[adu.len - 1]] {
        return Err(Error::Crc);
    }
    Ok(())
}

pub struct Registers {
    pub holding: [u16; 64],
    pub input: [u16; 32],
    pub coils: u64,
}

fn be16(b: &[u8]) -> u16 {
    u16::from_be_bytes([b[0], b[1]])
}

pub async fn reply(port: &mut Rs485, unit: u8, body: &[u8]) -> Result<(), Error> {
    let mut out = [0u8; 260];
    out[0] = unit;
    out[1..1 + body.len()].copy_from_slice(body);
    let n = 1 + body.len();
    let crc = crc16(&out[..n]).to_le_bytes();
    out[n] = crc[0];
    out[n + 1] = crc[1];
    delay(2).await;
    port.send(&out[..n + 2]).await
}

pub async fn exception(port: &mut Rs485, unit: u8, func: u8, code: u8) -> Result<(), Error> {
    reply(port, unit, &[func | 0x80, code]).await
}

pub async fn handle(port: &mut Rs485, regs: &mut Registers, unit: u8, adu: &Adu) -> Result<(), Error> {
    let pdu = &adu.buf[1..adu.len - 2];
    let func = pdu[0];
    if pdu.len() < 5 {
        return exception(port, unit, func, 3).await;
    }
    let addr = be16(&pdu[1..3]) as usize;
    let count = be16(&pdu[3..5]) as usize;
    let mut body = [0u8; 256];
    match func {
        3 | 4 => {
            let table: &[u16] = if func == 3 { &regs.holding } else { &regs.input };
            if count == 0 || count > 125 || addr + count > table.len() {
                return exception(port, unit, func, 2).await;
            }
            body[0] = func;
            body[1] = (count * 2) as u8;
            for i in 0..count {
                body[2 + i * 2..4 + i * 2].copy_from_slice(&table[addr + i].to_be_bytes());
            }
            reply(port, unit, &body[..2 + count * 2]).await
        }
        6 => {
            if addr >= regs.holding.len() {
                return exception(port, unit, func, 2).await;
            }
            regs.holding[addr] = count as u16;
            reply(port, unit, &pdu[..5]).await
        }
        5 => {
            if addr >= 64 {
                return exception(port, unit, func, 2).await;
            }
            if count == 0xff00 { regs.coils |= 1 << addr } else { regs.coils &= !(1 << addr) }
            reply(port, unit, &pdu[..5]).await
        }
        16 => {
            if pdu.len() < 6 + count * 2 || addr + count > regs.holding.len() {
                return exception(port, unit, func, 3).await;
            }
            for i in 0..count {
                regs.holding[addr + i] = be16(&pdu[6 + i * 2..8 + i * 2]);
            }
            reply(port, unit, &pdu[..5]).await
        }
        _ => exception(port, unit, func, 1).await,
    }
}

/// The slave's main loop, until STOP is signalled.
pub async fn slave(port: &mut Rs485, regs: &mut Registers, unit: u8) -> Result<u32, Error> {
    let mut served = 0;
    let mut adu = Adu { buf: [0; 256], len: 0 };
    loop {
        let got = match select(receive_frame(port, &mut adu), STOP.recv()).await {
            Either::Left(r) => r,
            Either::Right(_) => return Ok(served),
        };
        match got {
            Ok(()) if adu.buf[0] == unit || adu.buf[0] == 0 => {
                if adu.buf[0] == unit {
                    handle(port, regs, unit, &adu).await?;
                }
                served += 1;
            }
            Ok(()) | Err(Error::Crc) | Err(Error::Protocol(_)) => {}
            Err(e) => return Err(e),
        }
    }
}

/// The master side: read holding registers with three tries.
pub async fn read_holding(port: &mut Rs485, unit: u8, addr: u16, out: &mut [u16; 16]) -> Result<usize, Error> {
    let mut req = [unit, 3, 0, 0, 0, out.len() as u8, 0, 0];
    req[2..4].copy_from_slice(&addr.to_be_bytes());
    let crc = crc16(&req[..6]).to_le_bytes();
    req[6] = crc[0];
    req[7] = crc[1];
    let mut adu = Adu { buf: [0; 256], len: 0 };
    let mut tries = 0;
    loop {
        tries += 1;
        port.send(&req).await?;
        match timeout(100, receive_frame(port, &mut adu)).await {
            Ok(Ok(())) if adu.buf[1] == 3 => break,
            Ok(Ok(())) => return Err(Error::Protocol(adu.buf[2])),
            _ if tries < 3 => delay(20).await,
            Ok(Err(e)) | Err(e) => return Err(e),
        }
    }
    let n = (adu.buf[2] as usize / 2).min(out.len());
    for i in 0..n {
        out[i] = be16(&adu.buf[3 + i * 2..5 + i * 2]);
    }
    Ok(n)
}

pub async fn poll_units(port: &mut Rs485, units: &[u8], table: &mut [[u16; 16]; 4]) -> u32 {
    let mut failed = 0;
    for (i, &u) in units.iter().enumerate().take(4) {
        if read_holding(port, u, 0, &mut table[i]).await.is_err() {
            failed |= 1 << i;
        }
        delay(5).await;
    }
    failed
}

// ------------------------------------------------------------------ entry points

pub static mut PORT: Rs485 = Rs485 { regs: Regs::at(0x4000_4400), de: Regs::at(0x4002_0400) };
pub static mut REGS: Registers = Registers { holding: [0; 64], input: [0; 32], coils: 0 };

#[allow(static_mut_refs)]
fn port() -> &'static mut Rs485 {
    unsafe { &mut PORT }
}
#[allow(static_mut_refs)]
fn regs() -> &'static mut Registers {
    unsafe { &mut REGS }
}

#[inline(never)]
pub fn poll_byte(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(port().byte(3)), cx)
}
#[inline(never)]
pub fn poll_send(d: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(port().send(d)), cx)
}
#[inline(never)]
pub fn poll_receive_frame(adu: &mut Adu, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(receive_frame(port(), adu)), cx)
}
#[inline(never)]
pub fn poll_reply(body: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(reply(port(), 7, body)), cx)
}
#[inline(never)]
pub fn poll_exception(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(exception(port(), 7, 3, 2)), cx)
}
#[inline(never)]
pub fn poll_handle(adu: &Adu, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(handle(port(), regs(), 7, adu)), cx)
}
#[inline(never)]
pub fn poll_slave(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(slave(port(), regs(), 7)), cx)
}
#[inline(never)]
pub fn poll_read_holding(out: &mut [u16; 16], cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(read_holding(port(), 9, 0x10, out)), cx)
}
#[inline(never)]
pub fn poll_poll_units(table: &mut [[u16; 16]; 4], cx: &mut Context<'_>) -> Poll<u32> {
    drive(pin!(poll_units(port(), &[1, 2, 3, 4], table)), cx)
}
