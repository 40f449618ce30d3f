// Package reverts holds a Go error type for every custom error of the AGI
// Jobs protocol's contracts, generated from the compiled artifacts by
// internal/gen/errors (errors_gen.go; regenerate with go generate).
//
// Importing the package registers its decoder with
// chain.RegisterRevertDecoder, so that the Reason of every
// *chain.RevertError, from a chain.Manager or a chain.Call, is one of these
// types when the contracts reverted with a custom error. The SDK's
// protocol packages (escrow, identity, matching, governance) import it, so
// a program using any of them needs no import of its own except to name a
// type:
//
//	var is *reverts.InvalidStateError
//	if errors.As(err, &is) {
//		fmt.Println("job", is.JobID, "is in state", is.State)
//	}
//
// The generated types live here rather than in package chain because chain
// is protocol-agnostic chain access: it knows the standard Error(string)
// and Panic(uint256) reverts and asks registered decoders for the rest,
// the way database/sql asks its drivers.
//
// Each type is one error signature, shared by every contract that declares
// it (OpenZeppelin's errors are declared by many), and its doc names the
// abigen binding types of the same error (jobregistry.JobRegistryJobNotFound
// for JobNotFoundError): the bindings unpack one contract's errors, these
// types decode any contract's. Problem names the error with its arguments,
// Hint gives the contract's NatSpec advice with the arguments filled in
// (enums by member name), and Error joins the two.
package reverts
