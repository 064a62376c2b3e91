//! Calibration crate `fw-usb` (firmware style, no_std): the device side of a USB full-speed
//! CDC-ACM serial port.  A device controller driver over memory-mapped registers and packet
//! memory (bus reset, SETUP packets on endpoint 0), a control-transfer state machine with
//! standard and CDC class requests, bulk IN/OUT endpoints behind a small trait, a receive
//! ring, suspend/resume with remote wake-up, and an echo task with serial-state notifications.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal};

// Controller word offsets (EPnR at n), endpoint register bits, packet-memory buffers (words).
const CNTR: usize = 0x10;
const ISTR: usize = 0x11;
const DADDR: usize = 0x13;
const CNTR_LP: u32 = 0b1100;
const EP_CTR_RX: u32 = 1 << 15;
const EP_SETUP: u32 = 1 << 11;
const TX_MASK: u32 = 3 << 4;
const TX_STALL: u32 = 1 << 4;
const TX_NAK: u32 = 2 << 4;
const TX_VALID: u32 = 3 << 4;
const RX_MASK: u32 = 3 << 12;
const RX_STALL: u32 = 1 << 12;
const RX_VALID: u32 = 3 << 12;
const PMA_EP0_TX: usize = 16;
const PMA_EP0_RX: usize = 32;
pub const MAX_PACKET: usize = 64;
const ABORTED: Error = Error::Protocol(0xfe);

// Events raised by the USB interrupt: bus events on USB_BUS, endpoint events on USB_EP.
const EV_RESET: u32 = 1;
const EV_SUSP: u32 = 2;
const EV_WKUP: u32 = 4;
const EV_SETUP: u32 = 1 << 24;
const fn ev_in(ep: u8) -> u32 { 1 << (8 + ep) }
const fn ev_out(ep: u8) -> u32 { 1 << (16 + ep) }

const GET_STATUS: u8 = 0x00;
const SET_FEATURE: u8 = 0x03;
const SET_ADDRESS: u8 = 0x05;
const GET_DESCRIPTOR: u8 = 0x06;
const GET_CONFIGURATION: u8 = 0x08;
const SET_CONFIGURATION: u8 = 0x09;
const SET_LINE_CODING: u8 = 0x20;
const GET_LINE_CODING: u8 = 0x21;
const SET_CONTROL_LINE_STATE: u8 = 0x22;

pub static DEVICE_DESC: [u8; 18] = [18, 1, 0x00, 0x02, 2, 0, 0, 64, 0x83, 0x04, 0x40, 0x57, 0x00, 0x02, 1, 2, 3, 1];
pub static CONFIG_DESC: [u8; 67] = [
    9, 2, 67, 0, 2, 1, 0, 0xa0, 50, // configuration: 2 interfaces, remote wake-up
    9, 4, 0, 0, 1, 0x02, 0x02, 0x01, 0, // communication interface
    5, 0x24, 0x00, 0x10, 0x01, 5, 0x24, 0x01, 0x00, 0x01, 4, 0x24, 0x02, 0x02, 5, 0x24, 0x06, 0, 1,
    7, 5, 0x83, 0x03, 16, 0, 255, // notification endpoint
    9, 4, 1, 0, 2, 0x0a, 0x00, 0x00, 0, // data interface
    7, 5, 0x01, 0x02, 64, 0, 0, 7, 5, 0x82, 0x02, 64, 0, 0, // bulk OUT, bulk IN
];
pub static LANG_IDS: [u8; 4] = [4, 3, 0x09, 0x04];
pub static STRINGS: [&[u8]; 3] = [b"mirscope", b"USB serial port", b"MS-0001"];

pub static USB_BUS: Irq = Irq::new();
pub static USB_EP: Irq = Irq::new();
pub static REMOTE_WAKE: Signal = Signal::new();

fn pma_write(pma: Regs, off: usize, data: &[u8]) {
    for (i, chunk) in data.chunks(4).enumerate() {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        pma.write(off + i, u32::from_le_bytes(w));
    }
}

fn pma_read(pma: Regs, off: usize, out: &mut [u8]) {
    for (i, chunk) in out.chunks_mut(4).enumerate() {
        chunk.copy_from_slice(&pma.read(off + i).to_le_bytes()[..chunk.len()]);
    }
}

fn rx_count(pma: Regs, ep: u8) -> usize {
    (pma.read(ep as usize * 4 + 3) & 0x3ff) as usize
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DevState {
    Default,
    Address,
    Configured,
    Suspended,
}

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct SetupPacket {
    pub request_type: u8,
    pub request: u8,
    pub value: u16,
    pub index: u16,
    pub length: u16,
}

pub struct UsbDevice {
    regs: Regs,
    pma: Regs,
    pub state: DevState,
    pub address: u8,
    pending_address: Option<u8>,
    pub config: u8,
    remote_wakeup: bool,
}

impl UsbDevice {
    /// Wait for a bus reset to end (SE0 gone), then set up endpoint 0 at address 0.
    pub async fn wait_reset(&mut self) -> u32 {
        self.regs.modify(CNTR, 0b11, 0xbc00);
        let mut events = 0;
        loop {
            USB_BUS.wait(EV_RESET).await;
            events += 1;
            delay(3).await;
            if self.regs.read(ISTR) & (1 << 10) == 0 { break; }
        }
        self.pma.write(0, (PMA_EP0_TX * 4) as u32);
        self.pma.write(2, (PMA_EP0_RX * 4) as u32);
        self.pma.write(3, 0x8400);
        self.regs.write(0, (1 << 9) | RX_VALID | TX_NAK);
        self.regs.write(DADDR, 0x80);
        (self.state, self.address, self.pending_address, self.config) = (DevState::Default, 0, None, 0);
        events
    }

    /// The next SETUP packet on endpoint 0; a bus reset ends the wait with `Bus`.
    pub async fn read_setup(&mut self) -> Result<SetupPacket, Error> {
        loop {
            self.regs.modify(0, RX_MASK, RX_VALID);
            if let Either::Right(_) = select(USB_EP.wait(EV_SETUP), USB_BUS.wait(EV_RESET)).await {
                USB_BUS.raise(EV_RESET);
                return Err(Error::Bus);
            }
            if self.regs.read(0) & EP_SETUP == 0 || rx_count(self.pma, 0) != 8 { continue; }
            let mut b = [0u8; 8];
            pma_read(self.pma, PMA_EP0_RX, &mut b);
            self.regs.modify(0, EP_CTR_RX, 0);
            let word = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
            return Ok(SetupPacket { request_type: b[0], request: b[1], value: word(2), index: word(4), length: word(6) });
        }
    }

    /// IN data stage: `data` cut to wLength, in packets of 64, with a zero-length packet when
    /// a shorter answer than asked for ends on a packet boundary.
    pub async fn ep0_write(&mut self, data: &[u8], w_length: u16) -> Result<usize, Error> {
        let data = &data[..data.len().min(w_length as usize)];
        let mut sent = 0;
        loop {
            let n = (data.len() - sent).min(MAX_PACKET);
            pma_write(self.pma, PMA_EP0_TX, &data[sent..sent + n]);
            self.pma.write(1, n as u32);
            self.regs.modify(0, TX_MASK, TX_VALID);
            if timeout(50, USB_EP.wait(ev_in(0) | EV_SETUP)).await? & EV_SETUP != 0 {
                USB_EP.raise(EV_SETUP);
                return Err(ABORTED);
            }
            sent += n;
            if n < MAX_PACKET || sent == w_length as usize { return Ok(sent); }
        }
    }

    /// OUT data stage into `buf`, until it is full or a short packet arrives.
    pub async fn ep0_read(&mut self, buf: &mut [u8]) -> Result<usize, Error> {
        let mut got = 0;
        while got < buf.len() {
            self.regs.modify(0, RX_MASK, RX_VALID);
            if USB_EP.wait(ev_out(0) | EV_SETUP).await & EV_SETUP != 0 {
                USB_EP.raise(EV_SETUP);
                return Err(ABORTED);
            }
            let n = rx_count(self.pma, 0).min(buf.len() - got);
            pma_read(self.pma, PMA_EP0_RX, &mut buf[got..got + n]);
            self.regs.modify(0, EP_CTR_RX, 0);
            got += n;
            if n < MAX_PACKET { break; }
        }
        Ok(got)
    }

    /// Status stage: a zero-length packet in the direction opposite to the data stage.
    pub async fn status_stage(&mut self, to_host: bool) -> Result<(), Error> {
        if to_host {
            self.pma.write(1, 0);
            self.regs.modify(0, TX_MASK, TX_VALID);
            timeout(50, USB_EP.wait(ev_in(0))).await?;
        } else {
            self.regs.modify(0, RX_MASK, (1 << 8) | RX_VALID);
            timeout(50, USB_EP.wait(ev_out(0))).await?;
            self.regs.modify(0, (1 << 8) | EP_CTR_RX, 0);
            if rx_count(self.pma, 0) != 0 { return Err(Error::Protocol(0xfd)); }
        }
        Ok(())
    }

    fn configure(&mut self, config: u8) {
        for (ep, kind, buf) in [(1usize, RX_VALID, 48usize), (2, TX_NAK, 64), (3, (3 << 9) | TX_NAK, 80)] {
            self.pma.write(ep * 4 + if ep == 1 { 2 } else { 0 }, (buf * 4) as u32);
            self.pma.write(ep * 4 + 3, 0x8400);
            self.regs.write(ep, if config == 0 { 0 } else { kind | ep as u32 });
        }
        self.config = config;
        self.state = if config == 0 { DevState::Address } else { DevState::Configured };
    }
}

// ------------------------------------------------------------------ CDC-ACM function

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LineCoding {
    pub baud: u32,
    pub stop_bits: u8,
    pub parity: u8,
    pub data_bits: u8,
}

impl LineCoding {
    fn to_bytes(self) -> [u8; 7] {
        let b = self.baud.to_le_bytes();
        [b[0], b[1], b[2], b[3], self.stop_bits, self.parity, self.data_bits]
    }
    fn parse(raw: &[u8; 7]) -> Option<Self> {
        let baud = u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]);
        match (baud, raw[4], raw[5], raw[6]) {
            (1.., 0..=2, 0..=4, 5..=8 | 16) => Some(LineCoding { baud, stop_bits: raw[4], parity: raw[5], data_bits: raw[6] }),
            _ => None,
        }
    }
}

/// Received bulk data: 256 bytes, the u8 indices wrap by themselves.
pub struct Ring {
    buf: [u8; 256],
    head: u8,
    tail: u8,
}

impl Ring {
    pub fn len(&self) -> usize {
        self.head.wrapping_sub(self.tail) as usize
    }
    fn pop_into(&mut self, out: &mut [u8]) -> usize {
        let n = self.len().min(out.len());
        for slot in &mut out[..n] {
            *slot = self.buf[self.tail as usize];
            self.tail = self.tail.wrapping_add(1);
        }
        n
    }
}

pub struct CdcAcm {
    pub line: LineCoding,
    pub dtr: bool,
    pub rts: bool,
    pub serial_state: u16,
    pub rx: Ring,
}

impl CdcAcm {
    /// Wait until the host opens the port (raises DTR); the line coding it chose.
    pub async fn wait_connected(&self, poll: u32) -> LineCoding {
        while !self.dtr { delay(poll).await; }
        self.line
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stage {
    Setup,
    DataIn(usize),
    DataOut(usize),
    StatusIn,
    StatusOut,
    Stall,
    Done,
}

fn get_descriptor(value: u16, out: &mut [u8; 256]) -> Option<usize> {
    let src: &[u8] = match value.to_be_bytes() {
        [1, 0] => &DEVICE_DESC,
        [2, 0] => &CONFIG_DESC,
        [3, 0] => &LANG_IDS,
        [3, i @ 1..=3] => {
            let s = STRINGS[i as usize - 1];
            out[..2].copy_from_slice(&[2 + 2 * s.len() as u8, 3]);
            for (k, &c) in s.iter().enumerate() {
                out[2 + 2 * k..4 + 2 * k].copy_from_slice(&[c, 0]);
            }
            return Some(2 + 2 * s.len());
        }
        _ => return None,
    };
    out[..src.len()].copy_from_slice(src);
    Some(src.len())
}

/// Decode a SETUP packet: fill `buf` for an IN data stage, or say what comes next.
fn dispatch(dev: &mut UsbDevice, cdc: &mut CdcAcm, s: &SetupPacket, buf: &mut [u8; 256]) -> Stage {
    match (s.request_type, s.request) {
        (0x80, GET_DESCRIPTOR) => get_descriptor(s.value, buf).map_or(Stage::Stall, Stage::DataIn),
        (0x80, GET_STATUS) => {
            buf[..2].copy_from_slice(&[1 | (dev.remote_wakeup as u8) << 1, 0]);
            Stage::DataIn(2)
        }
        (0x80, GET_CONFIGURATION) => {
            buf[0] = dev.config;
            Stage::DataIn(1)
        }
        (0x00, SET_ADDRESS) if s.value < 128 && dev.state != DevState::Configured => {
            dev.pending_address = Some(s.value as u8);
            Stage::StatusIn
        }
        (0x00, SET_CONFIGURATION) if dev.state != DevState::Default && s.value <= 1 => {
            dev.configure(s.value as u8);
            Stage::StatusIn
        }
        (0x00, 0x01 | SET_FEATURE) if s.value == 1 => {
            dev.remote_wakeup = s.request == SET_FEATURE;
            Stage::StatusIn
        }
        (0x21, SET_LINE_CODING) if s.index == 0 => Stage::DataOut(7),
        (0xa1, GET_LINE_CODING) if s.index == 0 => {
            buf[..7].copy_from_slice(&cdc.line.to_bytes());
            Stage::DataIn(7)
        }
        (0x21, SET_CONTROL_LINE_STATE) if s.index == 0 => {
            (cdc.dtr, cdc.rts) = (s.value & 1 != 0, s.value & 2 != 0);
            Stage::StatusIn
        }
        _ => Stage::Stall,
    }
}

/// One control transfer on endpoint 0: setup, optional data stage, status stage.
pub async fn control_transfer(dev: &mut UsbDevice, cdc: &mut CdcAcm) -> Result<Stage, Error> {
    let mut buf = [0u8; 256];
    let mut setup = SetupPacket::default();
    let mut stage = Stage::Setup;
    loop {
        stage = match stage {
            Stage::Setup => {
                setup = dev.read_setup().await?;
                match dispatch(dev, cdc, &setup, &mut buf) {
                    Stage::DataIn(_) if setup.length == 0 => Stage::StatusIn,
                    Stage::DataOut(len) if len != setup.length as usize => Stage::Stall,
                    next => next,
                }
            }
            Stage::DataIn(len) => {
                dev.ep0_write(&buf[..len], setup.length).await?;
                Stage::StatusOut
            }
            Stage::DataOut(len) => {
                let got = timeout(200, dev.ep0_read(&mut buf[..len])).await??;
                match <&[u8; 7]>::try_from(&buf[..got]).ok().and_then(LineCoding::parse) {
                    Some(line) => {
                        cdc.line = line;
                        Stage::StatusIn
                    }
                    None => Stage::Stall,
                }
            }
            Stage::StatusIn => {
                dev.status_stage(true).await?;
                if let Some(a) = dev.pending_address.take() {
                    dev.regs.write(DADDR, 0x80 | a as u32);
                    dev.address = a;
                    dev.state = if a == 0 { DevState::Default } else { DevState::Address };
                }
                Stage::Done
            }
            Stage::StatusOut => {
                dev.status_stage(false).await?;
                Stage::Done
            }
            Stage::Stall => {
                dev.regs.modify(0, TX_MASK | RX_MASK, TX_STALL | RX_STALL);
                return Ok(Stage::Stall);
            }
            Stage::Done => return Ok(Stage::Done),
        }
    }
}

/// From the first bus reset to SET_CONFIGURATION, within an overall time limit.
pub async fn enumerate(dev: &mut UsbDevice, cdc: &mut CdcAcm) -> Result<u8, Error> {
    dev.wait_reset().await;
    let mut stalls = 0u32;
    timeout(5_000, async {
        loop {
            match control_transfer(dev, cdc).await {
                Ok(Stage::Done) if dev.state == DevState::Configured => return Ok(dev.address),
                Ok(Stage::Stall) if stalls >= 16 => return Err(Error::Protocol(0xff)),
                Ok(Stage::Stall) => stalls += 1,
                Ok(_) | Err(Error::Timeout) | Err(ABORTED) => {}
                Err(Error::Bus) => {
                    dev.wait_reset().await;
                }
                Err(e) => return Err(e),
            }
        }
    })
    .await?
}

/// Bus suspend: low-power mode until the host resumes or we signal a remote wake-up.
pub async fn suspend_resume(dev: &mut UsbDevice, wake: &Signal) -> Result<u32, Error> {
    let (prev, start) = (dev.state, rt::now());
    dev.state = DevState::Suspended;
    dev.regs.modify(CNTR, 0, CNTR_LP);
    let woke = match select(USB_BUS.wait(EV_WKUP | EV_RESET), wake.recv()).await {
        Either::Left(ev) => ev,
        Either::Right(_) if dev.remote_wakeup => {
            // The bus must have idled 5 ms before we drive resume (K) for 1..15 ms.
            delay(5u32.saturating_sub(rt::now().wrapping_sub(start))).await;
            dev.regs.modify(CNTR, CNTR_LP, 1 << 4);
            delay(10).await;
            dev.regs.modify(CNTR, 1 << 4, 0);
            timeout(20, USB_BUS.wait(EV_WKUP | EV_RESET)).await.unwrap_or(EV_WKUP)
        }
        Either::Right(_) => USB_BUS.wait(EV_WKUP | EV_RESET).await,
    };
    dev.regs.modify(CNTR, CNTR_LP, 0);
    if woke & EV_RESET != 0 {
        USB_BUS.raise(EV_RESET);
        dev.state = DevState::Default;
        return Err(Error::Bus);
    }
    dev.state = prev;
    Ok(rt::now().wrapping_sub(start))
}

// ------------------------------------------------------------------ bulk endpoints

pub trait EndpointIn {
    async fn write_packet(&mut self, data: &[u8]) -> Result<(), Error>;
}

pub trait EndpointOut {
    async fn read_packet(&mut self, buf: &mut [u8; MAX_PACKET]) -> Result<usize, Error>;
}

pub struct Ep {
    regs: Regs,
    pma: Regs,
    num: u8,
    buf: usize,
}

impl EndpointIn for Ep {
    async fn write_packet(&mut self, data: &[u8]) -> Result<(), Error> {
        let epr = self.num as usize;
        loop {
            match self.regs.read(epr) & TX_MASK {
                TX_STALL => return Err(Error::Busy),
                TX_VALID => {
                    timeout(20, USB_EP.wait(ev_in(self.num))).await?;
                }
                _ => break,
            }
        }
        pma_write(self.pma, self.buf, data);
        self.pma.write(epr * 4 + 1, data.len() as u32);
        self.regs.modify(epr, TX_MASK, TX_VALID);
        Ok(())
    }
}

impl EndpointOut for Ep {
    async fn read_packet(&mut self, buf: &mut [u8; MAX_PACKET]) -> Result<usize, Error> {
        let epr = self.num as usize;
        if self.regs.read(epr) & RX_MASK == RX_STALL { return Err(Error::Busy); }
        self.regs.modify(epr, RX_MASK, RX_VALID);
        USB_EP.wait(ev_out(self.num)).await;
        let n = rx_count(self.pma, self.num).min(MAX_PACKET);
        pma_read(self.pma, self.buf, &mut buf[..n]);
        self.regs.modify(epr, EP_CTR_RX, 0);
        Ok(n)
    }
}

/// Bulk IN transfer: 64-byte packets, ended by a zero-length packet on a packet boundary.
pub async fn bulk_write<E: EndpointIn>(ep: &mut E, data: &[u8]) -> Result<usize, Error> {
    let mut sent = 0;
    for chunk in data.chunks(MAX_PACKET) {
        let mut tries = 0;
        loop {
            match ep.write_packet(chunk).await {
                Ok(()) => break,
                Err(Error::Timeout) if tries < 3 => {
                    tries += 1;
                    yield_now().await;
                }
                Err(e) => return Err(e),
            }
        }
        sent += chunk.len();
    }
    if data.len() % MAX_PACKET == 0 { ep.write_packet(&[]).await?; }
    Ok(sent)
}

/// One bulk OUT packet into the ring; the endpoint NAKs until a whole packet fits.
pub async fn bulk_read<E: EndpointOut>(ep: &mut E, ring: &mut Ring) -> Result<usize, Error> {
    while ring.len() > 255 - MAX_PACKET { delay(1).await; }
    let mut pkt = [0u8; MAX_PACKET];
    let n = ep.read_packet(&mut pkt).await?;
    for &b in &pkt[..n] {
        ring.buf[ring.head as usize] = b;
        ring.head = ring.head.wrapping_add(1);
    }
    Ok(n)
}

/// Run `op` up to `attempts` times while it times out or the endpoint is busy.
pub async fn retry<T>(attempts: u32, mut op: impl AsyncFnMut(u32) -> Result<T, Error>) -> Result<T, Error> {
    let mut last = Error::Timeout;
    for n in 0..attempts {
        match op(n).await {
            Err(e @ (Error::Timeout | Error::Busy)) => last = e,
            done => return done,
        }
        delay(2 << n).await;
    }
    Err(last)
}

/// CDC SERIAL_STATE notification on the interrupt endpoint.
pub async fn send_serial_state<E: EndpointIn>(ep: &mut E, bits: u16) -> Result<u32, Error> {
    let [lo, hi] = bits.to_le_bytes();
    let note = [0xa1, 0x20, 0, 0, 0, 0, 2, 0, lo, hi];
    retry(3, async |attempt| {
        timeout(20 << attempt, ep.write_packet(&note)).await??;
        Ok(attempt)
    })
    .await
}

/// Echo OUT data back upper-cased; every period, report line state changes to the host.
pub async fn echo_task(cdc: &mut CdcAcm, out: &mut Ep, inp: &mut Ep, notify: &mut Ep) -> Result<u32, Error> {
    cdc.wait_connected(10).await;
    let (mut echoed, mut last_state) = (0u32, 0u16);
    let mut tx = [0u8; MAX_PACKET];
    loop {
        match select(bulk_read(out, &mut cdc.rx), delay(250)).await {
            Either::Left(Ok(_)) => {
                while cdc.rx.len() > 0 {
                    let n = cdc.rx.pop_into(&mut tx);
                    tx[..n].make_ascii_uppercase();
                    echoed += bulk_write(inp, &tx[..n]).await? as u32;
                }
            }
            // Halted by the host (SET_FEATURE ENDPOINT_HALT): wait for CLEAR_FEATURE.
            Either::Left(Err(Error::Busy)) => delay(10).await,
            Either::Left(Err(e)) => return Err(e),
            Either::Right(()) => {
                let state = cdc.serial_state | if cdc.dtr { 0b11 } else { 0 };
                if state != last_state {
                    send_serial_state(notify, state).await?;
                    last_state = state;
                    cdc.serial_state &= !(1 << 6);
                }
                if !cdc.dtr { return Ok(echoed); }
            }
        }
    }
}

// ------------------------------------------------------------------ entry points

const USB: Regs = Regs::at(0x4000_5c00);
const PMA: Regs = Regs::at(0x4000_6000);
pub static mut DEV: UsbDevice = UsbDevice {
    regs: USB, pma: PMA, state: DevState::Default, address: 0, pending_address: None, config: 0, remote_wakeup: false,
};
pub static mut CDC: CdcAcm = CdcAcm {
    line: LineCoding { baud: 115_200, stop_bits: 0, parity: 0, data_bits: 8 },
    dtr: false, rts: false, serial_state: 0, rx: Ring { buf: [0; 256], head: 0, tail: 0 },
};
pub static mut EPS: [Ep; 3] = [ep(1, 48), ep(2, 64), ep(3, 80)];

const fn ep(num: u8, buf: usize) -> Ep {
    Ep { regs: USB, pma: PMA, num, buf }
}
#[allow(static_mut_refs)]
fn dev() -> &'static mut UsbDevice {
    unsafe { &mut DEV }
}
#[allow(static_mut_refs)]
fn cdc() -> &'static mut CdcAcm {
    unsafe { &mut CDC }
}
#[allow(static_mut_refs)]
fn eps() -> &'static mut [Ep; 3] {
    unsafe { &mut EPS }
}

type PollRes<T> = Poll<Result<T, Error>>;

#[inline(never)] pub fn poll_wait_reset(cx: &mut Context<'_>) -> Poll<u32> {
    drive(pin!(dev().wait_reset()), cx)
}
#[inline(never)] pub fn poll_read_setup(cx: &mut Context<'_>) -> PollRes<SetupPacket> {
    drive(pin!(dev().read_setup()), cx)
}
#[inline(never)] pub fn poll_ep0_write(data: &[u8], w_length: u16, cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(dev().ep0_write(data, w_length)), cx)
}
#[inline(never)] pub fn poll_ep0_read(buf: &mut [u8], cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(dev().ep0_read(buf)), cx)
}
#[inline(never)] pub fn poll_status_stage(to_host: bool, cx: &mut Context<'_>) -> PollRes<()> {
    drive(pin!(dev().status_stage(to_host)), cx)
}
#[inline(never)] pub fn poll_control_transfer(cx: &mut Context<'_>) -> PollRes<Stage> {
    drive(pin!(control_transfer(dev(), cdc())), cx)
}
#[inline(never)] pub fn poll_enumerate(cx: &mut Context<'_>) -> PollRes<u8> {
    drive(pin!(enumerate(dev(), cdc())), cx)
}
#[inline(never)] pub fn poll_suspend_resume(cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(suspend_resume(dev(), &REMOTE_WAKE)), cx)
}
#[inline(never)] pub fn poll_write_packet(data: &[u8], cx: &mut Context<'_>) -> PollRes<()> {
    drive(pin!(eps()[1].write_packet(data)), cx)
}
#[inline(never)] pub fn poll_read_packet(buf: &mut [u8; MAX_PACKET], cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(eps()[0].read_packet(buf)), cx)
}
#[inline(never)] pub fn poll_bulk_write(data: &[u8], cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(bulk_write(&mut eps()[1], data)), cx)
}
#[inline(never)] pub fn poll_bulk_read(cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(bulk_read(&mut eps()[0], &mut cdc().rx)), cx)
}
#[inline(never)] pub fn poll_serial_state(bits: u16, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(send_serial_state(&mut eps()[2], bits)), cx)
}
#[inline(never)] pub fn poll_wait_connected(cx: &mut Context<'_>) -> Poll<LineCoding> {
    drive(pin!(cdc().wait_connected(10)), cx)
}
#[inline(never)] pub fn poll_echo(cx: &mut Context<'_>) -> PollRes<u32> {
    let [out, inp, notify] = eps();
    drive(pin!(echo_task(cdc(), out, inp, notify)), cx)
}
#[inline(never)] pub fn poll_usb_main(cx: &mut Context<'_>) -> PollRes<u32> {
    let (d, c) = (dev(), cdc());
    let main = async move {
        let mut sessions = 0u32;
        while sessions < 1000 {
            enumerate(d, c).await?;
            sessions += 1;
            loop {
                let r = match select(control_transfer(d, c), USB_BUS.wait(EV_SUSP)).await {
                    Either::Left(r) => r.map(|_| 0),
                    Either::Right(_) => suspend_resume(d, &REMOTE_WAKE).await,
                };
                match r {
                    Ok(_) | Err(Error::Timeout | ABORTED) => {}
                    Err(Error::Bus) => break,
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(sessions)
    };
    drive(pin!(main), cx)
}
