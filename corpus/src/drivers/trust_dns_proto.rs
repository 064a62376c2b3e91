// cargo-dependency: tokio = { version = "*", features = ["net"] }
// Driver module for `trust-dns-proto` 0.22.0 (default features: `tokio-runtime`).
//
// Each `poll_*` entry point polls one of the crate's async fns (or a public
// function whose returned future is built from an async fn/block) through a
// `Pin<&mut dyn Future>`, so that rustc codegens the resume functions the way
// a program using the crate would. The code is only compiled, never run.

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll};

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpStream as TokioTcpStream;
use tokio::net::UdpSocket as TokioUdpSocket;

use trust_dns_proto::error::ProtoError;
use trust_dns_proto::iocompat::AsyncIoTokioAsStd;
use trust_dns_proto::tcp::{Connect, TcpClientStream, TcpStream};
use trust_dns_proto::udp::{UdpClientStream, UdpSocket, UdpStream};
use trust_dns_proto::xfer::{DnsRequest, DnsRequestSender, DnsResponse, FirstAnswer};
use trust_dns_proto::{Time, TokioTime};

#[inline(never)]
fn drive<T>(f: Pin<&mut dyn Future<Output = T>>, cx: &mut Context<'_>) -> Poll<T> {
    f.poll(cx)
}

// ---------------------------------------------------------------------------
// trust_dns_proto::tcp::tokio (pub async fns)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_tcp_tokio_connect(
    addr: &SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TokioTcpStream>> {
    drive(pin!(trust_dns_proto::tcp::tokio::connect(addr)), cx)
}

#[inline(never)]
pub fn poll_tcp_tokio_connect_with_bind(
    addr: &SocketAddr,
    bind_addr: &Option<SocketAddr>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TokioTcpStream>> {
    drive(
        pin!(trust_dns_proto::tcp::tokio::connect_with_bind(
            addr, bind_addr
        )),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::tcp::Connect (async_trait) for AsyncIoTokioAsStd<TcpStream>
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_tcp_connect_connect(
    addr: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<AsyncIoTokioAsStd<TokioTcpStream>>> {
    drive(
        pin!(<AsyncIoTokioAsStd<TokioTcpStream> as Connect>::connect(
            addr
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_tcp_connect_connect_with_bind(
    addr: SocketAddr,
    bind_addr: Option<SocketAddr>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<AsyncIoTokioAsStd<TokioTcpStream>>> {
    drive(
        pin!(<AsyncIoTokioAsStd<TokioTcpStream> as Connect>::connect_with_bind(addr, bind_addr)),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::tcp::TcpStream constructors (private `async fn connect`)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_tcp_stream_new(
    name_server: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TcpStream<AsyncIoTokioAsStd<TokioTcpStream>>>> {
    drive(
        pin!(TcpStream::<AsyncIoTokioAsStd<TokioTcpStream>>::new::<ProtoError>(name_server).0),
        cx,
    )
}

#[inline(never)]
pub fn poll_tcp_stream_with_timeout(
    name_server: SocketAddr,
    timeout: Duration,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TcpStream<AsyncIoTokioAsStd<TokioTcpStream>>>> {
    drive(
        pin!(TcpStream::<AsyncIoTokioAsStd<TokioTcpStream>>::with_timeout(name_server, timeout).0),
        cx,
    )
}

#[inline(never)]
pub fn poll_tcp_stream_with_bind_addr_and_timeout(
    name_server: SocketAddr,
    bind_addr: Option<SocketAddr>,
    timeout: Duration,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TcpStream<AsyncIoTokioAsStd<TokioTcpStream>>>> {
    drive(
        pin!(
            TcpStream::<AsyncIoTokioAsStd<TokioTcpStream>>::with_bind_addr_and_timeout(
                name_server,
                bind_addr,
                timeout
            )
            .0
        ),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::tcp::TcpClientStream constructors (TcpClientConnect)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_tcp_client_stream_new(
    name_server: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<Result<TcpClientStream<AsyncIoTokioAsStd<TokioTcpStream>>, ProtoError>> {
    drive(
        pin!(TcpClientStream::<AsyncIoTokioAsStd<TokioTcpStream>>::new(name_server).0),
        cx,
    )
}

#[inline(never)]
pub fn poll_tcp_client_stream_with_timeout(
    name_server: SocketAddr,
    timeout: Duration,
    cx: &mut Context<'_>,
) -> Poll<Result<TcpClientStream<AsyncIoTokioAsStd<TokioTcpStream>>, ProtoError>> {
    drive(
        pin!(
            TcpClientStream::<AsyncIoTokioAsStd<TokioTcpStream>>::with_timeout(
                name_server,
                timeout
            )
            .0
        ),
        cx,
    )
}

#[inline(never)]
pub fn poll_tcp_client_stream_with_bind_addr_and_timeout(
    name_server: SocketAddr,
    bind_addr: Option<SocketAddr>,
    timeout: Duration,
    cx: &mut Context<'_>,
) -> Poll<Result<TcpClientStream<AsyncIoTokioAsStd<TokioTcpStream>>, ProtoError>> {
    drive(
        pin!(
            TcpClientStream::<AsyncIoTokioAsStd<TokioTcpStream>>::with_bind_addr_and_timeout(
                name_server,
                bind_addr,
                timeout
            )
            .0
        ),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::udp::UdpSocket (async_trait) for tokio::net::UdpSocket
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_udp_socket_connect(
    addr: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TokioUdpSocket>> {
    drive(pin!(<TokioUdpSocket as UdpSocket>::connect(addr)), cx)
}

#[inline(never)]
pub fn poll_udp_socket_connect_with_bind(
    addr: SocketAddr,
    bind_addr: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TokioUdpSocket>> {
    drive(
        pin!(<TokioUdpSocket as UdpSocket>::connect_with_bind(
            addr, bind_addr
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_udp_socket_bind(
    addr: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<TokioUdpSocket>> {
    drive(pin!(<TokioUdpSocket as UdpSocket>::bind(addr)), cx)
}

#[inline(never)]
pub fn poll_udp_socket_recv_from(
    socket: &TokioUdpSocket,
    buf: &mut [u8],
    cx: &mut Context<'_>,
) -> Poll<io::Result<(usize, SocketAddr)>> {
    drive(
        pin!(<TokioUdpSocket as UdpSocket>::recv_from(socket, buf)),
        cx,
    )
}

#[inline(never)]
pub fn poll_udp_socket_send_to(
    socket: &TokioUdpSocket,
    buf: &[u8],
    target: SocketAddr,
    cx: &mut Context<'_>,
) -> Poll<io::Result<usize>> {
    drive(
        pin!(<TokioUdpSocket as UdpSocket>::send_to(socket, buf, target)),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::udp::UdpStream::new (NextRandomUdpSocket -> private async fn bind)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_udp_stream_new(
    remote_addr: SocketAddr,
    bind_addr: Option<SocketAddr>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<UdpStream<TokioUdpSocket>>> {
    drive(
        pin!(UdpStream::<TokioUdpSocket>::new(remote_addr, bind_addr).0),
        cx,
    )
}

// ---------------------------------------------------------------------------
// trust_dns_proto::udp::UdpClientStream::send_message
// (TokioTime::timeout around private `async fn send_serial_message`)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_udp_client_stream_send_message(
    stream: &mut UdpClientStream<TokioUdpSocket>,
    request: DnsRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<DnsResponse, ProtoError>> {
    drive(pin!(stream.send_message(request).first_answer()), cx)
}

// ---------------------------------------------------------------------------
// trust_dns_proto::Time (async_trait) for TokioTime
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_tokio_time_delay_for(duration: Duration, cx: &mut Context<'_>) -> Poll<()> {
    drive(pin!(<TokioTime as Time>::delay_for(duration)), cx)
}

#[inline(never)]
pub fn poll_tokio_time_timeout_dns_response(
    duration: Duration,
    future: Pin<Box<dyn Future<Output = Result<DnsResponse, ProtoError>> + Send>>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<Result<DnsResponse, ProtoError>>> {
    drive(pin!(<TokioTime as Time>::timeout(duration, future)), cx)
}

#[inline(never)]
pub fn poll_tokio_time_timeout_tcp_connect(
    duration: Duration,
    future: Pin<Box<dyn Future<Output = io::Result<AsyncIoTokioAsStd<TokioTcpStream>>> + Send>>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<io::Result<AsyncIoTokioAsStd<TokioTcpStream>>>> {
    drive(pin!(<TokioTime as Time>::timeout(duration, future)), cx)
}
