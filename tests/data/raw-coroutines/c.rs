#![feature(coroutines, coroutine_trait, stmt_expr_attributes)]
use std::ops::Coroutine;

pub fn none() -> impl Coroutine<Yield = u8, Return = u8> {
    #[coroutine] || 5u8
}

pub fn two(n: u8) -> impl Coroutine<Yield = u8, Return = u8> {
    #[coroutine] move || {
        let buf = [n; 64];
        yield buf[0];
        yield buf[1];
        buf[2]
    }
}
