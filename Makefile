# Build, generate and test the AGI Jobs Go SDK.
#
#   make test          installs what the tests need (pinned npm toolchain with
#                      anvil and Safe, Kubo built from internal/tools/kubo),
#                      checks generated code is current, lints, and runs every
#                      test, integration tests included (a missing tool fails).
#   make generate      recompiles the contracts and regenerates artifacts,
#                      bindings and typed errors from pinned inputs.
#   make gas-snapshot  rewrites contracts/.gas-snapshot.
#   make fuzz-long     runs the protocol invariant test for many sequences.

SHELL := /bin/bash
GO ?= go
NPM ?= npm
BIN := $(CURDIR)/.bin
KUBO := $(BIN)/ipfs
NODE_STAMP := contracts/node_modules/.package-lock.json
GENERATED := contracts/artifacts contracts/bindings contracts/reverts/errors_gen.go internal/testcontracts chain/internal/testcontract
INVARIANT_SEQUENCES ?= 10000

.PHONY: all test tools kubo generate check-generated lint gas-check gas-snapshot fuzz-long quickstart clean

all: test

## tools: the pinned npm toolchain (solc, OpenZeppelin, anvil, Safe) and Kubo.
tools: $(NODE_STAMP) kubo

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

## generate: artifacts, abigen v2 bindings and typed errors, from pinned inputs.
## ./contracts/... compiles first, then writes the bindings and the typed
## errors of contracts/reverts; ./chain/... builds its test contract.
generate: $(NODE_STAMP)
	$(GO) generate ./contracts/...
	$(GO) generate ./chain/...

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
	AGIJOBS_INTEGRATION=require AGIJOBS_KUBO=$(KUBO) $(GO) test -count=1 -timeout 20m ./...

## fuzz-long: the protocol invariant test for INVARIANT_SEQUENCES random sequences.
fuzz-long:
	AGIJOBS_INVARIANT_SEQUENCES=$(INVARIANT_SEQUENCES) $(GO) test ./contracts -run TestInvariants -count=1 -v -timeout 4h

quickstart:
	$(GO) run ./examples/quickstart

clean:
	rm -rf $(BIN) contracts/node_modules
