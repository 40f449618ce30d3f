// Package chain is the chain access layer of the AGI Jobs SDK: it dials
// JSON-RPC nodes (HTTP through go-retryablehttp, or WebSocket), runs an
// embedded in-process chain for tests and demos, signs transactions (raw
// keys, keystore files, external signers), sends them through a
// transaction manager (nonces, fees, gas, fee bumping, confirmations, an
// optional crash-safe journal), decodes reverts into typed Go errors and
// streams contract events with adaptive paging and reorg handling.
//
// Typed clients elsewhere in the SDK build TxCandidate values; a Manager
// sends them. Nothing else signs or sends. Reads go through Call and Read,
// which classify failures as the Manager does.
//
// # Retries
//
// One layer repeats a request that failed in transport: the HTTP
// transport of a connection made by Dial, a go-retryablehttp client under
// DialOptions.Retry (a retry.Policy, also settable as
// agijobs.Config.Retry). Its zero value
// bounds one logical call, a read or a broadcast, to 5 HTTP attempts
// within 30s, with full-jitter backoff from 100ms doubling to 2s between
// them. The transport reads each answer whole within the attempt, so a
// body cut mid-way or a connection reset while reading is retried like a
// refused connection; a JSON-RPC answer (a revert, an invalid argument,
// "nonce too low") is never retried, whatever its HTTP status. Dial
// documents the exact rules.
//
// Nothing above the transport repeats that request: Call, Read, the
// LogPager, WaitForReceipt's lookups and the Manager's reads and
// broadcasts make one call each, so a failure they return (matching
// ErrTransport) means the policy's attempts or budget were spent. What is
// not a transport retry stays: the Manager treats "already known" and a
// nonce used by its own earlier copy as success, rebroadcasts the same
// signed bytes when a broadcast's outcome is unknown, replaces stuck
// transactions and polls for receipts; Follow polls again after a failed
// read. A backend without that transport (the embedded chain, a WebSocket
// connection, an *ethclient.Client the program dialed itself) is not
// retried: over WebSocket a request in flight when the connection drops
// fails, and go-ethereum dials again on the next request.
//
// # Streams and waiting
//
// One engine reads logs: a LogPager pages through a block range in
// adaptive chunks with two requests in flight. Logs and Events are
// iterators over it, Follow adds confirmations and reorg removals on top.
// Each returns or carries a Cursor, the position of the last log handled,
// which a program persists and passes back as LogQuery.After or
// FollowQuery.After to resume strictly after that log. WaitForReceipt waits
// for a transaction this program's Manager did not send, on package wait
// like every waiter of the SDK.
//
// # Reverts
//
// The package knows no contract. It decodes the standard reverts itself
// (Error(string) into *ReasonError, Panic(uint256) into *PanicError) and
// asks the decoders registered with RegisterRevertDecoder for the rest,
// the way database/sql asks its registered drivers. The protocol's custom
// errors are generated into package
// github.com/agijobs/agijobs-go/contracts/reverts, which registers itself
// from init; every SDK package that talks to the protocol (escrow,
// identity, matching, governance) imports it, so a program that uses any
// of them finds typed reasons in every *RevertError:
//
//	var nf *reverts.JobNotFoundError
//	if errors.As(err, &nf) { ... }
//
// Keeping the generated types out of this package keeps its API to chain
// access, and lets a program that talks to other contracts register its
// own decoder the same way.
package chain
