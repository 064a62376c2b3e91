//! Calibration crate `fw-flash` (firmware style, no_std): a DMA-less SPI master, a NOR flash
//! driver (JEDEC id, status polling with timeouts, page program, sector erase) and a tiny
//! append-only record log on top of it with fixed page buffers and retry loops.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{crc16, delay, drive, timeout, yield_now, Error, Irq, Regs, Spi};

pub static SPI_IRQ: Irq = Irq::new();

pub struct HwSpi {
    regs: Regs,
    cs: Regs,
    irq: &'static Irq,
}

impl HwSpi {
    pub const fn new(base: usize, gpio: usize) -> Self {
        HwSpi { regs: Regs::at(base), cs: Regs::at(gpio), irq: &SPI_IRQ }
    }

    async fn exchange(&mut self, out: u8) -> Result<u8, Error> {
        self.regs.write(3, out as u32);
        let bits = timeout(4, self.irq.wait(0b11)).await?;
        if bits & 0b10 != 0 {
            return Err(Error::Overflow);
        }
        Ok(self.regs.read(3) as u8)
    }
}

impl Spi for HwSpi {
    async fn transfer(&mut self, buf: &mut [u8]) -> Result<(), Error> {
        for b in buf.iter_mut() {
            *b = self.exchange(*b).await?;
        }
        Ok(())
    }

    async fn write(&mut self, data: &[u8]) -> Result<(), Error> {
        let mut i = 0;
        while i < data.len() {
            self.exchange(data[i]).await?;
            i += 1;
        }
        Ok(())
    }

    fn chip_select(&mut self, active: bool) {
        self.cs.write(if active { 6 } else { 5 }, 1 << 4);
    }
}

// ------------------------------------------------------------------ NOR flash

pub const PAGE: usize = 256;
pub const SECTOR: u32 = 4096;

pub struct Flash<S: Spi> {
    spi: S,
    pub pages: u32,
}

impl<S: Spi> Flash<S> {
    async fn command(&mut self, cmd: &[u8], rx: &mut [u8]) -> Result<(), Error> {
        self.spi.chip_select(true);
        let r = async {
            self.spi.write(cmd).await?;
            if !rx.is_empty() {
                self.spi.transfer(rx).await?;
            }
            Ok(())
        }
        .await;
        self.spi.chip_select(false);
        r
    }

    pub async fn jedec_id(&mut self) -> Result<[u8; 3], Error> {
        let mut id = [0u8; 3];
        self.command(&[0x9f], &mut id).await?;
        if id[0] == 0 || id[0] == 0xff {
            return Err(Error::Bus);
        }
        Ok(id)
    }

    pub async fn status(&mut self) -> Result<u8, Error> {
        let mut s = [0u8; 1];
        self.command(&[0x05], &mut s).await?;
        Ok(s[0])
    }

    pub async fn wait_ready(&mut self, max_ticks: u32) -> Result<(), Error> {
        let start = rt::now();
        loop {
            if self.status().await? & 1 == 0 {
                return Ok(());
            }
            if rt::now().wrapping_sub(start) > max_ticks {
                return Err(Error::Timeout);
            }
            delay(1).await;
        }
    }

    pub async fn write_enable(&mut self) -> Result<(), Error> {
        self.command(&[0x06], &mut []).await?;
        if self.status().await? & 2 == 0 {
            return Err(Error::Busy);
        }
        Ok(())
    }

    pub async fn read(&mut self, addr: u32, buf: &mut [u8]) -> Result<(), Error> {
        let a = addr.to_be_bytes();
        self.spi.chip_select(true);
        let r = match self.spi.write(&[0x03, a[1], a[2], a[3]]).await {
            Ok(()) => self.spi.transfer(buf).await,
            Err(e) => Err(e),
        };
        self.spi.chip_select(false);
        r
    }

    pub async fn program_page(&mut self, addr: u32, data: &[u8; PAGE]) -> Result<(), Error> {
        self.write_enable().await?;
        let a = addr.to_be_bytes();
        self.spi.chip_select(true);
        self.spi.write(&[0x02, a[1], a[2], a[3]]).await?;
        self.spi.write(data).await?;
        self.spi.chip_select(false);
        self.wait_ready(5).await
    }

    pub async fn erase_sector(&mut self, addr: u32) -> Result<(), Error> {
        self.write_enable().await?;
        let a = addr.to_be_bytes();
        self.command(&[0x20, a[1], a[2], a[3]], &mut []).await?;
        self.wait_ready(400).await
    }

    /// Program and read back; retry twice on mismatch.
    pub async fn program_verified(&mut self, addr: u32, data: &[u8; PAGE]) -> Result<(), Error> {
        let mut check = [0u8; PAGE];
        for _ in 0..3 {
            self.program_page(addr, data).await?;
            self.read(addr, &mut check).await?;
            if &check == data {
                return Ok(());
            }
            self.erase_sector(addr & !(SECTOR - 1)).await?;
        }
        Err(Error::Crc)
    }
}

// ------------------------------------------------------------------ record log

#[derive(Clone, Copy)]
pub struct Record {
    pub seq: u32,
    pub kind: u8,
    pub len: u8,
    pub data: [u8; 32],
}

pub struct Log<S: Spi> {
    flash: Flash<S>,
    head: u32,
    seq: u32,
    page: [u8; PAGE],
    fill: usize,
}

impl<S: Spi> Log<S> {
    /// Scan pages for the first erased one (the head), counting sequence numbers.
    pub async fn mount(&mut self) -> Result<u32, Error> {
        let mut hdr = [0u8; 8];
        let mut page = 0;
        while page < self.flash.pages {
            self.flash.read(page * PAGE as u32, &mut hdr).await?;
            if hdr == [0xff; 8] {
                break;
            }
            self.seq = u32::from_le_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]);
            page += 1;
            if page % 16 == 0 {
                yield_now().await;
            }
        }
        self.head = page;
        Ok(page)
    }

    pub async fn append(&mut self, kind: u8, data: &[u8]) -> Result<u32, Error> {
        if data.len() > 32 {
            return Err(Error::Overflow);
        }
        let need = 8 + data.len();
        if self.fill + need > PAGE {
            self.flush().await?;
        }
        self.seq += 1;
        let at = self.fill;
        self.page[at..at + 4].copy_from_slice(&self.seq.to_le_bytes());
        self.page[at + 4] = kind;
        self.page[at + 5] = data.len() as u8;
        let crc = crc16(data).to_le_bytes();
        self.page[at + 6] = crc[0];
        self.page[at + 7] = crc[1];
        self.page[at + 8..at + need].copy_from_slice(data);
        self.fill += need;
        Ok(self.seq)
    }

    pub async fn flush(&mut self) -> Result<(), Error> {
        if self.fill == 0 {
            return Ok(());
        }
        if self.head >= self.flash.pages {
            self.compact().await?;
        }
        let addr = self.head * PAGE as u32;
        if addr % SECTOR == 0 {
            self.flash.erase_sector(addr).await?;
        }
        let page = self.page;
        self.flash.program_verified(addr, &page).await?;
        self.head += 1;
        self.page = [0xff; PAGE];
        self.fill = 0;
        Ok(())
    }

    pub async fn compact(&mut self) -> Result<(), Error> {
        let mut sector = 0;
        while sector * SECTOR < self.flash.pages * PAGE as u32 {
            self.flash.erase_sector(sector * SECTOR).await?;
            sector += 1;
        }
        self.head = 0;
        Ok(())
    }

    pub async fn read_record(&mut self, page: u32, offset: usize) -> Result<Record, Error> {
        let mut raw = [0u8; 40];
        self.flash.read(page * PAGE as u32 + offset as u32, &mut raw).await?;
        let len = raw[5] as usize;
        if len > 32 {
            return Err(Error::Protocol(raw[5]));
        }
        let mut data = [0u8; 32];
        data[..len].copy_from_slice(&raw[8..8 + len]);
        if crc16(&data[..len]).to_le_bytes() != [raw[6], raw[7]] {
            return Err(Error::Crc);
        }
        Ok(Record { seq: u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]), kind: raw[4], len: len as u8, data })
    }
}

// ------------------------------------------------------------------ entry points

pub static mut LOG: Log<HwSpi> = Log {
    flash: Flash { spi: HwSpi::new(0x4001_3000, 0x4002_0000), pages: 4096 },
    head: 0,
    seq: 0,
    page: [0xff; PAGE],
    fill: 0,
};

#[allow(static_mut_refs)]
fn log() -> &'static mut Log<HwSpi> {
    unsafe { &mut LOG }
}
fn flash() -> &'static mut Flash<HwSpi> {
    &mut log().flash
}

#[inline(never)]
pub fn poll_spi_transfer(buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().spi.transfer(buf)), cx)
}
#[inline(never)]
pub fn poll_spi_write(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().spi.write(data)), cx)
}
#[inline(never)]
pub fn poll_spi_exchange(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(flash().spi.exchange(0x9f)), cx)
}
#[inline(never)]
pub fn poll_command(rx: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().command(&[0x9f], rx)), cx)
}
#[inline(never)]
pub fn poll_jedec(cx: &mut Context<'_>) -> Poll<Result<[u8; 3], Error>> {
    drive(pin!(flash().jedec_id()), cx)
}
#[inline(never)]
pub fn poll_status(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(flash().status()), cx)
}
#[inline(never)]
pub fn poll_wait_ready(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().wait_ready(100)), cx)
}
#[inline(never)]
pub fn poll_write_enable(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().write_enable()), cx)
}
#[inline(never)]
pub fn poll_read(buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().read(0x1000, buf)), cx)
}
#[inline(never)]
pub fn poll_program(data: &[u8; PAGE], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().program_page(0x2000, data)), cx)
}
#[inline(never)]
pub fn poll_erase(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().erase_sector(0x3000)), cx)
}
#[inline(never)]
pub fn poll_program_verified(data: &[u8; PAGE], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(flash().program_verified(0x4000, data)), cx)
}
#[inline(never)]
pub fn poll_mount(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(log().mount()), cx)
}
#[inline(never)]
pub fn poll_append(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(log().append(3, data)), cx)
}
#[inline(never)]
pub fn poll_flush(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(log().flush()), cx)
}
#[inline(never)]
pub fn poll_compact(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(log().compact()), cx)
}
#[inline(never)]
pub fn poll_read_record(cx: &mut Context<'_>) -> Poll<Result<Record, Error>> {
    drive(pin!(log().read_record(7, 16)), cx)
}
