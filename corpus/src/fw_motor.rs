//! Calibration crate `fw-motor` (firmware style, no_std): a BLDC motor controller: PWM duty
//! ramps latched on the timer update interrupt, a quadrature encoder read through its
//! counter register, a fixed-point PID velocity loop, homing against limit switches with
//! timeouts, overcurrent detection from ADC samples with recovery retries, a trapezoidal
//! move profile state machine and a command queue in a fixed ring buffer.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::sync::atomic::{AtomicU32, Ordering};
use core::task::{Context, Poll};
use rt::{crc8, delay, drive, select, timeout, yield_now, Either, Error, Irq, Regs, Signal};

const TIM_SR: usize = 4;
const TIM_CNT: usize = 9;
const TIM_CCR1: usize = 13;
const TIM_BDTR: usize = 17;
const SR_UIF: u32 = 1 << 0;
const SR_BIF: u32 = 1 << 7;
const SR_GLITCH: u32 = 1 << 9;
const BDTR_MOE: u32 = 1 << 15;
const GPIO_IDR: usize = 4;
const GPIO_BSRR: usize = 6;
const LIMIT_MIN: u32 = 1 << 3;
const LIMIT_MAX: u32 = 1 << 4;
const DIR_PIN: u32 = 1 << 5;
const QLEN: usize = 8;
const OVERCURRENT: Error = Error::Protocol(0x0c);

pub static CTRL_TICK: Irq = Irq::new();
pub static PWM_IRQ: Irq = Irq::new();
pub static ADC_IRQ: Irq = Irq::new();
pub static LIMIT_IRQ: Irq = Irq::new();
/// Host commands, `op:8 | arg:16 | crc8:8`, posted by the comms task.
pub static CMD: Signal = Signal::new();
/// Sent by the comparator interrupt (hardware overcurrent) with the phase number.
pub static FAULT: Signal = Signal::new();
pub static FAULTS: AtomicU32 = AtomicU32::new(0);

pub struct Motor {
    tim: Regs,
    enc: Regs,
    adc: Regs,
    gpio: Regs,
    duty: u16,
    last_cnt: u16,
    pos: i32,
    vel: i32, // filtered, in 1/16 counts per control tick
    integral: i32,
    prev_err: i32,
    offset: [u16; 3],
    window: [u16; 8], // recent peak currents, mA
    head: usize,
    homed: bool,
}

impl Motor {
    pub const fn new() -> Self {
        Motor {
            tim: Regs::at(0x4001_0000), enc: Regs::at(0x4000_0400),
            adc: Regs::at(0x4001_2000), gpio: Regs::at(0x4002_0400),
            duty: 0, last_cnt: 0, pos: 0, vel: 0, integral: 0, prev_err: 0,
            offset: [2048; 3], window: [0; 8], head: 0, homed: false,
        }
    }

    fn bridge(&mut self, on: bool) {
        self.tim.modify(TIM_BDTR, BDTR_MOE, if on { BDTR_MOE } else { 0 });
    }
    fn limits(&self) -> u32 {
        !self.gpio.read(GPIO_IDR) & (LIMIT_MIN | LIMIT_MAX)
    }

    /// Load a compare value and wait for the update event that latches it.
    pub async fn set_duty(&mut self, duty: u16) -> Result<(), Error> {
        let d = duty.min(1800);
        self.tim.write(TIM_CCR1, d as u32);
        if timeout(4, PWM_IRQ.wait(SR_UIF | SR_BIF)).await? & SR_BIF != 0 {
            self.bridge(false);
            return Err(OVERCURRENT);
        }
        self.duty = d;
        Ok(())
    }

    pub async fn ramp(&mut self, target: u16, step: u16) -> Result<u32, Error> {
        let target = target.min(1800);
        let mut periods = 0u32;
        while self.duty != target {
            let d = self.duty;
            let next = if d < target { (d + step).min(target) } else { d.saturating_sub(step).max(target) };
            self.set_duty(next).await?;
            periods += 1;
        }
        Ok(periods)
    }

    /// Once per control tick: the signed encoder delta since the last call.
    pub async fn read_encoder(&mut self) -> Result<i32, Error> {
        timeout(3, CTRL_TICK.wait(1)).await?;
        if self.enc.read(TIM_SR) & SR_GLITCH != 0 {
            self.enc.write(TIM_SR, !SR_GLITCH);
            return Err(Error::Protocol(0xe1));
        }
        let raw = self.enc.read(TIM_CNT) as u16;
        let delta = raw.wrapping_sub(self.last_cnt) as i16 as i32;
        self.last_cnt = raw;
        self.pos = self.pos.checked_add(delta).ok_or(Error::Overflow)?;
        Ok(delta)
    }

    pub async fn adc_sample(&mut self, phase: usize) -> Result<u16, Error> {
        self.adc.write(13, phase as u32);
        self.adc.modify(2, 0, 1 << 30);
        timeout(2, ADC_IRQ.wait(1)).await?;
        Ok((self.adc.read(19) & 0xfff) as u16)
    }

    /// Peak phase current in mA; overcurrent only when most of the recent window is above
    /// `limit_ma`, so single switching spikes are ignored.
    pub async fn peak_ma(&mut self, limit_ma: u32) -> Result<u32, Error> {
        let mut peak = 0u32;
        for p in 0..3 {
            let raw = self.adc_sample(p).await?;
            peak = peak.max((raw as i32 - self.offset[p] as i32).unsigned_abs() * 8059 / 1000);
        }
        self.window[self.head] = peak.min(0xffff) as u16;
        self.head = (self.head + 1) % self.window.len();
        let over = self.window.iter().filter(|&&w| w as u32 > limit_ma).count();
        if over > 4 { Err(OVERCURRENT) } else { Ok(peak) }
    }

    /// One control period: speed and current, a Q8.8 PID step, the new duty and direction.
    pub async fn control_step(&mut self, target_vel: i32) -> Result<i32, Error> {
        let delta = self.read_encoder().await?;
        self.vel = (self.vel * 3 + delta * 16) / 4;
        self.peak_ma(4_000).await?;
        let err = target_vel * 16 - self.vel;
        self.integral = (self.integral + err).clamp(-20_000, 20_000);
        let u = (640 * err + 24 * self.integral + 96 * (err - self.prev_err)) >> 8;
        self.prev_err = err;
        self.gpio.write(GPIO_BSRR, if u >= 0 { DIR_PIN } else { DIR_PIN << 16 });
        self.set_duty(u.unsigned_abs().min(0xffff) as u16).await?;
        Ok(delta)
    }
}

/// Drive at `vel` until a switch in `mask` closes; fail after `max_ticks`.
pub async fn seek_limit(m: &mut Motor, vel: i32, mask: u32, max_ticks: u32) -> Result<u32, Error> {
    let run = async {
        loop {
            if let Err(e) = m.control_step(vel).await { return e; }
        }
    };
    let outcome = match timeout(max_ticks, select(run, LIMIT_IRQ.wait(mask))).await {
        Ok(Either::Left(e)) | Err(e) => Err(e),
        Ok(Either::Right(bits)) => Ok(bits),
    };
    m.ramp(0, 400).await?;
    m.integral = 0;
    let bits = outcome?;
    delay(5).await;
    if m.limits() & bits == 0 { Err(Error::Protocol(0x42)) } else { Ok(bits) }
}

/// Fast approach to the min switch, back off, slow approach, zero the encoder.
pub async fn home(m: &mut Motor) -> Result<u32, Error> {
    m.homed = false;
    if m.limits() & LIMIT_MIN == 0 {
        seek_limit(m, -40, LIMIT_MIN, 20_000).await?;
    }
    let mut backoff = 0u32;
    while m.limits() & LIMIT_MIN != 0 {
        m.control_step(8).await?;
        backoff += 1;
        if backoff > 2_000 { return Err(Error::Protocol(0x40)); }
    }
    m.ramp(0, 200).await?;
    delay(50).await;
    seek_limit(m, -4, LIMIT_MIN, 5_000).await?;
    m.enc.write(TIM_CNT, 0);
    (m.last_cnt, m.pos, m.homed) = (0, 0, true);
    Ok(backoff)
}

pub async fn retry<T>(attempts: u32, mut op: impl AsyncFnMut(u32) -> Result<T, Error>) -> Result<T, Error> {
    let mut last = Error::Timeout;
    for n in 0..attempts {
        match op(n).await { Ok(v) => return Ok(v), Err(e) => last = e }
        yield_now().await;
    }
    Err(last)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phase { Accelerate, Cruise, Decelerate, Settle, Done }

/// Trapezoidal move: accelerate to `vmax`, cruise, decelerate once the remaining distance
/// reaches the stopping distance, then hold the target until the speed has settled.
pub async fn move_to(m: &mut Motor, target: i32, vmax: i32, accel: i32) -> Result<u32, Error> {
    if !m.homed { return Err(Error::Protocol(0x43)); }
    let (dir, guard) = if target >= m.pos { (1, LIMIT_MAX) } else { (-1, LIMIT_MIN) };
    let (mut phase, mut v, mut ticks) = (Phase::Accelerate, 0i32, 0u32);
    while phase != Phase::Done {
        let remaining = (target - m.pos) * dir;
        phase = match phase {
            Phase::Accelerate | Phase::Cruise if remaining <= v * v / (2 * accel) => Phase::Decelerate,
            Phase::Accelerate => {
                v = (v + accel).min(vmax);
                if v == vmax { Phase::Cruise } else { Phase::Accelerate }
            }
            Phase::Decelerate if remaining <= 0 => Phase::Settle,
            Phase::Decelerate => {
                v = (v - accel).max(1);
                Phase::Decelerate
            }
            Phase::Settle if m.vel.abs() < 8 || ticks > 60_000 => Phase::Done,
            p => p,
        };
        if m.limits() & guard != 0 {
            m.ramp(0, 500).await?;
            m.homed = false;
            return Err(Error::Protocol(0x41));
        }
        let cmd = if phase == Phase::Settle { (target - m.pos).clamp(-2, 2) } else { v * dir };
        m.control_step(cmd).await?;
        ticks += 1;
    }
    m.ramp(0, 100).await?;
    Ok(ticks)
}

/// Overcurrent recovery: bridge off, wait, re-measure the offsets, check the idle current.
pub async fn recover_fault(m: &mut Motor) -> Result<u32, Error> {
    m.bridge(false);
    (m.duty, m.integral) = (0, 0);
    if FAULTS.fetch_add(1, Ordering::Relaxed) >= 5 {
        return Err(OVERCURRENT); // give up: latch the fault until a reset
    }
    retry(3, async |attempt| {
        delay(50 << attempt).await;
        let mut acc = [0u32; 3];
        for i in 0..24 {
            acc[i % 3] += m.adc_sample(i % 3).await? as u32;
        }
        m.offset = acc.map(|a| (a / 8) as u16);
        m.window = [0; 8];
        for _ in 0..8 {
            if m.peak_ma(u32::MAX).await? > 150 { return Err(OVERCURRENT); }
        }
        m.tim.write(TIM_SR, !SR_BIF);
        m.bridge(true);
        m.set_duty(0).await?;
        Ok(attempt)
    })
    .await
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cmd { Home, MoveTo(i32), SetDuty(u16), Stop }

pub struct CmdQueue { slots: [Cmd; QLEN], head: usize, len: usize }

impl CmdQueue {
    fn pop(&mut self) -> Option<Cmd> {
        let c = *self.slots.get(self.head).filter(|_| self.len > 0)?;
        (self.head, self.len) = ((self.head + 1) % QLEN, self.len - 1);
        Some(c)
    }
}

/// Move host commands into the queue until the mailbox goes quiet or the queue is full.
pub async fn fill_queue(q: &mut CmdQueue) -> Result<usize, Error> {
    while q.len < QLEN {
        let Ok(w) = timeout(200, CMD.recv()).await else { break };
        let [op, hi, lo, crc] = w.to_be_bytes();
        if crc8(&[op, hi, lo]) != crc { return Err(Error::Crc); }
        let arg = u16::from_be_bytes([hi, lo]);
        q.slots[(q.head + q.len) % QLEN] = match op {
            1 => Cmd::Home,
            2 => Cmd::MoveTo(arg as i16 as i32 * 16),
            3 => Cmd::SetDuty(arg),
            4 => Cmd::Stop,
            _ => return Err(Error::Protocol(op)),
        };
        q.len += 1;
    }
    Ok(q.len)
}

/// Run one command; returns the control ticks (or PWM periods) it took.
pub async fn execute(m: &mut Motor, cmd: Cmd) -> Result<u32, Error> {
    match cmd {
        Cmd::Home => retry(2, async |_| home(m).await).await,
        Cmd::MoveTo(pos) => move_to(m, pos, 120, 2).await,
        Cmd::SetDuty(d) => m.ramp(d, 16).await,
        Cmd::Stop => m.ramp(0, (m.duty / 8).max(1)).await,
    }
}

/// Main task: refill the queue while idle, run each command against the hardware fault
/// line, recover from overcurrent; returns the number of commands run after `Stop`.
pub async fn motor_task(m: &mut Motor, q: &mut CmdQueue) -> Result<u32, Error> {
    m.bridge(true);
    let mut done = 0u32;
    loop {
        let Some(cmd) = q.pop() else {
            match fill_queue(q).await {
                Ok(0) => yield_now().await,
                Ok(_) | Err(Error::Crc | Error::Protocol(_)) => {}
                Err(e) => return Err(e),
            }
            continue;
        };
        let r = match select(execute(m, cmd), FAULT.recv()).await {
            Either::Left(r) => r,
            Either::Right(_phase) => Err(OVERCURRENT),
        };
        match r {
            Ok(_) => done += 1,
            Err(OVERCURRENT) => {
                recover_fault(m).await?;
                while q.pop().is_some() {}
            }
            Err(Error::Timeout) => {
                m.ramp(0, 400).await?;
            }
            Err(e) => {
                m.bridge(false);
                return Err(e);
            }
        }
        if cmd == Cmd::Stop { return Ok(done); }
    }
}

// ------------------------------------------------------------------ entry points

type PollRes<T> = Poll<Result<T, Error>>;

#[inline(never)] pub fn poll_set_duty(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<()> {
    drive(pin!(m.set_duty(900)), cx)
}
#[inline(never)] pub fn poll_ramp(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(m.ramp(1200, 24)), cx)
}
#[inline(never)] pub fn poll_encoder(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<i32> {
    drive(pin!(m.read_encoder()), cx)
}
#[inline(never)] pub fn poll_adc_sample(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u16> {
    drive(pin!(m.adc_sample(1)), cx)
}
#[inline(never)] pub fn poll_peak(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(m.peak_ma(3_000)), cx)
}
#[inline(never)] pub fn poll_control(m: &mut Motor, vel: i32, cx: &mut Context<'_>) -> PollRes<i32> {
    drive(pin!(m.control_step(vel)), cx)
}
#[inline(never)] pub fn poll_seek(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(seek_limit(m, 20, LIMIT_MAX, 10_000)), cx)
}
#[inline(never)] pub fn poll_home(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(home(m)), cx)
}
#[inline(never)] pub fn poll_move(m: &mut Motor, target: i32, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(move_to(m, target, 120, 3)), cx)
}
#[inline(never)] pub fn poll_recover(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(recover_fault(m)), cx)
}
#[inline(never)] pub fn poll_fill(q: &mut CmdQueue, cx: &mut Context<'_>) -> PollRes<usize> {
    drive(pin!(fill_queue(q)), cx)
}
#[inline(never)] pub fn poll_execute(m: &mut Motor, cmd: Cmd, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(execute(m, cmd)), cx)
}
#[inline(never)] pub fn poll_motor_task(m: &mut Motor, q: &mut CmdQueue, cx: &mut Context<'_>) -> PollRes<u32> {
    drive(pin!(motor_task(m, q)), cx)
}
#[inline(never)] pub fn poll_jog(m: &mut Motor, cx: &mut Context<'_>) -> PollRes<u32> {
    let jog = async move {
        for _ in 0..250 {
            m.control_step(30).await?;
        }
        m.ramp(0, 60).await
    };
    drive(pin!(jog), cx)
}
