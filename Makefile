# teereg — one entry point for building, testing and running the stack.
#
#   make devnet   start a local chain, deploy the contracts, print the addresses
#   make test     install what is missing, then forge test + go test ./...
#
# Every tool is pinned: Foundry 1.7.1 and solc-js 0.8.31 (package.json / package-lock.json,
# installed into ./node_modules), Go modules (go.mod / go.sum), PostgreSQL from Debian.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

ROOT      := $(CURDIR)
NODE_BIN  := $(ROOT)/node_modules/@foundry-rs
FORGE     := $(NODE_BIN)/forge-linux-amd64/bin/forge
ANVIL     := $(NODE_BIN)/anvil-linux-amd64/bin/anvil
CAST      := $(NODE_BIN)/cast-linux-amd64/bin/cast
SOLCJS    := $(ROOT)/node_modules/solc/package.json
export PATH := $(NODE_BIN)/forge-linux-amd64/bin:$(NODE_BIN)/anvil-linux-amd64/bin:$(NODE_BIN)/cast-linux-amd64/bin:$(PATH)

GO        ?= go
# abigen is pinned to the go-ethereum version go.mod requires.
ABIGEN     = $(GO) run github.com/ethereum/go-ethereum/cmd/abigen@$(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
GO_TEST_FLAGS ?= -count=1 -timeout 20m

# Contracts that get Go bindings (bindings/) and test doubles that get test-only bindings.
BIND_CONTRACTS      := Registry ArtifactStore DcapCollateralParser DcapCollateralStore DcapPckChainVerifier DcapQuoteVerifier
TEST_BIND_CONTRACTS := MockQuoteVerifier GovernanceFlood

.PHONY: help
help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

# ---------------------------------------------------------------------------
# Toolchain: installs only what is missing.

.PHONY: deps
deps: node-deps postgres-deps dns-deps go-deps ## install every missing tool (npm packages, PostgreSQL, Go modules)

NODE_STAMP := node_modules/.teereg-installed

.PHONY: node-deps
node-deps: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "installing Node.js and npm (apt-get)"; apt-get update -qq && apt-get install -y -qq nodejs npm; }
	npm ci --no-audit --no-fund --loglevel=error
	@test -x $(FORGE) -a -x $(ANVIL) -a -x $(CAST) -a -f $(SOLCJS) || { echo "npm ci did not install Foundry and solc"; exit 1; }
	@touch $@

.PHONY: postgres-deps
postgres-deps:
	@if command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; else \
		echo "installing PostgreSQL (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	fi

.PHONY: dns-deps
dns-deps: ## install kdig, dig and dnsperf (Debian) for the dnsd tests and bench
	@command -v kdig >/dev/null && command -v dig >/dev/null && command -v dnsperf >/dev/null || { \
		echo "installing knot-dnsutils bind9-dnsutils dnsperf (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq knot-dnsutils bind9-dnsutils dnsperf; }

.PHONY: go-deps
go-deps:
	@command -v $(GO) >/dev/null || { echo "Go is required (see go.mod for the version)"; exit 1; }
	$(GO) mod download

# ---------------------------------------------------------------------------
# Contracts and bindings.

.PHONY: build
build: node-deps ## compile the contracts
	$(FORGE) build

.PHONY: forge-test
forge-test: node-deps ## run the Solidity test suite
	$(FORGE) test

.PHONY: snapshot
# Fuzz and invariant gas varies from run to run (forge's fuzz dictionary depends on thread timing
# even with a fixed seed), so the check compares the deterministic unit tests only.
SNAPSHOT_CHECK_FILTER := --no-match-test 'testFuzz|invariant'

snapshot: node-deps ## refresh .gas-snapshot
	$(FORGE) snapshot

.PHONY: snapshot-check
snapshot-check: node-deps ## fail when a unit test's gas differs from .gas-snapshot
	$(FORGE) snapshot --check $(SNAPSHOT_CHECK_FILTER)

.PHONY: bindings
bindings: build ## regenerate the abigen Go bindings from forge's artifacts
	node tools/combined-json.js out $(BIND_CONTRACTS) > out/bindings.combined.json
	$(ABIGEN) --combined-json out/bindings.combined.json --pkg bindings --out bindings/bindings.go
	node tools/combined-json.js out $(TEST_BIND_CONTRACTS) > out/testbindings.combined.json
	$(ABIGEN) --combined-json out/testbindings.combined.json --pkg testbindings --out test/testbindings/testbindings.go

# ---------------------------------------------------------------------------
# Tests.

.PHONY: test
test: deps ## install what is missing, then run every test (forge and Go)
	$(FORGE) test
	$(MAKE) --no-print-directory snapshot-check
	$(GO) vet ./...
	$(GO) test $(GO_TEST_FLAGS) ./...

.PHONY: go-test
go-test: build ## run the Go tests only
	$(GO) test $(GO_TEST_FLAGS) ./...

.PHONY: bench
BENCH_SUMMARY := $(ROOT)/out/bench-summary.tsv

bench: deps ## run every benchmark, then print one summary table
	@mkdir -p out && rm -f $(BENCH_SUMMARY)
	TEEREG_BENCH_SUMMARY=$(BENCH_SUMMARY) $(MAKE) --no-print-directory bench-gas bench-indexer bench-dns bench-registry
	@echo; echo "teereg benchmarks (one run on this machine: $$(nproc) cores)"; \
	{ printf 'bench\tmetric\tmeasured\ttarget\n'; cat $(BENCH_SUMMARY); } | column -t -s "$$(printf '\t')"

.PHONY: bench-gas
bench-gas: ## print the gas of on-chain quote verification (real vectors) and of registerInstance
	TEEREG_BENCH=1 $(GO) test -count=1 -run '^TestBenchGas$$' -v ./dcap/

.PHONY: bench-indexer
bench-indexer: deps ## backfill >= 200,000 registry events from anvil into a fresh database; live head-to-row lag p50/p99
	TEEREG_BENCH=1 $(GO) test -count=1 -timeout 30m -run '^TestBenchIndexer$$' -v ./indexer/

.PHONY: bench-dns
bench-dns: postgres-deps dns-deps ## dnsperf: dnsd vs CoreDNS (file plugin) on the same 1000-instance zone; block-to-answer propagation
	tools/bench-dns.sh

.PHONY: bench-registry
bench-registry: deps ## provisioning requests/s and p99 with 1,000 registered instances, next to the bare cryptography per request
	TEEREG_BENCH=1 $(GO) test -count=1 -timeout 30m -run '^TestBenchRegistry$$' -v ./registry/

# ---------------------------------------------------------------------------
# Running.

.PHONY: devnet
devnet: deps ## the whole system on this machine: chain, PostgreSQL, indexer, dnsd, registry, three dev-TEE instances (Ctrl-C stops it)
	$(GO) build -o bin/teereg ./cmd/teereg
	bin/teereg devnet

.PHONY: clean
clean: ## remove build output
	rm -rf out cache broadcast
