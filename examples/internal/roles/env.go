// Package roles holds what the employer, agent-worker and validator
// examples share: connecting to a chain (the embedded default or a node
// with a manifest), their flags, and the loop of each role.
package roles

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// DevChain is a chain whose blocks and clock a test may drive: the
// embedded chain, or anvil through its evm_mine and evm_increaseTime
// methods.
type DevChain interface {
	// Mine mines n empty blocks.
	Mine(ctx context.Context, n int) error
	// AdvanceTime moves the chain's clock forward by d and mines a block.
	AdvanceTime(ctx context.Context, d time.Duration) error
}

type embeddedDev struct{ c *chain.Embedded }

func (d embeddedDev) Mine(_ context.Context, n int) error {
	for range n {
		d.c.Commit()
	}
	return nil
}

func (d embeddedDev) AdvanceTime(ctx context.Context, dur time.Duration) error {
	return d.c.AdvanceTime(ctx, dur)
}

type rpcDev struct{ conn *chain.Conn }

func (d rpcDev) Mine(ctx context.Context, n int) error {
	for range n {
		if err := d.conn.Client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
			return fmt.Errorf("evm_mine: %w", err)
		}
	}
	return nil
}

func (d rpcDev) AdvanceTime(ctx context.Context, dur time.Duration) error {
	if err := d.conn.Client.Client().CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(dur/time.Second)); err != nil {
		return fmt.Errorf("evm_increaseTime: %w", err)
	}
	return d.Mine(ctx, 1)
}

// Env is a connection to the protocol for the role loops.
type Env struct {
	// Escrow is the lifecycle chain.
	Escrow *escrow.Client
	// Dev drives blocks and time on a dev chain; nil on real chains, where
	// the loops wait for the chain instead.
	Dev DevChain
	// Out receives the loops' progress lines; writes to it are serialised.
	Out io.Writer
	// Poll is the polling interval of watches.
	Poll time.Duration

	addrs    agijobs.Addresses
	signers  []chain.Signer
	managers []*chain.Manager
	closers  []func() error
	embedded *agijobs.Embedded
}

// lockedWriter serialises writes: on the embedded chain the role loops
// print from goroutines beside each other.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func newOut(w io.Writer) io.Writer {
	if _, ok := w.(*lockedWriter); ok {
		return w
	}
	return &lockedWriter{w: w}
}

// Addresses returns the protocol's addresses.
func (e *Env) Addresses() agijobs.Addresses { return e.addrs }

// logger returns a logger writing text lines to Out, without timestamps.
func (e *Env) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(e.Out, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}))
}

// Sender returns the transaction manager of the i-th configured signer.
func (e *Env) Sender(i int) escrow.Sender { return e.managers[i] }

// Senders returns the managers of every configured signer.
func (e *Env) Senders() []escrow.Sender {
	out := make([]escrow.Sender, len(e.managers))
	for i, m := range e.managers {
		out[i] = m
	}
	return out
}

// Embedded returns the embedded deployment, or nil when connected to a node.
func (e *Env) Embedded() *agijobs.Embedded { return e.embedded }

// Close stops the managers and closes the connection.
func (e *Env) Close() error {
	var errs []error
	for i := len(e.closers) - 1; i >= 0; i-- {
		errs = append(errs, e.closers[i]())
	}
	return errors.Join(errs...)
}

// Printf writes one progress line.
func (e *Env) Printf(format string, args ...any) {
	fmt.Fprintf(e.Out, format+"\n", args...)
}

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

func (f *Flags) signers() ([]chain.Signer, error) {
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

// Connect dials the node named by f, loads the manifest and starts one
// transaction manager per signer.
func Connect(ctx context.Context, f Flags, out io.Writer) (*Env, error) {
	if f.Manifest == "" || f.StoreDir == "" {
		return nil, errors.New("-rpc needs -manifest and -store-dir")
	}
	m, err := deployment.LoadManifest(f.Manifest)
	if err != nil {
		return nil, err
	}
	conn, err := chain.Dial(ctx, f.RPC, chain.DialOptions{ChainID: m.ChainID})
	if err != nil {
		return nil, err
	}
	addrs := agijobs.AddressesFromManifest(m)
	env := &Env{Out: newOut(out), Poll: 100 * time.Millisecond, addrs: addrs}
	env.closers = append(env.closers, func() error { conn.Close(); return nil })
	fail := func(err error) (*Env, error) { _ = env.Close(); return nil, err }
	store, err := NewDirStore(f.StoreDir)
	if err != nil {
		return fail(err)
	}
	chainID := new(big.Int).SetUint64(m.ChainID)
	if env.Escrow, err = escrow.New(ctx, escrow.Config{Backend: conn, Addresses: addrs.EscrowAddresses(), Store: store, ChainID: chainID}); err != nil {
		return fail(err)
	}
	if f.Dev {
		env.Dev = rpcDev{conn}
	}
	if env.signers, err = f.signers(); err != nil {
		return fail(err)
	}
	for _, s := range env.signers {
		mgr, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: conn, Signer: s, ChainID: chainID, PollInterval: 50 * time.Millisecond})
		if err != nil {
			return fail(err)
		}
		env.managers = append(env.managers, mgr)
		env.closers = append(env.closers, mgr.Close)
	}
	return env, nil
}

// Cast are the role senders of an embedded deployment.
type Cast struct {
	Employer   escrow.Sender
	Agent      escrow.Sender
	Validators []escrow.Sender
}

// Embedded deploys the protocol on the embedded chain with one employer,
// one agent and three validators, sets the validator pool, and returns the
// Env and the senders of every role.
func Embedded(ctx context.Context, out io.Writer) (*Env, *Cast, error) {
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{Employers: 1, Agents: 1, Validators: 3})
	if err != nil {
		return nil, nil, err
	}
	env := &Env{Out: newOut(out), Poll: 20 * time.Millisecond, embedded: e, Dev: embeddedDev{e.Chain()}, addrs: e.Addresses()}
	env.closers = append(env.closers, e.Close)
	store := storage.NewMemory()
	env.closers = append(env.closers, store.Close)
	if env.Escrow, err = e.Escrow(ctx, store); err != nil {
		_ = env.Close()
		return nil, nil, err
	}
	roles := e.Roles()
	sender := func(s chain.Signer) escrow.Sender {
		m, merr := e.Manager(ctx, s)
		if merr != nil {
			err = merr
		}
		return m
	}
	cast := &Cast{Employer: sender(roles.Employers[0]), Agent: sender(roles.Agents[0])}
	var pool []common.Address
	for _, v := range roles.Validators {
		cast.Validators = append(cast.Validators, sender(v))
		pool = append(pool, v.Address())
	}
	if err == nil {
		err = SetValidatorPool(ctx, e.Sender(), e.Addresses().ValidationModule, pool)
	}
	if err != nil {
		_ = env.Close()
		return nil, nil, err
	}
	return env, cast, nil
}

// SetValidatorPool sends the owner's setValidatorPool call.
func SetValidatorPool(ctx context.Context, owner escrow.Sender, vm common.Address, pool []common.Address) error {
	_, err := owner.Send(ctx, chain.TxCandidate{To: &vm, Data: validationmodule.NewValidationModule().PackSetValidatorPool(pool), Label: "setValidatorPool"})
	return err
}
