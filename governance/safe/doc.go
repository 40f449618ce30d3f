// Package safe executes governance plans through a Safe (Safe 1.4.1)
// multisig: NewTx turns a plan into the Safe transaction the owners sign
// (one call, or a MultiSendCallOnly batch), Sign and PackSignatures make
// and order their offline signatures, Execute sends execTransaction
// through any account's transaction manager, and NewBundle writes the plan
// as a Safe{Wallet} Transaction Builder file with its checksum.
//
// Propose does all of that at once and fails closed: it reads the Safe
// (version, nonce, owners) and refuses to compute a hash for a Safe it
// cannot read unless the nonce is given, refuses calls to accounts without
// code (a MultiSendCallOnly without code would turn the batch into a
// no-op that still consumes the nonce), checks its hash against the Safe's
// own getTransactionHash, and records the Safe, its version, the nonce,
// the operation and MultiSendCallOnly in the bundle's description.
//
// On dev chains DeploySingletons puts the Safe 1.4.1 contracts on their
// canonical addresses (those of every public network, which
// config/owner-control.json names) and Create makes a Safe, so that a
// sandbox's governance is a real Safe.
//
// Nothing here signs a transaction or sends on its own initiative: owners
// sign hashes offline, and Execute hands the execTransaction call to the
// caller's governance.Sender.
package safe
