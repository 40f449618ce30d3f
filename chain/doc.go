// Package chain is the chain access layer of the AGI Jobs SDK: it dials
// JSON-RPC nodes (HTTP through a retrying transport, or WebSocket), runs an
// embedded in-process chain for tests and demos, signs transactions (raw
// keys, keystore files, external signers), sends them through a
// transaction manager (nonces, fees, gas, fee bumping, confirmations, an
// optional crash-safe journal), decodes reverts into typed Go errors and
// streams contract events with adaptive paging and reorg handling.
//
// Typed clients elsewhere in the SDK build TxCandidate values; a Manager
// sends them. Nothing else signs or sends.
package chain
