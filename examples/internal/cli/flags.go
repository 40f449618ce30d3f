// Package cli holds what the employer, agent-worker and validator examples
// share, and nothing of the SDK's use: their connection flags, the parsing
// of their keys, and the directory store that -store-dir names.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/agijobs/agijobs-go/chain"
)

// Flags are the connection flags every role example takes.
type Flags struct {
	RPC         string
	Manifest    string
	KeyEnv      string
	DevAccounts string
	StoreDir    string
	Dev         bool
}

// Register adds the flags to fs; defaultDev names the dev accounts used
// with -rpc when no key is given (e.g. "1" for the employer).
func (f *Flags) Register(fs *flag.FlagSet, defaultDev string) {
	fs.StringVar(&f.RPC, "rpc", "", "JSON-RPC URL of the node; empty runs on the embedded chain with every role in-process")
	fs.StringVar(&f.Manifest, "manifest", "", "deployment manifest (latest-deployment.json); required with -rpc")
	fs.StringVar(&f.KeyEnv, "key-env", "AGIJOBS_KEY", "environment variable holding the hex private key(s), comma-separated")
	fs.StringVar(&f.DevAccounts, "dev-account", defaultDev, "with -rpc and no key in -key-env: the anvil dev account index(es), comma-separated")
	fs.StringVar(&f.StoreDir, "store-dir", "", "directory shared by the role processes for job documents (stands in for IPFS); required with -rpc")
	fs.BoolVar(&f.Dev, "dev", false, "the node is a dev chain (anvil): mine blocks and advance time instead of waiting")
}

// CheckNode reports the flags -rpc needs.
func (f *Flags) CheckNode() error {
	if f.Manifest == "" || f.StoreDir == "" {
		return errors.New("-rpc needs -manifest and -store-dir")
	}
	return nil
}

// Signers returns the keys of -key-env, or else the dev accounts of
// -dev-account.
func (f *Flags) Signers() ([]chain.Signer, error) {
	var out []chain.Signer
	if raw := os.Getenv(f.KeyEnv); raw != "" {
		for _, k := range strings.Split(raw, ",") {
			s, err := chain.ParseKeySigner(strings.TrimSpace(k))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.KeyEnv, err)
			}
			out = append(out, s)
		}
		return out, nil
	}
	for _, n := range strings.Split(f.DevAccounts, ",") {
		i, err := strconv.Atoi(strings.TrimSpace(n))
		if err != nil {
			return nil, fmt.Errorf("-dev-account %q: %w", f.DevAccounts, err)
		}
		out = append(out, chain.DevSigner(i))
	}
	return out, nil
}
