package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/telemetry"
	"go.opentelemetry.io/otel/trace"
)

// TxCandidate is a call to send: what typed clients build and a Manager
// sends. The Manager fills in nonce, gas and fees.
type TxCandidate struct {
	// To is the target; nil deploys a contract with Data as init code.
	To *common.Address
	// Data is the calldata (or init code).
	Data []byte
	// Value is the wei sent along; nil means zero.
	Value *big.Int
	// GasLimit is used as is when non-zero; zero means estimate and add the
	// Manager's margin. Set it for transactions that depend on earlier ones
	// still in flight (an approve followed by a deposit), whose estimate
	// would revert.
	GasLimit uint64
	// GasTipCap and GasFeeCap, when both set, price the transaction
	// instead of the Manager's own fee reads (still within the Manager's
	// MinTipPerGas, MaxTipPerGas and MaxFeePerGas), so that a sender that
	// follows the chain's block headers sends without reading fees first.
	// Fee bumps of a stuck transaction are priced by the Manager as usual.
	GasTipCap, GasFeeCap *big.Int
	// Label names the call in logs, errors and the journal ("createJob 7").
	// Its first word is the operation attribute of the Manager's telemetry:
	// put ids and other varying parts after a space.
	Label string
	// OnNonce, if set, is called with the nonce the Manager gives the
	// transaction, once it is signed and before it is journaled or
	// broadcast (again with the new nonce if the Manager has to take
	// another). An error abandons the nonce and is returned by SendAsync:
	// nothing is sent. A contract creation uses it to record the address
	// its contract will have, crypto.CreateAddress(sender, nonce), before
	// the contract can exist, so that a process killed at any point finds
	// it on chain instead of creating it again. It runs under the
	// Manager's send lock, so it must not send through the Manager.
	OnNonce func(nonce uint64) error
}

// ManagerConfig configures a Manager. Zero fields take the defaults named on
// each field; Check reports every invalid field at once.
type ManagerConfig struct {
	// Backend is the node to send to. Required.
	Backend Backend
	// Signer signs the transactions. Required. One Manager per signer: two
	// Managers (or processes) sending for the same account race for nonces.
	Signer Signer
	// ChainID is the chain to sign for; nil means ask Backend once.
	ChainID *big.Int
	// Confirmations is the depth a receipt must reach before Send returns:
	// 1 (the default for 0) means included in the head block.
	Confirmations uint64
	// GasMarginPercent is added to gas estimates; 0 means 20.
	GasMarginPercent uint64
	// MaxFeePerGas caps the fee cap of every transaction, fee bumps
	// included; nil means no cap.
	MaxFeePerGas *big.Int
	// MaxTipPerGas caps the priority fee; nil means no cap.
	MaxTipPerGas *big.Int
	// MinTipPerGas is the lowest priority fee offered; nil means the
	// node's suggestion is used as is.
	MinTipPerGas *big.Int
	// FeeBumpPercent is the raise of both fee fields when a stuck
	// transaction is replaced; 0 means 10 (the minimum geth accepts), values
	// below 10 are refused.
	FeeBumpPercent uint64
	// ResubmitAfter is how long a transaction may stay unmined before it is
	// replaced with bumped fees; 0 means 30s.
	ResubmitAfter time.Duration
	// PollInterval is how often the Manager looks for new blocks and
	// receipts; 0 means 100ms.
	PollInterval time.Duration
	// JournalDir, when set, keeps a fsync'd journal per signer in this
	// directory: every signed transaction is recorded before it is
	// broadcast, and a Manager opened on the same directory resumes
	// watching the transactions a crashed process left in flight (see
	// Recovered) instead of sending them again.
	JournalDir string
	// Logger receives the Manager's messages; nil is silent.
	Logger *slog.Logger
	// Telemetry receives the Manager's metrics (agijobs.tx.*: sent, mined,
	// replaced, failed, pending, time to inclusion, nonce resyncs) and one
	// span per transaction, from SendAsync until it settles. The zero
	// value records nothing.
	Telemetry telemetry.Providers
}

// Check reports every invalid field of c, each with the fix.
func (c *ManagerConfig) Check() error {
	if c == nil {
		return input.New("chain.ManagerConfig", "is nil", "pass the ManagerConfig to check")
	}
	var errs input.Errors
	if c.Backend == nil {
		errs.Add("chain.ManagerConfig.Backend", "is nil", "pass a *Conn from Dial or an embedded chain's Backend()")
	}
	if c.Signer == nil {
		errs.Add("chain.ManagerConfig.Signer", "is nil", "pass a KeySigner, a keystore signer or an ExternalSigner")
	}
	if c.FeeBumpPercent != 0 && c.FeeBumpPercent < 10 {
		errs.Add("chain.ManagerConfig.FeeBumpPercent", fmt.Sprintf("is %d, and nodes refuse replacements bumped by less than 10%%", c.FeeBumpPercent), "use 10 or more, or 0 for the default")
	}
	if c.MaxFeePerGas != nil && c.MaxFeePerGas.Sign() <= 0 {
		errs.Add("chain.ManagerConfig.MaxFeePerGas", fmt.Sprintf("is %v", c.MaxFeePerGas), "make it positive, or nil for no cap")
	}
	if c.MaxTipPerGas != nil && c.MaxTipPerGas.Sign() < 0 {
		errs.Add("chain.ManagerConfig.MaxTipPerGas", fmt.Sprintf("is %v", c.MaxTipPerGas), "make it zero or positive, or nil for no cap")
	}
	if c.MinTipPerGas != nil && c.MaxTipPerGas != nil && c.MinTipPerGas.Cmp(c.MaxTipPerGas) > 0 {
		errs.Add("chain.ManagerConfig.MinTipPerGas", fmt.Sprintf("%v exceeds MaxTipPerGas %v", c.MinTipPerGas, c.MaxTipPerGas), "lower the minimum or raise the cap")
	}
	if c.ResubmitAfter < 0 {
		errs.Add("chain.ManagerConfig.ResubmitAfter", fmt.Sprintf("is %v", c.ResubmitAfter), "make it positive, or 0 for the default")
	}
	if c.PollInterval < 0 {
		errs.Add("chain.ManagerConfig.PollInterval", fmt.Sprintf("is %v", c.PollInterval), "make it positive, or 0 for the default")
	}
	return errs.Err()
}

func (c *ManagerConfig) withDefaults() ManagerConfig {
	d := *c
	if d.Confirmations == 0 {
		d.Confirmations = 1
	}
	if d.GasMarginPercent == 0 {
		d.GasMarginPercent = 20
	}
	if d.FeeBumpPercent == 0 {
		d.FeeBumpPercent = 10
	}
	if d.ResubmitAfter == 0 {
		d.ResubmitAfter = 30 * time.Second
	}
	if d.PollInterval == 0 {
		d.PollInterval = 100 * time.Millisecond
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	return d
}

// Manager sends the transactions of one signer: it hands out nonces in
// order, estimates gas with a margin, prices EIP-1559 fees within the caps,
// replaces stuck transactions with bumped fees (same nonce), waits for
// receipts to the configured depth and turns reverted receipts into
// *RevertError values. It is safe for concurrent use; transactions are
// numbered in the order their SendAsync calls take the send lock.
//
// The Manager makes each read and each broadcast once: the connection's
// transport retries them (see Dial and DialOptions.Retry). A read that
// still fails is returned by SendAsync before any nonce is used; a
// broadcast that still fails keeps its nonce, and the watcher rebroadcasts
// the same signed bytes until the node has them.
//
// One Manager per signer at a time: a program that abandons a Manager
// (its caller's context cancelled) and starts another for the same key
// must Close the first, or a send still queued there takes a nonce the
// second does not know about.
type Manager struct {
	cfg     ManagerConfig
	backend Backend
	signer  Signer
	from    common.Address
	chainID *big.Int
	log     *slog.Logger
	journal *journal
	tel     *otelinst.Tx // nil when telemetry is off

	sendMu      sync.Mutex // nonce allocation, signing, journal, broadcast
	nextNonce   uint64
	nonceValid  bool
	nonceSynced bool // the nonce was read from the chain once already

	feeMu   sync.Mutex
	feeAt   time.Time
	feeTip  *big.Int
	feeBase *big.Int

	mu        sync.Mutex
	pending   map[uint64]*txState
	recovered []*Pending

	wake      chan struct{}
	closing   chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

type txState struct {
	nonce     uint64
	label     string
	cand      TxCandidate
	txs       []*types.Transaction // every signed version, oldest first
	sentAt    time.Time
	rebcast   bool // the last broadcast failed in transport: send again
	receipt   *types.Receipt
	missSince uint64 // head when the nonce was seen used without our receipt
	p         *Pending

	span       trace.Span // telemetry: from SendAsync until settled
	firstSent  time.Time  // first broadcast, for the time to inclusion
	includedAt time.Time  // when the receipt was first seen
}

// Pending is a transaction handed to the node and not yet settled. Its
// methods are safe for concurrent use.
type Pending struct {
	label string
	nonce uint64
	done  chan struct{}

	mu      sync.Mutex
	hash    common.Hash
	receipt *types.Receipt
	err     error
}

// Label returns the candidate's label.
func (p *Pending) Label() string {
	if p == nil || p.done == nil {
		return ""
	}
	return p.label
}

// Nonce returns the transaction's nonce; it never changes, fee bumps reuse it.
func (p *Pending) Nonce() uint64 {
	if p == nil || p.done == nil {
		return 0
	}
	return p.nonce
}

// Hash returns the hash of the latest signed version (fee bumps change it).
func (p *Pending) Hash() common.Hash {
	if p == nil || p.done == nil {
		return common.Hash{}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hash
}

// Done is closed when the transaction is settled.
// A nil or zero Pending is done at once.
func (p *Pending) Done() <-chan struct{} {
	if p == nil || p.done == nil {
		return closedChan
	}
	return p.done
}

// closedChan is the Done channel of a nil Pending.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Wait blocks until the transaction reached the Manager's confirmation depth
// or failed, and returns its receipt. A reverted transaction returns its
// receipt and a *RevertError.
//
// If ctx ends first, Wait returns ctx's error, and the transaction may still
// be mined: a cancelled context does not mean it was not sent. Call Wait
// again, or look the nonce and hash up, to reconcile.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	if p == nil || p.done == nil {
		return nil, input.Unbuilt("chain.Pending", "chain.Manager.SendAsync")
	}
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.receipt, p.err
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for %q (nonce %d, tx %s): %w; it may still be mined", p.label, p.nonce, p.Hash().Hex(), ctx.Err())
	}
}

func (p *Pending) setHash(h common.Hash) {
	p.mu.Lock()
	p.hash = h
	p.mu.Unlock()
}

func (p *Pending) settle(r *types.Receipt, err error) {
	p.mu.Lock()
	p.receipt, p.err = r, err
	p.mu.Unlock()
	close(p.done)
}

// NewManager checks cfg, reads the chain id if not given, opens the journal
// if configured and starts watching. In-flight transactions found in the
// journal are watched again and returned by Recovered.
func NewManager(ctx context.Context, cfg ManagerConfig) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	c := cfg.withDefaults()
	m := &Manager{
		cfg:     c,
		backend: c.Backend,
		signer:  c.Signer,
		from:    c.Signer.Address(),
		log:     c.Logger.With("from", c.Signer.Address().Hex()),
		tel:     otelinst.NewTx(c.Telemetry),
		pending: map[uint64]*txState{},
		wake:    make(chan struct{}, 1),
		closing: make(chan struct{}),
		done:    make(chan struct{}),
	}
	if c.ChainID != nil {
		m.chainID = new(big.Int).Set(c.ChainID)
	} else {
		id, err := read(ctx, "eth_chainId", c.Backend.ChainID)
		if err != nil {
			return nil, fmt.Errorf("new manager: %w", err)
		}
		if id == nil {
			return nil, fmt.Errorf("new manager: %w", errNoChainID)
		}
		m.chainID = id
	}
	if c.JournalDir != "" {
		j, entries, err := openJournal(c.JournalDir, m.from)
		if err != nil {
			return nil, err
		}
		m.journal = j
		for _, e := range entries {
			st := &txState{nonce: e.Nonce, label: e.Label, txs: e.Txs, rebcast: true,
				p: &Pending{label: e.Label, nonce: e.Nonce, done: make(chan struct{}), hash: e.Txs[len(e.Txs)-1].Hash()}}
			last := e.Txs[len(e.Txs)-1]
			st.cand = TxCandidate{To: last.To(), Data: last.Data(), Value: last.Value(), GasLimit: last.Gas(), Label: e.Label}
			st.span = m.tel.Recovered(e.Label)
			m.pending[e.Nonce] = st
			m.recovered = append(m.recovered, st.p)
			if e.Nonce+1 > m.nextNonce {
				m.nextNonce = e.Nonce + 1
			}
		}
		if len(entries) > 0 {
			m.log.Info("resuming in-flight transactions from the journal", "count", len(entries), "journal", j.path)
		}
	}
	go m.watch()
	return m, nil
}

// Address returns the signer's account.
func (m *Manager) Address() common.Address {
	if m == nil || m.backend == nil {
		return common.Address{}
	}
	return m.from
}

// ChainID returns the chain id the Manager signs for.
func (m *Manager) ChainID() *big.Int {
	if m == nil || m.backend == nil {
		return nil
	}
	return new(big.Int).Set(m.chainID)
}

// Recovered returns the transactions that a previous process recorded in
// the journal and had not settled; the Manager watches them (and
// rebroadcasts the same signed bytes if the node lost them). Callers should
// Wait on them instead of sending their candidates again.
func (m *Manager) Recovered() []*Pending {
	if m == nil || m.backend == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]*Pending(nil), m.recovered...)
}

// InFlight returns the transactions the Manager has sent (or recovered
// from its journal) that have not settled yet. A caller that gave up
// waiting on a send (its context cancelled) and is about to read what is
// in place, for example to resume a deployment with the same Manager,
// waits on these first: the watcher still broadcasts them.
func (m *Manager) InFlight() []*Pending {
	if m == nil || m.backend == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*Pending, 0, len(m.pending))
	for _, st := range m.pending {
		out = append(out, st.p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].nonce < out[j].nonce })
	return out
}

// Send sends c and waits for its receipt at the configured depth. It is
// SendAsync followed by Pending.Wait.
//
// A cancelled or expired ctx does not mean the transaction was not sent: if
// Send returns a context error after the transaction was handed to the node,
// the error names its nonce and hash and the transaction may still be mined.
func (m *Manager) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	if m == nil || m.backend == nil {
		return nil, input.Unbuilt("chain.Manager", "chain.NewManager")
	}
	p, err := m.SendAsync(ctx, c)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendAsync estimates gas (unless set), prices, signs, journals and
// broadcasts c, and returns without waiting for a receipt. Errors before the
// broadcast (a reverting estimate, a node refusal such as
// ErrInsufficientFunds) are returned here and consume no nonce; afterwards
// the outcome is reported by the returned Pending.
//
// ctx bounds only the sending. A cancelled context does not mean the
// transaction was not sent: when SendAsync returns a context error the
// transaction may already be with the node; the journal, if configured,
// records it.
func (m *Manager) SendAsync(ctx context.Context, c TxCandidate) (*Pending, error) {
	if m == nil || m.backend == nil {
		return nil, input.Unbuilt("chain.Manager", "chain.NewManager")
	}
	ctx, span := m.tel.StartSend(ctx, c.Label)
	p, err := m.sendAsync(ctx, c, span)
	if p == nil {
		m.tel.Rejected(ctx, span, c.Label, rejectReason(err))
	}
	return p, err
}

// prepare estimates gas (unless set) and prices c.
func (m *Manager) prepare(ctx context.Context, c TxCandidate) (value *big.Int, gas uint64, tip, feeCap *big.Int, err error) {
	value = c.Value
	if value == nil {
		value = new(big.Int)
	}
	gas = c.GasLimit
	if gas == 0 {
		est, err := read(ctx, "eth_estimateGas", func(ctx context.Context) (uint64, error) {
			return m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: c.To, Value: value, Data: c.Data})
		})
		if err != nil {
			var re *RevertError
			if errors.As(err, &re) {
				re.Label = c.Label
				return nil, 0, nil, nil, re
			}
			return nil, 0, nil, nil, fmt.Errorf("estimate gas for %q: %w", c.Label, err)
		}
		gas = est + est*m.cfg.GasMarginPercent/100
	}
	if c.GasTipCap != nil && c.GasFeeCap != nil {
		tip, feeCap, err = m.capFees(c.GasTipCap, c.GasFeeCap, nil)
	} else {
		tip, feeCap, err = m.fees(ctx)
	}
	if err != nil {
		return nil, 0, nil, nil, fmt.Errorf("price %q: %w", c.Label, err)
	}
	return value, gas, tip, feeCap, nil
}

// sendAsync is SendAsync; span is the transaction's telemetry span, which
// the returned Pending's settlement ends.
func (m *Manager) sendAsync(ctx context.Context, c TxCandidate, span trace.Span) (*Pending, error) {
	select {
	case <-m.closing:
		return nil, ErrClosed
	default:
	}
	value, gas, tip, feeCap, err := m.prepare(ctx, c)
	if err != nil {
		return nil, err
	}

	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	for attempt := 0; ; attempt++ {
		nonce, err := m.nonce(ctx)
		if err != nil {
			return nil, fmt.Errorf("nonce for %q: %w", c.Label, err)
		}
		tx, err := m.signer.SignTx(ctx, m.chainID, types.NewTx(&types.DynamicFeeTx{
			ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: c.To, Value: value, Data: c.Data,
		}))
		if err != nil {
			return nil, fmt.Errorf("sign %q: %w", c.Label, err)
		}
		if c.OnNonce != nil {
			if err := c.OnNonce(nonce); err != nil {
				return nil, fmt.Errorf("%q (nonce %d) not sent: %w", c.Label, nonce, err)
			}
		}
		if m.journal != nil {
			if err := m.journal.recordTx(nonce, c.Label, tx, true); err != nil {
				return nil, fmt.Errorf("journal %q before sending: %w", c.Label, err)
			}
		}
		now := time.Now()
		st := &txState{nonce: nonce, label: c.Label, cand: c, txs: []*types.Transaction{tx}, sentAt: now, firstSent: now, span: span,
			p: &Pending{label: c.Label, nonce: nonce, done: make(chan struct{}), hash: tx.Hash()}}
		err = m.broadcast(ctx, tx)
		switch {
		case err == nil:
		case IsTransport(err) || errors.Is(err, errUnsettled) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
			// Unknown outcome: the node may hold the transaction. Keep the
			// nonce and let the watcher rebroadcast the same bytes.
			st.rebcast = true
			m.log.Warn("broadcast outcome unknown; watching and rebroadcasting", "label", c.Label, "nonce", nonce, "err", err)
		case errors.Is(err, ErrNonceTooLow) && attempt < 3,
			// "replacement transaction underpriced" for a fresh send means
			// another sender holds this nonce in the node's pool (or just
			// had it mined, before the pool caught up): resynchronise too.
			errors.Is(err, ErrUnderpriced) && attempt < 3 && m.nonceTaken(ctx, nonce):
			m.abandon(nonce)
			m.nonceValid = false
			m.log.Info("nonce already used; resynchronising from the chain", "label", c.Label, "nonce", nonce, "err", err)
			continue
		default:
			m.abandon(nonce)
			m.nonceValid = false
			return nil, fmt.Errorf("send %q (nonce %d): %w", c.Label, nonce, err)
		}
		m.nextNonce = nonce + 1
		m.mu.Lock()
		select {
		case <-m.closing:
			m.mu.Unlock()
			st.p.settle(nil, fmt.Errorf("%q (nonce %d, tx %s): %w; it may still be mined", c.Label, nonce, tx.Hash().Hex(), ErrClosed))
			m.tel.Rejected(ctx, span, c.Label, "")
			return st.p, nil
		default:
		}
		m.pending[nonce] = st
		m.tel.Sent(ctx, span, c.Label, nonce)
		m.mu.Unlock()
		m.log.Debug("sent", "label", c.Label, "nonce", nonce, "tx", tx.Hash().Hex(), "gas", gas)
		m.poke()
		if err != nil && !IsTransport(err) && !errors.Is(err, errUnsettled) {
			return st.p, fmt.Errorf("send %q (nonce %d, tx %s): %w; the transaction may still be mined, Wait on the returned Pending", c.Label, nonce, tx.Hash().Hex(), err)
		}
		return st.p, nil
	}
}

// SendBatch sends the candidates in order without waiting for receipts
// and returns one Pending per candidate sent. It stops at the first
// candidate that cannot be sent and returns the Pendings sent so far with
// the error. Use WaitAll to collect the receipts.
func (m *Manager) SendBatch(ctx context.Context, cs []TxCandidate) ([]*Pending, error) {
	out := make([]*Pending, 0, len(cs))
	for _, c := range cs {
		p, err := m.SendAsync(ctx, c)
		if p != nil {
			out = append(out, p)
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// WaitAll waits for every Pending and returns their receipts in order with
// the joined errors of those that failed.
func WaitAll(ctx context.Context, ps []*Pending) ([]*types.Receipt, error) {
	rs := make([]*types.Receipt, len(ps))
	var errs []error
	for i, p := range ps {
		r, err := p.Wait(ctx)
		rs[i] = r
		if err != nil {
			errs = append(errs, err)
		}
	}
	return rs, errors.Join(errs...)
}

// Close stops watching. Transactions still pending are settled with
// ErrClosed: they may still be mined, and a journal keeps them for the next
// Manager on the same directory.
func (m *Manager) Close() error {
	if m == nil || m.closing == nil {
		return nil // nothing was started
	}
	m.closeOnce.Do(func() { close(m.closing) })
	<-m.done
	m.mu.Lock()
	for n, st := range m.pending {
		err := fmt.Errorf("%q (nonce %d, tx %s): %w; it may still be mined", st.label, n, st.p.Hash().Hex(), ErrClosed)
		m.recordSettled(st, nil, err)
		st.p.settle(nil, err)
		delete(m.pending, n)
	}
	m.mu.Unlock()
	if m.journal != nil {
		return m.journal.close()
	}
	return nil
}

func (m *Manager) poke() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *Manager) abandon(nonce uint64) {
	if m.journal != nil {
		if err := m.journal.recordEnd(nonce); err != nil {
			m.log.Error("journal write failed", "nonce", nonce, "err", err)
		}
	}
}

// nonce returns the next nonce, resynchronising from the chain when the
// local counter is not trusted. Call with sendMu held.
func (m *Manager) nonce(ctx context.Context) (uint64, error) {
	if !m.nonceValid {
		n, err := read(ctx, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
			return m.backend.PendingNonceAt(ctx, m.from)
		})
		if err != nil {
			return 0, err
		}
		// Transactions we hold but the node lost are rebroadcast by the
		// watcher: never reuse their nonces.
		m.mu.Lock()
		for nn := range m.pending {
			if nn+1 > n {
				n = nn + 1
			}
		}
		m.mu.Unlock()
		m.nextNonce = n
		m.nonceValid = true
		if m.nonceSynced {
			m.tel.Resynced(ctx)
		}
		m.nonceSynced = true
	}
	return m.nextNonce, nil
}

// nonceTaken reports whether the node already counts a transaction of ours
// at nonce (pooled or mined), which a fresh send can only learn from it.
func (m *Manager) nonceTaken(ctx context.Context, nonce uint64) bool {
	n, err := m.backend.PendingNonceAt(ctx, m.from)
	return err == nil && n > nonce
}

// broadcast sends tx once and maps the answers that mean "the node has
// it" to success. Transport failures are not retried here: the HTTP
// transport repeated the same signed bytes under its retry policy already,
// so an answer may be the node's reply to a copy whose first answer was
// lost ("already known", "nonce too low" once it is mined, or
// "replacement transaction underpriced" from a node that takes the copy
// for its own replacement), which the transaction's hash settles.
func (m *Manager) broadcast(ctx context.Context, tx *types.Transaction) error {
	err := classify("eth_sendRawTransaction", m.backend.SendTransaction(ctx, tx))
	switch {
	case err == nil, errors.Is(err, ErrAlreadyKnown):
		return nil
	case errors.Is(err, ErrNonceTooLow), errors.Is(err, ErrUnderpriced):
		known, kerr := m.known(ctx, tx.Hash())
		switch {
		case known:
			return nil
		case kerr != nil:
			// Whose transaction holds the nonce is unknown: taking it for
			// another's would send this one again under a new nonce.
			return fmt.Errorf("%w; %w: looking tx %s up failed: %w", err, errUnsettled, tx.Hash().Hex(), kerr)
		}
	}
	return err
}

// errUnsettled marks a broadcast whose outcome is unknown although the
// node answered: the Manager keeps the nonce and watches, as after a
// transport failure.
var errUnsettled = errors.New("whether the node holds the transaction is unknown")

// known reports whether the node knows tx (pooled or mined). An error is
// a lookup that failed, which says nothing either way.
func (m *Manager) known(ctx context.Context, h common.Hash) (bool, error) {
	r, err := m.backend.TransactionReceipt(ctx, h)
	switch {
	case err == nil && r != nil:
		return true, nil
	case err != nil && !errors.Is(err, ethereum.NotFound):
		return false, classify("eth_getTransactionReceipt", err)
	}
	tx, _, err := m.backend.TransactionByHash(ctx, h)
	switch {
	case err == nil && tx != nil:
		return true, nil
	case err != nil && !errors.Is(err, ethereum.NotFound):
		return false, classify("eth_getTransactionByHash", err)
	}
	return false, nil
}

// fees returns tip and fee cap for a new transaction: the node's suggested
// tip within [MinTipPerGas, MaxTipPerGas], and twice the base fee plus the
// tip, capped by MaxFeePerGas. Suggestions are cached for a second.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	m.feeMu.Lock()
	defer m.feeMu.Unlock()
	if m.feeTip == nil || time.Since(m.feeAt) > time.Second {
		h, err := read(ctx, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
			return m.backend.HeaderByNumber(ctx, nil)
		})
		if err != nil {
			return nil, nil, err
		}
		t, err := read(ctx, "eth_maxPriorityFeePerGas", m.backend.SuggestGasTipCap)
		if err != nil {
			return nil, nil, err
		}
		m.feeBase = new(big.Int)
		if h.BaseFee != nil {
			m.feeBase.Set(h.BaseFee)
		}
		m.feeTip, m.feeAt = t, time.Now()
	}
	tip = m.clampTip(m.feeTip)
	feeCap = new(big.Int).Add(new(big.Int).Mul(m.feeBase, big.NewInt(2)), tip)
	return m.capFees(tip, feeCap, m.feeBase)
}

// clampTip returns a copy of tip within MinTipPerGas and MaxTipPerGas.
func (m *Manager) clampTip(tip *big.Int) *big.Int {
	tip = new(big.Int).Set(tip)
	if m.cfg.MinTipPerGas != nil && tip.Cmp(m.cfg.MinTipPerGas) < 0 {
		tip.Set(m.cfg.MinTipPerGas)
	}
	if m.cfg.MaxTipPerGas != nil && tip.Cmp(m.cfg.MaxTipPerGas) > 0 {
		tip.Set(m.cfg.MaxTipPerGas)
	}
	return tip
}

// capFees applies the Manager's fee limits to tip and feeCap (copies are
// returned). base, when known, is the base fee that a capped fee cap must
// still cover.
func (m *Manager) capFees(tip, feeCap, base *big.Int) (*big.Int, *big.Int, error) {
	tip, feeCap = m.clampTip(tip), new(big.Int).Set(feeCap)
	if m.cfg.MaxFeePerGas != nil && feeCap.Cmp(m.cfg.MaxFeePerGas) > 0 {
		feeCap.Set(m.cfg.MaxFeePerGas)
		if base != nil && feeCap.Cmp(base) < 0 {
			return nil, nil, fmt.Errorf("%w: the base fee %v exceeds MaxFeePerGas %v; raise the cap or wait for lower fees", ErrUnderpriced, base, m.cfg.MaxFeePerGas)
		}
	}
	if tip.Cmp(feeCap) > 0 {
		tip.Set(feeCap)
	}
	return tip, feeCap, nil
}

// read runs one read and classifies its error. It does not retry: over
// HTTP the transport already did, under the connection's retry.Policy.
func read[T any](ctx context.Context, op string, f func(context.Context) (T, error)) (T, error) {
	v, err := f(ctx)
	if err != nil {
		var zero T
		return zero, classify(op, err)
	}
	return v, nil
}

// watch is the Manager's single watcher: it follows the head, collects
// receipts, checks confirmation depth, replaces stuck transactions and
// rebroadcasts those whose broadcast outcome was unknown.
func (m *Manager) watch() {
	defer close(m.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-m.closing:
			cancel()
		case <-ctx.Done():
		}
	}()
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-m.closing:
			return
		case <-t.C:
		case <-m.wake:
		}
		m.tick(ctx)
	}
}

func (m *Manager) tick(ctx context.Context) {
	m.mu.Lock()
	states := make([]*txState, 0, len(m.pending))
	for _, st := range m.pending {
		states = append(states, st)
	}
	m.mu.Unlock()
	if len(states) == 0 {
		return
	}
	sort.Slice(states, func(i, j int) bool { return states[i].nonce < states[j].nonce })

	head, err := m.backend.BlockNumber(ctx)
	if err != nil {
		m.log.Debug("watch: head unavailable", "err", err)
		return
	}
	used, err := m.backend.NonceAt(ctx, m.from, nil)
	if err != nil {
		m.log.Debug("watch: nonce unavailable", "err", err)
		return
	}
	for _, st := range states {
		if ctx.Err() != nil {
			return
		}
		if st.receipt == nil && st.nonce < used {
			st.receipt = m.findReceipt(ctx, st)
			if st.receipt == nil {
				if st.missSince == 0 {
					st.missSince = head + 1
				} else if head >= st.missSince+m.cfg.Confirmations+2 {
					m.finish(st, nil, fmt.Errorf("%q (nonce %d): %w; another process may be using the same key", st.label, st.nonce, ErrReplaced))
				}
				continue
			}
			st.missSince = 0
		}
		if st.receipt != nil {
			if head+1 < st.receipt.BlockNumber.Uint64()+m.cfg.Confirmations {
				continue
			}
			if m.cfg.Confirmations > 1 {
				// Make sure the receipt is still on the canonical chain.
				r, err := m.backend.TransactionReceipt(ctx, st.receipt.TxHash)
				if err != nil || r == nil || r.BlockHash != st.receipt.BlockHash {
					st.receipt = nil
					continue
				}
			}
			m.finish(st, st.receipt, m.receiptError(ctx, st))
			continue
		}
		// Not mined yet.
		if st.rebcast {
			last := st.txs[len(st.txs)-1]
			if err := m.broadcast(ctx, last); err == nil || errors.Is(err, ErrNonceTooLow) {
				st.rebcast = false
				st.sentAt = time.Now()
			}
			continue
		}
		if time.Since(st.sentAt) >= m.cfg.ResubmitAfter {
			m.bump(ctx, st)
		}
	}
}

func (m *Manager) findReceipt(ctx context.Context, st *txState) *types.Receipt {
	for i := len(st.txs) - 1; i >= 0; i-- {
		r, err := m.backend.TransactionReceipt(ctx, st.txs[i].Hash())
		if err == nil && r != nil {
			st.p.setHash(r.TxHash)
			st.includedAt = time.Now()
			return r
		}
	}
	return nil
}

// receiptError turns a failed receipt into a *RevertError, re-running the
// call at the receipt's block to read the revert data.
func (m *Manager) receiptError(ctx context.Context, st *txState) error {
	r := st.receipt
	if r.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	var tx *types.Transaction
	for _, t := range st.txs {
		if t.Hash() == r.TxHash {
			tx = t
		}
	}
	re := &RevertError{TxHash: r.TxHash, Label: st.label}
	if tx != nil {
		re.OutOfGas = r.GasUsed >= tx.Gas()
		_, err := m.backend.CallContract(ctx, ethereum.CallMsg{
			From: m.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(),
		}, r.BlockNumber)
		var got *RevertError
		if errors.As(classify("eth_call", err), &got) {
			re.Data, re.Reason, re.Err = got.Data, got.Reason, got.Err
			if re.Reason != nil || len(re.Data) > 0 {
				re.OutOfGas = false
			}
		}
	}
	return re
}

func (m *Manager) finish(st *txState, r *types.Receipt, err error) {
	m.mu.Lock()
	delete(m.pending, st.nonce)
	m.mu.Unlock()
	if m.journal != nil {
		if jerr := m.journal.recordEnd(st.nonce); jerr != nil {
			m.log.Error("journal write failed", "nonce", st.nonce, "err", jerr)
		}
	}
	if err != nil {
		m.log.Warn("transaction failed", "label", st.label, "nonce", st.nonce, "err", err)
	} else {
		m.log.Debug("confirmed", "label", st.label, "nonce", st.nonce, "tx", r.TxHash.Hex(), "block", r.BlockNumber)
	}
	m.recordSettled(st, r, err)
	st.p.settle(r, err)
}

// bump replaces a stuck transaction: same nonce, both fee fields raised by
// at least FeeBumpPercent and to the current market price.
func (m *Manager) bump(ctx context.Context, st *txState) {
	last := st.txs[len(st.txs)-1]
	m.feeMu.Lock()
	m.feeTip = nil // force fresh fee data
	m.feeMu.Unlock()
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		m.log.Warn("fee bump: cannot price", "label", st.label, "err", err)
		return
	}
	pct := big.NewInt(int64(100 + m.cfg.FeeBumpPercent))
	raise := func(old *big.Int) *big.Int {
		v := new(big.Int).Mul(old, pct)
		v.Add(v, big.NewInt(99))
		return v.Div(v, big.NewInt(100))
	}
	newTip := bigMax(tip, raise(last.GasTipCap()))
	newCap := bigMax(feeCap, raise(last.GasFeeCap()))
	if newCap.Cmp(newTip) < 0 {
		newCap = new(big.Int).Set(newTip)
	}
	if m.cfg.MaxFeePerGas != nil && newCap.Cmp(m.cfg.MaxFeePerGas) > 0 {
		m.log.Warn("fee bump blocked by MaxFeePerGas; waiting", "label", st.label, "nonce", st.nonce, "cap", m.cfg.MaxFeePerGas)
		st.sentAt = time.Now()
		return
	}
	tx, err := m.signer.SignTx(ctx, m.chainID, types.NewTx(&types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: st.nonce, GasTipCap: newTip, GasFeeCap: newCap,
		Gas: last.Gas(), To: last.To(), Value: last.Value(), Data: last.Data(),
	}))
	if err != nil {
		m.log.Warn("fee bump: sign failed", "label", st.label, "err", err)
		return
	}
	if m.journal != nil {
		if err := m.journal.recordTx(st.nonce, st.label, tx, false); err != nil {
			m.log.Error("fee bump: journal write failed; not sending", "err", err)
			return
		}
	}
	st.txs = append(st.txs, tx)
	st.sentAt = time.Now()
	err = m.broadcast(ctx, tx)
	switch {
	case err == nil:
		st.p.setHash(tx.Hash())
		m.tel.Replaced(st.span, st.label)
		m.log.Info("replaced stuck transaction with higher fees", "label", st.label, "nonce", st.nonce, "tx", tx.Hash().Hex(), "tip", newTip, "feeCap", newCap)
	case IsTransport(err):
		st.rebcast = true
	default:
		// Most often the old version was mined meanwhile (nonce too low),
		// or the bump was too small for this node; keep watching.
		m.log.Info("fee bump not accepted", "label", st.label, "nonce", st.nonce, "err", err)
	}
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
