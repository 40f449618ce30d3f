// Package cli holds what the employer, agent-worker and validator examples
// share, and none of their SDK calls: their connection flags, the parsing
// of their keys into the agijobs.Config they dial with, and the directory
// store that -store-dir names.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
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

// Config turns the flags into the configuration of agijobs.Dial: the
// node, the manifest, the signers and the directory store.
func (f *Flags) Config() (agijobs.Config, error) {
	if f.Manifest == "" || f.StoreDir == "" {
		return agijobs.Config{}, errors.New("-rpc needs -manifest and -store-dir")
	}
	signers, err := f.Signers()
	if err != nil {
		return agijobs.Config{}, err
	}
	store, err := NewDirStore(f.StoreDir)
	if err != nil {
		return agijobs.Config{}, err
	}
	return agijobs.Config{
		RPCURL: f.RPC, ManifestPath: f.Manifest, Signers: signers, Store: store,
		ManagerConfig: chain.ManagerConfig{PollInterval: 50 * time.Millisecond},
	}, nil
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
