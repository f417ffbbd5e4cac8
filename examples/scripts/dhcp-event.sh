#!/bin/sh
# A udhcpc-style event script for DhcpClientExample (busybox udhcpc runs it the same way).
# $1 is deconfig, bound or renew; interface, ip, mask (prefix length), subnet, router, dns,
# lease and serverid describe the lease. It configures the address only: no default route and
# no resolv.conf, so it is safe inside a test namespace. The renewal at T1 and the release are
# unicast from the leased address, which is why bound must configure it.
if [ -n "$DHCP_EVENT_LOG" ]; then
  echo "$1 ip=$ip mask=$mask subnet=$subnet router=$router dns=$dns lease=$lease" \
    "serverid=$serverid" >> "$DHCP_EVENT_LOG"
fi
case "$1" in
  deconfig) ip -4 addr flush dev "$interface" ;;
  bound|renew) ip addr replace "$ip/$mask" dev "$interface" ;;
esac
exit 0
