//! Calibration crate `fw-gnss` (firmware style, no_std): a GNSS tracker: an interrupt-fed UART
//! ring, NMEA lines with `*XX` checksums and GGA/RMC parsing into fixed point, UBX-like
//! configuration with ACK/NAK and retries, a fix state machine, a geofence and a flash logger.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::sync::atomic::{AtomicU32, Ordering::{Acquire, Relaxed, Release}};
use core::task::{Context, Poll};
use rt::{crc8, delay, drive, now, select, timeout, yield_now, Either, Error, Irq, Regs, Signal, Uart};

pub static UART_IRQ: Irq = Irq::new();
pub static FLASH_IRQ: Irq = Irq::new();
pub static STOP: Signal = Signal::new();

const USART1: Regs = Regs::at(0x4001_3800);
const GPIOB: Regs = Regs::at(0x4001_0c00);
const SR_FE: u32 = 0x02;
const SR_ORE: u32 = 0x08;

/// Receive ring filled by the interrupt: the byte and its error flags.
static RX_SLOTS: [AtomicU32; 128] = [const { AtomicU32::new(0) }; 128];
static RX_HEAD: AtomicU32 = AtomicU32::new(0);
static RX_TAIL: AtomicU32 = AtomicU32::new(0);

pub fn usart1_isr() {
    let sr = USART1.read(0);
    if sr & (0x20 | SR_ORE) != 0 {
        let h = RX_HEAD.load(Relaxed);
        if h.wrapping_sub(RX_TAIL.load(Acquire)) < 128 {
            RX_SLOTS[(h % 128) as usize].store((USART1.read(1) & 0xff) | (sr & (SR_FE | SR_ORE)) << 8, Relaxed);
            RX_HEAD.store(h.wrapping_add(1), Release);
        }
        UART_IRQ.raise(1);
    }
}

pub struct GnssUart(pub Regs);

impl Uart for GnssUart {
    async fn read_byte(&mut self) -> Result<u8, Error> {
        let t = RX_TAIL.load(Relaxed);
        while t == RX_HEAD.load(Acquire) {
            UART_IRQ.wait(1).await;
        }
        let w = RX_SLOTS[(t % 128) as usize].load(Relaxed);
        RX_TAIL.store(t.wrapping_add(1), Release);
        match w >> 8 {
            0 => Ok(w as u8),
            e => Err(if e & SR_ORE != 0 { Error::Overflow } else { Error::Bus }),
        }
    }

    async fn write_all(&mut self, data: &[u8]) -> Result<(), Error> {
        for &b in data {
            while self.0.read(0) & 0x80 == 0 {
                yield_now().await; // TXE: a byte time at most
            }
            self.0.write(1, b as u32);
        }
        Ok(())
    }
}

/// Assemble one line from '$' to LF; anything before the '$' is dropped.
pub async fn read_sentence<U: Uart>(u: &mut U, buf: &mut [u8; 84]) -> Result<usize, Error> {
    let mut len = 0;
    loop {
        match u.read_byte().await? {
            b'$' => (buf[0], len) = (b'$', 1),
            _ if len == 0 => {}
            b'\n' => return Ok(len),
            b'\r' => {}
            c @ 0x20..=0x7e if len < buf.len() => {
                buf[len] = c;
                len += 1;
            }
            0x20..=0x7e => return Err(Error::Overflow),
            _ => len = 0,
        }
    }
}

/// The next line whose `*XX` checksum matches; its body is `buf[1..1 + n]`.
pub async fn next_sentence<U: Uart>(u: &mut U, buf: &mut [u8; 84], bad: &mut u32) -> Result<usize, Error> {
    loop {
        let n = match timeout(1500, read_sentence(u, buf)).await? {
            Ok(n) if n >= 4 && buf[n - 3] == b'*' => n - 3,
            Ok(_) | Err(Error::Overflow | Error::Bus) => {
                *bad += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        let want = core::str::from_utf8(&buf[n + 1..n + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
        if want == Some(buf[1..n].iter().fold(0, |a, &c| a ^ c)) {
            return Ok(n - 1);
        }
        *bad += 1;
    }
}

#[derive(Clone, Copy, Default)]
pub struct Fix {
    pub time_cs: u32,
    pub lat_ud: i32,
    pub lon_ud: i32,
    pub speed_cms: u16,
    pub sats: u8,
    pub quality: u8,
}

/// A decimal number times 10^scale; extra fraction digits are dropped.
fn decimal(s: &[u8], scale: usize) -> Option<u32> {
    let mut parts = s.splitn(2, |&c| c == b'.');
    let (int, frac) = (parts.next()?, parts.next().unwrap_or(b""));
    let frac = frac.iter().chain(core::iter::repeat(&b'0')).take(scale);
    int.iter().chain(frac).try_fold(0u32, |v, &c| match c {
        b'0'..=b'9' => v.checked_mul(10)?.checked_add((c - b'0') as u32),
        _ => None,
    })
}

/// `dddmm.mmmmm` and a hemisphere to micro-degrees.
fn coord(s: &[u8], hemi: &[u8]) -> Option<i32> {
    let v = decimal(s, 5)?;
    let (deg, min_e5) = (v / 10_000_000, v % 10_000_000);
    (deg <= 180 && min_e5 < 6_000_000).then_some(())?;
    let ud = (deg * 1_000_000 + min_e5 / 6) as i32;
    match hemi {
        b"N" | b"E" => Some(ud),
        b"S" | b"W" => Some(-ud),
        _ => None,
    }
}

/// GGA updates time, position and satellites (true: a new position), RMC ('A') the speed.
pub fn parse(body: &[u8], fix: &mut Fix) -> Option<bool> {
    let mut fields = body.split(|&c| c == b',');
    let f: [&[u8]; 10] = core::array::from_fn(|_| fields.next().unwrap_or(&[]));
    let t = decimal(f[1], 2)?; // hhmmss.ss
    let time_cs = (t / 1_000_000 * 3600 + t / 10_000 % 100 * 60) * 100 + t % 10_000;
    match f[0].get(2..)? {
        b"GGA" => {
            let (lat_ud, lon_ud) = (coord(f[2], f[3])?, coord(f[4], f[5])?);
            let quality = decimal(f[6], 0)?.min(3) as u8;
            let sats = decimal(f[7], 0)?.min(63) as u8;
            *fix = Fix { time_cs, lat_ud, lon_ud, sats, quality, ..*fix };
            Some(quality > 0 && sats >= 4)
        }
        b"RMC" if f[2] == b"A" => {
            fix.speed_cms = (decimal(f[7], 2).unwrap_or(0) as f32 * 0.514_44).min(65_535.0) as u16;
            Some(false)
        }
        _ => None,
    }
}

fn fletcher(data: &[u8]) -> [u8; 2] {
    data.iter().fold([0u8; 2], |[a, b], &x| [a.wrapping_add(x), b.wrapping_add(a.wrapping_add(x))])
}

pub async fn ubx_send<U: Uart>(u: &mut U, class: u8, id: u8, payload: &[u8]) -> Result<(), Error> {
    let (mut frame, end) = ([0u8; 48], 6 + payload.len());
    frame.get_mut(6..end + 2).ok_or(Error::Overflow)?[..payload.len()].copy_from_slice(payload);
    frame[..6].copy_from_slice(&[0xb5, 0x62, class, id, payload.len() as u8, 0]);
    let ck = fletcher(&frame[2..end]);
    frame[end..end + 2].copy_from_slice(&ck);
    u.write_all(&frame[..end + 2]).await
}

/// Scan the stream (NMEA interleaved) for ACK-ACK or ACK-NAK of `class`/`id`.
pub async fn ubx_wait_ack<U: Uart>(u: &mut U, class: u8, id: u8) -> Result<(), Error> {
    loop {
        if u.read_byte().await? != 0xb5 || u.read_byte().await? != 0x62 {
            continue;
        }
        let mut msg = [0u8; 8];
        for b in msg.iter_mut() {
            *b = u.read_byte().await?;
        }
        if msg[0] == 0x05 && msg[2..6] == [2, 0, class, id] && fletcher(&msg[..6]) == msg[6..] {
            return if msg[1] == 0x01 { Ok(()) } else { Err(Error::Nack) };
        }
    }
}

/// Send until acknowledged: a NAK is retried once, silence three times.
pub async fn ubx_configure<U: Uart>(u: &mut U, class: u8, id: u8, payload: &[u8]) -> Result<(), Error> {
    let mut tries = 0;
    loop {
        ubx_send(u, class, id, payload).await?;
        match timeout(300, ubx_wait_ack(u, class, id)).await.and_then(|r| r) {
            Ok(()) => return Ok(()),
            Err(Error::Nack) if tries >= 1 => return Err(Error::Nack),
            Err(e) if tries >= 3 => return Err(e),
            Err(_) => tries += 1,
        }
        delay(50 * tries).await;
    }
}

pub async fn set_rate<U: Uart>(u: &mut U, period_ms: u16) -> Result<(), Error> {
    let [lo, hi] = period_ms.max(50).to_le_bytes();
    ubx_configure(u, 0x06, 0x08, &[lo, hi, 1, 0, 1, 0]).await
}

/// CFG-MSG for the NMEA class: GGA and RMC on, the chatty rest off; a mask of failures.
pub async fn enable_messages<U: Uart>(u: &mut U, period_ms: u16) -> Result<u8, Error> {
    const WANT: [(u8, u8); 6] = [(0x00, 1), (0x01, 0), (0x02, 0), (0x03, 0), (0x04, 1), (0x05, 0)];
    let mut failed = 0u8;
    let mut set_msg = async |msg: u8, rate: u8| ubx_configure(&mut *u, 0x06, 0x01, &[0xf0, msg, rate]).await;
    for (i, &(msg, rate)) in WANT.iter().enumerate() {
        if set_msg(msg, rate).await.is_err() {
            failed |= 1 << i;
        }
    }
    set_rate(u, period_ms).await?;
    Ok(failed)
}

pub async fn init_receiver(gps: &mut GnssUart) -> Result<(), Error> {
    GPIOB.write(4, 1 << 21);
    delay(10).await;
    GPIOB.write(4, 1 << 5);
    let _ = timeout(1000, gps.read_byte()).await;
    match enable_messages(gps, 200).await? {
        failed if failed & 0b1_0001 != 0 => Err(Error::Protocol(failed)),
        _ => ubx_configure(gps, 0x06, 0x24, &[0x01, 0, 4, 0, 0, 0, 0, 0]).await, // NAV5: automotive
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FixState {
    ColdStart,
    Acquiring { since: u32 },
    Fixed { last: u32 },
    Lost { since: u32 },
}

pub struct Tracker {
    pub state: FixState,
    pub fix: Fix,
    pub line: [u8; 84],
    pub bad: u32,
    pub fence: [(i32, i32); 6],
    pub inside: bool,
}

impl Tracker {
    /// Consume one sentence and advance the state; a new fix comes out of a good GGA.
    pub async fn step<U: Uart>(&mut self, u: &mut U) -> Result<Option<Fix>, Error> {
        if self.state == FixState::ColdStart {
            ubx_configure(u, 0x06, 0x04, &[0xff, 0xff, 0x02, 0x00]).await?;
            self.state = FixState::Acquiring { since: now() };
        }
        let fresh = match next_sentence(u, &mut self.line, &mut self.bad).await {
            Ok(n) => parse(&self.line[1..1 + n], &mut self.fix).unwrap_or(false),
            Err(Error::Timeout) => false,
            Err(e) => return Err(e),
        };
        let t = now();
        self.state = match (self.state, fresh) {
            (_, true) => FixState::Fixed { last: t },
            (FixState::Fixed { last }, _) if t.wrapping_sub(last) > 3_000 => FixState::Lost { since: t },
            (FixState::Lost { since }, _) if t.wrapping_sub(since) > 60_000 => FixState::ColdStart,
            (FixState::Acquiring { since }, _) if t.wrapping_sub(since) > 120_000 => FixState::ColdStart,
            (s, _) => s,
        };
        Ok(fresh.then_some(self.fix))
    }

    /// Even-odd ray casting over the fence polygon, in micro-degrees.
    pub fn in_fence(&self, lat: i32, lon: i32) -> bool {
        let pts = &self.fence;
        let mut inside = false;
        for (i, &(alat, alon)) in pts.iter().enumerate() {
            let (blat, blon) = pts[(i + pts.len() - 1) % pts.len()];
            if (alat > lat) != (blat > lat) {
                let dx = (blon as i64 - alon as i64) * (lat as i64 - alat as i64);
                inside ^= (lon as i64) < alon as i64 + dx / (blat as i64 - alat as i64);
            }
        }
        inside
    }
}

pub struct Logger {
    pub buf: [u8; 256],
    pub used: usize,
    pub flash: Regs,
    pub addr: u32,
}

impl Logger {
    async fn wait_ready(&mut self) -> Result<(), Error> {
        while self.flash.read(3) & 1 != 0 {
            timeout(50, FLASH_IRQ.wait(1)).await?;
        }
        let sr = self.flash.read(3);
        self.flash.write(3, sr);
        if sr & 0x14 != 0 { Err(Error::Bus) } else { Ok(()) }
    }

    /// Program the batch word by word into the (erased) log area, wrapping at its end.
    pub async fn flush(&mut self) -> Result<usize, Error> {
        self.flash.write(1, 0x4567_0123);
        self.flash.write(1, 0xcdef_89ab);
        for i in (0..self.used).step_by(4) {
            self.addr = if self.addr >= 0x0808_0000 { 0x0806_0000 } else { self.addr };
            self.flash.write(4, 1);
            let w = [self.buf[i], self.buf[i + 1], self.buf[i + 2], self.buf[i + 3]];
            Regs::at(self.addr as usize).write(0, u32::from_le_bytes(w));
            self.wait_ready().await?;
            self.addr += 4;
        }
        self.flash.write(4, 1 << 7);
        Ok(core::mem::take(&mut self.used))
    }

    pub async fn log(&mut self, fix: &Fix) -> Result<(), Error> {
        if self.used + 16 > self.buf.len() {
            self.flush().await?;
        }
        let r = &mut self.buf[self.used..self.used + 16];
        r[0..4].copy_from_slice(&fix.time_cs.to_le_bytes());
        r[4..8].copy_from_slice(&fix.lat_ud.to_le_bytes());
        r[8..12].copy_from_slice(&fix.lon_ud.to_le_bytes());
        r[12..14].copy_from_slice(&fix.speed_cms.to_le_bytes());
        r[14] = fix.sats | fix.quality << 6;
        r[15] = crc8(&r[..15]);
        self.used += 16;
        Ok(())
    }
}

/// The tracker task: bring the receiver up, then fix, fence and log until STOP.
pub async fn run<H: Uart>(gps: &mut GnssUart, host: &mut H, trk: &mut Tracker, log: &mut Logger) -> Result<u32, Error> {
    init_receiver(gps).await?;
    let mut fixes = 0u32;
    loop {
        let stop = async {
            let code = STOP.recv().await;
            delay(2).await;
            code
        };
        let fix = match select(trk.step(gps), stop).await {
            Either::Right(_) => break,
            Either::Left(Ok(Some(f))) => f,
            Either::Left(Ok(None) | Err(Error::Overflow | Error::Bus)) => continue,
            Either::Left(Err(e)) => {
                log.flush().await?;
                return Err(e);
            }
        };
        fixes += 1;
        if trk.in_fence(fix.lat_ud, fix.lon_ud) != trk.inside {
            trk.inside = !trk.inside;
            let mut ev = [0xa5, if trk.inside { b'E' } else { b'X' }, 0, 0, 0, 0, 0];
            ev[2..6].copy_from_slice(&fix.time_cs.to_le_bytes());
            ev[6] = crc8(&ev[..6]);
            host.write_all(&ev).await?;
        }
        log.log(&fix).await?;
    }
    log.flush().await?;
    ubx_send(gps, 0x02, 0x41, &[0, 0, 0, 0, 2, 0, 0, 0]).await?; // PMREQ: backup
    Ok(fixes)
}

// ------------------------------------------------------------------ entry points

type R<T> = Poll<Result<T, Error>>;
type Cx<'a, 'b> = &'a mut Context<'b>;

#[inline(never)]
pub fn poll_read_byte(g: &mut GnssUart, cx: Cx) -> R<u8> { drive(pin!(g.read_byte()), cx) }
#[inline(never)]
pub fn poll_write_all(g: &mut GnssUart, d: &[u8], cx: Cx) -> R<()> { drive(pin!(g.write_all(d)), cx) }
#[inline(never)]
pub fn poll_read_sentence(g: &mut GnssUart, b: &mut [u8; 84], cx: Cx) -> R<usize> { drive(pin!(read_sentence(g, b)), cx) }
#[inline(never)]
pub fn poll_next_sentence(g: &mut GnssUart, b: &mut [u8; 84], n: &mut u32, cx: Cx) -> R<usize> {
    drive(pin!(next_sentence(g, b, n)), cx)
}
#[inline(never)]
pub fn poll_ubx_send(g: &mut GnssUart, p: &[u8], cx: Cx) -> R<()> { drive(pin!(ubx_send(g, 0x06, 0x08, p)), cx) }
#[inline(never)]
pub fn poll_ubx_wait_ack(g: &mut GnssUart, cx: Cx) -> R<()> { drive(pin!(ubx_wait_ack(g, 0x06, 0x01)), cx) }
#[inline(never)]
pub fn poll_ubx_configure(g: &mut GnssUart, p: &[u8], cx: Cx) -> R<()> { drive(pin!(ubx_configure(g, 6, 0x24, p)), cx) }
#[inline(never)]
pub fn poll_set_rate(g: &mut GnssUart, cx: Cx) -> R<()> { drive(pin!(set_rate(g, 1000)), cx) }
#[inline(never)]
pub fn poll_enable_messages(g: &mut GnssUart, cx: Cx) -> R<u8> { drive(pin!(enable_messages(g, 200)), cx) }
#[inline(never)]
pub fn poll_init_receiver(g: &mut GnssUart, cx: Cx) -> R<()> { drive(pin!(init_receiver(g)), cx) }
#[inline(never)]
pub fn poll_step(t: &mut Tracker, g: &mut GnssUart, cx: Cx) -> R<Option<Fix>> { drive(pin!(t.step(g)), cx) }
#[inline(never)]
pub fn poll_wait_ready(l: &mut Logger, cx: Cx) -> R<()> { drive(pin!(l.wait_ready()), cx) }
#[inline(never)]
pub fn poll_flush(l: &mut Logger, cx: Cx) -> R<usize> { drive(pin!(l.flush()), cx) }
#[inline(never)]
pub fn poll_log(l: &mut Logger, fix: &Fix, cx: Cx) -> R<()> { drive(pin!(l.log(fix)), cx) }
#[inline(never)]
pub fn poll_run(g: &mut GnssUart, h: &mut GnssUart, t: &mut Tracker, l: &mut Logger, cx: Cx) -> R<u32> {
    drive(pin!(run(g, h, t, l)), cx)
}
