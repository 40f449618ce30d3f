package sandbox

import (
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/governance/safe"
)

// SafeFlags are the flags of the examples that write a Safe Transaction
// Builder bundle: -safe, -safe-address, -nonce and -multisend.
type SafeFlags struct {
	File, Address, Nonce, MultiSend string
}

// Register adds the flags to fs.
func (f *SafeFlags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.File, "safe", "", "write the plan as a Safe Transaction Builder bundle to this file and print the Safe transaction hash")
	fs.StringVar(&f.Address, "safe-address", "", "with -safe: the Safe that executes (default: the governance address)")
	fs.StringVar(&f.Nonce, "nonce", "", "with -safe: the Safe nonce the transaction takes (default: the Safe's current nonce; required when the Safe cannot be read, or to queue behind pending transactions)")
	fs.StringVar(&f.MultiSend, "multisend", "", "with -safe: the MultiSendCallOnly a batch delegatecalls, part of the hash (default: the config's multiSendCallOnly where the example reads owner-control.json, else the canonical v1.4.1 one)")
}

// Check reports the Safe flags given without -safe, together with the
// example's own flags that need it (others, by name, when set), and values
// that do not parse: nothing is silently ignored.
func (f *SafeFlags) Check(others ...string) error {
	var orphans []string
	for _, o := range []struct {
		name string
		set  bool
	}{{"-safe-address", f.Address != ""}, {"-nonce", f.Nonce != ""}, {"-multisend", f.MultiSend != ""}} {
		if o.set {
			orphans = append(orphans, o.name)
		}
	}
	orphans = append(orphans, others...)
	var errs []error
	if f.File == "" && len(orphans) > 0 {
		errs = append(errs, fmt.Errorf("%s need(s) -safe FILE: they only apply to the Safe bundle", strings.Join(orphans, ", ")))
	}
	for _, a := range []struct{ name, v string }{{"-safe-address", f.Address}, {"-multisend", f.MultiSend}} {
		if a.v != "" && !common.IsHexAddress(a.v) {
			errs = append(errs, fmt.Errorf("%s %q is not an address", a.name, a.v))
		}
	}
	if f.Nonce != "" {
		if n, ok := new(big.Int).SetString(f.Nonce, 10); !ok || n.Sign() < 0 {
			errs = append(errs, fmt.Errorf("-nonce %q is not a nonce (a decimal number from 0)", f.Nonce))
		}
	}
	return errors.Join(errs...)
}

// Options returns the proposal the flags ask for; multiSend is the
// example's default MultiSendCallOnly (zero: the canonical one). Call
// Check first.
func (f *SafeFlags) Options(multiSend common.Address) safe.ProposalOptions {
	var o safe.ProposalOptions
	if f.Address != "" {
		o.Safe = common.HexToAddress(f.Address)
	}
	o.MultiSend = multiSend
	if f.MultiSend != "" {
		o.MultiSend = common.HexToAddress(f.MultiSend)
	}
	if f.Nonce != "" {
		o.Nonce, _ = new(big.Int).SetString(f.Nonce, 10)
	}
	return o
}
