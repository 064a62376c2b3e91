//! Case `drops` (and `drops-panic-abort`, the same source built with
//! `-Cpanic=abort`): `?` with `Drop` types held across awaits, guards,
//! a large array held across an await, and big by-value arguments (upvars).
#![allow(dead_code)]

#[path = "common/rt.rs"]
mod rt;

use core::sync::atomic::{AtomicU32, Ordering};
use rt::{recv, yield_now, BoxFut};

static OPEN: AtomicU32 = AtomicU32::new(0);
static ROLLBACKS: AtomicU32 = AtomicU32::new(0);

#[derive(Debug)]
pub enum DbError {
    Closed,
    Timeout(u32),
    Io(String),
}

pub struct Conn {
    id: u32,
    buf: Vec<u8>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::Relaxed);
    }
}

pub struct Tx<'a> {
    conn: &'a mut Conn,
    committed: bool,
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.committed {
            ROLLBACKS.fetch_add(1, Ordering::Relaxed);
            self.conn.buf.clear();
        }
    }
}

pub async fn connect(id: u32) -> Result<Conn, DbError> {
    let ok = recv(id != 0).await;
    if !ok {
        return Err(DbError::Closed);
    }
    OPEN.fetch_add(1, Ordering::Relaxed);
    Ok(Conn { id, buf: Vec::with_capacity(64) })
}

pub async fn query(conn: &mut Conn, sql: &str) -> Result<Vec<u32>, DbError> {
    conn.buf.extend_from_slice(sql.as_bytes());
    let n = recv(sql.len() as u32).await;
    if n > 1000 {
        return Err(DbError::Timeout(n));
    }
    Ok((0..n).map(|i| i ^ conn.id).collect())
}

impl<'a> Tx<'a> {
    fn begin(conn: &'a mut Conn) -> Self {
        Tx { conn, committed: false }
    }
    async fn commit(mut self) -> Result<(), DbError> {
        let ack = recv(self.conn.id).await;
        if ack == 0 {
            return Err(DbError::Io(String::from("commit not acknowledged")));
        }
        self.committed = true;
        Ok(())
    }
}

/// `?` after every await; `Conn`, `Tx` (borrowing `conn`) and a `String` are
/// alive across suspend points and must be dropped on every early return.
pub async fn transfer(from: u32, amount: u32) -> Result<u32, DbError> {
    let mut conn = connect(from).await?;
    let audit = format!("transfer {amount} from {from}");
    let tx = Tx::begin(&mut conn);
    let rows = query(tx.conn, "select balance").await?;
    let balance = rows.first().copied().ok_or(DbError::Closed)?;
    if balance < amount {
        return Err(DbError::Io(audit));
    }
    query(tx.conn, "update balance").await?;
    tx.commit().await?;
    yield_now().await;
    Ok(balance - amount + audit.len() as u32)
}

/// Two connections, the second opened while the first is still alive.
pub async fn copy_table(src: u32, dst: u32) -> Result<usize, DbError> {
    let mut a = connect(src).await?;
    let mut b = connect(dst).await?;
    let rows = query(&mut a, "select *").await?;
    drop(a);
    let mut written = 0;
    for r in &rows {
        query(&mut b, if r % 2 == 0 { "insert even" } else { "insert odd" }).await?;
        written += 1;
    }
    Ok(written)
}

fn checksum(buf: &[u8]) -> u32 {
    buf.iter().fold(0u32, |h, &b| h.rotate_left(5) ^ u32::from(b))
}

/// A 1 KiB array alive across an await: the coroutine is > 1 KiB.
pub async fn big_buffer(seed: u8) -> u32 {
    let mut buf = [0u8; 1024];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = seed.wrapping_add(i as u8);
    }
    yield_now().await;
    let extra = recv(buf[3]).await;
    checksum(&buf) + u32::from(extra)
}

/// Two large arrays that are never alive at the same suspend point, so
/// they can overlap in the layout (storage_conflicts has no edge between them).
pub async fn two_buffers(seed: u8) -> u32 {
    let first = {
        let a = [seed; 512];
        yield_now().await;
        checksum(&a)
    };
    let b = [seed ^ 0xff; 2048];
    let k = recv(first).await;
    checksum(&b) ^ k
}

/// A large by-value argument: stored as an upvar *and* copied into the
/// first suspend variant (rust-lang/rust#62958).
pub async fn by_value(table: [u64; 64], idx: usize) -> u64 {
    let i = recv(idx % 64).await;
    table[i] + recv(table[0]).await
}

#[inline(never)]
pub fn start_transfer(from: u32, amount: u32) -> BoxFut<'static, Result<u32, DbError>> {
    Box::pin(transfer(from, amount))
}

#[inline(never)]
pub fn start_copy(src: u32, dst: u32) -> BoxFut<'static, Result<usize, DbError>> {
    Box::pin(copy_table(src, dst))
}

#[inline(never)]
pub fn start_big(seed: u8) -> BoxFut<'static, u32> {
    Box::pin(big_buffer(seed))
}

#[inline(never)]
pub fn start_two(seed: u8) -> BoxFut<'static, u32> {
    Box::pin(two_buffers(seed))
}

#[inline(never)]
pub fn start_by_value(t: [u64; 64], i: usize) -> BoxFut<'static, u64> {
    Box::pin(by_value(t, i))
}
