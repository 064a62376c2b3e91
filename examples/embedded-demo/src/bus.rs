//! I2C and SPI transactions, byte by byte, each step bounded by a timeout, as a driver for
//! an STM32-like peripheral does it.
use crate::hal::{flag, Reg};
use crate::select::{with_timeout, TimedOut};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusError {
    Timeout,
    Nack,
    Overrun,
}

impl From<TimedOut> for BusError {
    fn from(_: TimedOut) -> Self {
        BusError::Timeout
    }
}

// status bits
const TXE: u32 = 1 << 7;
const RXNE: u32 = 1 << 6;
const SB: u32 = 1 << 0;
const ADDR: u32 = 1 << 1;
const BTF: u32 = 1 << 2;
const AF: u32 = 1 << 10;
const OVR: u32 = 1 << 11;
// control bits
const START: u32 = 1 << 8;
const STOP: u32 = 1 << 9;
const ACK: u32 = 1 << 10;

/// Milliseconds a single bus event may take.
pub const STEP_MS: u32 = 5;

pub struct I2c {
    pub cr1: Reg,
    pub sr1: Reg,
    pub dr: Reg,
}

pub const I2C1: I2c = I2c { cr1: Reg(0x4000_5400), sr1: Reg(0x4000_5414), dr: Reg(0x4000_5410) };

impl I2c {
    async fn event(&self, mask: u32) -> Result<(), BusError> {
        with_timeout(STEP_MS, flag(self.sr1, mask | AF)).await?;
        if self.sr1.read() & AF != 0 {
            self.sr1.modify(0, AF);
            self.cr1.modify(STOP, 0);
            return Err(BusError::Nack);
        }
        Ok(())
    }

    async fn address(&self, addr: u8, read: bool) -> Result<(), BusError> {
        self.cr1.modify(START | ACK, 0);
        self.event(SB).await?;
        self.dr.write(((addr as u32) << 1) | read as u32);
        self.event(ADDR).await?;
        let _ = self.sr1.read(); // reading SR1 then SR2 clears ADDR
        Ok(())
    }

    /// Write `wr`, then read `rd.len()` bytes with a repeated start.
    pub async fn write_read(&mut self, addr: u8, wr: &[u8], rd: &mut [u8]) -> Result<(), BusError> {
        self.address(addr, false).await?;
        for &b in wr {
            self.event(TXE).await?;
            self.dr.write(b as u32);
        }
        self.event(BTF).await?;
        self.address(addr, true).await?;
        let n = rd.len();
        for (i, slot) in rd.iter_mut().enumerate() {
            if i + 1 == n {
                self.cr1.modify(STOP, ACK); // NACK the last byte
            }
            self.event(RXNE).await?;
            *slot = self.dr.read() as u8;
        }
        Ok(())
    }

    pub async fn write(&mut self, addr: u8, wr: &[u8]) -> Result<(), BusError> {
        self.address(addr, false).await?;
        for &b in wr {
            self.event(TXE).await?;
            self.dr.write(b as u32);
        }
        self.event(BTF).await?;
        self.cr1.modify(STOP, 0);
        Ok(())
    }
}

pub struct Spi {
    pub sr: Reg,
    pub dr: Reg,
    pub cs: Reg,
}

pub const SPI1: Spi = Spi { sr: Reg(0x4001_3008), dr: Reg(0x4001_300C), cs: Reg(0x4002_0018) };

impl Spi {
    /// Full duplex: every byte of `buf` is sent and replaced by the byte received.
    pub async fn transfer(&mut self, buf: &mut [u8]) -> Result<(), BusError> {
        self.cs.write(1 << 20); // chip select low
        for b in buf.iter_mut() {
            with_timeout(STEP_MS, flag(self.sr, TXE)).await?;
            self.dr.write(*b as u32);
            with_timeout(STEP_MS, flag(self.sr, RXNE)).await?;
            if self.sr.read() & OVR != 0 {
                self.cs.write(1 << 4);
                return Err(BusError::Overrun);
            }
            *b = self.dr.read() as u8;
        }
        self.cs.write(1 << 4); // chip select high
        Ok(())
    }
}
