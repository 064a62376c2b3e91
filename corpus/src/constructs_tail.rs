//! `become` tail calls, compiled only by nightly (`--cfg mirscope_nightly`).

#[inline(never)]
pub fn count_down(n: u64, acc: u64) -> u64 {
    if n == 0 {
        return acc;
    }
    become count_down(n - 1, acc + n)
}

#[inline(never)]
pub fn dispatch(op: u64, x: u64) -> u64 {
    match op {
        0 => become count_down(x, 0),
        1 => become dispatch(0, x * 2),
        _ => x,
    }
}
