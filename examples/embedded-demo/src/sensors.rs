//! Two sensors: a temperature sensor on I2C and an accelerometer on SPI, read with retries.
use crate::bus::{BusError, I2c, Spi};
use crate::hal::delay_ms;

pub const TEMP_ADDR: u8 = 0x48;
const TEMP_REG: u8 = 0x00;
const CONFIG_REG: u8 = 0x01;
const ACCEL_READ_XYZ: u8 = 0x80 | 0x28;
pub const RETRIES: u32 = 3;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sample {
    pub temp_centi: i16,
    pub accel: [i16; 3],
    pub at: u32,
}

/// Configure the temperature sensor: 12-bit resolution, then wait for the first conversion.
pub async fn temp_init(i2c: &mut I2c) -> Result<(), BusError> {
    i2c.write(TEMP_ADDR, &[CONFIG_REG, 0x60]).await?;
    delay_ms(320).await;
    Ok(())
}

/// One temperature reading in hundredths of a degree, retried on NACK and timeout.
pub async fn read_temperature(i2c: &mut I2c) -> Result<i16, BusError> {
    let mut raw = [0u8; 2];
    let mut last = BusError::Timeout;
    for attempt in 0..RETRIES {
        match i2c.write_read(TEMP_ADDR, &[TEMP_REG], &mut raw).await {
            Ok(()) => {
                let v = i16::from_be_bytes(raw) >> 4; // 12 bits, 1/16 degree
                return Ok((v as i32 * 100 / 16) as i16);
            }
            Err(e) => {
                last = e;
                delay_ms(2 << attempt).await; // back off: 2, 4, 8 ms
            }
        }
    }
    Err(last)
}

/// X, Y and Z in one burst: a command byte and six data bytes in a fixed buffer.
pub async fn read_accel(spi: &mut Spi) -> Result<[i16; 3], BusError> {
    let mut buf = [0u8; 7];
    buf[0] = ACCEL_READ_XYZ;
    let mut tries = 0;
    loop {
        match spi.transfer(&mut buf).await {
            Ok(()) => break,
            Err(BusError::Overrun) if tries < RETRIES => {
                tries += 1;
                buf = [0u8; 7];
                buf[0] = ACCEL_READ_XYZ;
            }
            Err(e) => return Err(e),
        }
    }
    let axis = |i: usize| i16::from_le_bytes([buf[1 + 2 * i], buf[2 + 2 * i]]);
    Ok([axis(0), axis(1), axis(2)])
}

/// Both sensors, one after the other (they share no bus).
pub async fn sample(i2c: &mut I2c, spi: &mut Spi) -> Result<Sample, BusError> {
    let temp_centi = read_temperature(i2c).await?;
    let accel = read_accel(spi).await?;
    Ok(Sample { temp_centi, accel, at: crate::hal::now() })
}
