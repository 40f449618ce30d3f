// Package cli holds what the examples share, and none of their SDK calls:
// the key flags every example takes (KeyFlags: -key-env or -keystore,
// never a key on the command line), the connection flags of the employer,
// agent-worker and validator examples with the agijobs.Config they dial
// with, the directory store that -store-dir names, and Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
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
	Keys        KeyFlags
	DevAccounts string
	StoreDir    string
	Dev         bool
}

// Register adds the flags to fs; defaultDev names the dev accounts used
// with -rpc when no key is given (e.g. "1" for the employer).
func (f *Flags) Register(fs *flag.FlagSet, defaultDev string) {
	fs.StringVar(&f.RPC, "rpc", "", "JSON-RPC URL of the node; empty runs on the embedded chain with every role in-process")
	fs.StringVar(&f.Manifest, "manifest", "", "deployment manifest (latest-deployment.json); required with -rpc")
	f.Keys.Register(fs, "AGIJOBS_KEY")
	fs.StringVar(&f.DevAccounts, "dev-account", defaultDev, "with -rpc and no key (-key-env, -keystore): the anvil dev account index(es), comma-separated")
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

// Signers returns the keys of -keystore or -key-env, or else the dev
// accounts of -dev-account.
func (f *Flags) Signers() ([]chain.Signer, error) {
	out, err := f.Keys.Signers()
	if err != nil || len(out) > 0 {
		return out, err
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
