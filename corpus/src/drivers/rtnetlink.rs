//! Driver for Debian's `rtnetlink` 0.10.1.
//!
//! Each `poll_*` entry point pins one of rtnetlink's `async fn` futures on
//! the stack and polls it once through a `Pin<&mut dyn Future>`, so that
//! rustc generates the future's resume function the way a program that
//! awaits it would. The code is only compiled, never run.

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll};
use std::net::{Ipv4Addr, Ipv6Addr};

use rtnetlink::{
    AddressAddRequest, AddressDelRequest, Error, LinkAddRequest, LinkDelPropRequest,
    LinkDelRequest, LinkNewPropRequest, LinkSetRequest, NeighbourAddRequest, NeighbourDelRequest,
    NetworkNamespace, QDiscDelRequest, QDiscNewRequest, RouteAddRequest, RouteDelRequest,
    RuleAddRequest, RuleDelRequest, TrafficFilterNewRequest, VxlanAddRequest,
};

#[inline(never)]
fn drive<T>(f: Pin<&mut dyn Future<Output = T>>, cx: &mut Context<'_>) -> Poll<T> {
    f.poll(cx)
}

// ---------------------------------------------------------------- link

#[inline(never)]
pub fn poll_link_add(req: LinkAddRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_vxlan_add(req: VxlanAddRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_link_set(req: LinkSetRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_link_del(req: LinkDelRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_link_property_add(
    req: LinkNewPropRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_link_property_del(
    req: LinkDelPropRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- address

#[inline(never)]
pub fn poll_address_add(req: AddressAddRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_address_del(req: AddressDelRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- route

#[inline(never)]
pub fn poll_route_add(req: RouteAddRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_route_add_v4(
    req: RouteAddRequest<Ipv4Addr>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_route_add_v6(
    req: RouteAddRequest<Ipv6Addr>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_route_del(req: RouteDelRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- rule

#[inline(never)]
pub fn poll_rule_add(req: RuleAddRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_rule_add_v4(
    req: RuleAddRequest<Ipv4Addr>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_rule_add_v6(
    req: RuleAddRequest<Ipv6Addr>,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_rule_del(req: RuleDelRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- neighbour

#[inline(never)]
pub fn poll_neighbour_add(
    req: NeighbourAddRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_neighbour_del(
    req: NeighbourDelRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- traffic control

#[inline(never)]
pub fn poll_qdisc_add(req: QDiscNewRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_qdisc_del(req: QDiscDelRequest, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

#[inline(never)]
pub fn poll_traffic_filter_add(
    req: TrafficFilterNewRequest,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    drive(pin!(req.execute()), cx)
}

// ---------------------------------------------------------------- network namespaces

#[inline(never)]
pub fn poll_netns_add(ns_name: String, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(NetworkNamespace::add(ns_name)), cx)
}

#[inline(never)]
pub fn poll_netns_del(ns_name: String, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
    drive(pin!(NetworkNamespace::del(ns_name)), cx)
}
