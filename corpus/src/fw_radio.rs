//! Calibration crate `fw-radio` (firmware style, no_std): a packet radio link layer over a
//! register-mapped transceiver: send with acknowledgement and retries, receive racing a
//! timer (`select`), channel scanning, a join handshake as a small state machine, and a
//! beacon loop.
#![no_std]
#![allow(dead_code)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, Either, Error, Irq, Regs, Signal};

pub static RADIO_IRQ: Irq = Irq::new();
pub static BUTTON: Signal = Signal::new();

const IRQ_TX_DONE: u32 = 1;
const IRQ_RX_DONE: u32 = 2;
const IRQ_CRC_ERR: u32 = 4;
const IRQ_CAD_DONE: u32 = 8;

#[derive(Clone, Copy)]
pub struct Frame {
    pub dst: u16,
    pub src: u16,
    pub seq: u8,
    pub kind: u8,
    pub len: u8,
    pub payload: [u8; 48],
}

impl Frame {
    pub const fn empty() -> Self {
        Frame { dst: 0, src: 0, seq: 0, kind: 0, len: 0, payload: [0; 48] }
    }
}

pub struct Radio {
    regs: Regs,
    irq: &'static Irq,
    pub addr: u16,
    pub channel: u8,
    seq: u8,
    rssi: i16,
}

impl Radio {
    pub const fn new(base: usize) -> Self {
        Radio { regs: Regs::at(base), irq: &RADIO_IRQ, addr: 0x0101, channel: 0, seq: 0, rssi: 0 }
    }

    fn write_fifo(&mut self, f: &Frame) {
        self.regs.write(8, f.dst as u32);
        self.regs.write(8, f.src as u32);
        self.regs.write(8, ((f.seq as u32) << 8) | f.kind as u32);
        for i in 0..f.len as usize {
            self.regs.write(8, f.payload[i] as u32);
        }
        self.regs.write(9, 6 + f.len as u32);
    }

    fn read_fifo(&mut self) -> Frame {
        let mut f = Frame::empty();
        f.dst = self.regs.read(8) as u16;
        f.src = self.regs.read(8) as u16;
        let w = self.regs.read(8);
        f.seq = (w >> 8) as u8;
        f.kind = w as u8;
        f.len = (self.regs.read(9).saturating_sub(6)).min(48) as u8;
        for i in 0..f.len as usize {
            f.payload[i] = self.regs.read(8) as u8;
        }
        f
    }

    pub async fn set_channel(&mut self, ch: u8) -> Result<(), Error> {
        self.regs.write(2, 902_000 + 200 * ch as u32);
        self.regs.write(0, 0x81);
        delay(1).await;
        if self.regs.read(1) & 0x80 == 0 {
            return Err(Error::Busy);
        }
        self.channel = ch;
        Ok(())
    }

    pub async fn transmit(&mut self, f: &Frame) -> Result<(), Error> {
        self.write_fifo(f);
        self.regs.write(0, 0x83);
        let bits = timeout(50, self.irq.wait(IRQ_TX_DONE)).await?;
        if bits & IRQ_TX_DONE == 0 {
            return Err(Error::Bus);
        }
        Ok(())
    }

    pub async fn receive(&mut self, ticks: u32) -> Result<Frame, Error> {
        self.regs.write(0, 0x85);
        loop {
            let bits = timeout(ticks, self.irq.wait(IRQ_RX_DONE | IRQ_CRC_ERR)).await?;
            if bits & IRQ_CRC_ERR != 0 {
                self.regs.write(0, 0x85);
                continue;
            }
            self.rssi = -(self.regs.read(0x1a) as i16);
            let f = self.read_fifo();
            if f.dst == self.addr || f.dst == 0xffff {
                return Ok(f);
            }
        }
    }

    /// Channel activity detection before sending.
    pub async fn channel_free(&mut self) -> Result<bool, Error> {
        self.regs.write(0, 0x87);
        let bits = timeout(10, self.irq.wait(IRQ_CAD_DONE)).await?;
        Ok(bits & 0x10 == 0 && self.regs.read(0x11) & 1 == 0)
    }

    /// Send and wait for the matching acknowledgement; back off and retry.
    pub async fn send_reliable(&mut self, dst: u16, kind: u8, data: &[u8]) -> Result<u8, Error> {
        let mut f = Frame::empty();
        f.dst = dst;
        f.src = self.addr;
        f.kind = kind;
        f.len = data.len().min(48) as u8;
        f.payload[..f.len as usize].copy_from_slice(&data[..f.len as usize]);
        self.seq = self.seq.wrapping_add(1);
        f.seq = self.seq;
        let mut backoff = 4;
        for attempt in 0..5u8 {
            while !self.channel_free().await? {
                delay(backoff).await;
            }
            self.transmit(&f).await?;
            match self.receive(30).await {
                Ok(ack) if ack.kind == 0x80 && ack.seq == f.seq && ack.src == dst => return Ok(attempt),
                Ok(_) | Err(Error::Timeout) => {
                    delay(backoff).await;
                    backoff *= 2;
                }
                Err(e) => return Err(e),
            }
        }
        Err(Error::Timeout)
    }

    pub async fn ack(&mut self, to: &Frame) -> Result<(), Error> {
        let mut a = Frame::empty();
        a.dst = to.src;
        a.src = self.addr;
        a.seq = to.seq;
        a.kind = 0x80;
        delay(1).await;
        self.transmit(&a).await
    }
}

// ------------------------------------------------------------------ link management

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Idle,
    Scanning,
    Joining(u8),
    Joined { gateway: u16, channel: u8 },
    Lost,
}

pub async fn scan(radio: &mut Radio, channels: &[u8]) -> Result<Option<(u8, u16)>, Error> {
    let mut best: Option<(u8, u16, i16)> = None;
    for &ch in channels {
        radio.set_channel(ch).await?;
        match radio.receive(20).await {
            Ok(f) if f.kind == 0x01 => {
                if best.map_or(true, |b| radio.rssi > b.2) {
                    best = Some((ch, f.src, radio.rssi));
                }
            }
            Ok(_) | Err(Error::Timeout) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(best.map(|b| (b.0, b.1)))
}

pub async fn join(radio: &mut Radio, channels: &[u8]) -> LinkState {
    let mut state = LinkState::Scanning;
    loop {
        state = match state {
            LinkState::Idle | LinkState::Lost => LinkState::Scanning,
            LinkState::Scanning => match scan(radio, channels).await {
                Ok(Some((ch, gw))) => {
                    let _ = radio.set_channel(ch).await;
                    radio.addr = 0xfffe;
                    match radio.send_reliable(gw, 0x02, &[0x4a, 0x4f, 0x49, 0x4e]).await {
                        Ok(_) => LinkState::Joining(0),
                        Err(_) => LinkState::Lost,
                    }
                }
                Ok(None) => {
                    delay(1000).await;
                    LinkState::Scanning
                }
                Err(_) => LinkState::Lost,
            },
            LinkState::Joining(n) if n > 3 => LinkState::Lost,
            LinkState::Joining(n) => match radio.receive(200).await {
                Ok(f) if f.kind == 0x03 && f.len >= 2 => {
                    radio.addr = u16::from_le_bytes([f.payload[0], f.payload[1]]);
                    let _ = radio.ack(&f).await;
                    LinkState::Joined { gateway: f.src, channel: radio.channel }
                }
                _ => LinkState::Joining(n + 1),
            },
            joined @ LinkState::Joined { .. } => return joined,
        };
    }
}

/// Wait for either a frame or a button press.
pub async fn wait_event(radio: &mut Radio) -> Either<Result<Frame, Error>, u32> {
    select(radio.receive(5000), BUTTON.recv()).await
}

pub async fn beacon_loop(radio: &mut Radio, count: u32) -> Result<u32, Error> {
    let mut sent = 0;
    let mut f = Frame::empty();
    f.dst = 0xffff;
    f.kind = 0x01;
    f.len = 4;
    for i in 0..count {
        f.src = radio.addr;
        f.seq = i as u8;
        f.payload[..4].copy_from_slice(&i.to_le_bytes());
        if radio.channel_free().await? {
            radio.transmit(&f).await?;
            sent += 1;
        }
        delay(1000).await;
    }
    Ok(sent)
}

pub async fn serve(radio: &mut Radio) -> Result<(), Error> {
    let mut buf = [0u8; 48];
    loop {
        match wait_event(radio).await {
            Either::Left(Ok(f)) => {
                radio.ack(&f).await?;
                let n = f.len as usize;
                buf[..n].copy_from_slice(&f.payload[..n]);
                if buf[0] == 0xff {
                    return Ok(());
                }
            }
            Either::Left(Err(Error::Timeout)) => {}
            Either::Left(Err(e)) => return Err(e),
            Either::Right(button) => {
                radio.send_reliable(0x0001, 0x10, &button.to_le_bytes()).await?;
            }
        }
    }
}

// ------------------------------------------------------------------ entry points

pub static mut RADIO: Radio = Radio::new(0x4000_8000);
const CHANNELS: [u8; 8] = [0, 3, 6, 9, 12, 15, 18, 21];

#[allow(static_mut_refs)]
fn radio() -> &'static mut Radio {
    unsafe { &mut RADIO }
}

#[inline(never)]
pub fn poll_set_channel(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(radio().set_channel(7)), cx)
}
#[inline(never)]
pub fn poll_transmit(f: &Frame, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(radio().transmit(f)), cx)
}
#[inline(never)]
pub fn poll_receive(cx: &mut Context<'_>) -> Poll<Result<Frame, Error>> {
    drive(pin!(radio().receive(100)), cx)
}
#[inline(never)]
pub fn poll_channel_free(cx: &mut Context<'_>) -> Poll<Result<bool, Error>> {
    drive(pin!(radio().channel_free()), cx)
}
#[inline(never)]
pub fn poll_send_reliable(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(radio().send_reliable(1, 0x20, data)), cx)
}
#[inline(never)]
pub fn poll_ack(f: &Frame, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(radio().ack(f)), cx)
}
#[inline(never)]
pub fn poll_scan(cx: &mut Context<'_>) -> Poll<Result<Option<(u8, u16)>, Error>> {
    drive(pin!(scan(radio(), &CHANNELS)), cx)
}
#[inline(never)]
pub fn poll_join(cx: &mut Context<'_>) -> Poll<LinkState> {
    drive(pin!(join(radio(), &CHANNELS)), cx)
}
#[inline(never)]
pub fn poll_wait_event(cx: &mut Context<'_>) -> Poll<Either<Result<Frame, Error>, u32>> {
    drive(pin!(wait_event(radio())), cx)
}
#[inline(never)]
pub fn poll_beacon(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(beacon_loop(radio(), 10)), cx)
}
#[inline(never)]
pub fn poll_serve(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(serve(radio())), cx)
}
