//! Driver for Debian's capnp-futures 0.14 (calibration/regen, bench/split.tsv): polls each
//! public `async fn` through `Pin<&mut dyn Future>`, so that its resume function (and those
//! of the private ones it awaits) is codegened as in a program that uses it.  Compiled only,
//! never run.
// cargo-dependency: capnp = "*"
// cargo-dependency: futures = "*"

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll};

use capnp::message::{Builder, HeapAllocator, Reader, ReaderOptions};
use capnp::serialize::OwnedSegments;

#[inline(never)]
fn drive<T>(f: Pin<&mut dyn Future<Output = T>>, cx: &mut Context<'_>) -> Poll<T> {
    f.poll(cx)
}

#[inline(never)]
pub fn poll_read_message(
    bytes: &[u8],
    options: ReaderOptions,
    cx: &mut Context<'_>,
) -> Poll<capnp::Result<Reader<OwnedSegments>>> {
    drive(pin!(capnp_futures::serialize::read_message(bytes, options)), cx)
}

#[inline(never)]
pub fn poll_try_read_message(
    bytes: &[u8],
    options: ReaderOptions,
    cx: &mut Context<'_>,
) -> Poll<capnp::Result<Option<Reader<OwnedSegments>>>> {
    drive(pin!(capnp_futures::serialize::try_read_message(bytes, options)), cx)
}

#[inline(never)]
pub fn poll_write_message(
    out: &mut Vec<u8>,
    message: &Builder<HeapAllocator>,
    cx: &mut Context<'_>,
) -> Poll<capnp::Result<()>> {
    let writer = futures::io::Cursor::new(out);
    drive(pin!(capnp_futures::serialize::write_message(writer, message)), cx)
}
