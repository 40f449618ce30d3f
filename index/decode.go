package index

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/certificatenft"
	"github.com/agijobs/agijobs-go/contracts/bindings/disputemodule"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/systempause"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
)

// Kinds group events for queries; Event.Kind is one of them.
const (
	// KindJob is an event about one job (it has a job id): the job's
	// timeline is made of them.
	KindJob = "job"
	// KindParam is a governance change of a module's parameter.
	KindParam = "param"
	// KindStake is a stake deposit, withdrawal, slash or deferred payment.
	KindStake = "stake"
	// KindFee is a fee distribution, burn or claim of the FeePool.
	KindFee = "fee"
	// KindReputation is a reputation score change.
	KindReputation = "reputation"
	// KindPayout is a token transfer out of the StakeManager (rewards,
	// refunds, withdrawals).
	KindPayout = "payout"
	// KindOther is any other event of the modules (identity, ownership...).
	KindOther = "other"
)

// Contract names of Event.Contract.
const (
	ContractToken            = "Token"
	ContractJobRegistry      = "JobRegistry"
	ContractValidationModule = "ValidationModule"
	ContractStakeManager     = "StakeManager"
	ContractIdentityRegistry = "IdentityRegistry"
	ContractReputationEngine = "ReputationEngine"
	ContractDisputeModule    = "DisputeModule"
	ContractFeePool          = "FeePool"
	ContractCertificateNFT   = "CertificateNFT"
	ContractSystemPause      = "SystemPause"
)

// source is one contract whose logs are indexed.
type source struct {
	address  common.Address
	contract string
	events   map[common.Hash]*abi.Event
}

// decoder decodes the logs of one deployment.
type decoder struct {
	sources      map[common.Address]*source
	modules      []common.Address // the addresses of the module query
	stakeManager common.Address
	token        common.Address // the default escrow token
	transfer     *abi.Event
}

func eventsOf(as ...abi.ABI) map[common.Hash]*abi.Event {
	m := map[common.Hash]*abi.Event{}
	for _, a := range as {
		for _, ev := range a.Events {
			m[ev.ID] = &ev
		}
	}
	return m
}

// moduleABIs are the events of each module by topic. The modules are
// proxies, so the proxy's own events (upgrades) are known for each. The
// bindings are stateless, so one table serves every Indexer.
var moduleABIs = func() map[string]map[common.Hash]*abi.Event {
	proxy := moduleproxy.NewModuleProxy().GetABI()
	return map[string]map[common.Hash]*abi.Event{
		ContractJobRegistry:      eventsOf(jobregistry.NewJobRegistry().GetABI(), proxy),
		ContractValidationModule: eventsOf(validationmodule.NewValidationModule().GetABI(), proxy),
		ContractStakeManager:     eventsOf(stakemanager.NewStakeManager().GetABI(), proxy),
		ContractIdentityRegistry: eventsOf(identityregistry.NewIdentityRegistry().GetABI(), proxy),
		ContractReputationEngine: eventsOf(reputationengine.NewReputationEngine().GetABI(), proxy),
		ContractDisputeModule:    eventsOf(disputemodule.NewDisputeModule().GetABI(), proxy),
		ContractFeePool:          eventsOf(feepool.NewFeePool().GetABI(), proxy),
		ContractCertificateNFT:   eventsOf(certificatenft.NewCertificateNFT().GetABI(), proxy),
		ContractSystemPause:      eventsOf(systempause.NewSystemPause().GetABI(), proxy),
	}
}()

// transferEvent is the ERC-20 Transfer event of payouts.
var transferEvent = func() *abi.Event {
	tr := agialphatoken.NewAGIALPHAToken().GetABI().Events["Transfer"]
	return &tr
}()

// sourceABIs are the events of each contract name by event name, to
// decode stored events.
var sourceABIs = func() map[string]map[string]*abi.Event {
	out := map[string]map[string]*abi.Event{ContractToken: {"Transfer": transferEvent}}
	for name, evs := range moduleABIs {
		out[name] = map[string]*abi.Event{}
		for _, ev := range evs {
			out[name][ev.Name] = ev
		}
	}
	return out
}()

// newDecoder returns the decoder of the deployment at a.
func newDecoder(a agijobs.Addresses) *decoder {
	d := &decoder{sources: map[common.Address]*source{}, stakeManager: a.StakeManager, token: a.Token, transfer: transferEvent}
	for _, m := range []struct {
		addr common.Address
		name string
	}{{a.JobRegistry, ContractJobRegistry}, {a.ValidationModule, ContractValidationModule}, {a.StakeManager, ContractStakeManager},
		{a.IdentityRegistry, ContractIdentityRegistry}, {a.ReputationEngine, ContractReputationEngine}, {a.DisputeModule, ContractDisputeModule},
		{a.FeePool, ContractFeePool}, {a.CertificateNFT, ContractCertificateNFT}, {a.SystemPause, ContractSystemPause}} {
		d.sources[m.addr] = &source{address: m.addr, contract: m.name, events: moduleABIs[m.name]}
		d.modules = append(d.modules, m.addr)
	}
	return d
}

// row is one decoded log with the columns the index stores.
type row struct {
	log      types.Log
	contract string
	name     string
	kind     string
	fields   map[string]any
	jobID    *big.Int
	account  *common.Address
	token    *common.Address
	amount   *big.Int
	accounts []common.Address
}

// decode decodes l. A log of a module with a topic its ABI lacks is kept
// as an "unknown" event rather than dropped, so that nothing is lost.
func (d *decoder) decode(l types.Log) (*row, error) {
	r := &row{log: l, fields: map[string]any{}}
	var ev *abi.Event
	if src, ok := d.sources[l.Address]; ok {
		r.contract = src.contract
		if len(l.Topics) > 0 {
			ev = src.events[l.Topics[0]]
		}
	} else if len(l.Topics) == 3 && l.Topics[0] == d.transfer.ID {
		r.contract, ev = ContractToken, d.transfer
	} else {
		return nil, fmt.Errorf("index: log %s/%d of %s is not from the deployment", l.TxHash.Hex(), l.Index, l.Address.Hex())
	}
	if ev == nil {
		r.name, r.kind = "unknown", KindOther
		return r, nil
	}
	r.name = ev.Name
	if err := unpack(ev, l, r.fields); err != nil {
		return nil, fmt.Errorf("index: decode %s.%s log %s/%d: %w", r.contract, r.name, l.TxHash.Hex(), l.Index, err)
	}
	if err := r.classify(); err != nil {
		return nil, err
	}
	// The deployment's own contracts are named by most payouts and
	// transfers; nobody's history is theirs, and listing them would cost
	// a row per event.
	r.accounts = slices.DeleteFunc(r.accounts, func(a common.Address) bool {
		_, module := d.sources[a]
		return module || a == d.token
	})
	if r.contract == ContractToken {
		r.token = &l.Address
	}
	return r, nil
}

// unpack decodes the indexed and the data arguments of l into fields.
func unpack(ev *abi.Event, l types.Log, fields map[string]any) error {
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(l.Data) > 0 {
		if err := ev.Inputs.UnpackIntoMap(fields, l.Data); err != nil {
			return err
		}
	}
	if len(l.Topics) != len(indexed)+1 {
		return fmt.Errorf("%d topics for %d indexed arguments", len(l.Topics), len(indexed))
	}
	return abi.ParseTopicsIntoMap(fields, indexed, l.Topics[1:])
}

// The fields that name an event's principal account, amount and job, in
// order of preference.
var (
	accountFields = []string{"to", "user", "agent", "validator", "employer", "applicant", "worker", "caller", "claimant", "party", "moderator", "account", "attestor"}
	amountFields  = []string{"amount", "reward", "slashed", "value"}
)

// params are the events that set a parameter besides the *Updated ones.
var params = map[string]bool{"TokenAllowed": true, "Paused": true, "Unpaused": true, "SystemPaused": true, "FeeTokenRegistered": true, "OwnershipTransferred": true}

// classify fills the query columns of r from its fields.
func (r *row) classify() error {
	if v, ok := r.fields["jobId"].(*big.Int); ok {
		if !v.IsInt64() {
			return fmt.Errorf("index: %s.%s log %s/%d: job id %v does not fit the index (int64)", r.contract, r.name, r.log.TxHash.Hex(), r.log.Index, v)
		}
		r.jobID = v
	}
	for _, f := range accountFields {
		if a, ok := r.fields[f].(common.Address); ok {
			r.account = &a
			break
		}
	}
	if t, ok := r.fields["token"].(common.Address); ok {
		r.token = &t
	}
	for _, f := range amountFields {
		if v, ok := r.fields[f].(*big.Int); ok {
			r.amount = v
			break
		}
	}
	seen := map[common.Address]bool{}
	for _, v := range r.fields {
		var as []common.Address
		switch v := v.(type) {
		case common.Address:
			as = []common.Address{v}
		case []common.Address:
			as = v
		}
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				r.accounts = append(r.accounts, a)
			}
		}
	}
	r.kind = kindOf(r)
	return nil
}

func kindOf(r *row) string {
	switch {
	case r.contract == ContractToken:
		return KindPayout
	case r.name == "ReputationUpdated":
		return KindReputation
	case r.jobID != nil:
		return KindJob
	case r.contract == ContractFeePool && strings.HasPrefix(r.name, "Fees"):
		return KindFee
	case r.contract == ContractStakeManager && (strings.HasPrefix(r.name, "Stake") || r.name == "WithdrawRequested" || r.name == "PaymentDeferred" || r.name == "CreditWithdrawn"):
		return KindStake
	case strings.HasSuffix(r.name, "Updated") || params[r.name]:
		return KindParam
	}
	return KindOther
}

// format renders a decoded value as text: addresses checksummed, hashes
// and bytes in hex, numbers in decimal, lists comma-separated.
func format(v any) string {
	switch v := v.(type) {
	case common.Address:
		return v.Hex()
	case []common.Address:
		s := make([]string, len(v))
		for i, a := range v {
			s[i] = a.Hex()
		}
		return strings.Join(s, ",")
	case *big.Int:
		return v.String()
	case [32]byte:
		return common.Hash(v).Hex()
	case []byte:
		return hexutil.Encode(v)
	case string:
		return v
	case bool:
		if v {
			return "true"
		}
		return "false"
	}
	return fmt.Sprint(v)
}

// amountText is the stored form of an amount: 78 zero-padded digits, so
// that text order is number order on both databases.
func amountText(v *big.Int) any {
	if v == nil {
		return nil
	}
	return fmt.Sprintf("%078s", v.String())
}

// parseAmount reads an amount column.
func parseAmount(s string) *big.Int {
	v, ok := new(big.Int).SetString(strings.TrimLeft(s, "0"), 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// addrText is the stored form of an address: lower-case hex. It is
// written out directly: Hex would hash the address for its checksum.
func addrText(a *common.Address) any {
	if a == nil {
		return nil
	}
	return "0x" + hex.EncodeToString(a[:])
}

// topicsBlob packs topics for storage; unpackTopics reverses it.
func topicsBlob(ts []common.Hash) []byte {
	b := make([]byte, 0, 32*len(ts))
	for _, t := range ts {
		b = append(b, t[:]...)
	}
	return b
}

func unpackTopics(b []byte) []common.Hash {
	ts := make([]common.Hash, len(b)/32)
	for i := range ts {
		copy(ts[i][:], b[32*i:])
	}
	return ts
}

// int64Of converts a block number or index for storage; the chain's
// numbers are far below the limit.
func int64Of(n uint64) int64 {
	if n > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(n)
}
