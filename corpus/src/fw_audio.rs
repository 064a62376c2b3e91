//! Calibration crate `fw-audio` (firmware style, no_std): the audio path of a small device: a
//! codec set up over I2C (register table with retries and read-back, soft reset with a
//! timeout, PLL lock polling), I2S fed by circular DMA with half/full-transfer interrupts, a
//! fixed-point tone generator, a PCM ring fed through a mailbox, saturating mixing, volume
//! ramps, mute on underrun, headphone-detect debouncing, a chime sequencer and a control loop.
#![no_std]
#![allow(dead_code, async_fn_in_trait)]

#[path = "common/fw_rt.rs"]
mod rt;

use core::pin::pin;
use core::task::{Context, Poll};
use rt::{delay, drive, select, timeout, Either, Error, I2c, Irq, Regs, Signal};

pub static I2C_IRQ: Irq = Irq::new();
pub static DMA_IRQ: Irq = Irq::new();
pub static JACK_IRQ: Irq = Irq::new();
/// Two 16-bit samples per word, pushed by the receive path.
pub static PCM_IN: Signal = Signal::new();
/// Control messages: `kind << 24 | argument`.
pub static CTRL: Signal = Signal::new();

pub const HALF_LEN: usize = 128; // samples per half-buffer: 64 stereo frames at 48 kHz
pub const RING_LEN: usize = 512;
pub const UNITY: u16 = 32768; // Q15 gain, 0 dB
const NACKF: u32 = 1 << 4;
const STOPF: u32 = 1 << 5;

pub struct CodecBus {
    regs: Regs,
    irq: &'static Irq,
}

impl CodecBus {
    /// CR2: address, byte count, direction, START and AUTOEND.
    fn begin(&self, addr: u8, len: usize, read: bool) {
        let cr2 = ((addr as u32) << 1) | ((len.min(255) as u32) << 16) | ((read as u32) << 10);
        self.regs.write(1, cr2 | (1 << 13) | (1 << 25));
    }

    async fn flag(&self, mask: u32) -> Result<(), Error> {
        if timeout(10, self.irq.wait(mask | NACKF)).await? & NACKF != 0 {
            self.regs.write(7, NACKF | STOPF);
            return Err(Error::Nack);
        }
        Ok(())
    }
}

impl I2c for CodecBus {
    async fn write(&mut self, addr: u8, data: &[u8]) -> Result<(), Error> {
        self.begin(addr, data.len(), false);
        for &b in data {
            self.flag(1 << 1).await?;
            self.regs.write(10, b as u32);
        }
        self.flag(STOPF).await
    }

    async fn read(&mut self, addr: u8, buf: &mut [u8]) -> Result<(), Error> {
        self.begin(addr, buf.len(), true);
        for slot in buf.iter_mut() {
            self.flag(1 << 2).await?;
            *slot = self.regs.read(9) as u8;
        }
        self.flag(STOPF).await
    }

    async fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), Error> {
        self.write(addr, data).await?;
        self.read(addr, buf).await
    }
}

// ------------------------------------------------------------------ codec

pub const CODEC: u8 = 0x18;
const REG_RESET: u8 = 0x01;
const REG_OUT_SEL: u8 = 0x29;
const REG_MUTE: u8 = 0x2b;

/// PLL for 48 kHz from 12.288 MHz (P, J, D, R); I2S 16-bit; DACs on but muted; HP drivers on.
pub const CODEC_INIT: [(u8, u8); 11] = [
    (0x03, 0x91), (0x04, 0x20), (0x05, 0x00), (0x06, 0x00), (0x07, 0x0a), (0x09, 0x00),
    (0x0b, 0x01), (0x25, 0xc0), (REG_MUTE, 0x80), (0x33, 0x0d), (0x41, 0x0d),
];

pub async fn codec_write_verify<B: I2c>(bus: &mut B, reg: u8, val: u8) -> Result<(), Error> {
    let mut last = Error::Timeout;
    for attempt in 0..3u32 {
        let mut back = [0u8; 1];
        match bus.write(CODEC, &[reg, val]).await {
            Ok(()) => match bus.write_read(CODEC, &[reg], &mut back).await {
                Ok(()) if back[0] == val => return Ok(()),
                Ok(()) => last = Error::Protocol(reg),
                Err(e) => last = e,
            },
            Err(e) => last = e,
        }
        delay(1 << attempt).await;
    }
    Err(last)
}

/// Soft reset: the reset bit clears itself once the codec is back.
pub async fn codec_soft_reset<B: I2c>(bus: &mut B) -> Result<(), Error> {
    bus.write(CODEC, &[REG_RESET, 0x80]).await?;
    timeout(20, async {
        let mut status = [0u8; 1];
        loop {
            delay(1).await;
            match bus.write_read(CODEC, &[REG_RESET], &mut status).await {
                Ok(()) if status[0] & 0x80 == 0 => break Ok::<(), Error>(()),
                Ok(()) | Err(Error::Nack) => {}
                Err(e) => break Err(e),
            }
        }
    })
    .await?
}

/// Reset, load the table, check it with one burst read, wait for PLL lock, unmute.
pub async fn codec_init<B: I2c>(bus: &mut B) -> Result<u8, Error> {
    codec_soft_reset(bus).await?;
    for &(reg, val) in CODEC_INIT.iter() {
        codec_write_verify(bus, reg, val).await?;
    }
    let mut dump = [0u8; 32];
    bus.write_read(CODEC, &[0x00], &mut dump).await?;
    if let Some(&(reg, _)) = CODEC_INIT.iter().find(|&&(r, v)| (r as usize) < 32 && dump[r as usize] != v) {
        return Err(Error::Protocol(reg));
    }
    for _ in 0..25 {
        bus.write_read(CODEC, &[0x1b], &mut dump[..1]).await?;
        if dump[0] & 0x10 != 0 {
            codec_write_verify(bus, REG_MUTE, 0x00).await?;
            return Ok(dump[0] >> 5); // silicon revision
        }
        delay(2).await;
    }
    Err(Error::Timeout)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OutPath {
    Speaker,
    Headphone,
}

/// Debounce the jack-detect pin (five equal reads 10 ticks apart), then switch the output
/// path with the DAC muted.
pub async fn jack_detect<B: I2c>(bus: &mut B, gpio: &Regs, current: OutPath) -> Result<OutPath, Error> {
    let inserted = || gpio.read(4) & (1 << 7) == 0;
    loop {
        JACK_IRQ.wait(1 << 7).await;
        let (mut level, mut stable) = (inserted(), 0u8);
        while stable < 5 {
            delay(10).await;
            let now = inserted();
            stable = if now == level { stable + 1 } else { 0 };
            level = now;
        }
        let path = if level { OutPath::Headphone } else { OutPath::Speaker };
        if path != current {
            codec_write_verify(bus, REG_MUTE, 0x80).await?;
            codec_write_verify(bus, REG_OUT_SEL, if level { 0x00 } else { 0x0c }).await?;
            delay(5).await;
            codec_write_verify(bus, REG_MUTE, 0x00).await?;
            return Ok(path);
        }
    }
}

// ------------------------------------------------------------------ samples

/// sin(k * pi / 32), k = 0..=16, Q15: one quarter wave.
const SINE_Q: [i16; 17] = [
    0, 3212, 6393, 9512, 12539, 15446, 18204, 20787, 23170, 25329, 27245, 28898, 30273, 31356,
    32137, 32609, 32767,
];

/// Interpolated sine of a 32-bit phase (2^32 = one turn).
pub fn sine(phase: u32) -> i16 {
    let (quadrant, idx, frac) = (phase >> 30, ((phase >> 26) & 0xf) as usize, ((phase >> 18) & 0xff) as i32);
    let (i0, i1) = if quadrant & 1 == 0 { (idx, idx + 1) } else { (16 - idx, 15 - idx) };
    let v = SINE_Q[i0] as i32 + (((SINE_Q[i1] as i32 - SINE_Q[i0] as i32) * frac) >> 8);
    if quadrant >= 2 { (-v) as i16 } else { v as i16 }
}

/// Ramp a Q15 gain linearly from `from` to `to` across the buffer's frames.
pub fn apply_gain(out: &mut [i16], from: u16, to: u16) {
    let frames = (out.len() / 2).max(1) as i32;
    for (i, frame) in out.chunks_exact_mut(2).enumerate() {
        let g = from as i32 + (to as i32 - from as i32) * i as i32 / frames;
        frame.iter_mut().for_each(|s| *s = ((*s as i32 * g) >> 15) as i16);
    }
}

pub fn buffers_for(ms: u16) -> u32 {
    (ms as u32 * 48 / (HALF_LEN / 2) as u32).max(1)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Source {
    Tone,
    Pcm,
    Mix,
}

/// Tone generator (phase accumulator), PCM ring (free-running u16 indices) and output gain.
pub struct Mixer {
    phase: u32,
    step: u32,
    ring: [i16; RING_LEN],
    head: u16,
    tail: u16,
    pub gain: u16,
    pub muted: bool,
    pub underruns: u32,
}

impl Mixer {
    pub fn set_freq(&mut self, hz: u16) {
        self.step = hz as u32 * (u32::MAX / 48_000 + 1);
    }

    pub fn level(&self) -> usize {
        self.head.wrapping_sub(self.tail) as usize
    }

    pub fn push_word(&mut self, w: u32) -> bool {
        if RING_LEN - self.level() < 2 {
            return false;
        }
        for s in [w as i16, (w >> 16) as i16] {
            self.ring[self.head as usize % RING_LEN] = s;
            self.head = self.head.wrapping_add(1);
        }
        true
    }

    /// One half-buffer before gain; a PCM underrun mutes until the ring has refilled.
    pub fn render(&mut self, src: Source, out: &mut [i16; HALF_LEN]) {
        let mut pcm = [0i16; HALF_LEN];
        if src != Source::Tone && !self.muted {
            let n = self.level().min(HALF_LEN);
            for p in pcm[..n].iter_mut() {
                *p = self.ring[self.tail as usize % RING_LEN];
                self.tail = self.tail.wrapping_add(1);
            }
            if n < HALF_LEN && src == Source::Pcm {
                self.underruns += 1;
                self.muted = true;
                pcm.fill(0);
            }
        }
        for (frame, p) in out.chunks_exact_mut(2).zip(pcm.chunks_exact(2)) {
            let t = if src == Source::Pcm || self.step == 0 { 0 } else { sine(self.phase) / 2 };
            self.phase = self.phase.wrapping_add(self.step);
            frame[0] = t.saturating_add(p[0]);
            frame[1] = t.saturating_add(p[1]);
        }
    }
}

// ------------------------------------------------------------------ I2S + DMA

const TEIF: u32 = 1 << 3;
const HTIF: u32 = 1 << 4;
const TCIF: u32 = 1 << 5;

pub struct I2s {
    spi: Regs,
    dma: Regs,
    buf: [i16; 2 * HALF_LEN],
}

impl I2s {
    /// Circular memory-to-peripheral DMA, 16-bit, half- and full-transfer interrupts.
    pub fn start(&mut self) {
        self.buf.fill(0);
        self.dma.write(7, self.buf.as_ptr() as usize as u32);
        self.dma.write(5, self.buf.len() as u32);
        self.dma.write(4, 0x2d5d);
        self.spi.modify(7, 0, 1 << 10);
    }

    pub fn stop(&mut self) {
        self.spi.modify(7, 1 << 10, 0);
        self.dma.modify(4, 1, 0);
    }

    /// Wait until the DMA has left one half (returned: 0 or 1) so it can be refilled.
    pub async fn next_half(&mut self) -> Result<usize, Error> {
        let flags = timeout(10, DMA_IRQ.wait(HTIF | TCIF | TEIF)).await?;
        self.dma.write(2, flags);
        match (flags & TEIF != 0, flags & HTIF != 0, flags & TCIF != 0) {
            (true, _, _) => {
                self.stop();
                Err(Error::Bus)
            }
            (_, true, true) => Err(Error::Overflow),
            (_, true, false) => Ok(0),
            _ => Ok(1),
        }
    }

    pub fn write_half(&mut self, half: usize, src: &[i16; HALF_LEN]) {
        self.buf.chunks_exact_mut(HALF_LEN).nth(half).unwrap().copy_from_slice(src);
    }
}

/// Ramp the gain to `to` over `buffers` half-buffers, so that changes do not click.
pub async fn ramp_volume(i2s: &mut I2s, mx: &mut Mixer, src: Source, to: u16, buffers: u32) -> Result<(), Error> {
    let (from, span) = (mx.gain as i32, buffers.max(1) as i32);
    for k in 0..span {
        let half = i2s.next_half().await?;
        let mut tmp = [0i16; HALF_LEN];
        mx.render(src, &mut tmp);
        let g = |k: i32| (from + (to as i32 - from) * k / span) as u16;
        apply_gain(&mut tmp, g(k), g(k + 1));
        i2s.write_half(half, &tmp);
    }
    mx.gain = to;
    Ok(())
}

/// Stream PCM (optionally under a tone), taking words from the mailbox whenever the DMA is
/// not due; after an underrun stay muted until the ring is half full, then fade back in.
pub async fn pcm_play(i2s: &mut I2s, mx: &mut Mixer, src: Source, buffers: u32) -> Result<u32, Error> {
    let (before, mut played) = (mx.underruns, 0);
    while played < buffers {
        if mx.muted && mx.level() >= RING_LEN / 2 {
            mx.muted = false;
            let g = core::mem::replace(&mut mx.gain, 0);
            ramp_volume(i2s, mx, src, g, 4).await?;
            played += 4;
        }
        let half = match select(i2s.next_half(), PCM_IN.recv()).await {
            Either::Left(Err(Error::Overflow)) => continue,
            Either::Left(h) => h?,
            Either::Right(w) => {
                mx.push_word(w);
                continue;
            }
        };
        let mut tmp = [0i16; HALF_LEN];
        mx.render(src, &mut tmp);
        apply_gain(&mut tmp, mx.gain, mx.gain);
        i2s.write_half(half, &tmp);
        played += 1;
    }
    Ok(mx.underruns - before)
}

// ------------------------------------------------------------------ chimes and control

/// (frequency in Hz, duration in ms); 0 Hz is a rest.
pub const CHIMES: [&[(u16, u16)]; 3] = [
    &[(523, 90), (659, 90), (784, 90), (1047, 250)],
    &[(880, 120), (0, 60), (880, 120), (0, 60), (660, 300)],
    &[(2000, 40)],
];

/// Play a note table, each note with a one-buffer attack and release.
pub async fn play_chime(i2s: &mut I2s, mx: &mut Mixer, notes: &[(u16, u16)]) -> Result<usize, Error> {
    for &(hz, ms) in notes {
        mx.set_freq(hz);
        let n = buffers_for(ms).max(2);
        for k in 0..n {
            let half = i2s.next_half().await?;
            let mut tmp = [0i16; HALF_LEN];
            mx.render(Source::Tone, &mut tmp);
            apply_gain(&mut tmp, if k == 0 { 0 } else { mx.gain }, if k + 1 == n { 0 } else { mx.gain });
            i2s.write_half(half, &tmp);
        }
    }
    Ok(notes.len())
}

/// Roughly 3 dB per step, Q15.
const VOLUME: [u16; 16] = [0, 290, 410, 580, 820, 1160, 1640, 2320, 3280, 4630, 6550, 9250, 13080, 18480, 26120, UNITY];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Play {
    Idle,
    Tone(u32),
    Stream,
}

/// Refill the free half on each DMA interrupt, or handle a control message.
pub async fn audio_task(i2s: &mut I2s, mx: &mut Mixer) -> Result<u32, Error> {
    let (mut play, mut volume, mut mute, mut served) = (Play::Idle, mx.gain, false, 0u32);
    loop {
        let half = match select(i2s.next_half(), CTRL.recv()).await {
            Either::Left(Err(Error::Overflow)) => continue,
            Either::Left(h) => h?,
            Either::Right(word) => {
                match (word >> 24, word & 0xffff) {
                    (1, v) => volume = VOLUME[(v as usize).min(VOLUME.len() - 1)],
                    (2, m) => mute = m != 0,
                    (3, hz) => {
                        mx.set_freq(hz as u16);
                        play = Play::Tone(buffers_for(400));
                    }
                    (4, id) => {
                        served += play_chime(i2s, mx, CHIMES[id as usize % CHIMES.len()]).await? as u32;
                    }
                    (5, _) => (play, mx.muted) = (Play::Stream, false),
                    (6, _) => {
                        let src = if play == Play::Stream { Source::Pcm } else { Source::Tone };
                        ramp_volume(i2s, mx, src, 0, 4).await?;
                        i2s.stop();
                        return Ok(served);
                    }
                    _ => {}
                }
                continue;
            }
        };
        let mut tmp = [0i16; HALF_LEN];
        play = match play {
            Play::Idle => Play::Idle,
            Play::Tone(left) => {
                mx.render(Source::Tone, &mut tmp);
                if left > 1 { Play::Tone(left - 1) } else { Play::Idle }
            }
            Play::Stream => {
                mx.render(Source::Pcm, &mut tmp);
                Play::Stream
            }
        };
        // glide towards the wanted gain by at most 1/8 of full scale per buffer
        let (from, target) = (mx.gain as i32, if mute { 0 } else { volume as i32 });
        mx.gain = (from + (target - from).clamp(-4096, 4096)) as u16;
        apply_gain(&mut tmp, from as u16, mx.gain);
        i2s.write_half(half, &tmp);
        served += 1;
    }
}

// ------------------------------------------------------------------ entry points

pub static mut BUS: CodecBus = CodecBus { regs: Regs::at(0x4000_5c00), irq: &I2C_IRQ };
pub static mut I2S: I2s = I2s { spi: Regs::at(0x4000_3c00), dma: Regs::at(0x4002_6070), buf: [0; 2 * HALF_LEN] };
pub static mut MIXER: Mixer =
    Mixer { phase: 0, step: 0, ring: [0; RING_LEN], head: 0, tail: 0, gain: UNITY / 2, muted: false, underruns: 0 };

#[allow(static_mut_refs)]
fn bus() -> &'static mut CodecBus {
    unsafe { &mut BUS }
}
#[allow(static_mut_refs)]
fn i2s() -> &'static mut I2s {
    unsafe { &mut I2S }
}
#[allow(static_mut_refs)]
fn mixer() -> &'static mut Mixer {
    unsafe { &mut MIXER }
}

#[inline(never)]
pub fn poll_i2c_flag(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().flag(STOPF)), cx)
}
#[inline(never)]
pub fn poll_i2c_write(data: &[u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().write(CODEC, data)), cx)
}
#[inline(never)]
pub fn poll_i2c_read(buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().read(CODEC, buf)), cx)
}
#[inline(never)]
pub fn poll_i2c_write_read(data: &[u8], buf: &mut [u8], cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(bus().write_read(CODEC, data, buf)), cx)
}
#[inline(never)]
pub fn poll_codec_write(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(codec_write_verify(bus(), REG_MUTE, 0x80)), cx)
}
#[inline(never)]
pub fn poll_codec_reset(cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(codec_soft_reset(bus())), cx)
}
#[inline(never)]
pub fn poll_codec_init(cx: &mut Context<'_>) -> Poll<Result<u8, Error>> {
    drive(pin!(codec_init(bus())), cx)
}
#[inline(never)]
pub fn poll_jack_detect(cx: &mut Context<'_>) -> Poll<Result<OutPath, Error>> {
    drive(pin!(jack_detect(bus(), &Regs::at(0x4002_0800), OutPath::Speaker)), cx)
}
#[inline(never)]
pub fn poll_next_half(cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(i2s().next_half()), cx)
}
#[inline(never)]
pub fn poll_ramp(to: u16, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(ramp_volume(i2s(), mixer(), Source::Mix, to, 8)), cx)
}
#[inline(never)]
pub fn poll_pcm_play(src: Source, cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(pcm_play(i2s(), mixer(), src, 1000)), cx)
}
#[inline(never)]
pub fn poll_chime(id: usize, cx: &mut Context<'_>) -> Poll<Result<usize, Error>> {
    drive(pin!(play_chime(i2s(), mixer(), CHIMES[id % CHIMES.len()])), cx)
}
#[inline(never)]
pub fn poll_audio_task(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    drive(pin!(audio_task(i2s(), mixer())), cx)
}
#[inline(never)]
pub fn poll_boot(cx: &mut Context<'_>) -> Poll<Result<u32, Error>> {
    let (b, s, m) = (bus(), i2s(), mixer());
    drive(
        pin!(async move {
            if timeout(500, codec_init(b)).await?? < 2 {
                codec_write_verify(b, 0x0c, 0x00).await?; // early silicon: de-emphasis off
            }
            s.start();
            play_chime(s, m, CHIMES[0]).await?;
            audio_task(s, m).await
        }),
        cx,
    )
}
