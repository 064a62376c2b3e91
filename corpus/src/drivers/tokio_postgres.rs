//! Driver for Debian's `tokio-postgres` 0.7.7.
//!
//! Every public `async fn` of the crate that can be instantiated with concrete
//! types is polled once through a `Pin<&mut dyn Future>` entry point
//! (`drive`), so that rustc codegens its resume function the way a program
//! using the crate would. Values that cannot be built without a server
//! (`Client`, `Transaction`, `Config`, `Socket`, `NoTls`, ...) are parameters.
//! The code is only compiled, never run.
//!
//! Concrete choices for generic parameters:
//! - statements: `&str` (`T = str`);
//! - parameter lists: `&[&(dyn ToSql + Sync)]`, passed to the `*_raw`
//!   variants as `params.iter().copied()`;
//! - TLS: `NoTls` (stream type `NoTlsStream`);
//! - raw sockets: `tokio_postgres::Socket`;
//! - `COPY ... FROM STDIN` buffers: `&'static [u8]`.

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll};

use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::tls::NoTlsStream;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{
    CancelToken, Client, Config, Connection, CopyInSink, CopyOutStream, Error, GenericClient,
    NoTls, Portal, Row, RowStream, SimpleQueryMessage, Socket, Statement, Transaction,
    TransactionBuilder,
};

type Params<'p> = &'p [&'p (dyn ToSql + Sync)];
type CopyBuf = &'static [u8];
type Connected = (Client, Connection<Socket, NoTlsStream>);

#[inline(never)]
fn drive<T>(f: Pin<&mut dyn Future<Output = T>>, cx: &mut Context<'_>) -> Poll<T> {
    f.poll(cx)
}

// ---------------------------------------------------------------------------
// Free functions and `Config`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_connect(
    config: &str,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<Connected, Error>> {
    drive(pin!(tokio_postgres::connect(config, tls)), cx)
}

#[inline(never)]
pub fn poll_config_connect(
    config: &Config,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<Connected, Error>> {
    drive(pin!(config.connect(tls)), cx)
}

#[inline(never)]
pub fn poll_config_connect_raw(
    config: &Config,
    stream: Socket,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<Connected, Error>> {
    drive(pin!(config.connect_raw(stream, tls)), cx)
}

// ---------------------------------------------------------------------------
// `CancelToken`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_cancel_token_cancel_query(
    token: &CancelToken,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(token.cancel_query(tls)), cx)
}

#[inline(never)]
pub fn poll_cancel_token_cancel_query_raw(
    token: &CancelToken,
    stream: Socket,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(token.cancel_query_raw(stream, tls)), cx)
}

// ---------------------------------------------------------------------------
// `Client`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_client_prepare(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(pin!(client.prepare(query)), cx)
}

#[inline(never)]
pub fn poll_client_prepare_typed(
    client: &Client,
    query: &str,
    types: &[Type],
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(pin!(client.prepare_typed(query, types)), cx)
}

#[inline(never)]
pub fn poll_client_query(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<Row>, Error>> {
    drive(pin!(client.query(query, params)), cx)
}

#[inline(never)]
pub fn poll_client_query_one(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Row, Error>> {
    drive(pin!(client.query_one(query, params)), cx)
}

#[inline(never)]
pub fn poll_client_query_opt(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Option<Row>, Error>> {
    drive(pin!(client.query_opt(query, params)), cx)
}

#[inline(never)]
pub fn poll_client_query_raw(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<RowStream, Error>> {
    drive(pin!(client.query_raw(query, params.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_client_execute(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(client.execute(query, params)), cx)
}

#[inline(never)]
pub fn poll_client_execute_raw(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(client.execute_raw(query, params.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_client_copy_in(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<CopyInSink<CopyBuf>, Error>> {
    drive(pin!(client.copy_in::<str, CopyBuf>(query)), cx)
}

#[inline(never)]
pub fn poll_client_copy_out(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<CopyOutStream, Error>> {
    drive(pin!(client.copy_out(query)), cx)
}

#[inline(never)]
pub fn poll_client_simple_query(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<SimpleQueryMessage>, Error>> {
    drive(pin!(client.simple_query(query)), cx)
}

#[inline(never)]
pub fn poll_client_batch_execute(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(client.batch_execute(query)), cx)
}

#[inline(never)]
pub fn poll_client_transaction<'a>(
    client: &'a mut Client,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(pin!(client.transaction()), cx)
}

#[inline(never)]
#[allow(deprecated)]
pub fn poll_client_cancel_query(
    client: &Client,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(client.cancel_query(tls)), cx)
}

#[inline(never)]
#[allow(deprecated)]
pub fn poll_client_cancel_query_raw(
    client: &Client,
    stream: Socket,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(client.cancel_query_raw(stream, tls)), cx)
}

// ---------------------------------------------------------------------------
// `TransactionBuilder`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_transaction_builder_start<'a>(
    builder: TransactionBuilder<'a>,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(pin!(builder.start()), cx)
}

// ---------------------------------------------------------------------------
// `Transaction`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_transaction_commit(
    txn: Transaction<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(txn.commit()), cx)
}

#[inline(never)]
pub fn poll_transaction_rollback(
    txn: Transaction<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(txn.rollback()), cx)
}

#[inline(never)]
pub fn poll_transaction_prepare(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(pin!(txn.prepare(query)), cx)
}

#[inline(never)]
pub fn poll_transaction_prepare_typed(
    txn: &Transaction<'_>,
    query: &str,
    types: &[Type],
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(pin!(txn.prepare_typed(query, types)), cx)
}

#[inline(never)]
pub fn poll_transaction_query(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<Row>, Error>> {
    drive(pin!(txn.query(query, params)), cx)
}

#[inline(never)]
pub fn poll_transaction_query_one(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Row, Error>> {
    drive(pin!(txn.query_one(query, params)), cx)
}

#[inline(never)]
pub fn poll_transaction_query_opt(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Option<Row>, Error>> {
    drive(pin!(txn.query_opt(query, params)), cx)
}

#[inline(never)]
pub fn poll_transaction_query_raw(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<RowStream, Error>> {
    drive(pin!(txn.query_raw(query, params.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_transaction_execute(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(txn.execute(query, params)), cx)
}

#[inline(never)]
pub fn poll_transaction_execute_raw(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(txn.execute_raw(query, params.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_transaction_bind(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Portal, Error>> {
    drive(pin!(txn.bind(query, params)), cx)
}

#[inline(never)]
pub fn poll_transaction_bind_raw(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Portal, Error>> {
    drive(pin!(txn.bind_raw(query, params.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_transaction_query_portal(
    txn: &Transaction<'_>,
    portal: &Portal,
    max_rows: i32,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<Row>, Error>> {
    drive(pin!(txn.query_portal(portal, max_rows)), cx)
}

#[inline(never)]
pub fn poll_transaction_query_portal_raw(
    txn: &Transaction<'_>,
    portal: &Portal,
    max_rows: i32,
    cx: &mut Context<'_>,
) -> Poll<Result<RowStream, Error>> {
    drive(pin!(txn.query_portal_raw(portal, max_rows)), cx)
}

#[inline(never)]
pub fn poll_transaction_copy_in(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<CopyInSink<CopyBuf>, Error>> {
    drive(pin!(txn.copy_in::<str, CopyBuf>(query)), cx)
}

#[inline(never)]
pub fn poll_transaction_copy_out(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<CopyOutStream, Error>> {
    drive(pin!(txn.copy_out(query)), cx)
}

#[inline(never)]
pub fn poll_transaction_simple_query(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<SimpleQueryMessage>, Error>> {
    drive(pin!(txn.simple_query(query)), cx)
}

#[inline(never)]
pub fn poll_transaction_batch_execute(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(txn.batch_execute(query)), cx)
}

#[inline(never)]
#[allow(deprecated)]
pub fn poll_transaction_cancel_query(
    txn: &Transaction<'_>,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(txn.cancel_query(tls)), cx)
}

#[inline(never)]
#[allow(deprecated)]
pub fn poll_transaction_cancel_query_raw(
    txn: &Transaction<'_>,
    stream: Socket,
    tls: NoTls,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(txn.cancel_query_raw(stream, tls)), cx)
}

#[inline(never)]
pub fn poll_transaction_transaction<'a>(
    txn: &'a mut Transaction<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(pin!(txn.transaction()), cx)
}

#[inline(never)]
pub fn poll_transaction_savepoint<'a>(
    txn: &'a mut Transaction<'_>,
    name: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(pin!(txn.savepoint(name)), cx)
}

// ---------------------------------------------------------------------------
// `CopyInSink` and `binary_copy::BinaryCopyInWriter`
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_copy_in_sink_finish(
    sink: Pin<&mut CopyInSink<CopyBuf>>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(sink.finish()), cx)
}

#[inline(never)]
pub fn poll_binary_copy_in_writer_write(
    writer: Pin<&mut BinaryCopyInWriter>,
    values: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(writer.write(values)), cx)
}

#[inline(never)]
pub fn poll_binary_copy_in_writer_write_raw(
    writer: Pin<&mut BinaryCopyInWriter>,
    values: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(writer.write_raw(values.iter().copied())), cx)
}

#[inline(never)]
pub fn poll_binary_copy_in_writer_finish(
    writer: Pin<&mut BinaryCopyInWriter>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(pin!(writer.finish()), cx)
}

// ---------------------------------------------------------------------------
// `GenericClient` (an `#[async_trait]` trait: each method returns a
// `Pin<Box<dyn Future + Send>>` wrapping the impl's async body)
// ---------------------------------------------------------------------------

#[inline(never)]
pub fn poll_generic_client_execute(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(
        pin!(<Client as GenericClient>::execute(client, query, params)),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_execute_raw(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(
        pin!(<Client as GenericClient>::execute_raw(
            client,
            query,
            params.iter().copied()
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_query(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<Row>, Error>> {
    drive(
        pin!(<Client as GenericClient>::query(client, query, params)),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_query_one(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Row, Error>> {
    drive(
        pin!(<Client as GenericClient>::query_one(client, query, params)),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_query_opt(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Option<Row>, Error>> {
    drive(
        pin!(<Client as GenericClient>::query_opt(client, query, params)),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_query_raw(
    client: &Client,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<RowStream, Error>> {
    drive(
        pin!(<Client as GenericClient>::query_raw(
            client,
            query,
            params.iter().copied()
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_prepare(
    client: &Client,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(pin!(<Client as GenericClient>::prepare(client, query)), cx)
}

#[inline(never)]
pub fn poll_generic_client_prepare_typed(
    client: &Client,
    query: &str,
    types: &[Type],
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(
        pin!(<Client as GenericClient>::prepare_typed(
            client, query, types
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_client_transaction<'a>(
    client: &'a mut Client,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(pin!(<Client as GenericClient>::transaction(client)), cx)
}

#[inline(never)]
pub fn poll_generic_transaction_execute(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::execute(
            txn, query, params
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_execute_raw(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<u64, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::execute_raw(
            txn,
            query,
            params.iter().copied()
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_query(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Vec<Row>, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::query(
            txn, query, params
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_query_one(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Row, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::query_one(
            txn, query, params
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_query_opt(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Option<Row>, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::query_opt(
            txn, query, params
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_query_raw(
    txn: &Transaction<'_>,
    query: &str,
    params: Params<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<RowStream, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::query_raw(
            txn,
            query,
            params.iter().copied()
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_prepare(
    txn: &Transaction<'_>,
    query: &str,
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::prepare(txn, query)),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_prepare_typed(
    txn: &Transaction<'_>,
    query: &str,
    types: &[Type],
    cx: &mut Context<'_>,
) -> Poll<Result<Statement, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::prepare_typed(
            txn, query, types
        )),
        cx,
    )
}

#[inline(never)]
pub fn poll_generic_transaction_transaction<'a>(
    txn: &'a mut Transaction<'_>,
    cx: &mut Context<'_>,
) -> Poll<Result<Transaction<'a>, Error>> {
    drive(
        pin!(<Transaction<'_> as GenericClient>::transaction(txn)),
        cx,
    )
}
