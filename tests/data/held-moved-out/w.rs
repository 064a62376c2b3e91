// A Result matched and moved out of in every arm, then kept to the end of its scope across
// later awaits: drop elaboration's `discriminant(parsed)` test stays in the MIR with both
// arms jumping to one block once the drops were optimised away (opt-level 3).  It is not a
// use of `parsed`.  `--cfg after`: its scope ended before the awaits, as advised.
#![allow(dead_code)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub struct Command {
    pub key: String,
    pub value: [u8; 48],
}

#[inline(never)]
pub fn parse_line(line: &str) -> Result<Command, String> {
    if line.is_empty() {
        Err(String::from("empty"))
    } else {
        Ok(Command { key: line.to_string(), value: [7; 48] })
    }
}

pub async fn execute(cmd: Box<Command>) -> Option<String> {
    Yield(false).await;
    Some(cmd.key)
}

pub async fn write_all(b: &[u8]) -> usize {
    Yield(false).await;
    b.len()
}

#[cfg(not(after))]
pub async fn serve(lines: Vec<String>) -> usize {
    let mut n = 0;
    for line in lines.iter() {
        let parsed = parse_line(line);
        let reply = match parsed {
            Ok(cmd) => match execute(Box::new(cmd)).await {
                Some(r) => r,
                None => break,
            },
            Err(e) => format!("ERR {e}"),
        };
        n += write_all(reply.as_bytes()).await + write_all(b"\n").await;
    }
    n
}

/// As a trial did it: the error arm leaves the loop body, so `parsed` is gone before the
/// awaits (the error reply is no longer written: a fixture, not a refactoring).
#[cfg(after)]
pub async fn serve(lines: Vec<String>) -> usize {
    let mut n = 0;
    for line in lines.iter() {
        let cmd = match parse_line(line) {
            Ok(cmd) => cmd,
            Err(e) => {
                n += e.len();
                continue;
            }
        };
        let reply = match execute(Box::new(cmd)).await {
            Some(r) => r,
            None => break,
        };
        n += write_all(reply.as_bytes()).await + write_all(b"\n").await;
    }
    n
}

/// The same with a nested Result: drop elaboration's arms meet past a drop flag's switch
/// and a second variant test (until 2026-12-07 still "used", box it).
#[cfg(not(after))]
pub async fn serve_nested(lines: Vec<String>) -> usize {
    let mut n = 0;
    for line in lines.iter() {
        let parsed: Result<Result<Command, String>, String> = Ok(parse_line(line));
        let reply = match parsed {
            Ok(Ok(cmd)) => match execute(Box::new(cmd)).await {
                Some(r) => r,
                None => break,
            },
            Ok(Err(e)) => format!("ERR {e}"),
            Err(e) => format!("FATAL {e}"),
        };
        n += write_all(reply.as_bytes()).await + write_all(b"\n").await;
    }
    n
}
#[cfg(after)]
pub async fn serve_nested(lines: Vec<String>) -> usize {
    let mut n = 0;
    for line in lines.iter() {
        let cmd = {
            let parsed: Result<Result<Command, String>, String> = Ok(parse_line(line));
            match parsed {
                Ok(Ok(cmd)) => cmd,
                Ok(Err(e)) | Err(e) => {
                    n += e.len();
                    continue;
                }
            }
        };
        let reply = match execute(Box::new(cmd)).await {
            Some(r) => r,
            None => break,
        };
        n += write_all(reply.as_bytes()).await + write_all(b"\n").await;
    }
    n
}
