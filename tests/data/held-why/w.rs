// Why a held local is kept: a borrow that only looks held (an iterator's items borrow
// what it iterates, not the iterator) and a drop that only looks like a use (drop
// elaboration's test of the variant left to drop).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}
pub fn yield_now() -> Yield {
    Yield(false)
}

pub async fn lookup(k: &str) -> usize {
    yield_now().await;
    k.len()
}

#[cfg(not(after))]
pub async fn command(line: &str) -> usize {
    let mut parts = line.splitn(3, ' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("GET"), Some(k), None) => lookup(k).await,
        _ => 0,
    }
}

#[cfg(after)]
pub async fn command(line: &str) -> usize {
    let cmd = {
        let mut parts = line.splitn(3, ' ');
        (parts.next(), parts.next(), parts.next())
    };
    match cmd {
        (Some("GET"), Some(k), None) => lookup(k).await,
        _ => 0,
    }
}

pub struct Error(pub [u8; 64], pub String);

#[cfg(not(after))]
pub async fn retry<F, Fut, T>(mut attempts: u32, mut op: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    loop {
        let res = op().await;
        let again = match res {
            Ok(v) => return Ok(v),
            Err(e) if attempts <= 1 => return Err(e),
            Err(_) => true,
        };
        if again {
            attempts -= 1;
            yield_now().await;
        }
    }
}

#[cfg(after)]
pub async fn retry<F, Fut, T>(mut attempts: u32, mut op: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    loop {
        let again = match op().await {
            Ok(v) => return Ok(v),
            Err(e) if attempts <= 1 => return Err(e),
            Err(_) => true,
        };
        if again {
            attempts -= 1;
            yield_now().await;
        }
    }
}

pub async fn failing() -> Result<String, Error> {
    yield_now().await;
    Err(Error([7; 64], String::new()))
}

pub fn drive() -> Pin<Box<dyn Future<Output = Result<String, Error>>>> {
    Box::pin(retry(3, failing))
}

pub fn drive_command(line: &'static str) -> Pin<Box<dyn Future<Output = usize>>> {
    Box::pin(command(line))
}
