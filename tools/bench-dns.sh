#!/usr/bin/env bash
# bench-dns: dnsperf against dnsd and against CoreDNS (file plugin) serving the
# same zone of 1000 active instances, on this machine, one run each; prints
# queries/s, their ratio, p99 latency and the block-to-answer propagation.
#
# Installs what is missing: dnsperf (Debian) and CoreDNS (built from the Go
# module proxy into $(go env GOPATH)/bin). PostgreSQL: a throwaway cluster
# (internal/pgtest), or DATABASE_URL if set. BENCH_SECONDS sets the length of
# each throughput run (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
COREDNS_VERSION=v1.12.4

if ! command -v dnsperf >/dev/null; then
	echo "installing dnsperf (apt-get)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dnsperf
fi
COREDNS=${COREDNS:-$($GO env GOPATH)/bin/coredns}
if ! [ -x "$COREDNS" ] || ! "$COREDNS" -version 2>/dev/null | grep -q "${COREDNS_VERSION#v}"; then
	echo "building CoreDNS $COREDNS_VERSION (go install; takes a few minutes the first time)"
	(cd / && GOFLAGS= $GO install "github.com/coredns/coredns@$COREDNS_VERSION")
fi
export COREDNS TEEREG_BENCH=1
exec $GO test -count=1 -timeout 10m -run '^TestBenchDNS$' -v ./dnsd/internal/bench/
