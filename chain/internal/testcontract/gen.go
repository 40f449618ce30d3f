// Package testcontract is a small event-emitting, reverting contract and
// its abigen v2 binding, used by the client tests and benchmarks.
package testcontract

//go:generate node compile.js
//go:generate go tool abigen --v2 --abi Emitter.abi --bin Emitter.bin --pkg testcontract --type Emitter --out emitter.go
