// Awaits behind a branch the MIR decides by a constant (tests/data/unreachable-const/regen).
// `--cfg after` builds each fn without its dead branch: the size the what-if predicts.
#![allow(unreachable_code, unused, unused_comparisons)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(pub u32);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 { Poll::Ready(7) } else { self.0 -= 1; Poll::Pending }
    }
}

pub struct Big(pub [u8; 200]);
impl Future for Big {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0[3] as u32)
    }
}

/// `_N = const false; switchInt(move _N)`: the Big await is dead.
pub async fn if_false(x: u32) -> u32 {
    let a = Tick(x).await;
    #[cfg(not(after))]
    if false {
        return Big([0; 200]).await;
    }
    a
}

/// `cfg!(feature = "x")` expands to `false` (no --cfg feature="x"): the firmware pattern.
pub async fn cfg_feature(x: u32) -> u32 {
    let a = Tick(x).await;
    #[cfg(not(after))]
    if cfg!(feature = "x") {
        return Big([1; 200]).await + a;
    }
    a
}

/// A constant-true condition: the else branch's await is dead.
#[cfg(not(after))]
pub async fn if_true_else(x: u32) -> u32 {
    let a = Tick(x).await;
    if true { a + 1 } else { Big([2; 200]).await }
}
#[cfg(after)]
pub async fn if_true_else(x: u32) -> u32 {
    let a = Tick(x).await;
    a + 1
}

/// A match on an integer literal: only the `_` arm is taken.
#[cfg(not(after))]
pub async fn match_const(x: u32) -> u32 {
    let a = Tick(x).await;
    match 1u8 {
        0 => Big([3; 200]).await,
        _ => a,
    }
}
#[cfg(after)]
pub async fn match_const(x: u32) -> u32 {
    Tick(x).await
}

/// Negative: a runtime bool; both branches can run.
pub async fn runtime_bool(x: u32, on: bool) -> u32 {
    let a = Tick(x).await;
    if on {
        return Big([4; 200]).await;
    }
    a
}

/// Negative: a `const` item; the dump prints `const OFF`, not its value.
const OFF: bool = false;
pub async fn const_item(x: u32) -> u32 {
    let a = Tick(x).await;
    if OFF {
        return Big([5; 200]).await;
    }
    a
}

/// Negative: a local bool variable, copied into the switched temporary.
pub async fn let_false(x: u32) -> u32 {
    let a = Tick(x).await;
    let on = false;
    if on {
        return Big([6; 200]).await;
    }
    a
}

/// A comparison of two literals: `_4 = Gt(const 1_i32, const 2_i32); switchInt(move _4)`.
pub async fn cmp_gt(x: u32) -> u32 {
    let a = Tick(x).await;
    #[cfg(not(after))]
    if 1 > 2 {
        return Big([7; 200]).await;
    }
    a
}

/// Signed literals: `Ge(const -3_i64, const 2_i64)` is false (as unsigned bits it would hold).
pub async fn cmp_signed(x: u32) -> u32 {
    let a = Tick(x).await;
    #[cfg(not(after))]
    if -3i64 >= 2 {
        return Big([8; 200]).await;
    }
    a
}

/// Unsigned literals: `Gt(const 200_u8, const 7_u8)` is true (as i8 it would not hold); the
/// else branch's await is dead.
#[cfg(not(after))]
pub async fn cmp_true_else(x: u32) -> u32 {
    let a = Tick(x).await;
    if 200u8 > 7 { a + 1 } else { Big([9; 200]).await }
}
#[cfg(after)]
pub async fn cmp_true_else(x: u32) -> u32 {
    let a = Tick(x).await;
    a + 1
}

/// Constant bools: `BitAnd(const true, const false)`.
pub async fn bool_and(x: u32) -> u32 {
    let a = Tick(x).await;
    #[cfg(not(after))]
    if true & false {
        return Big([10; 200]).await;
    }
    a
}

/// Negative: one operand is not a constant (`Gt(move _N, const 2_u32)`).
pub async fn cmp_runtime(x: u32) -> u32 {
    let a = Tick(x).await;
    if x > 2 {
        return Big([11; 200]).await;
    }
    a
}

/// Negative: `size_of` is a call in the coroutine_resume dump (`_N = std::mem::size_of::<u8>()`),
/// folded only by later passes.
pub async fn size_of_eq(x: u32) -> u32 {
    let a = Tick(x).await;
    if std::mem::size_of::<u8>() == 2 {
        return Big([12; 200]).await;
    }
    a
}

/// Negative: a type's extreme prints as a path (`Lt(const u8::MAX, const 3_u8)`), as a named
/// constant would.
pub async fn cmp_max(x: u32) -> u32 {
    let a = Tick(x).await;
    if 255u8 < 3 {
        return Big([13; 200]).await;
    }
    a
}
