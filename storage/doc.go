// Package storage is the content-addressed storage of the AGI Jobs SDK: an
// embedded IPFS block store, UnixFS import that yields the same CIDs as Kubo,
// CAR import and export, remote backends that verify what they return, and
// the job spec and job result documents that the chain refers to by hash.
//
// # Embedded store
//
// [Embedded] keeps blocks in memory ([NewMemory]) or on disk ([OpenEmbedded]
// with a directory). The on-disk store is a Pebble datastore
// (github.com/ipfs/go-ds-pebble), chosen because it is maintained by the IPFS
// project, ships as one of Kubo's datastore profiles, holds blocks and pin
// records in one crash-safe store (flatfs would need a second datastore for
// pins), and its memory use is bounded by a fixed cache and memtable size,
// not by the amount of data stored.
//
// # Kubo-identical CIDs
//
// [Embedded.Put] and [HashOnly] import a byte stream as a UnixFS file with
// exactly the parameters of `ipfs add --cid-version=1` in Kubo: CIDv1,
// sha2-256, raw leaves, fixed 256 KiB chunks ([ChunkSize]), balanced layout,
// at most 174 links per node ([MaxLinks]). The parameters are passed to boxo
// explicitly; boxo's package-level defaults are never read or written. A file
// that fits in one chunk is a single raw block (its CID starts with
// "bafkrei"); a larger one is a dag-pb tree ("bafybei"). Fixed vectors in
// testdata/cid-vectors.json, produced by Kubo v0.42.0, pin the result.
//
// Import and read are streaming: memory stays bounded by a few chunks and one
// node per tree level, whatever the file size.
//
// # Remote backends and verification
//
// [Kubo] speaks the Kubo RPC API, [Gateway] reads from trustless HTTP
// gateways, and [PinningService] speaks the IPFS Pinning Service API. Every
// block read from a remote is hashed and compared with the CID it was asked
// for; a tampered, truncated or unexpected response is an [*IntegrityError]
// and never data. All HTTP goes through go-retryablehttp under the SDK's
// one retry policy (HTTPOptions.Retry, a retry.Policy): bounded attempts
// on transport errors and 5xx/429 responses, within a budget per call.
//
// [Replicated] is a [Store] that writes to an [Embedded] store and copies every
// new DAG to remote replicas, and reads from remote fetchers when the local
// store misses.
//
// # Job documents
//
// [JobSpec] and [JobResult] are the off-chain documents of the protocol. They
// are validated with validator/v10 ([JobSpec.Validate] reports every bad field
// at once), encoded as canonical JSON ([CanonicalJSON]) and hashed with
// keccak256 ([JobSpec.Hash]) to give the specHash and resultHash that go on
// chain. [IPFSURI] and [ParseIPFSURI] handle the "ipfs://<CID>" URIs.
// Reading fails closed: parsing rejects a name twice in one object at any
// depth, and [FetchJobSpec] and [FetchJobResult] accept a document only if
// its bytes are exactly its canonical JSON and hash to the on-chain hash,
// so that one document never validates under two hashes.
//
// # Conventions
//
// Every call that can block takes a context first. Logging goes to the
// *slog.Logger given in the options and is silent when none is given. URLs
// in errors and logs are masked: user information, query values and path
// segments that look like API keys read "REDACTED". Errors can be matched
// with errors.Is against the sentinels ([ErrNotFound], [ErrIntegrity],
// [ErrNotFile], [ErrClosed]) and with errors.As against the typed errors
// ([*IntegrityError], [*HTTPError], [*ReplicationError]).
// A document with invalid fields is reported as [input.Errors], the SDK's
// one field-error type. The package has no mutable package-level state, and
// all types are safe for concurrent use unless their documentation says
// otherwise.
package storage
