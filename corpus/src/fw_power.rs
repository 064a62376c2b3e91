//! Calibration crate `fw-power` (firmware style, no_std): a battery-powered node's power
//! manager: ADC sampling with averaging, a charger state machine, button debouncing and
//! long-press detection, LED blink patterns, a watchdog feeder and a sleep scheduler, written
//! with async blocks, closures and generic tasks.
#![no_std]
#![allow(dead_code)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::future::Future;
use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal};

pub static ADC_IRQ: Irq = Irq::new();
pub static EXTI: Irq = Irq::new();
pub static WAKE: Signal = Signal::new();

pub struct Adc {
    regs: Regs,
}

impl Adc {
    pub async fn sample(&mut self, channel: u8) -> Result<u16, Error> {
        self.regs.write(3, channel as u32);
        self.regs.modify(2, 0, 1 << 30);
        timeout(3, ADC_IRQ.wait(2)).await?;
        Ok((self.regs.read(19) & 0xfff) as u16)
    }

    pub async fn average(&mut self, channel: u8, n: usize) -> Result<u16, Error> {
        let mut samples = [0u16; 16];
        let n = n.min(16);
        for s in samples.iter_mut().take(n) {
            *s = self.sample(channel).await?;
        }
        let sum: u32 = samples[..n].iter().map(|&s| s as u32).sum();
        Ok((sum / n.max(1) as u32) as u16)
    }

    pub async fn battery_mv(&mut self) -> Result<u32, Error> {
        let vref = self.average(17, 4).await? as u32;
        let raw = self.average(5, 8).await? as u32;
        if vref == 0 {
            return Err(Error::Bus);
        }
        Ok(raw * 1210 * 2 / vref)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Charge {
    Discharging,
    Precharge,
    FastCharge,
    Topping,
    Full,
    Fault(u8),
}

pub struct Charger {
    pin: Regs,
    pub state: Charge,
}

/// One step of the charger's state machine per measurement.
pub async fn charger_step(adc: &mut Adc, ch: &mut Charger) -> Result<Charge, Error> {
    let mv = adc.battery_mv().await?;
    let plugged = ch.pin.read(4) & 1 != 0;
    let temp = adc.average(16, 2).await?;
    ch.state = match (ch.state, plugged) {
        (_, _) if temp > 3000 => {
            ch.pin.write(5, 2);
            Charge::Fault(1)
        }
        (_, false) => Charge::Discharging,
        (Charge::Discharging, true) | (Charge::Fault(_), true) => {
            if mv < 3000 { Charge::Precharge } else { Charge::FastCharge }
        }
        (Charge::Precharge, true) if mv >= 3000 => Charge::FastCharge,
        (Charge::FastCharge, true) if mv >= 4150 => Charge::Topping,
        (Charge::Topping, true) => {
            delay(60_000).await;
            if adc.battery_mv().await? >= 4190 { Charge::Full } else { Charge::Topping }
        }
        (s, true) => s,
    };
    Ok(ch.state)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Press {
    Short,
    Long,
    Double,
}

pub struct Button {
    regs: Regs,
    bit: u32,
}

impl Button {
    fn level(&self) -> bool {
        self.regs.read(4) & (1 << self.bit) == 0
    }

    async fn debounced(&mut self, pressed: bool) {
        loop {
            EXTI.wait(1 << self.bit).await;
            delay(20).await;
            if self.level() == pressed {
                return;
            }
        }
    }

    pub async fn press(&mut self) -> Press {
        self.debounced(true).await;
        let long = matches!(
            select(self.debounced(false), delay(800)).await,
            Either::Right(())
        );
        if long {
            self.debounced(false).await;
            return Press::Long;
        }
        match timeout(250, self.debounced(true)).await {
            Ok(()) => {
                self.debounced(false).await;
                Press::Double
            }
            Err(_) => Press::Short,
        }
    }
}

pub struct Led {
    regs: Regs,
    bit: u32,
}

impl Led {
    pub async fn pattern(&mut self, on_off: &[(u16, u16)], repeat: u8) {
        for _ in 0..repeat {
            for &(on, off) in on_off {
                self.regs.write(6, 1 << self.bit);
                delay(on as u32).await;
                self.regs.write(5, 1 << self.bit);
                delay(off as u32).await;
            }
        }
    }

    pub async fn show_charge(&mut self, c: Charge) {
        match c {
            Charge::Discharging => {}
            Charge::Precharge => self.pattern(&[(50, 950)], 1).await,
            Charge::FastCharge => self.pattern(&[(500, 500)], 1).await,
            Charge::Topping => self.pattern(&[(900, 100)], 1).await,
            Charge::Full => self.regs.write(6, 1 << self.bit),
            Charge::Fault(n) => {
                for _ in 0..n {
                    self.pattern(&[(100, 100), (100, 700)], 1).await;
                }
            }
        }
    }
}

/// Run `task` every `period` ticks, feeding the watchdog, until it returns false.
pub async fn periodic<F, Fut>(period: u32, wdt: &Regs, mut task: F) -> u32
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = bool>,
{
    let mut n = 0;
    loop {
        wdt.write(0, 0xaaaa);
        if !task(n).await {
            return n;
        }
        n += 1;
        delay(period).await;
    }
}

pub async fn monitor(wdt: &Regs, limit: u32) -> u32 {
    periodic(1000, wdt, |n| async move {
        match charger_step(adc(), charger()).await {
            Ok(s) => {
                led().show_charge(s).await;
                !matches!(s, Charge::Fault(_)) && n < limit
            }
            Err(_) => false,
        }
    })
    .await
}

/// Sleep until the next deadline or a wake-up signal; count the wake-ups.
pub async fn sleep_scheduler(deadlines: &[u32]) -> u32 {
    let mut woken = 0;
    for &d in deadlines {
        let now = rt::now();
        let wait = d.saturating_sub(now);
        match select(delay(wait), WAKE.recv()).await {
            Either::Left(()) => yield_now().await,
            Either::Right(_) => woken += 1,
        }
    }
    woken
}

pub async fn ui(button: &mut Button, led: &mut Led) -> Press {
    let p = button.press().await;
    let blinks = match p {
        Press::Short => 1,
        Press::Double => 2,
        Press::Long => 3,
    };
    led.pattern(&[(80, 120)], blinks).await;
    p
}

// ------------------------------------------------------------------ entry points

pub static mut ADC: Adc = Adc { regs: Regs::at(0x4001_2000) };
pub static mut CHARGER: Charger = Charger { pin: Regs::at(0x4002_0800), state: Charge::Discharging };
pub static mut BUTTON: Button = Button { regs: Regs::at(0x4002_0000), bit: 0 };
pub static mut LED: Led = Led { regs: Regs::at(0x4002_0c00), bit: 13 };

#[allow(static_mut_refs)]
fn adc() -> &'static mut Adc {
    unsafe { &mut ADC }
}
#[allow(static_mut_refs)]
fn charger() -> &'static mut Charger {
    unsafe { &mut CHARGER }
}
#[allow(static_mut_refs)]
fn button() -> &'static mut Button {
    unsafe { &mut BUTTON }
}
#[allow(static_mut_refs)]
fn led() -> &'static mut Led {
    unsafe { &mut LED }
}

#[inline(never)]
pub fn poll_sample(cx: &mut Context<'_>) -> Poll<Result<u16, Error>> {
    drive(pin!(adc().sample(3)), cx)
}
#[inline(never)]
pub fn poll_average(cx: &mut Context<'_>) -> Poll<Result<u16, Error>> {
    drive(pin!(adc().average(3, 8)), cx)
}
#[inline(never)]
pub fn poll_battery(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(adc().battery_mv()), cx)
}
#[inline(never)]
pub fn poll_charger_step(cx: &mut Context<'_>) -> Poll<Result<Charge, Error>> {
    drive(pin!(charger_step(adc(), charger())), cx)
}
#[inline(never)]
pub fn poll_debounced(cx: &mut Context<'_>) -> Poll<()> {
    drive(pin!(button().debounced(true)), cx)
}
#[inline(never)]
pub fn poll_press(cx: &mut Context<'_>) -> Poll<Press> {
    drive(pin!(button().press()), cx)
}
#[inline(never)]
pub fn poll_pattern(cx: &mut Context<'_>) -> Poll<()> {
    drive(pin!(led().pattern(&[(100, 900), (300, 300)], 3)), cx)
}
#[inline(never)]
pub fn poll_show_charge(c: Charge, cx: &mut Context<'_>) -> Poll<()> {
    drive(pin!(led().show_charge(c)), cx)
}
#[inline(never)]
pub fn poll_monitor(cx: &mut Context<'_>) -> Poll<u32> {
    drive(pin!(monitor(&Regs::at(0x4000_3000), 1000)), cx)
}
#[inline(never)]
pub fn poll_sleep(d: &[u32], cx: &mut Context<'_>) -> Poll<u32> {
    drive(pin!(sleep_scheduler(d)), cx)
}
#[inline(never)]
pub fn poll_ui(cx: &mut Context<'_>) -> Poll<Press> {
    drive(pin!(ui(button(), led())), cx)
}
#[inline(never)]
pub fn poll_blink_forever(cx: &mut Context<'_>) -> Poll<()> {
    let l = led();
    drive(
        pin!(async move {
            loop {
                l.pattern(&[(20, 1980)], 1).await;
                if rt::now() > 1_000_000 {
                    break;
                }
            }
        }),
        cx,
    )
}
