//! Calibration crate `fw-can` (firmware style, no_std): a CAN bus node.  A bxCAN-like
//! controller driver (TX mailboxes, RX FIFO, acceptance filters, interrupts) with bus-off
//! recovery, ISO-TP style segmentation under flow control and reassembly into a fixed
//! buffer, a heartbeat/NMT node state machine and an SDO-like client with retries.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal};

// bxCAN word offsets (status, mailbox 0, FIFO 0) and the flags the CAN ISR raises.
const TSR: usize = 2;
const RF0R: usize = 3;
const TI0R: usize = 0x60;
const RI0R: usize = 0x6c;
const IRQ_TX: u32 = 1;
const IRQ_RX: u32 = 2;
const IRQ_ERR: u32 = 4;
// ISO-TP diagnostic link of this node: request/response identifiers, our BS and STmin.
const DIAG_RX: u32 = 0x7e0;
const DIAG_TX: u32 = 0x7e8;
const BS: u8 = 8;
const ST_MIN: u8 = 2;
pub const ISOTP_BUF: usize = 256;

pub static CAN1_IRQ: Irq = Irq::new();
/// From the application: 0 shuts the node task down, anything else makes it operational.
pub static APP_CMD: Signal = Signal::new();

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CanFrame {
    pub id: u32,
    pub dlc: u8,
    pub data: [u8; 8],
}

/// A frame padded with 0xcc; `full` sends all eight bytes (ISO-TP, SDO).
pub fn frame(id: u32, bytes: &[u8], full: bool) -> CanFrame {
    let mut data = [0xcc; 8];
    data[..bytes.len()].copy_from_slice(bytes);
    CanFrame { id, dlc: if full { 8 } else { bytes.len() as u8 }, data }
}

pub struct Can {
    regs: Regs,
    btr: u32,
    filters: usize,
    pub bus_offs: u32,
}

impl Can {
    pub const fn new(base: usize) -> Self {
        Can { regs: Regs::at(base), btr: 0, filters: 0, bus_offs: 0 }
    }

    pub fn bus_off(&self) -> bool {
        self.regs.read(6) & 4 != 0
    }

    /// Activate the next 32-bit mask filter bank for a standard identifier.
    pub fn add_filter(&mut self, id: u32, mask: u32) {
        let bank = self.filters.min(13);
        self.regs.write(0x90 + 2 * bank, id << 21);
        self.regs.write(0x91 + 2 * bank, mask << 21);
        self.regs.modify(0x87, 0, 1 << bank);
        self.filters = bank + 1;
    }

    pub async fn init(&mut self, btr: u32) -> Result<(), Error> {
        self.regs.modify(0, 3, 1); // leave sleep, request initialisation
        delay(2).await;
        self.btr = btr;
        self.regs.write(7, btr);
        self.regs.modify(0, 1 << 6 | 1, 1 << 2); // manual bus-off recovery, FIFO order, run
        self.regs.write(5, 0x8f13); // IER: mailbox empty, FIFO pending/overrun, errors
        delay(2).await;
        if self.regs.read(1) & 1 != 0 { Err(Error::Timeout) } else { Ok(()) }
    }

    /// Load a free mailbox and wait for the outcome; `Busy` means arbitration was lost.
    pub async fn transmit(&mut self, f: &CanFrame) -> Result<usize, Error> {
        let tsr = self.regs.read(TSR);
        if tsr & (7 << 26) == 0 {
            return Err(Error::Busy);
        }
        let (mb, d) = (((tsr >> 24) & 3) as usize, &f.data);
        self.regs.write(TI0R + 4 * mb + 1, f.dlc as u32);
        self.regs.write(TI0R + 4 * mb + 2, u32::from_le_bytes([d[0], d[1], d[2], d[3]]));
        self.regs.write(TI0R + 4 * mb + 3, u32::from_le_bytes([d[4], d[5], d[6], d[7]]));
        self.regs.write(TI0R + 4 * mb, f.id << 21 | 1);
        let shift = 8 * mb as u32;
        let _ = timeout(25, CAN1_IRQ.wait(IRQ_TX | IRQ_ERR)).await; // the status says what happened
        let st = self.regs.read(TSR) >> shift;
        self.regs.write(TSR, if st & 1 != 0 { 1 } else { 0x80 } << shift); // acknowledge or abort
        match st & 7 {
            3 | 7 => Ok(mb),
            5 => Err(Error::Busy),
            1 => Err(Error::Nack),
            _ => Err(if self.bus_off() { Error::Bus } else { Error::Timeout }),
        }
    }

    /// The next frame from FIFO 0 (filtered in hardware); `ticks` without one is a timeout.
    pub async fn receive(&mut self, ticks: u32) -> Result<CanFrame, Error> {
        while self.regs.read(RF0R) & 3 == 0 {
            if timeout(ticks, CAN1_IRQ.wait(IRQ_RX | IRQ_ERR)).await? & IRQ_ERR != 0 && self.bus_off() {
                return Err(Error::Bus);
            }
        }
        let mut data = [0u8; 8];
        data[..4].copy_from_slice(&self.regs.read(RI0R + 2).to_le_bytes());
        data[4..].copy_from_slice(&self.regs.read(RI0R + 3).to_le_bytes());
        let dlc = (self.regs.read(RI0R + 1) & 0xf).min(8) as u8;
        let f = CanFrame { id: self.regs.read(RI0R) >> 21, dlc, data };
        self.regs.write(RF0R, 0x30); // release the slot, clear a FIFO overrun
        Ok(f)
    }

    /// Abort all mailboxes, back off longer each time, re-initialise, wait for error-active.
    pub async fn recover_bus_off(&mut self) -> Result<(), Error> {
        self.bus_offs += 1;
        self.regs.write(TSR, 0x80_8080);
        delay(20 << self.bus_offs.min(6)).await;
        self.init(self.btr).await?;
        let error_active = async {
            while self.bus_off() {
                select(CAN1_IRQ.wait(IRQ_ERR), delay(10)).await;
            }
        };
        timeout(200, error_active).await.map_err(|_| Error::Bus)
    }
}

/// Transmit, retrying while all mailboxes are busy or arbitration is lost; recover bus-off.
pub async fn send_checked(can: &mut Can, f: &CanFrame) -> Result<(), Error> {
    for _ in 0..8 {
        match can.transmit(f).await {
            Ok(_) => return Ok(()),
            Err(Error::Busy) => yield_now().await,
            Err(Error::Bus) if can.bus_offs < 16 => can.recover_bus_off().await?,
            Err(e) => return Err(e),
        }
    }
    Err(Error::Busy)
}

// ------------------------------------------------------------------ ISO-TP transport

/// Send `data` as a single frame or segmented under flow control; returns the frames sent.
pub async fn isotp_send(can: &mut Can, data: &[u8]) -> Result<u32, Error> {
    let (len, mut fr) = (data.len().min(0xfff), [0u8; 8]);
    if len <= 7 {
        fr[0] = len as u8;
        fr[1..1 + len].copy_from_slice(data);
        return send_checked(can, &frame(DIAG_TX, &fr[..1 + len], true)).await.map(|_| 1);
    }
    fr[..2].copy_from_slice(&(0x1000 | len as u16).to_be_bytes());
    fr[2..].copy_from_slice(&data[..6]);
    send_checked(can, &frame(DIAG_TX, &fr, true)).await?;
    let (mut off, mut frames) = (6, 1u32);
    while off < len {
        let fc = can.receive(1000).await?;
        match fc.data[0] {
            0x30 if fc.id == DIAG_RX => {}
            0x32 if fc.id == DIAG_RX => return Err(Error::Overflow),
            _ => continue, // WAIT, or not for us
        }
        let mut budget = if fc.data[1] == 0 { u32::MAX } else { fc.data[1] as u32 };
        while off < len && budget > 0 {
            delay(fc.data[2].min(0x7f) as u32).await;
            let n = (len - off).min(7);
            fr[0] = 0x20 | (frames & 0x0f) as u8;
            fr[1..1 + n].copy_from_slice(&data[off..off + n]);
            send_checked(can, &frame(DIAG_TX, &fr[..1 + n], true)).await?;
            (off, frames, budget) = (off + n, frames + 1, budget - 1);
        }
    }
    Ok(frames)
}

/// Reassemble the message starting with `first` into `buf`, checking sequence numbers.
pub async fn isotp_reassemble(can: &mut Can, first: &CanFrame, buf: &mut [u8; ISOTP_BUF]) -> Result<usize, Error> {
    let pci = first.data[0];
    let total = match pci >> 4 {
        0 if pci > 0 && pci < first.dlc => {
            buf[..pci as usize].copy_from_slice(&first.data[1..1 + pci as usize]);
            return Ok(pci as usize);
        }
        1 if first.dlc == 8 => u16::from_be_bytes([pci & 0x0f, first.data[1]]) as usize,
        _ => return Err(Error::Protocol(pci)),
    };
    if !(8..=ISOTP_BUF).contains(&total) {
        return send_checked(can, &frame(DIAG_TX, &[0x32, 0, 0], true)).await.and(Err(Error::Overflow));
    }
    buf[..6].copy_from_slice(&first.data[2..]);
    let (mut got, mut sn, mut in_block) = (6, 1u8, BS);
    while got < total {
        if in_block == BS {
            send_checked(can, &frame(DIAG_TX, &[0x30, BS, ST_MIN], true)).await?;
            in_block = 0;
        }
        let cf = can.receive(1000).await?;
        if cf.id != DIAG_RX {
            continue;
        } else if cf.data[0] != 0x20 | sn {
            return Err(Error::Protocol(cf.data[0]));
        }
        let n = (total - got).min(7);
        buf[got..got + n].copy_from_slice(&cf.data[1..1 + n]);
        (got, sn, in_block) = (got + n, (sn + 1) & 0x0f, in_block + 1);
    }
    Ok(total)
}

// ------------------------------------------------------------------ NMT, heartbeat and SDO

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NodeState {
    Initialising = 0x00,
    Stopped = 0x04,
    Operational = 0x05,
    PreOperational = 0x7f,
}

pub struct Node {
    pub id: u8,
    pub state: NodeState,
    pub heartbeat: u32,
    pub od: [u32; 16],
}

pub async fn send_heartbeat(can: &mut Can, node: &Node) -> Result<(), Error> {
    timeout(50, send_checked(can, &frame(0x700 + node.id as u32, &[node.state as u8], false))).await?
}

/// Run `op` up to `attempts` times while it fails with a transient error.
async fn retry<T>(attempts: u32, mut op: impl AsyncFnMut(u32) -> Result<T, Error>) -> Result<T, Error> {
    let mut last = Error::Timeout;
    for n in 0..attempts {
        match op(n).await {
            Err(e @ (Error::Timeout | Error::Busy | Error::Nack)) => last = e,
            done => return done,
        }
        delay(10 * (n + 1)).await;
    }
    Err(last)
}

/// One SDO request and the answer for the same object; an abort becomes `Protocol`.
pub async fn sdo_exchange(can: &mut Can, server: u8, req: &[u8; 8]) -> Result<[u8; 8], Error> {
    send_checked(can, &frame(0x600 + server as u32, req, true)).await?;
    loop {
        let r = can.receive(100).await?;
        if r.id == 0x580 + server as u32 && r.data[1..4] == req[1..4] {
            return if r.data[0] == 0x80 { Err(Error::Protocol(r.data[7])) } else { Ok(r.data) };
        }
    }
}

pub async fn sdo_upload(can: &mut Can, server: u8, index: u16, sub: u8) -> Result<u32, Error> {
    let [lo, hi] = index.to_le_bytes();
    let r = retry(3, async |_| sdo_exchange(can, server, &[0x40, lo, hi, sub, 0, 0, 0, 0]).await).await?;
    if r[0] & 0xf3 != 0x43 {
        return Err(Error::Protocol(r[0]));
    }
    let (mut v, size) = ([0u8; 4], 4 - ((r[0] >> 2) & 3) as usize);
    v[..size].copy_from_slice(&r[4..4 + size]);
    Ok(u32::from_le_bytes(v))
}

/// The node task: boot-up, NMT commands, diagnostic reads over ISO-TP and the heartbeat.
pub async fn node_main(can: &mut Can, node: &mut Node, btr: u32) -> Result<u32, Error> {
    can.init(btr).await?;
    can.add_filter(0x000, 0x7ff);
    can.add_filter(DIAG_RX, 0x7ff);
    let (mut buf, mut last_hb, mut handled) = ([0u8; ISOTP_BUF], rt::now(), 0u32);
    node.state = NodeState::Initialising;
    send_heartbeat(can, node).await?; // boot-up message
    node.state = NodeState::PreOperational;
    loop {
        if rt::now().wrapping_sub(last_hb) >= node.heartbeat {
            send_heartbeat(can, node).await?;
            last_hb = rt::now();
        }
        match select(can.receive(node.heartbeat), APP_CMD.recv()).await {
            Either::Left(Ok(f)) if f.id == 0 && (f.data[1] == 0 || f.data[1] == node.id) => {
                handled += 1;
                node.state = match f.data[0] {
                    0x01 => NodeState::Operational,
                    0x02 => NodeState::Stopped,
                    0x80 => NodeState::PreOperational,
                    0x81 | 0x82 => can.init(btr).await.map(|_| NodeState::PreOperational)?,
                    _ => node.state,
                };
            }
            Either::Left(Ok(f)) if f.id == DIAG_RX && node.state == NodeState::Operational => {
                match isotp_reassemble(can, &f, &mut buf).await {
                    Ok(3) if buf[..2] == [0x22, 0xf1] && buf[2] < 16 => {
                        let v = node.od[buf[2] as usize].to_be_bytes();
                        buf[0] = 0x62; // read data by identifier: positive response
                        buf[3..7].copy_from_slice(&v);
                        handled += isotp_send(can, &buf[..7]).await?;
                    }
                    Ok(_) => handled += isotp_send(can, &[0x7f, buf[0], 0x31]).await?,
                    Err(_) => {} // a bus error shows up again on the next receive
                }
            }
            Either::Left(Ok(_)) | Either::Left(Err(Error::Timeout)) => {}
            Either::Left(Err(Error::Bus)) => can.recover_bus_off().await?,
            Either::Left(Err(e)) => return Err(e),
            Either::Right(0) => return Ok(handled),
            Either::Right(_) => node.state = NodeState::Operational,
        }
    }
}

/// Master side: check a remote node's parameters over SDO, start it and wait
/// for its first operational heartbeat; returns the parameters read back.
pub async fn check_remote(can: &mut Can, server: u8, expect: &[u32; 4], hb: u32) -> Result<[u32; 4], Error> {
    can.add_filter(server as u32, 0x7f); // every function code of that node
    let mut params = [0u32; 4];
    for (i, p) in params.iter_mut().enumerate() {
        *p = sdo_upload(can, server, 0x2000 + i as u16, 0).await?;
        if *p != expect[i] && expect[i] != 0 {
            return Err(Error::Crc);
        }
    }
    send_checked(can, &frame(0, &[0x01, server], false)).await?;
    let heartbeat = async {
        loop {
            let f = can.receive(hb).await?;
            if f.id == 0x700 + server as u32 && f.data[0] == NodeState::Operational as u8 {
                return Ok::<_, Error>(());
            }
        }
    };
    timeout(3 * hb, heartbeat).await??;
    Ok(params)
}

// ------------------------------------------------------------------ entry points

pub static mut CAN1: Can = Can::new(0x4000_6400);
pub static mut NODE: Node = Node { id: 0x12, state: NodeState::Stopped, heartbeat: 1000, od: [0; 16] };

#[allow(static_mut_refs)]
fn can() -> &'static mut Can {
    unsafe { &mut CAN1 }
}

#[allow(static_mut_refs)]
fn node() -> &'static mut Node {
    unsafe { &mut NODE }
}

#[inline(never)]
pub fn poll_init(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(can().init(0x001c_0005)), cx)
}
#[inline(never)]
pub fn poll_transmit(f: &CanFrame, cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(can().transmit(f)), cx)
}
#[inline(never)]
pub fn poll_receive(cx: &mut Context<'_>) -> Poll<Result<CanFrame, Error>> {
    drive(pin!(can().receive(100)), cx)
}
#[inline(never)]
pub fn poll_recover(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(can().recover_bus_off()), cx)
}
#[inline(never)]
pub fn poll_send_checked(f: &CanFrame, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(send_checked(can(), f)), cx)
}
#[inline(never)]
pub fn poll_isotp_send(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(isotp_send(can(), data)), cx)
}
#[inline(never)]
pub fn poll_isotp_reassemble(f: &CanFrame, buf: &mut [u8; ISOTP_BUF], cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(isotp_reassemble(can(), f, buf)), cx)
}
#[inline(never)]
pub fn poll_heartbeat(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(send_heartbeat(can(), node())), cx)
}
#[inline(never)]
pub fn poll_sdo_exchange(req: &[u8; 8], cx: &mut Context<'_>) -> Poll<Result<[u8; 8], Error>> {
    drive(pin!(sdo_exchange(can(), 0x05, req)), cx)
}
#[inline(never)]
pub fn poll_sdo_upload(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(sdo_upload(can(), 0x05, 0x1018, 1)), cx)
}
#[inline(never)]
pub fn poll_node_main(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(node_main(can(), node(), 0x001c_0005)), cx)
}
#[inline(never)]
pub fn poll_check_remote(expect: &[u32; 4], cx: &mut Context<'_>) -> Poll<Result<[u32; 4], Error>> {
    drive(pin!(check_remote(can(), 0x05, expect, 500)), cx)
}
