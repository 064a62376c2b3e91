//! Calibration crate `fw-shell` (firmware style, no_std): a UART console: line editing into
//! a fixed buffer, command parsing and dispatch, hex dumps, a peek/poke memory monitor, a
//! password prompt with lockout, and an XMODEM-like block receiver.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, timeout, Error, Irq, Regs, Uart};

pub static UART_IRQ: Irq = Irq::new();

pub struct HwUart {
    regs: Regs,
    irq: &'static Irq,
}

impl Uart for HwUart {
    async fn read_byte(&mut self) -> Result<u8, Error> {
        loop {
            let sr = self.regs.read(0);
            if sr & 0x20 != 0 {
                return Ok(self.regs.read(1) as u8);
            }
            if sr & 0x08 != 0 {
                self.regs.read(1);
                return Err(Error::Overflow);
            }
            self.irq.wait(1).await;
        }
    }

    async fn write_all(&mut self, data: &[u8]) -> Result<(), Error> {
        for &b in data {
            while self.regs.read(0) & 0x80 == 0 {
                self.irq.wait(2).await;
            }
            self.regs.write(1, b as u32);
        }
        Ok(())
    }
}

pub struct Line {
    buf: [u8; 80],
    len: usize,
}

/// Read a line with backspace handling and echo.
pub async fn read_line<U: Uart>(u: &mut U, line: &mut Line) -> Result<usize, Error> {
    line.len = 0;
    loop {
        let b = u.read_byte().await?;
        match b {
            b'\r' | b'\n' => {
                u.write_all(b"\r\n").await?;
                return Ok(line.len);
            }
            0x08 | 0x7f if line.len > 0 => {
                line.len -= 1;
                u.write_all(b"\x08 \x08").await?;
            }
            0x20..=0x7e if line.len < line.buf.len() => {
                line.buf[line.len] = b;
                line.len += 1;
                u.write_all(&[b]).await?;
            }
            _ => u.write_all(b"\x07").await?,
        }
    }
}

fn parse_hex(s: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    for &c in s {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => return None,
        };
        v = (v << 4) | d as u32;
    }
    Some(v)
}

fn hex_byte(b: u8) -> [u8; 2] {
    const D: &[u8; 16] = b"0123456789abcdef";
    [D[(b >> 4) as usize], D[(b & 15) as usize]]
}

pub async fn print_hex<U: Uart>(u: &mut U, addr: u32, data: &[u8]) -> Result<(), Error> {
    for (row, chunk) in data.chunks(16).enumerate() {
        let a = (addr + row as u32 * 16).to_be_bytes();
        let mut out = [b' '; 60];
        for (i, b) in a.iter().enumerate() {
            out[i * 2..i * 2 + 2].copy_from_slice(&hex_byte(*b));
        }
        for (i, b) in chunk.iter().enumerate() {
            out[10 + i * 3..12 + i * 3].copy_from_slice(&hex_byte(*b));
        }
        u.write_all(&out).await?;
        u.write_all(b"\r\n").await?;
    }
    Ok(())
}

pub enum Command {
    Help,
    Peek(u32),
    Poke(u32, u32),
    Dump(u32, u32),
    Reboot,
    Unknown,
}

pub fn parse(line: &[u8]) -> Command {
    let mut words = line.split(|&c| c == b' ').filter(|w| !w.is_empty());
    match (words.next(), words.next(), words.next()) {
        (Some(b"help"), _, _) => Command::Help,
        (Some(b"peek"), Some(a), _) => parse_hex(a).map_or(Command::Unknown, Command::Peek),
        (Some(b"poke"), Some(a), Some(v)) => match (parse_hex(a), parse_hex(v)) {
            (Some(a), Some(v)) => Command::Poke(a, v),
            _ => Command::Unknown,
        },
        (Some(b"dump"), Some(a), Some(n)) => match (parse_hex(a), parse_hex(n)) {
            (Some(a), Some(n)) => Command::Dump(a, n.min(256)),
            _ => Command::Unknown,
        },
        (Some(b"reboot"), _, _) => Command::Reboot,
        _ => Command::Unknown,
    }
}

pub async fn execute<U: Uart>(u: &mut U, cmd: Command) -> Result<bool, Error> {
    match cmd {
        Command::Help => u.write_all(b"help peek poke dump reboot\r\n").await?,
        Command::Peek(a) => {
            let v = unsafe { core::ptr::read_volatile(a as usize as *const u32) };
            let mut out = [0u8; 8];
            for (i, b) in v.to_be_bytes().iter().enumerate() {
                out[i * 2..i * 2 + 2].copy_from_slice(&hex_byte(*b));
            }
            u.write_all(&out).await?;
            u.write_all(b"\r\n").await?;
        }
        Command::Poke(a, v) => {
            unsafe { core::ptr::write_volatile(a as usize as *mut u32, v) };
            u.write_all(b"ok\r\n").await?;
        }
        Command::Dump(a, n) => {
            let mut copy = [0u8; 256];
            for i in 0..n as usize {
                copy[i] = unsafe { core::ptr::read_volatile((a as usize + i) as *const u8) };
            }
            print_hex(u, a, &copy[..n as usize]).await?;
        }
        Command::Reboot => {
            u.write_all(b"rebooting\r\n").await?;
            delay(10).await;
            return Ok(false);
        }
        Command::Unknown => u.write_all(b"?\r\n").await?,
    }
    Ok(true)
}

/// A password prompt: three tries, then a lockout doubling each time.
pub async fn login<U: Uart>(u: &mut U, secret: &[u8]) -> Result<(), Error> {
    let mut lockout = 100;
    loop {
        for _ in 0..3 {
            u.write_all(b"password: ").await?;
            let mut line = Line { buf: [0; 80], len: 0 };
            let n = timeout(30_000, read_line(u, &mut line)).await??;
            if &line.buf[..n] == secret {
                return Ok(());
            }
        }
        u.write_all(b"locked\r\n").await?;
        delay(lockout).await;
        lockout = (lockout * 2).min(60_000);
    }
}

pub async fn shell<U: Uart>(u: &mut U) -> Result<(), Error> {
    let mut line = Line { buf: [0; 80], len: 0 };
    login(u, b"hunter2").await?;
    loop {
        u.write_all(b"> ").await?;
        let n = read_line(u, &mut line).await?;
        let cmd = parse(&line.buf[..n]);
        if !execute(u, cmd).await? {
            return Ok(());
        }
    }
}

/// Receive 128-byte blocks: SOH, n, !n, data, checksum; ACK or NAK each.
pub async fn receive_blocks<U: Uart>(u: &mut U, out: &mut [u8; 1024]) -> Result<usize, Error> {
    let mut got = 0;
    let mut expect = 1u8;
    let mut naks = 0;
    u.write_all(&[0x15]).await?;
    loop {
        let head = match timeout(1000, u.read_byte()).await {
            Ok(r) => r?,
            Err(_) if naks < 10 => {
                naks += 1;
                u.write_all(&[0x15]).await?;
                continue;
            }
            Err(e) => return Err(e),
        };
        if head == 0x04 {
            u.write_all(&[0x06]).await?;
            return Ok(got);
        }
        let n = u.read_byte().await?;
        let inv = u.read_byte().await?;
        let mut block = [0u8; 128];
        let mut sum = 0u8;
        for slot in block.iter_mut() {
            *slot = u.read_byte().await?;
            sum = sum.wrapping_add(*slot);
        }
        let check = u.read_byte().await?;
        if head != 0x01 || n != !inv || check != sum || n != expect || got + 128 > out.len() {
            u.write_all(&[0x15]).await?;
            continue;
        }
        out[got..got + 128].copy_from_slice(&block);
        got += 128;
        expect = expect.wrapping_add(1);
        u.write_all(&[0x06]).await?;
    }
}

// ------------------------------------------------------------------ entry points

pub static mut UART: HwUart = HwUart { regs: Regs::at(0x4001_1000), irq: &UART_IRQ };

#[allow(static_mut_refs)]
fn uart() -> &'static mut HwUart {
    unsafe { &mut UART }
}

#[inline(never)]
pub fn poll_read_byte(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(uart().read_byte()), cx)
}
#[inline(never)]
pub fn poll_write_all(d: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(uart().write_all(d)), cx)
}
#[inline(never)]
pub fn poll_read_line(line: &mut Line, cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(read_line(uart(), line)), cx)
}
#[inline(never)]
pub fn poll_print_hex(d: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(print_hex(uart(), 0x2000_0000, d)), cx)
}
#[inline(never)]
pub fn poll_execute(line: &[u8], cx: &mut Context<'_>) -> Poll<Result<bool, Error>> {
    drive(pin!(execute(uart(), parse(line))), cx)
}
#[inline(never)]
pub fn poll_login(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(login(uart(), b"secret")), cx)
}
#[inline(never)]
pub fn poll_shell(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(shell(uart())), cx)
}
#[inline(never)]
pub fn poll_receive_blocks(out: &mut [u8; 1024], cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(receive_blocks(uart(), out)), cx)
}
#[inline(never)]
pub fn poll_banner(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    let u = uart();
    drive(
        pin!(async move {
            u.write_all(b"\r\nfw-shell 1.0\r\n").await?;
            delay(5).await;
            u.write_all(b"type help\r\n").await
        }),
        cx,
    )
}
