//! Calibration crate `fw-ota` (firmware style, no_std): a firmware update over a UART link
//! (framed chunks with CRC-16, ACK/NAK, resend and duplicate detection) into the inactive
//! slot of the internal flash, with read-back verification, a CRC-32 and header check, a
//! boot-state record, a confirm-or-rollback task after the reboot and a progress reporter.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{crc16, crc8, delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal, Uart};

pub static UART_IRQ: Irq = Irq::new();
pub static CONSOLE_IRQ: Irq = Irq::new();
pub static FLASH_IRQ: Irq = Irq::new();
/// Bytes received so far, posted by the receiver for the progress reporter.
pub static PROGRESS: Signal = Signal::new();
/// Health reports of the application after a reboot into a new image (0 = all good).
pub static HEALTH: Signal = Signal::new();

// ------------------------------------------------------------------ UART link

const SR_ORE: u32 = 1 << 3;
const SR_RXNE: u32 = 1 << 5;
const SR_TXE: u32 = 1 << 7;

pub struct HwUart {
    regs: Regs,
    irq: &'static Irq,
}

impl Uart for HwUart {
    async fn read_byte(&mut self) -> Result<u8, Error> {
        loop {
            let sr = self.regs.read(0);
            if sr & SR_ORE != 0 {
                self.regs.read(1);
                return Err(Error::Overflow);
            }
            if sr & SR_RXNE != 0 {
                return Ok(self.regs.read(1) as u8);
            }
            self.irq.wait(SR_RXNE | SR_ORE).await;
        }
    }

    async fn write_all(&mut self, data: &[u8]) -> Result<(), Error> {
        for &b in data {
            while self.regs.read(0) & SR_TXE == 0 {
                timeout(20, self.irq.wait(SR_TXE)).await.map_err(|_| Error::Busy)?;
            }
            self.regs.write(1, b as u32);
        }
        Ok(())
    }
}

pub const SYNC: u8 = 0xa5;
pub const ACK: u8 = 0x06;
pub const NAK: u8 = 0x15;
pub const FLAG_LAST: u8 = 0x01;
pub const CHUNK_MAX: usize = 256;
const MAX_RETRIES: u8 = 5;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Header {
    pub seq: u16,
    pub len: u16,
    pub crc: u16,
    pub flags: u8,
}

/// Hunt for the sync byte, read the header (seq, len, crc16, flags, crc8) and the payload.
pub async fn recv_frame<U: Uart>(u: &mut U, payload: &mut [u8; CHUNK_MAX]) -> Result<Header, Error> {
    let mut skipped = 0usize;
    while u.read_byte().await? != SYNC {
        skipped += 1;
        if skipped > CHUNK_MAX {
            return Err(Error::Protocol(0x01));
        }
    }
    let mut h = [0u8; 8];
    for b in h.iter_mut() {
        *b = timeout(5, u.read_byte()).await??;
    }
    if crc8(&h[..7]) != h[7] {
        return Err(Error::Crc);
    }
    let le = |i: usize| u16::from_le_bytes([h[i], h[i + 1]]);
    let hdr = Header { seq: le(0), len: le(2), crc: le(4), flags: h[6] };
    let len = hdr.len as usize;
    if len == 0 || len > CHUNK_MAX {
        return Err(Error::Protocol(0x02));
    }
    for b in payload[..len].iter_mut() {
        *b = timeout(5, u.read_byte()).await??;
    }
    if crc16(&payload[..len]) != hdr.crc { Err(Error::Crc) } else { Ok(hdr) }
}

pub async fn send_reply<U: Uart>(u: &mut U, kind: u8, seq: u16) -> Result<(), Error> {
    let s = seq.to_le_bytes();
    let mut msg = [SYNC, kind, s[0], s[1], 0];
    msg[4] = crc8(&msg[1..4]);
    u.write_all(&msg).await
}

/// Receive chunk `expect`: ACK it, re-ACK a repeat of the previous one (our ACK was lost),
/// NAK anything else (out of order, bad checksum, timeout), up to `MAX_RETRIES` times.
pub async fn recv_chunk<U: Uart>(u: &mut U, expect: u16, payload: &mut [u8; CHUNK_MAX]) -> Result<Header, Error> {
    let mut retries = 0u8;
    loop {
        let resend = match timeout(300, recv_frame(u, payload)).await {
            Ok(Ok(h)) if h.seq == expect => {
                send_reply(u, ACK, h.seq).await?;
                return Ok(h);
            }
            Ok(Ok(h)) if h.seq == expect.wrapping_sub(1) => {
                send_reply(u, ACK, h.seq).await?;
                false
            }
            Ok(Err(e @ (Error::Bus | Error::Busy))) => return Err(e),
            _ => true,
        };
        retries += 1;
        if retries > MAX_RETRIES {
            return Err(Error::Timeout);
        }
        if resend {
            delay(retries as u32 * 8).await;
            send_reply(u, NAK, expect).await?;
        }
    }
}

// ------------------------------------------------------------------ internal flash controller

const FLASH_BASE: usize = 0x0800_0000;
const KEYR: usize = 1;
const SR: usize = 3;
const CR: usize = 4;
const AR: usize = 5;
const FSR_BSY: u32 = 1 << 0;
const FSR_PGERR: u32 = 1 << 2;
const FSR_EOP: u32 = 1 << 5;
const FCR_PG: u32 = 1 << 0;
const FCR_PER: u32 = 1 << 1;
const FCR_STRT: u32 = 1 << 6;
const FCR_LOCK: u32 = 1 << 7;
const FCR_EOPIE: u32 = 1 << 12;
const IRQ_EOP: u32 = 1;
const IRQ_ERR: u32 = 2;

pub const PAGE_WORDS: usize = 64;
pub const PAGE_BYTES: usize = PAGE_WORDS * 4;
pub const SLOT_PAGES: usize = 480;
pub const RECORD_PAGE: usize = 31;

pub const fn slot_first_page(slot: u8) -> usize {
    RECORD_PAGE + 1 + (slot as usize & 1) * SLOT_PAGES
}

pub struct FlashCtl {
    regs: Regs,
    mem: Regs,
    irq: &'static Irq,
}

impl FlashCtl {
    fn unlock(&mut self) -> Result<(), Error> {
        if self.regs.read(CR) & FCR_LOCK != 0 {
            self.regs.write(KEYR, 0x4567_0123);
            self.regs.write(KEYR, 0xcdef_89ab);
        }
        if self.regs.read(CR) & FCR_LOCK != 0 { Err(Error::Protocol(0x10)) } else { Ok(()) }
    }

    fn lock(&mut self) {
        self.regs.modify(CR, FCR_PG | FCR_PER | FCR_EOPIE, FCR_LOCK);
    }

    /// Busy polling with a deadline; the end-of-operation interrupt cuts each wait short.
    pub async fn wait_ready(&mut self, max_ticks: u32) -> Result<(), Error> {
        let start = rt::now();
        let sr = loop {
            let sr = self.regs.read(SR);
            if sr & FSR_BSY == 0 {
                break sr;
            }
            if rt::now().wrapping_sub(start) > max_ticks {
                return Err(Error::Timeout);
            }
            let _ = select(self.irq.wait(IRQ_EOP), delay(1)).await;
        };
        self.regs.write(SR, FSR_EOP | FSR_PGERR);
        if sr & FSR_PGERR != 0 { Err(Error::Bus) } else { Ok(()) }
    }

    pub async fn erase_page(&mut self, page: usize) -> Result<(), Error> {
        self.wait_ready(10).await?;
        self.unlock()?;
        self.regs.modify(CR, FCR_PG, FCR_PER | FCR_EOPIE);
        self.regs.write(AR, (FLASH_BASE + page * PAGE_BYTES) as u32);
        self.regs.modify(CR, 0, FCR_STRT);
        let r = match timeout(40, self.irq.wait(IRQ_EOP | IRQ_ERR)).await {
            Ok(bits) if bits & IRQ_ERR != 0 => Err(Error::Bus),
            Ok(_) => self.wait_ready(2).await,
            Err(e) => Err(e),
        };
        self.lock();
        r?;
        let base = page * PAGE_WORDS;
        if (0..PAGE_WORDS).any(|i| self.mem.read(base + i) != u32::MAX) {
            return Err(Error::Protocol(0x12));
        }
        Ok(())
    }

    pub async fn program_page(&mut self, page: usize, words: &[u32; PAGE_WORDS]) -> Result<(), Error> {
        self.wait_ready(10).await?;
        self.unlock()?;
        self.regs.modify(CR, FCR_PER, FCR_PG);
        let base = page * PAGE_WORDS;
        let mut result = Ok(());
        for (i, &w) in words.iter().enumerate().filter(|&(_, &w)| w != u32::MAX) {
            self.mem.write(base + i, w);
            if let Err(e) = self.wait_ready(2).await {
                result = Err(e);
                break;
            }
        }
        self.lock();
        result
    }

    pub async fn verify_page(&mut self, page: usize, words: &[u32; PAGE_WORDS]) -> Result<(), Error> {
        let base = page * PAGE_WORDS;
        for block in 0..PAGE_WORDS / 16 {
            for i in block * 16..block * 16 + 16 {
                if self.mem.read(base + i) != words[i] {
                    return Err(Error::Crc);
                }
            }
            yield_now().await;
        }
        Ok(())
    }

    /// Erase, program and read back one page, three attempts; returns the attempts used.
    pub async fn write_page(&mut self, page: usize, words: &[u32; PAGE_WORDS]) -> Result<u8, Error> {
        let mut last = Error::Busy;
        for attempt in 1..=3u8 {
            let r = match self.erase_page(page).await {
                Ok(()) => match self.program_page(page, words).await {
                    Ok(()) => self.verify_page(page, words).await,
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            match r {
                Ok(()) => return Ok(attempt),
                Err(e) => last = e,
            }
            delay(5).await;
        }
        Err(last)
    }
}

// ------------------------------------------------------------------ CRC-32, image header

pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    crc
}

pub const IMAGE_MAGIC: u32 = 0x3141_544f;
pub const HDR_WORDS: usize = 8;
pub const HDR_BYTES: usize = HDR_WORDS * 4;
pub static EXPECTED_SIG: [u8; 16] = [
    0x9e, 0x21, 0x4c, 0x07, 0xd3, 0x5a, 0x88, 0x10, 0x6f, 0xb2, 0x3d, 0xe4, 0x41, 0x0c, 0x97, 0x5b,
];

/// magic, version, body length, body CRC-32, 16-byte signature.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ImageHeader {
    pub version: u32,
    pub length: u32,
    pub crc: u32,
    pub sig: [u8; 16],
}

impl ImageHeader {
    pub fn parse(w: &[u32]) -> Result<ImageHeader, Error> {
        if w[0] != IMAGE_MAGIC {
            return Err(Error::Protocol(0x20));
        }
        let mut sig = [0u8; 16];
        for (i, word) in w[4..8].iter().enumerate() {
            sig[i * 4..i * 4 + 4].copy_from_slice(&word.to_le_bytes());
        }
        Ok(ImageHeader { version: w[1], length: w[2], crc: w[3], sig })
    }

    pub fn check(&self, min_version: u32) -> Result<(), Error> {
        if self.version < min_version {
            return Err(Error::Protocol(0x21));
        }
        if self.length == 0 || self.length as usize > SLOT_PAGES * PAGE_BYTES - HDR_BYTES {
            return Err(Error::Overflow);
        }
        let diff = self.sig.iter().zip(EXPECTED_SIG.iter()).fold(0u8, |d, (a, b)| d | (a ^ b));
        if diff != 0 { Err(Error::Protocol(0x22)) } else { Ok(()) }
    }
}

// ------------------------------------------------------------------ boot-state record

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BootState {
    Idle,
    Receiving { next_seq: u16 },
    Verifying,
    Pending { slot: u8, trials: u8 },
    Confirmed { slot: u8 },
    RolledBack { slot: u8 },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    Begin,
    Chunk(u16),
    Complete,
    Verified(u8),
    Invalid,
    Booted,
    Healthy,
    Unhealthy,
}

pub const MAX_TRIALS: u8 = 3;

pub fn step(s: BootState, e: Event) -> Result<BootState, Error> {
    use BootState::*;
    Ok(match (s, e) {
        (Idle | Confirmed { .. } | RolledBack { .. }, Event::Begin) => Receiving { next_seq: 0 },
        (Receiving { next_seq }, Event::Chunk(n)) if n == next_seq => Receiving { next_seq: n.wrapping_add(1) },
        (Receiving { .. }, Event::Complete) => Verifying,
        (Receiving { .. } | Verifying, Event::Invalid) => Idle,
        (Verifying, Event::Verified(slot)) => Pending { slot, trials: 0 },
        (Pending { slot, trials }, Event::Booted) if trials < MAX_TRIALS => Pending { slot, trials: trials + 1 },
        (Pending { slot, .. }, Event::Booted | Event::Unhealthy) => RolledBack { slot },
        (Pending { slot, .. }, Event::Healthy) => Confirmed { slot },
        (s, Event::Booted) => s,
        _ => return Err(Error::Protocol(0x30)),
    })
}

const RECORD_MAGIC: u32 = 0xb007_5e7d;

/// The record kept in `RECORD_PAGE`: magic, state, active slot, versions, CRC-32.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BootRecord {
    pub state: BootState,
    pub active: u8,
    pub version: u32,
    pub pending_version: u32,
}

fn record_crc(w: &[u32]) -> u32 {
    !w.iter().fold(!0u32, |c, &x| crc32_update(c, &x.to_le_bytes()))
}

impl BootRecord {
    fn encode(&self) -> [u32; PAGE_WORDS] {
        let (tag, arg) = match self.state {
            BootState::Idle => (0, 0),
            BootState::Receiving { next_seq } => (1, next_seq as u32),
            BootState::Verifying => (2, 0),
            BootState::Pending { slot, trials } => (3, (slot as u32) << 8 | trials as u32),
            BootState::Confirmed { slot } => (4, slot as u32),
            BootState::RolledBack { slot } => (5, slot as u32),
        };
        let mut w = [u32::MAX; PAGE_WORDS];
        w[..5].copy_from_slice(&[RECORD_MAGIC, tag << 24 | arg, self.active as u32, self.version, self.pending_version]);
        w[5] = record_crc(&w[..5]);
        w
    }

    pub fn load(flash: &FlashCtl) -> Result<Self, Error> {
        let mut w = [0u32; 6];
        for (i, x) in w.iter_mut().enumerate() {
            *x = flash.mem.read(RECORD_PAGE * PAGE_WORDS + i);
        }
        if w[0] != RECORD_MAGIC || record_crc(&w[..5]) != w[5] {
            return Err(Error::Crc);
        }
        let (slot, low) = ((w[1] >> 8) as u8, w[1] as u8);
        let state = match w[1] >> 24 {
            0 => BootState::Idle,
            1 => BootState::Receiving { next_seq: w[1] as u16 },
            2 => BootState::Verifying,
            3 => BootState::Pending { slot, trials: low },
            4 => BootState::Confirmed { slot: low },
            5 => BootState::RolledBack { slot: low },
            t => return Err(Error::Protocol(t as u8)),
        };
        Ok(BootRecord { state, active: w[2] as u8 & 1, version: w[3], pending_version: w[4] })
    }
}

/// Apply `ev` to the record; persist every transition except the per-chunk ones.
pub async fn advance(flash: &mut FlashCtl, rec: &mut BootRecord, ev: Event) -> Result<BootState, Error> {
    rec.state = step(rec.state, ev)?;
    if !matches!(ev, Event::Chunk(_)) {
        flash.write_page(RECORD_PAGE, &rec.encode()).await?;
    }
    Ok(rec.state)
}

// ------------------------------------------------------------------ update tasks

/// Receive the image into the inactive slot page by page, with a running CRC-32 over the
/// body; the header is checked as soon as its 32 bytes are in.
pub async fn receive_image<U: Uart>(u: &mut U, flash: &mut FlashCtl, rec: &mut BootRecord) -> Result<ImageHeader, Error> {
    let first = slot_first_page(rec.active ^ 1);
    advance(flash, rec, Event::Begin).await?;
    let mut payload = [0u8; CHUNK_MAX];
    let mut words = [u32::MAX; PAGE_WORDS];
    let (mut page, mut fill, mut total, mut seq, mut crc) = (first, 0usize, 0usize, 0u16, !0u32);
    let mut header = None;
    loop {
        let h = recv_chunk(u, seq, &mut payload).await?;
        advance(flash, rec, Event::Chunk(seq)).await?;
        seq = seq.wrapping_add(1);
        for &b in &payload[..h.len as usize] {
            let shift = 8 * (fill % 4);
            words[fill / 4] = (words[fill / 4] & !(0xff << shift)) | ((b as u32) << shift);
            if total >= HDR_BYTES {
                crc = crc32_update(crc, &[b]);
            }
            fill += 1;
            total += 1;
            if total == HDR_BYTES {
                let hdr = ImageHeader::parse(&words[..HDR_WORDS])?;
                hdr.check(rec.version.wrapping_add(1))?;
                header = Some(hdr);
            }
            if fill == PAGE_BYTES {
                if page >= first + SLOT_PAGES {
                    return Err(Error::Overflow);
                }
                flash.write_page(page, &words).await?;
                (words, fill, page) = ([u32::MAX; PAGE_WORDS], 0, page + 1);
            }
        }
        PROGRESS.send(total as u32);
        if h.flags & FLAG_LAST != 0 {
            break;
        }
    }
    if fill > 0 {
        flash.write_page(page, &words).await?;
    }
    let hdr: ImageHeader = header.ok_or(Error::Protocol(0x23))?;
    if total != hdr.length as usize + HDR_BYTES || !crc != hdr.crc {
        return Err(Error::Crc);
    }
    advance(flash, rec, Event::Complete).await?;
    Ok(hdr)
}

/// CRC-32 of the image body as stored in `slot`, read back word by word.
pub async fn slot_crc32(flash: &FlashCtl, slot: u8, len: u32) -> u32 {
    let base = slot_first_page(slot) * PAGE_WORDS + HDR_WORDS;
    let word_at = |i: usize| flash.mem.read(base + i).to_le_bytes();
    let (full, rest) = (len as usize / 4, len as usize % 4);
    let mut crc = !0u32;
    for i in 0..full {
        crc = crc32_update(crc, &word_at(i));
        if i % PAGE_WORDS == PAGE_WORDS - 1 {
            yield_now().await;
        }
    }
    !crc32_update(crc, &word_at(full)[..rest])
}

/// Re-read header and body from flash, compare with what was received, mark the slot
/// pending and read the record back; on a mismatch go back to Idle.
pub async fn verify_image(flash: &mut FlashCtl, rec: &mut BootRecord, expect: &ImageHeader) -> Result<(), Error> {
    let slot = rec.active ^ 1;
    let mut hw = [0u32; HDR_WORDS];
    for (i, w) in hw.iter_mut().enumerate() {
        *w = flash.mem.read(slot_first_page(slot) * PAGE_WORDS + i);
    }
    let verdict = match ImageHeader::parse(&hw) {
        Ok(h) if h != *expect => Err(Error::Protocol(0x25)),
        Ok(h) => match timeout(2_000, slot_crc32(flash, slot, h.length)).await {
            Ok(c) if c == h.crc => Ok(h),
            Ok(_) => Err(Error::Crc),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    let hdr = match verdict {
        Ok(h) => h,
        Err(e) => {
            advance(flash, rec, Event::Invalid).await?;
            return Err(e);
        }
    };
    rec.pending_version = hdr.version;
    advance(flash, rec, Event::Verified(slot)).await?;
    if BootRecord::load(flash)? != *rec { Err(Error::Crc) } else { Ok(()) }
}

/// Wait for `needed` good health reports in a row; a fatal report means rollback.
pub async fn await_health(needed: u8) -> Event {
    let mut good = 0u8;
    loop {
        match HEALTH.recv().await {
            0 => {
                good += 1;
                if good >= needed {
                    return Event::Healthy;
                }
            }
            code if code & 0x8000_0000 != 0 => return Event::Unhealthy,
            _ => good = 0,
        }
    }
}

/// After a reboot into a pending image: count the trial, then confirm it or roll back.
pub async fn confirm_or_rollback(flash: &mut FlashCtl, rec: &mut BootRecord, window: u32) -> Result<BootState, Error> {
    let BootState::Pending { slot, .. } = rec.state else {
        return Ok(rec.state);
    };
    let mut next = advance(flash, rec, Event::Booted).await?;
    if let BootState::Pending { .. } = next {
        let verdict = timeout(window, await_health(3)).await.unwrap_or(Event::Unhealthy);
        next = step(next, verdict)?;
        if let BootState::Confirmed { slot } = next {
            rec.active = slot;
            rec.version = rec.pending_version;
        }
        rec.state = next;
        flash.write_page(RECORD_PAGE, &rec.encode()).await?;
    }
    if let BootState::RolledBack { .. } = next {
        flash.erase_page(slot_first_page(slot)).await?;
    }
    Ok(next)
}

/// Report progress on the console: on every chunk, or every `period` ticks while stalled.
pub async fn progress_reporter<U: Uart>(u: &mut U, total: u32, period: u32) -> Result<u32, Error> {
    let (mut received, mut stalls) = (0u32, 0u8);
    while received < total {
        match select(PROGRESS.recv(), delay(period)).await {
            Either::Left(n) => (received, stalls) = (n, 0),
            Either::Right(()) if stalls >= 20 => {
                u.write_all(b"#STALL\r\n").await?;
                return Err(Error::Timeout);
            }
            Either::Right(()) => stalls += 1,
        }
        let pct = ((received / 256).saturating_mul(100) / (total / 256).max(1)).min(100);
        let r = received.to_le_bytes();
        let mut msg = [b'#', b'P', pct as u8, r[0], r[1], r[2], r[3], 0];
        msg[7] = crc8(&msg[..7]);
        u.write_all(&msg).await?;
    }
    Ok(received)
}

// ------------------------------------------------------------------ entry points

fn uart() -> HwUart {
    HwUart { regs: Regs::at(0x4001_1000), irq: &UART_IRQ }
}
fn console() -> HwUart {
    HwUart { regs: Regs::at(0x4000_4400), irq: &CONSOLE_IRQ }
}
fn flash() -> FlashCtl {
    FlashCtl { regs: Regs::at(0x4002_2000), mem: Regs::at(FLASH_BASE), irq: &FLASH_IRQ }
}
fn record(fl: &FlashCtl) -> BootRecord {
    let idle = BootRecord { state: BootState::Idle, active: 0, version: 0, pending_version: 0 };
    BootRecord::load(fl).unwrap_or(idle)
}

#[inline(never)]
pub fn poll_read_byte(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    let mut u = uart();
    drive(pin!(u.read_byte()), cx)
}
#[inline(never)]
pub fn poll_write_all(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut u = uart();
    drive(pin!(u.write_all(data)), cx)
}
#[inline(never)]
pub fn poll_recv_frame(payload: &mut [u8; CHUNK_MAX], cx: &mut Context<'_>) -> Poll<Result<Header, Error>> {
    let mut u = uart();
    drive(pin!(recv_frame(&mut u, payload)), cx)
}
#[inline(never)]
pub fn poll_send_reply(seq: u16, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut u = uart();
    drive(pin!(send_reply(&mut u, ACK, seq)), cx)
}
#[inline(never)]
pub fn poll_recv_chunk(payload: &mut [u8; CHUNK_MAX], cx: &mut Context<'_>) -> Poll<Result<Header, Error>> {
    let mut u = uart();
    drive(pin!(recv_chunk(&mut u, 7, payload)), cx)
}
#[inline(never)]
pub fn poll_wait_ready(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut fl = flash();
    drive(pin!(fl.wait_ready(20)), cx)
}
#[inline(never)]
pub fn poll_erase_page(page: usize, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut fl = flash();
    drive(pin!(fl.erase_page(page)), cx)
}
#[inline(never)]
pub fn poll_program_page(words: &[u32; PAGE_WORDS], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut fl = flash();
    drive(pin!(fl.program_page(slot_first_page(1), words)), cx)
}
#[inline(never)]
pub fn poll_verify_page(words: &[u32; PAGE_WORDS], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut fl = flash();
    drive(pin!(fl.verify_page(slot_first_page(1), words)), cx)
}
#[inline(never)]
pub fn poll_write_page(page: usize, words: &[u32; PAGE_WORDS], cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    let mut fl = flash();
    drive(pin!(fl.write_page(page, words)), cx)
}
#[inline(never)]
pub fn poll_advance(rec: &mut BootRecord, ev: Event, cx: &mut Context<'_>) -> Poll<Result<BootState, Error>> {
    let mut fl = flash();
    drive(pin!(advance(&mut fl, rec, ev)), cx)
}
#[inline(never)]
pub fn poll_receive_image(rec: &mut BootRecord, cx: &mut Context<'_>) -> Poll<Result<ImageHeader, Error>> {
    let (mut u, mut fl) = (uart(), flash());
    drive(pin!(receive_image(&mut u, &mut fl, rec)), cx)
}
#[inline(never)]
pub fn poll_slot_crc32(len: u32, cx: &mut Context<'_>) -> Poll<u32> {
    let fl = flash();
    drive(pin!(slot_crc32(&fl, 1, len)), cx)
}
#[inline(never)]
pub fn poll_verify_image(rec: &mut BootRecord, expect: &ImageHeader, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let mut fl = flash();
    drive(pin!(verify_image(&mut fl, rec, expect)), cx)
}
#[inline(never)]
pub fn poll_await_health(cx: &mut Context<'_>) -> Poll<Event> {
    drive(pin!(await_health(3)), cx)
}
#[inline(never)]
pub fn poll_confirm(rec: &mut BootRecord, cx: &mut Context<'_>) -> Poll<Result<BootState, Error>> {
    let mut fl = flash();
    drive(pin!(confirm_or_rollback(&mut fl, rec, 30_000)), cx)
}
#[inline(never)]
pub fn poll_progress(total: u32, cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    let mut con = console();
    drive(pin!(progress_reporter(&mut con, total, 1_000)), cx)
}
#[inline(never)]
pub fn poll_ota_session(cx: &mut Context<'_>) -> Poll<Result<BootState, Error>> {
    let (mut link, mut fl) = (uart(), flash());
    let mut rec = record(&fl);
    drive(
        pin!(async move {
            let slot = rec.active ^ 1;
            let hdr = match receive_image(&mut link, &mut fl, &mut rec).await {
                Ok(h) => h,
                Err(e) => {
                    let _ = send_reply(&mut link, NAK, u16::MAX).await;
                    let _ = advance(&mut fl, &mut rec, Event::Invalid).await;
                    return Err(e);
                }
            };
            if let Err(e) = verify_image(&mut fl, &mut rec, &hdr).await {
                fl.erase_page(slot_first_page(slot)).await?;
                return Err(e);
            }
            link.write_all(b"#REBOOT\r\n").await?;
            delay(10).await;
            Ok(rec.state)
        }),
        cx,
    )
}
#[inline(never)]
pub fn poll_boot_task(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    let (mut fl, mut con) = (flash(), console());
    let mut rec = record(&fl);
    drive(
        pin!(async move {
            let msg: &[u8] = match confirm_or_rollback(&mut fl, &mut rec, 30_000).await? {
                BootState::Confirmed { .. } => b"#CONFIRMED\r\n",
                BootState::RolledBack { .. } => b"#ROLLBACK\r\n",
                _ => b"#BOOT\r\n",
            };
            con.write_all(msg).await?;
            Ok(rec.active)
        }),
        cx,
    )
}
