// Package contracts holds the Solidity sources of the AGI Jobs protocol, the
// pinned compiler toolchain (package.json and package-lock.json), the compiled
// artifacts and the abigen v2 bindings generated from them.
//
// Regenerate everything with `make generate` (or `go generate ./contracts/...`
// after `npm ci` in this folder). The artifacts in artifacts/ and the bindings
// in bindings/ are generated, committed, and never edited by hand; `make test`
// fails when regenerating them changes anything.
package contracts

//go:generate node scripts/compile.js
//go:generate go run ./internal/genbind
