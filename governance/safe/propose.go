package safe

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/input"
)

// ProposalOptions configure Propose. The zero value proposes to the plan's
// governance with its current nonce and the canonical MultiSendCallOnly.
type ProposalOptions struct {
	// Safe is the Safe that executes; zero means the plan's governance.
	Safe common.Address
	// MultiSend is the MultiSendCallOnly a batch delegatecalls; zero means
	// governance.CanonicalMultiSendCallOnly. It must hold code: a
	// delegatecall to an account without code succeeds and does nothing.
	MultiSend common.Address
	// Nonce is the Safe nonce the transaction takes. Nil reads the Safe's
	// current nonce, and a Safe that cannot be read is then an error. Set
	// it to queue behind transactions the Safe has not executed yet, or to
	// propose for a Safe this node cannot read.
	Nonce *big.Int
	// Owner is the owner who proposes (meta.createdFromOwnerAddress), such
	// as the one who signs first; it must be an owner of the Safe. Zero
	// means the Safe's first owner.
	Owner common.Address
	// CreatedAt stamps the bundle; zero means now.
	CreatedAt time.Time
}

// Proposal is a plan made ready for the owners of a Safe: the Safe
// transaction and its hash, checked against the Safe itself when it can be
// read, and the Transaction Builder bundle recording both.
type Proposal struct {
	Tx     *Tx
	Hash   common.Hash
	Bundle *Bundle
	// Info is what the Safe reported; nil when it could not be read and
	// ProposalOptions.Nonce was given.
	Info *Info
	// ReadErr is why the Safe could not be read, when Info is nil.
	ReadErr error
	// Owner is meta.createdFromOwnerAddress; zero when unknown.
	Owner common.Address

	calls int
}

// Summary is what a signer checks before signing a proposal: printed by the
// examples and recorded in the bundle's meta.description.
type Summary struct {
	Safe common.Address `json:"safe"`
	// Version is the Safe's VERSION(); "" when the Safe was not read.
	Version   string `json:"version"`
	Nonce     string `json:"nonce"`
	Operation uint8  `json:"operation"`
	// To is what the Safe calls: the single action's target, or
	// MultiSendCallOnly.
	To common.Address `json:"to"`
	// MultiSendCallOnly is the batch contract the hash depends on; nil for
	// a single call, which goes without it.
	MultiSendCallOnly *common.Address `json:"multiSendCallOnly"`
	SafeTxHash        common.Hash     `json:"safeTxHash"`
	Calls             int             `json:"calls"`
}

// Summary returns what a signer checks.
func (p *Proposal) Summary() Summary {
	if p == nil || p.Tx == nil {
		return Summary{}
	}
	s := Summary{Safe: p.Tx.Safe, Nonce: orZero(p.Tx.Nonce).String(), Operation: p.Tx.Operation, To: p.Tx.To,
		SafeTxHash: p.Hash, Calls: p.calls}
	if p.Info != nil {
		s.Version = p.Info.Version
	}
	if p.Tx.Operation == OpDelegateCall {
		ms := p.Tx.To
		s.MultiSendCallOnly = &ms
	}
	return s
}

// String writes the summary in one line.
func (s Summary) String() string {
	version := s.Version
	if version == "" {
		version = "unknown (not read)"
	}
	op := fmt.Sprintf("operation %d (call to %s; no MultiSendCallOnly)", s.Operation, s.To.Hex())
	if s.MultiSendCallOnly != nil {
		op = fmt.Sprintf("operation %d (delegatecall to MultiSendCallOnly %s, %d calls)", s.Operation, s.MultiSendCallOnly.Hex(), s.Calls)
	}
	return fmt.Sprintf("Safe %s, version %s, nonce %s, %s, safeTxHash %s", s.Safe.Hex(), version, s.Nonce, op, s.SafeTxHash.Hex())
}

// UnreadableSafeError is returned by Propose when the Safe cannot be read
// and no nonce was given: a hash for a guessed nonce is one the Safe will
// never execute, or the hash of another transaction.
type UnreadableSafeError struct {
	Safe common.Address
	Err  error
}

// Error describes the problem and what to do about it.
func (e *UnreadableSafeError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("safe: cannot read the Safe at %s (%v); no hash is computed for a guessed nonce: "+
		"check the Safe address and the node, or give the nonce the transaction takes", e.Safe.Hex(), e.Err)
}

func (e *UnreadableSafeError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Propose turns plan p into a Safe transaction for the owners to sign and
// its Transaction Builder bundle, failing closed: the Safe must answer like
// a Safe of a version whose hash this package computes (unless o.Nonce is
// given), every contract the plan calls and the MultiSendCallOnly of a
// batch must hold code, the hash must equal the Safe's own
// getTransactionHash, and o.Owner must be an owner. The bundle lists every
// call by method with data null (see BundleTx) and records the Summary in
// its meta.description.
func Propose(ctx context.Context, r bind.ContractCaller, p *governance.Plan, o ProposalOptions) (*Proposal, error) {
	if r == nil {
		return nil, input.New("safe.Propose: r", "is nil", "pass the backend of the Safe's chain")
	}
	if p == nil || len(p.Actions) == 0 {
		return nil, governance.ErrEmptyPlan
	}
	at := o.Safe
	if at == (common.Address{}) {
		at = p.Governance
	}
	if o.Nonce != nil && o.Nonce.Sign() < 0 {
		return nil, input.New("ProposalOptions.Nonce", o.Nonce.String()+" is negative", "give the Safe nonce the transaction takes")
	}
	out := &Proposal{}
	info, err := ReadInfo(ctx, r, at)
	switch {
	case err != nil && o.Nonce == nil:
		return nil, &UnreadableSafeError{Safe: at, Err: err}
	case err != nil:
		out.ReadErr = err
	default:
		out.Info = info
		if !hashCompatible(info.Version) {
			return nil, fmt.Errorf("safe: the Safe at %s is version %q; this package computes the transaction hash of Safe 1.3.0 and later", at.Hex(), info.Version)
		}
		if o.Nonce != nil && o.Nonce.Cmp(info.Nonce) < 0 {
			return nil, input.New("ProposalOptions.Nonce", fmt.Sprintf("%v is already used: the Safe's nonce is %v", o.Nonce, info.Nonce),
				"give the Safe's nonce, or a later one to queue behind pending transactions")
		}
	}
	nonce := o.Nonce
	if nonce == nil {
		nonce = info.Nonce
	}
	tx, err := NewTx(p, at, o.MultiSend, nonce)
	if err != nil {
		return nil, err
	}
	if err := governance.CheckTargets(ctx, r, p); err != nil {
		return nil, err
	}
	if tx.Operation == OpDelegateCall {
		code, err := r.CodeAt(ctx, tx.To, nil)
		if err != nil {
			return nil, fmt.Errorf("safe: reading the code of MultiSendCallOnly %s: %w", tx.To.Hex(), err)
		}
		if len(code) == 0 {
			return nil, input.New("ProposalOptions.MultiSend", fmt.Sprintf("%s has no contract code on chain %v: a delegatecall there succeeds and does nothing", tx.To.Hex(), p.ChainID),
				"give the MultiSendCallOnly 1.4.1 of this chain")
		}
	}
	if out.Hash, err = tx.Hash(); err != nil {
		return nil, err
	}
	if out.Info != nil {
		onchain, err := TransactionHash(ctx, r, tx)
		if err != nil {
			return nil, err
		}
		if onchain != out.Hash {
			return nil, fmt.Errorf("safe: the Safe at %s computes hash %s for this transaction, this package %s: do not sign", at.Hex(), onchain.Hex(), out.Hash.Hex())
		}
	}
	out.Tx, out.Owner, out.calls = tx, o.Owner, len(p.Actions)
	switch {
	case o.Owner != (common.Address{}) && out.Info != nil && !out.Info.IsOwner(o.Owner):
		return nil, input.New("ProposalOptions.Owner", fmt.Sprintf("%s is not an owner of the Safe at %s", o.Owner.Hex(), at.Hex()),
			"propose and sign with a key of one of its owners: "+ownerList(out.Info.Owners))
	case o.Owner == (common.Address{}) && out.Info != nil && len(out.Info.Owners) > 0:
		out.Owner = out.Info.Owners[0]
	}
	// The bundle records the summary; the hash does not depend on it.
	out.Bundle, err = NewBundle(p, BundleOptions{Safe: at, Owner: out.Owner, CreatedAt: o.CreatedAt, Details: out.Summary().String()})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// hashCompatible reports whether a Safe of version v hashes transactions
// as Tx.Hash does (an EIP-712 domain with the chain id, from 1.3.0 on).
func hashCompatible(v string) bool {
	var major, minor int
	if _, err := fmt.Sscanf(v, "%d.%d", &major, &minor); err != nil {
		return false
	}
	return major > 1 || (major == 1 && minor >= 3)
}

func ownerList(owners []common.Address) string {
	s := make([]string, len(owners))
	for i, o := range owners {
		s[i] = o.Hex()
	}
	return strings.Join(s, ", ")
}
