//! Calibration crate `fw-display` (firmware style, no_std): a display and touch panel
//! firmware: an SPI LCD controller (init sequence with delays, address window, pixels sent in
//! chunks from a fixed line buffer, dirty-rectangle flush of a 1-bpp framebuffer), a 3x5 font
//! blitter, backlight PWM fades, a capacitive touch controller over I2C with debouncing and
//! two-point calibration, and a UI event loop driving a menu/settings/status state machine.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal};

pub static SPI_IRQ: Irq = Irq::new();
pub static I2C_IRQ: Irq = Irq::new();
pub static TOUCH_IRQ: Irq = Irq::new();
/// Battery percentage pushed by the power task.
pub static BATTERY: Signal = Signal::new();

pub struct LcdSpi {
    regs: Regs,
}

impl LcdSpi {
    /// Keep the 8-byte TX FIFO fed, then wait for BSY to drop.
    pub async fn write(&mut self, data: &[u8]) -> Result<(), Error> {
        for chunk in data.chunks(8) {
            if self.regs.read(2) & 0x2 == 0 {
                timeout(3, SPI_IRQ.wait(0x2)).await?;
            }
            for &b in chunk {
                self.regs.write(3, b as u32);
            }
        }
        for _ in 0..50 {
            if self.regs.read(2) & 0x80 == 0 {
                return Ok(());
            }
            yield_now().await;
        }
        Err(Error::Busy)
    }
}

pub struct HwI2c {
    regs: Regs,
}

impl HwI2c {
    /// Register read: write `reg`, repeated START, read `buf.len()` bytes, auto STOP.
    pub async fn read_regs(&mut self, addr: u8, reg: u8, buf: &mut [u8]) -> Result<(), Error> {
        let a = (addr as u32) << 1;
        self.regs.write(1, a | (1 << 16) | (1 << 13));
        timeout(5, I2C_IRQ.wait(0x2)).await?;
        self.regs.write(10, reg as u32);
        timeout(5, I2C_IRQ.wait(0x40)).await?;
        self.regs.write(1, a | ((buf.len() as u32 & 0xff) << 16) | (1 << 10) | (1 << 13) | (1 << 25));
        for b in buf.iter_mut() {
            if timeout(5, I2C_IRQ.wait(0x4 | 0x10)).await? & 0x10 != 0 {
                self.regs.write(7, 0x30);
                return Err(Error::Nack);
            }
            *b = self.regs.read(9) as u8;
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ LCD controller

pub const W: u16 = 240;
pub const H: u16 = 240;
const LINE_PX: usize = 64;
const DC: u32 = 3;
const RST: u32 = 4;
pub const BLACK: u16 = 0x0000;
pub const WHITE: u16 = 0xffff;
pub const ACCENT: u16 = 0x1a9f;
pub const GREEN: u16 = 0x07e0;

/// (command, parameters, delay after it in ms): reset, sleep out, RGB565, porch, display on.
const INIT_SEQ: [(u8, &[u8], u16); 7] = [
    (0x01, &[], 150), (0x11, &[], 120), (0x3a, &[0x55], 10), (0x36, &[0x00], 0),
    (0xb2, &[0x0c, 0x0c, 0x00, 0x33, 0x33], 0), (0x21, &[], 0), (0x29, &[], 20),
];

/// 3x5 glyphs, row 0 in bits 14..12, in the order of `CHARS`.
const CHARS: &[u8; 40] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-+:%";
const FONT: [u16; 40] = [
    0x7b6f, 0x2c97, 0x73e7, 0x72cf, 0x5bc9, 0x79cf, 0x79ef, 0x7292, 0x7bef, 0x7bcf, 0x2bed, 0x6bae, 0x3923, 0x6b6e,
    0x79a7, 0x79a4, 0x396b, 0x5bed, 0x7497, 0x126a, 0x5bad, 0x4927, 0x5fed, 0x5ffd, 0x2b6a, 0x6ba4, 0x2b7b, 0x6bf5,
    0x388e, 0x7492, 0x5b6b, 0x5b52, 0x5bfd, 0x5aad, 0x5a92, 0x72a7, 0x01c0, 0x05d0, 0x0410, 0x52a5,
];

fn glyph(c: u8) -> u16 {
    CHARS.iter().position(|&g| g == c.to_ascii_uppercase()).map_or(0, |i| FONT[i])
}

pub struct Lcd {
    spi: LcdSpi,
    gpio: Regs,
    line: [u8; LINE_PX * 2],
}

impl Lcd {
    fn pin(&self, bit: u32, high: bool) {
        self.gpio.write(6, 1 << if high { bit } else { bit + 16 });
    }

    pub async fn command(&mut self, cmd: u8, params: &[u8]) -> Result<(), Error> {
        self.pin(DC, false);
        self.spi.write(&[cmd]).await?;
        self.pin(DC, true);
        self.spi.write(params).await
    }

    pub async fn init(&mut self) -> Result<(), Error> {
        self.pin(RST, false);
        delay(10).await;
        self.pin(RST, true);
        delay(120).await;
        for &(cmd, params, ms) in INIT_SEQ.iter() {
            self.command(cmd, params).await?;
            delay(ms as u32).await;
        }
        Ok(())
    }

    /// CASET/RASET, then RAMWR; D/C is left high for the pixel data.
    pub async fn set_window(&mut self, x: u16, y: u16, w: u16, h: u16) -> Result<(), Error> {
        if w == 0 || h == 0 || x + w > W || y + h > H {
            return Err(Error::Overflow);
        }
        let (a, b) = (x.to_be_bytes(), (x + w - 1).to_be_bytes());
        self.command(0x2a, &[a[0], a[1], b[0], b[1]]).await?;
        let (a, b) = (y.to_be_bytes(), (y + h - 1).to_be_bytes());
        self.command(0x2b, &[a[0], a[1], b[0], b[1]]).await?;
        self.command(0x2c, &[]).await
    }

    pub async fn fill_rect(&mut self, x: u16, y: u16, w: u16, h: u16, color: u16) -> Result<(), Error> {
        self.set_window(x, y, w, h).await?;
        for px in self.line.chunks_exact_mut(2) {
            px.copy_from_slice(&color.to_be_bytes());
        }
        let mut left = w as usize * h as usize;
        while left > 0 {
            let n = left.min(LINE_PX);
            self.spi.write(&self.line[..n * 2]).await?;
            left -= n;
        }
        Ok(())
    }

    /// One window per glyph, scaled by `s`, sent a row at a time; returns the next x.
    pub async fn text(&mut self, mut x: u16, y: u16, s: &[u8], k: u16, fg: u16, bg: u16) -> Result<u16, Error> {
        let k = k.clamp(1, 4) as usize;
        let cw = 4 * k;
        for &c in s {
            if x as usize + cw > W as usize {
                break;
            }
            let g = glyph(c);
            self.set_window(x, y, cw as u16, 5 * k as u16).await?;
            for row in 0..5 * k {
                let bits = (g >> (12 - 3 * (row / k))) & 0x7;
                for col in 0..cw {
                    let on = col / k < 3 && bits & (4 >> (col / k)) != 0;
                    self.line[2 * col..2 * col + 2].copy_from_slice(&if on { fg } else { bg }.to_be_bytes());
                }
                self.spi.write(&self.line[..cw * 2]).await?;
            }
            x += cw as u16;
        }
        Ok(x)
    }

    /// Send the dirty rectangle of `fb` line by line; it stays dirty if sending fails.
    pub async fn flush(&mut self, fb: &mut Fb, fg: u16, bg: u16) -> Result<bool, Error> {
        let Some((x0, y0, x1, y1)) = fb.dirty else {
            return Ok(false);
        };
        self.set_window(fb.x + x0, fb.y + y0, x1 - x0 + 1, y1 - y0 + 1).await?;
        for y in y0 as usize..=y1 as usize {
            let mut x = x0 as usize;
            while x <= x1 as usize {
                let n = (x1 as usize + 1 - x).min(LINE_PX);
                for i in 0..n {
                    let c = if fb.get(x + i, y) { fg } else { bg };
                    self.line[2 * i..2 * i + 2].copy_from_slice(&c.to_be_bytes());
                }
                self.spi.write(&self.line[..n * 2]).await?;
                x += n;
            }
            if y % 8 == 7 {
                yield_now().await;
            }
        }
        fb.dirty = None;
        Ok(true)
    }
}

/// A 96x12 1-bpp framebuffer (the battery gauge) placed at (x, y) on the panel.
pub struct Fb {
    bits: [u8; 96 * 12 / 8],
    dirty: Option<(u16, u16, u16, u16)>,
    pub x: u16,
    pub y: u16,
}

impl Fb {
    fn get(&self, x: usize, y: usize) -> bool {
        self.bits[(y * 96 + x) / 8] & (0x80 >> (x % 8)) != 0
    }

    /// Only pixels that change grow the dirty rectangle.
    pub fn set(&mut self, x: usize, y: usize, on: bool) {
        if x >= 96 || y >= 12 || self.get(x, y) == on {
            return;
        }
        self.bits[(y * 96 + x) / 8] ^= 0x80 >> (x % 8);
        let (x, y) = (x as u16, y as u16);
        self.dirty = Some(self.dirty.map_or((x, y, x, y), |(a, b, c, d)| (a.min(x), b.min(y), c.max(x), d.max(y))));
    }

    pub fn gauge(&mut self, pct: u8) {
        for y in 0..12 {
            for x in 0..96 {
                self.set(x, y, y == 0 || y == 11 || x == 0 || x == 95 || x * 100 < pct as usize * 96);
            }
        }
    }
}

pub struct Backlight {
    tim: Regs,
    pub level: u8,
}

impl Backlight {
    /// Step the PWM duty (gamma 2) one percent at a time over roughly `ms`.
    pub async fn fade(&mut self, target: u8, ms: u32) {
        let target = target.min(100);
        let per = (ms / (self.level.abs_diff(target) as u32).max(1)).max(1);
        while self.level != target {
            self.level = if self.level < target { self.level + 1 } else { self.level - 1 };
            let l = self.level as u32;
            self.tim.write(13, l * l * 999 / 10_000);
            delay(per).await;
        }
    }
}

// ------------------------------------------------------------------ touch controller

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Point {
    pub x: u16,
    pub y: u16,
}

pub struct Touch {
    i2c: HwI2c,
    /// screen = (raw * a >> 16) + b per axis; `cal[0] == 0` means not calibrated yet.
    pub cal: [i32; 4],
    last: Option<Point>,
}

impl Touch {
    pub async fn read_raw(&mut self) -> Result<Option<Point>, Error> {
        let mut r = [0u8; 5];
        self.i2c.read_regs(0x38, 0x02, &mut r).await?;
        if !(1..=2).contains(&(r[0] & 0x0f)) || matches!(r[1] >> 6, 1 | 3) {
            return Ok(None);
        }
        let x = ((r[1] as u16 & 0x0f) << 8) | r[2] as u16;
        Ok(Some(Point { x, y: ((r[3] as u16 & 0x0f) << 8) | r[4] as u16 }))
    }

    /// Four samples 3 ticks apart, all down and within 12 counts; averaged and calibrated.
    pub async fn sample(&mut self) -> Result<Option<Point>, Error> {
        let (mut xs, mut ys) = ([0u16; 4], [0u16; 4]);
        for i in 0..4 {
            let Some(p) = self.read_raw().await? else {
                self.last = None;
                return Ok(None);
            };
            (xs[i], ys[i]) = (p.x, p.y);
            delay(3).await;
        }
        let spread = |v: &[u16; 4]| v.iter().max().unwrap_or(&0) - v.iter().min().unwrap_or(&0);
        if spread(&xs) > 12 || spread(&ys) > 12 {
            return Ok(self.last);
        }
        let avg = |v: &[u16; 4]| (v[0] as i32 + v[1] as i32 + v[2] as i32 + v[3] as i32) / 4;
        let x = ((avg(&xs) * self.cal[0]) >> 16) + self.cal[1];
        let y = ((avg(&ys) * self.cal[2]) >> 16) + self.cal[3];
        self.last = Some(Point { x: x.clamp(0, W as i32 - 1) as u16, y: y.clamp(0, H as i32 - 1) as u16 });
        Ok(self.last)
    }

    /// Crosshairs in two opposite corners; each tap is released before the next.
    pub async fn calibrate(&mut self, lcd: &mut Lcd) -> Result<[i32; 4], Error> {
        const T: [u16; 2] = [20, W - 21];
        let mut raw = [(0i32, 0i32); 2];
        self.cal = [1 << 16, 0, 1 << 16, 0];
        for (i, &t) in T.iter().enumerate() {
            lcd.fill_rect(0, 0, W, H, BLACK).await?;
            lcd.fill_rect(t - 8, t, 17, 1, WHITE).await?;
            lcd.fill_rect(t, t - 8, 1, 17, WHITE).await?;
            let tap = async {
                loop {
                    TOUCH_IRQ.wait(1).await;
                    if let Some(p) = self.sample().await? {
                        while self.read_raw().await?.is_some() {
                            delay(10).await;
                        }
                        return Ok::<Point, Error>(p);
                    }
                }
            };
            let p = timeout(15_000, tap).await??;
            raw[i] = (p.x as i32, p.y as i32);
        }
        let (dx, dy) = (raw[1].0 - raw[0].0, raw[1].1 - raw[0].1);
        if dx.abs() < 100 || dy.abs() < 100 {
            return Err(Error::Protocol(0xca));
        }
        let span = (T[1] - T[0]) as i32 * 65536;
        let (ax, ay) = (span / dx, span / dy);
        self.cal = [ax, T[0] as i32 - ((raw[0].0 * ax) >> 16), ay, T[0] as i32 - ((raw[0].1 * ay) >> 16)];
        Ok(self.cal)
    }
}

// ------------------------------------------------------------------ UI

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    Tap(Point),
    Release,
    Battery(u8),
    Tick,
}

pub async fn next_event(touch: &mut Touch, period: u32) -> Result<Event, Error> {
    match select(TOUCH_IRQ.wait(1), select(BATTERY.recv(), delay(period))).await {
        Either::Left(_) => Ok(timeout(40, touch.sample()).await??.map_or(Event::Release, Event::Tap)),
        Either::Right(Either::Left(pct)) => Ok(Event::Battery(pct.min(100) as u8)),
        Either::Right(Either::Right(())) => Ok(Event::Tick),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    Menu,
    Settings,
    Status,
    Sleep,
}

pub struct Ui {
    pub screen: Screen,
    pub brightness: u8,
    pub battery: u8,
    pressed: bool,
    pub fb: Fb,
}

pub async fn draw_screen(lcd: &mut Lcd, ui: &mut Ui) -> Result<(), Error> {
    const TITLES: [&[u8]; 4] = [b"MENU", b"SETTINGS", b"BATTERY", b""];
    const MENU: [&[u8]; 4] = [b"STATUS", b"SETTINGS", b"CALIBRATE", b"SLEEP"];
    lcd.fill_rect(0, 0, W, 32, ACCENT).await?;
    lcd.fill_rect(0, 32, W, H - 32, BLACK).await?;
    lcd.text(8, 6, TITLES[ui.screen as usize], 4, WHITE, ACCENT).await?;
    match ui.screen {
        Screen::Menu => {
            for (i, item) in MENU.iter().enumerate() {
                lcd.text(16, 50 + i as u16 * 48, item, 4, WHITE, BLACK).await?;
            }
        }
        Screen::Settings => {
            lcd.text(8, 60, b"LIGHT", 3, WHITE, BLACK).await?;
            lcd.fill_rect(8, 100, ui.brightness.max(1) as u16 * 2, 24, GREEN).await?;
            lcd.text(16, H - 36, b"-  +", 4, WHITE, BLACK).await?;
        }
        Screen::Status => {
            (ui.fb.bits, ui.fb.dirty) = ([0; 96 * 12 / 8], Some((0, 0, 95, 11)));
            ui.fb.gauge(ui.battery);
            lcd.flush(&mut ui.fb, GREEN, BLACK).await?;
        }
        Screen::Sleep => {}
    }
    Ok(())
}

/// The UI task: bring the panel up, calibrate if needed, then run the screen state machine.
pub async fn ui_task(lcd: &mut Lcd, touch: &mut Touch, bl: &mut Backlight, ui: &mut Ui) -> Result<(), Error> {
    lcd.init().await?;
    if touch.cal[0] == 0 {
        bl.fade(ui.brightness, 200).await;
        touch.calibrate(lcd).await?;
    }
    let (mut idle, mut redraw) = (0u32, true);
    loop {
        if redraw {
            draw_screen(lcd, ui).await?;
            bl.fade(ui.brightness, 300).await;
            redraw = false;
        }
        let ev = next_event(touch, 1000).await?;
        let next = match (ui.screen, ev) {
            (_, Event::Release) => {
                ui.pressed = false;
                continue;
            }
            (_, Event::Tap(_)) if ui.pressed => continue,
            (Screen::Sleep, Event::Tap(_)) => {
                lcd.command(0x11, &[]).await?;
                delay(120).await;
                Screen::Menu
            }
            (Screen::Menu, Event::Tap(p)) => match p.y.saturating_sub(40) / 48 {
                0 => Screen::Status,
                1 => Screen::Settings,
                2 => {
                    touch.calibrate(lcd).await?;
                    redraw = true;
                    Screen::Menu
                }
                _ => Screen::Sleep,
            },
            (Screen::Settings, Event::Tap(p)) if p.y > H - 48 && p.x < 96 => {
                ui.brightness = (ui.brightness as i16 + if p.x < 48 { -10 } else { 10 }).clamp(5, 100) as u8;
                redraw = true;
                Screen::Settings
            }
            (_, Event::Tap(_)) => Screen::Menu,
            (s, Event::Battery(pct)) => {
                ui.battery = pct;
                s
            }
            (s, Event::Tick) => {
                idle += 1;
                s
            }
        };
        if let Event::Tap(_) = ev {
            (ui.pressed, idle) = (true, 0);
        }
        if ui.screen != Screen::Sleep && (next == Screen::Sleep || idle >= 60) {
            bl.fade(0, 500).await;
            lcd.command(0x10, &[]).await?;
            ui.screen = Screen::Sleep;
        } else if next != ui.screen {
            ui.screen = next;
            redraw = true;
        } else if next == Screen::Status {
            ui.fb.gauge(ui.battery);
            lcd.flush(&mut ui.fb, GREEN, BLACK).await?;
        }
    }
}

// ------------------------------------------------------------------ entry points

#[inline(never)]
pub fn poll_spi_write(lcd: &mut Lcd, data: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(lcd.spi.write(data)), cx)
}
#[inline(never)]
pub fn poll_read_regs(i2c: &mut HwI2c, buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(i2c.read_regs(0x38, 0xa8, buf)), cx)
}
#[inline(never)]
pub fn poll_command(lcd: &mut Lcd, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(lcd.command(0x36, &[0x60])), cx)
}
#[inline(never)]
pub fn poll_init(lcd: &mut Lcd, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(lcd.init()), cx)
}
#[inline(never)]
pub fn poll_set_window(lcd: &mut Lcd, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(lcd.set_window(10, 20, 100, 50)), cx)
}
#[inline(never)]
pub fn poll_fill_rect(lcd: &mut Lcd, color: u16, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(lcd.fill_rect(0, 32, W, 64, color)), cx)
}
#[inline(never)]
pub fn poll_text(lcd: &mut Lcd, s: &[u8], cx: &mut Context<'_>) -> Poll<Result<u16, Error>> {
    drive(pin!(lcd.text(4, 100, s, 2, WHITE, BLACK)), cx)
}
#[inline(never)]
pub fn poll_flush(lcd: &mut Lcd, fb: &mut Fb, cx: &mut Context<'_>) -> Poll<Result<bool, Error>> {
    drive(pin!(lcd.flush(fb, GREEN, BLACK)), cx)
}
#[inline(never)]
pub fn poll_fade(bl: &mut Backlight, target: u8, cx: &mut Context<'_>) -> Poll<()> {
    drive(pin!(bl.fade(target, 400)), cx)
}
#[inline(never)]
pub fn poll_read_raw(touch: &mut Touch, cx: &mut Context<'_>) -> Poll<Result<Option<Point>, Error>> {
    drive(pin!(touch.read_raw()), cx)
}
#[inline(never)]
pub fn poll_sample(touch: &mut Touch, cx: &mut Context<'_>) -> Poll<Result<Option<Point>, Error>> {
    drive(pin!(touch.sample()), cx)
}
#[inline(never)]
pub fn poll_calibrate(touch: &mut Touch, lcd: &mut Lcd, cx: &mut Context<'_>) -> Poll<Result<[i32; 4], Error>> {
    drive(pin!(touch.calibrate(lcd)), cx)
}
#[inline(never)]
pub fn poll_next_event(touch: &mut Touch, cx: &mut Context<'_>) -> Poll<Result<Event, Error>> {
    drive(pin!(next_event(touch, 500)), cx)
}
#[inline(never)]
pub fn poll_draw_screen(lcd: &mut Lcd, ui: &mut Ui, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(draw_screen(lcd, ui)), cx)
}
#[inline(never)]
pub fn poll_ui_task(
    lcd: &mut Lcd,
    touch: &mut Touch,
    bl: &mut Backlight,
    ui: &mut Ui,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(ui_task(lcd, touch, bl, ui)), cx)
}
#[inline(never)]
pub fn poll_splash(lcd: &mut Lcd, bl: &mut Backlight, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(
        pin!(async move {
            lcd.init().await?;
            lcd.fill_rect(0, 0, W, H, BLACK).await?;
            let x = lcd.text(48, 100, b"BOOT", 4, WHITE, BLACK).await?;
            bl.fade(60, 500).await;
            for i in 0..8u16 {
                lcd.fill_rect(x + 4 + i * 6, 116, 4, 4, ACCENT).await?;
                delay(100).await;
            }
            Ok(())
        }),
        cx,
    )
}
