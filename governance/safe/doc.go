// Package safe executes governance plans through a Safe (Safe 1.4.1)
// multisig: NewTx turns a plan into the Safe transaction the owners sign
// (one call, or a MultiSendCallOnly batch), Sign and PackSignatures make
// and order their offline signatures, Execute sends execTransaction
// through any account's transaction manager, and NewBundle writes the plan
// as a Safe{Wallet} Transaction Builder file with its checksum.
//
// Nothing here signs a transaction or sends on its own initiative: owners
// sign hashes offline, and Execute hands the execTransaction call to the
// caller's governance.Sender.
package safe
