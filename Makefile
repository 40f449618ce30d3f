# Build, generate and test the AGI Jobs Go SDK.
#
#   make test          installs what the tests need (make tools), checks
#                      generated code is current, lints, and runs every test,
#                      integration tests included (a missing tool fails).
#   make tools         the pinned npm toolchain (anvil, Safe), Kubo, and the
#                      postgres and chromium Debian packages when missing.
#   make postgres      apt-installs the PostgreSQL server unless one is in
#                      /usr/lib/postgresql/*/bin.
#   make chromium      apt-installs Chromium (headless tests) unless
#                      /usr/bin/chromium exists.
#   make generate      recompiles the contracts and regenerates artifacts,
#                      bindings and typed errors from pinned inputs.
#   make gas-snapshot  rewrites contracts/.gas-snapshot.
#   make fuzz-long     runs the protocol invariant test for many sequences.
#   make index-soak    indexes a million synthetic events into SQLite and
#                      checks that the peak RSS stays flat.

SHELL := /bin/bash
GO ?= go
NPM ?= npm
BIN := $(CURDIR)/.bin
KUBO := $(BIN)/ipfs
NODE_STAMP := contracts/node_modules/.package-lock.json
GENERATED := contracts/artifacts contracts/bindings contracts/reverts/errors_gen.go internal/testcontracts chain/internal/testcontract governance/safe/safe-1.4.1.json internal/apisweep/sweep_gen_test.go
INVARIANT_SEQUENCES ?= 10000
CHROMIUM := /usr/bin/chromium
# Checked when make starts: a missing package makes its target depend on
# apt-update, so that the package lists are refreshed once, and only when
# something must be installed.
PG_SERVER := $(firstword $(wildcard /usr/lib/postgresql/*/bin/postgres))
HAVE_CHROMIUM := $(wildcard $(CHROMIUM))
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# The lock timeout lets `make -j` install both packages one after the other.
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends

.PHONY: all test tools kubo postgres chromium apt-update generate check-generated lint gas-check gas-snapshot fuzz-long index-soak quickstart clean

all: test

## tools: the pinned npm toolchain (solc, OpenZeppelin, anvil, Safe), Kubo,
## PostgreSQL and Chromium.
tools: $(NODE_STAMP) kubo postgres chromium

$(NODE_STAMP): contracts/package.json contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

## kubo: builds Kubo v0.42.0 once into .bin/ipfs from its tool module.
kubo: $(KUBO)

$(KUBO): internal/tools/kubo/go.mod internal/tools/kubo/go.sum
	@mkdir -p $(BIN)
	@echo "building Kubo from internal/tools/kubo (several minutes the first time)"
	cd internal/tools/kubo && $(GO) build -o $(KUBO) github.com/ipfs/kubo/cmd/ipfs
	@touch $@

## postgres: the Debian PostgreSQL server (initdb, postgres) that
## testenv.StartPostgres runs, installed only when missing.
postgres: $(if $(PG_SERVER),,apt-update)
	$(if $(PG_SERVER),@:,$(APT_INSTALL) postgresql)

## chromium: the Debian Chromium that testenv.Chromium runs headless,
## installed only when missing.
chromium: $(if $(HAVE_CHROMIUM),,apt-update)
	$(if $(HAVE_CHROMIUM),@:,$(APT_INSTALL) chromium)

apt-update:
	$(SUDO) apt-get -o DPkg::Lock::Timeout=600 update -qq

## generate: artifacts, abigen v2 bindings and typed errors, from pinned inputs.
## ./contracts/... compiles first, then writes the bindings and the typed
## errors of contracts/reverts; ./chain/... builds its test contract;
## ./governance/safe/... takes the Safe 1.4.1 creation code from the pinned
## npm package; ./internal/apisweep/... lists the exported API for the
## zero-value sweep test (last: it reads the generated code too).
generate: $(NODE_STAMP)
	$(GO) generate ./contracts/...
	$(GO) generate ./chain/...
	$(GO) generate ./governance/safe/...
	$(GO) generate ./internal/apisweep/...

## check-generated: fails when regenerating changes a committed file.
check-generated: generate
	@if ! git diff --quiet -- $(GENERATED) || [ -n "$$(git ls-files --others --exclude-standard -- $(GENERATED))" ]; then \
		echo "generated files are out of date; run 'make generate' and commit the result:"; \
		git status --short -- $(GENERATED); exit 1; fi
	@echo "generated files are current"

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
		if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	@# Generated bindings are excluded: abigen's error strings trip ST1005.
	$(GO) tool staticcheck $$($(GO) list ./... | grep -v -e /contracts/bindings/ -e /internal/testcontracts/ -e /chain/internal/testcontract)

## gas-check: fails when a lifecycle step grew by more than 2% over contracts/.gas-snapshot.
gas-check:
	$(GO) test ./contracts -run 'TestGasSnapshot$$' -count=1

gas-snapshot:
	AGIJOBS_GAS_SNAPSHOT=write $(GO) test ./contracts -run 'TestGasSnapshot$$' -count=1

test: tools check-generated lint gas-check
	AGIJOBS_INTEGRATION=require AGIJOBS_KUBO=$(KUBO) AGIJOBS_CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 20m ./...

## fuzz-long: the protocol invariant test for INVARIANT_SEQUENCES random sequences.
fuzz-long:
	AGIJOBS_INVARIANT_SEQUENCES=$(INVARIANT_SEQUENCES) $(GO) test ./contracts -run TestInvariants -count=1 -v -timeout 4h

## index-soak: index.TestSoak, a million synthetic events into an SQLite
## file, failing when the peak RSS grows by 64 MiB or more after the first
## quarter of them. Run alone, so that other tests do not share its process.
index-soak:
	AGIJOBS_INDEX_SOAK=1 $(GO) test ./index -run 'TestSoak$$' -count=1 -v -timeout 1h

quickstart:
	$(GO) run ./examples/quickstart

clean:
	rm -rf $(BIN) contracts/node_modules
