package agijobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"reflect"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/telemetry"
)

// Addresses are the proxy addresses of the protocol's modules and the
// stake token. JSON keys are the module names of contracts/deploy.
type Addresses struct {
	Token            common.Address `json:"Token" validate:"required"`
	StakeManager     common.Address `json:"StakeManager" validate:"required"`
	JobRegistry      common.Address `json:"JobRegistry" validate:"required"`
	ValidationModule common.Address `json:"ValidationModule" validate:"required"`
	IdentityRegistry common.Address `json:"IdentityRegistry" validate:"required"`
	ReputationEngine common.Address `json:"ReputationEngine" validate:"required"`
	DisputeModule    common.Address `json:"DisputeModule" validate:"required"`
	FeePool          common.Address `json:"FeePool" validate:"required"`
	CertificateNFT   common.Address `json:"CertificateNFT" validate:"required"`
	SystemPause      common.Address `json:"SystemPause" validate:"required"`
}

// AddressesOf returns the addresses of a deployment made by
// contracts/deploy; a nil d gives zero addresses.
func AddressesOf(d *deploy.Deployment) Addresses {
	if d == nil {
		return Addresses{}
	}
	return Addresses{
		Token:            d.Token,
		StakeManager:     d.Address(deploy.StakeManager),
		JobRegistry:      d.Address(deploy.JobRegistry),
		ValidationModule: d.Address(deploy.ValidationModule),
		IdentityRegistry: d.Address(deploy.IdentityRegistry),
		ReputationEngine: d.Address(deploy.ReputationEngine),
		DisputeModule:    d.Address(deploy.DisputeModule),
		FeePool:          d.Address(deploy.FeePool),
		CertificateNFT:   d.Address(deploy.CertificateNFT),
		SystemPause:      d.Address(deploy.SystemPause),
	}
}

// Options are the parts New builds a Client from. Only Backend is
// required.
type Options struct {
	// Backend is the chain connection: a *chain.Conn from chain.Dial, an
	// embedded chain's Backend(), or any chain.Backend. Required. New does
	// not take it over: Client.Close leaves it open.
	Backend chain.Backend
	// Addresses are the protocol's contracts (AddressesOf a deployment,
	// AddressesFromManifest of a manifest). Nil makes a client for a chain
	// without the protocol yet, one that can only reach the chain and send
	// (to deploy it, for instance); its role clients fail.
	Addresses *Addresses
	// Signers are the accounts the client sends for: New starts the
	// transaction manager of each (reading its nonce), so that a bad key or
	// node shows at once. Manager starts one for any other signer on
	// first use.
	Signers []chain.Signer
	// Managers are transaction managers the caller already runs (for
	// example the one that deployed the protocol): Manager hands them out
	// for their accounts instead of starting a second one, and Close leaves
	// them running. They must send on Backend's chain.
	Managers []*chain.Manager
	// Store keeps job specs and results (storage.NewMemory, a Kubo node, a
	// replicated store); nil allows the reads and calls that need no
	// documents. New does not take it over.
	Store storage.Store
	// ManagerConfig tunes every transaction manager the client starts
	// (confirmations, fee caps, journal directory, poll interval); its
	// Backend, Signer and ChainID are the client's own and are ignored, and
	// a nil Logger means Logger.
	ManagerConfig chain.ManagerConfig
	// Logger receives the SDK's messages; nil is silent.
	Logger *slog.Logger
	// Telemetry receives the SDK's metrics and spans: those of every
	// transaction manager the client starts (unless ManagerConfig sets its
	// own) and of the escrow event streams. The zero value records
	// nothing. See package telemetry for the instruments.
	Telemetry telemetry.Providers
}

// Client is the protocol on one chain, built from parts: the backend, the
// protocol's addresses, a document store and one transaction manager per
// signer. Role clients (escrow's employer, agent and validator, identity,
// matching) are built on it. It is safe for concurrent use.
type Client struct {
	backend chain.Backend
	conn    *chain.Conn // dialled by Dial, closed by Close
	addrs   *Addresses
	chainID *big.Int
	store   storage.Store
	escrow  *escrow.Client
	mgrCfg  chain.ManagerConfig
	signers []chain.Signer
	log     *slog.Logger

	mu       sync.Mutex
	managers map[common.Address]*chain.Manager
	owned    map[common.Address]bool // started by the client, stopped by Close
	closed   bool
}

// New builds a Client from parts without dialling: it reads the chain id
// from the backend, checks that every address holds a contract and that
// every module answers moduleKind() with its own name (a manifest of another
// network, or with two addresses swapped, is an error naming the field and
// what it holds), and starts the transaction manager of every signer. Close stops the managers; the
// backend and the store stay the caller's.
func New(ctx context.Context, o Options) (*Client, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := o.Backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("agijobs: read the chain id: %w", err)
	}
	c := &Client{backend: o.Backend, chainID: id, store: o.Store, mgrCfg: o.ManagerConfig, log: log,
		signers:  append([]chain.Signer(nil), o.Signers...),
		managers: map[common.Address]*chain.Manager{}, owned: map[common.Address]bool{}}
	for _, m := range o.Managers {
		if m.ChainID().Cmp(id) != 0 {
			return nil, input.New("agijobs.Options.Managers", fmt.Sprintf("the manager of %s sends on chain %v, the backend serves chain %v", m.Address().Hex(), m.ChainID(), id),
				"pass the managers of this chain")
		}
		c.managers[m.Address()] = m
	}
	if c.mgrCfg.Logger == nil {
		c.mgrCfg.Logger = log
	}
	if c.mgrCfg.Telemetry.MeterProvider == nil && c.mgrCfg.Telemetry.TracerProvider == nil {
		c.mgrCfg.Telemetry = o.Telemetry
	}
	if o.Addresses != nil {
		a := *o.Addresses
		c.addrs = &a
		if err := c.checkModules(ctx); err != nil {
			return nil, err
		}
		c.escrow, err = escrow.New(ctx, escrow.Config{Backend: c.backend, Addresses: a.EscrowAddresses(), Store: o.Store, ChainID: id, Logger: log})
		if err != nil {
			return nil, err
		}
	}
	for _, s := range o.Signers {
		if _, err := c.Manager(ctx, s); err != nil {
			_ = c.Close()
			return nil, err
		}
	}
	return c, nil
}

// check reports the missing parts of o.
func (o *Options) check() error {
	var errs input.Errors
	if o.Backend == nil {
		errs.Add("agijobs.Options.Backend", "is nil", "pass a *chain.Conn from chain.Dial or an embedded chain's Backend(), or call Dial")
	}
	if o.Addresses != nil {
		v := reflect.ValueOf(*o.Addresses)
		for i := range v.NumField() {
			if v.Field(i).Interface().(common.Address) == (common.Address{}) {
				errs.Add("agijobs.Options.Addresses."+v.Type().Field(i).Name, "is the zero address", "take it from the deployment manifest")
			}
		}
	}
	for i, s := range o.Signers {
		if s == nil {
			errs.Add(fmt.Sprintf("agijobs.Options.Signers[%d]", i), "is nil", "pass a chain.KeySigner, a keystore signer or an ExternalSigner")
		}
	}
	seen := map[common.Address]bool{}
	for i, m := range o.Managers {
		switch {
		case m == nil:
			errs.Add(fmt.Sprintf("agijobs.Options.Managers[%d]", i), "is nil", "leave it out; Manager starts one on first use")
		case seen[m.Address()]:
			errs.Add(fmt.Sprintf("agijobs.Options.Managers[%d]", i), "a second manager for "+m.Address().Hex(),
				"pass one manager per account: two managers race for its nonces")
		default:
			seen[m.Address()] = true
		}
	}
	return errs.Err()
}

// Backend returns the chain backend, for calls the SDK does not wrap.
func (c *Client) Backend() chain.Backend {
	if c == nil || c.backend == nil {
		return nil
	}
	return c.backend
}

// Addresses returns the protocol's addresses: the zero value for a client
// built without them.
func (c *Client) Addresses() Addresses {
	if c == nil || c.backend == nil {
		return Addresses{}
	}
	if c.addrs == nil {
		return Addresses{}
	}
	return *c.addrs
}

// ChainID returns the chain id.
func (c *Client) ChainID() *big.Int {
	if c == nil || c.backend == nil {
		return nil
	}
	return new(big.Int).Set(c.chainID)
}

// Store returns the document store, or nil.
func (c *Client) Store() storage.Store {
	if c == nil || c.backend == nil {
		return nil
	}
	return c.store
}

// Signers returns the signers given to New or Dial, in order.
func (c *Client) Signers() []chain.Signer {
	if c == nil || c.backend == nil {
		return nil
	}
	return append([]chain.Signer(nil), c.signers...)
}

// Manager returns the transaction manager of s, starting it on first use:
// one per account, so that every part of a program sending for s shares
// its nonces (two managers for one account race for them). Close stops
// every manager the client started.
func (c *Client) Manager(ctx context.Context, s chain.Signer) (*chain.Manager, error) {
	if s == nil {
		return nil, input.New("signer", "is nil", "pass a chain.KeySigner, a keystore signer or an ExternalSigner")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil, fmt.Errorf("agijobs: manager of %s: %w", s.Address().Hex(), chain.ErrClosed)
	}
	if m, ok := c.managers[s.Address()]; ok {
		return m, nil
	}
	cfg := c.mgrCfg
	cfg.Backend, cfg.Signer, cfg.ChainID = c.backend, s, c.chainID
	m, err := chain.NewManager(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("agijobs: manager of %s: %w", s.Address().Hex(), err)
	}
	c.managers[s.Address()] = m
	c.owned[s.Address()] = true
	return m, nil
}

// Close stops every transaction manager the client started and, for a
// client from Dial, closes the connection. A client from New leaves its
// backend, its store and the managers of Options.Managers open.
func (c *Client) Close() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	ms := c.managers
	c.managers = nil
	c.mu.Unlock()
	var errs []error
	for a, m := range ms {
		if c.owned[a] {
			errs = append(errs, m.Close())
		}
	}
	if c.conn != nil {
		c.conn.Close()
	}
	return errors.Join(errs...)
}
