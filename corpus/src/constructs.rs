//! Case `constructs`: many non-async MIR constructs in one tiny crate, dumped
//! with `-Zdump-mir=all` (every pass) for parser coverage.  With
//! `--cfg mirscope_nightly` (nightly only) it also has `become` tail calls.
#![cfg_attr(mirscope_nightly, feature(explicit_tail_calls))]
#![cfg_attr(mirscope_nightly, allow(incomplete_features))]
#![allow(dead_code, unknown_lints, unnecessary_transmutes)]

use core::arch::asm;

// ---- statics, consts, promoteds, strings ----

pub static GREETING: &str = "hello, \"mir\"\n\t\u{1F980}";
pub static mut COUNTER: u64 = 0;
pub const TABLE: [u16; 4] = [1, 1 << 8, 0xffff, 7];
const BIG: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;

#[inline(never)]
pub fn promoted() -> &'static [u16; 4] {
    &[3, 1, 4, 1] // promoted constant
}

#[inline(never)]
pub fn bump() -> u64 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

// ---- enums and matches ----

pub enum Shape {
    Circle { r: f64 },
    Rect(f32, f32),
    Poly(Vec<(i32, i32)>),
    Empty,
}

#[inline(never)]
pub fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => core::f64::consts::PI * r * r,
        Shape::Rect(w, h) if *w > 0.0 => f64::from(*w * *h),
        Shape::Rect(..) => -0.0,
        Shape::Poly(pts) if pts.len() >= 3 => pts.len() as f64 * 0.5,
        Shape::Poly(_) | Shape::Empty => f64::NAN,
    }
}

#[inline(never)]
pub fn classify(c: char) -> u8 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' | '_' => 3,
        '\u{80}'.. => 4,
        _ => 0,
    }
}

// ---- slices, subslice patterns, indexing ----

#[inline(never)]
pub fn ends(xs: &[i32]) -> Option<(i32, &[i32], i32)> {
    match xs {
        [] | [_] => None,
        [first, middle @ .., last] => Some((*first, middle, *last)),
    }
}

#[inline(never)]
pub fn array_pattern(a: [u8; 6]) -> u8 {
    let [x, y, rest @ .., z] = a;
    x ^ y ^ rest[1] ^ z
}

#[inline(never)]
pub fn index_ops(v: &mut [u32], i: usize, m: &mut [[u8; 3]; 3]) -> u32 {
    v[i] += 1;
    m[i % 3][2] = 9;
    let s = &v[1..i];
    s.len() as u32 + v[v.len() - 1] + u32::from(m[0][0])
}

// ---- casts of all kinds ----

#[inline(never)]
pub fn casts(x: i64, f: f64, p: *const u8) -> (u8, i128, f32, usize, u32, char, *const u32, u64) {
    let a = x as u8; // int -> int truncation
    let b = x as i128; // sign extension
    let c = f as f32; // float -> float
    let d = p as usize; // ptr -> addr
    let e = f as u32; // float -> int (saturating)
    let g = (a as char) as u32 as u8 as char; // u8 -> char
    let h = p.cast::<u32>(); // ptr -> ptr
    let i = f64::to_bits(f) as u64; // transmute-like
    let _unsize: &[u8] = &[1u8, 2, 3]; // unsize
    let _fnptr: fn(u8) -> u8 = u8::reverse_bits; // reify fn pointer
    let _e = &Shape::Empty as *const Shape; // ref -> ptr
    let _i = 0x1000usize as *const u8; // int -> ptr
    let _t: u64 = unsafe { core::mem::transmute(f) };
    (a, b, c, d, e, g, h, i)
}

#[inline(never)]
pub fn enum_cast(o: core::cmp::Ordering) -> i8 {
    o as i8
}

// ---- floats and u128 ----

#[inline(never)]
pub fn floats(a: f32, b: f64) -> f64 {
    let x = f64::from(a) * 1.5e-3 + b / 3.0 - f64::INFINITY.min(2.0);
    if x.is_nan() { f64::MIN_POSITIVE } else { -x }
}

#[inline(never)]
pub fn wide(a: u128, b: i128) -> u128 {
    a.wrapping_mul(BIG) ^ (b as u128) >> 7 | u128::MAX / 3
}

// ---- raw pointers, unions, Box ----

#[repr(C)]
pub union Bits {
    pub f: f32,
    pub u: u32,
    pub b: [u8; 4],
}

#[inline(never)]
pub fn union_ops(x: f32) -> (u32, u8) {
    let mut v = Bits { f: x };
    unsafe {
        v.b[0] = 0;
        (v.u, v.b[3])
    }
}

#[inline(never)]
pub unsafe fn raw_ptrs(p: *mut u32, n: usize) -> u32 {
    unsafe {
        let q = p.add(n);
        *q = 5;
        let r = &raw const *p;
        let addr = core::ptr::addr_of_mut!((*p));
        *addr += *r;
        core::ptr::read_volatile(q)
    }
}

#[inline(never)]
pub fn boxes(w: f32) -> u64 {
    let b = Box::new(Shape::Rect(w, 2.0));
    let inner = *b; // move out of a box
    match inner {
        Shape::Rect(w, _) => w as u64,
        _ => 0,
    }
}

// ---- closures, fn pointers, trait objects ----

pub trait Visitor {
    fn visit(&mut self, x: i32) -> bool;
    fn done(&self) -> usize {
        0
    }
}

pub struct Counter(usize);

impl Visitor for Counter {
    fn visit(&mut self, x: i32) -> bool {
        self.0 += 1;
        x > 0
    }
}

#[inline(never)]
pub fn dyn_calls(v: &mut dyn Visitor, xs: &[i32]) -> usize {
    xs.iter().filter(|&&x| v.visit(x)).count() + v.done()
}

#[inline(never)]
pub fn closures(k: i32) -> (i32, Box<dyn Fn(i32) -> i32>) {
    let mut hits = 0;
    let mut count = |x: i32| {
        hits += x;
    };
    count(k);
    count(2);
    let by_move = move |x: i32| x * k + hits;
    let f: fn(i32) -> i32 = |x| x + 1;
    (f(by_move(3)), Box::new(by_move))
}

#[inline(never)]
pub fn apply(f: fn(u32) -> u32, g: &dyn Fn(u32) -> u32, x: u32) -> u32 {
    g(f(x))
}

// ---- panics with messages ----

#[inline(never)]
pub fn checked(a: u32, b: u32, v: &[u8]) -> u32 {
    if b == 0 {
        panic!("division by zero");
    }
    assert!(v.len() > 2, "need at least 3 bytes");
    let q = a / b; // division assert
    let r = a % b; // remainder assert
    q + r + u32::from(v[2]) + u32::from(*v.get(5).expect("sixth byte"))
}

// ---- inline asm ----

#[inline(never)]
pub fn asm_add(a: u64, b: u64) -> u64 {
    let out: u64;
    unsafe {
        asm!("lea {o}, [{a} + {b}]", a = in(reg) a, b = in(reg) b, o = lateout(reg) out,
             options(pure, nomem, nostack));
    }
    out
}

#[inline(never)]
pub fn asm_goto_like(x: u32) -> u32 {
    let mut y = x;
    unsafe {
        asm!("inc {0:e}", inout(reg) y, options(nostack));
        asm!("nop");
    }
    y
}

// ---- explicit tail calls (nightly): a separate file so stable never parses `become` ----

#[cfg(mirscope_nightly)]
#[path = "constructs_tail.rs"]
pub mod tail;
