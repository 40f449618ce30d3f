package safe_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/governance/safe"
	"github.com/agijobs/agijobs-go/internal/inputtest"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// canonicalEnv is an embedded chain started with safe.DevAlloc, the Safe
// 1.4.1 contracts on their canonical addresses, a 2-of-3 Safe of dev
// accounts 1, 2 and 3, and the protocol, offered to the Safe.
type canonicalEnv struct {
	*govtest.Env
	safe     common.Address
	manifest *deployment.Manifest
}

func newCanonicalEnv(t *testing.T) *canonicalEnv {
	t.Helper()
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Alloc: safe.DevAlloc()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Close() })
	mgr, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: govtest.Signer(0)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = mgr.Close() })

	s, err := safe.DeploySingletons(ctx, mgr)
	require.NoError(t, err)
	assert.Equal(t, 4, s.Deployed)
	assert.Equal(t, governance.CanonicalMultiSendCallOnly, s.MultiSendCallOnly, "the address config/owner-control.json names")
	again, err := safe.DeploySingletons(ctx, mgr)
	require.NoError(t, err)
	assert.Zero(t, again.Deployed, "already there")

	owners := []common.Address{govtest.Signer(1).Address(), govtest.Signer(2).Address(), govtest.Signer(3).Address()}
	predicted, err := safe.PredictAddress(ctx, ch.Backend(), owners, 2, 7)
	require.NoError(t, err)
	other, err := safe.PredictAddress(ctx, ch.Backend(), owners, 2, 8)
	require.NoError(t, err)
	assert.NotEqual(t, predicted, other, "the salt nonce is part of the address")
	at, err := safe.Create(ctx, mgr, owners, 2, 7)
	require.NoError(t, err)
	assert.Equal(t, predicted, at, "PredictAddress tells Create's address beforehand")
	info, err := safe.ReadInfo(ctx, ch.Backend(), at)
	require.NoError(t, err)
	assert.Equal(t, "1.4.1", info.Version)
	assert.Equal(t, owners, info.Owners)
	require.NoError(t, mgr.Close())

	e := &canonicalEnv{Env: govtest.NewOnEmbedded(t, ch), safe: at}
	e.manifest = e.Deploy(t)
	e.HandOver(t, e.manifest, at)
	return e
}

func TestDeploySingletonsNeedsTheFactory(t *testing.T) {
	e := govtest.NewEmbedded(t)
	_, err := safe.DeploySingletons(context.Background(), e.Mgr(0))
	require.ErrorContains(t, err, "no singleton factory at 0x914d7Fec6aaC8cd542e72Bca78B30650d45643d7")
	_, err = safe.Create(context.Background(), e.Mgr(0), []common.Address{govtest.Signer(1).Address()}, 1, 0)
	require.ErrorContains(t, err, "no Safe proxy factory")
	_, err = safe.Create(context.Background(), e.Mgr(0), nil, 2, 0)
	inputtest.Require(t, err, map[string]string{"safe.Create: owners": "is empty", "safe.Create: threshold": "2 is not between 1 and the 0 owner(s)"})
	_, err = safe.PredictAddress(context.Background(), e.Backend, []common.Address{govtest.Signer(1).Address()}, 1, 0)
	require.ErrorContains(t, err, "no Safe proxy factory")
	_, err = safe.PredictAddress(context.Background(), nil, nil, 0, 0)
	inputtest.Require(t, err, map[string]string{"safe.PredictAddress: r": "is nil", "safe.PredictAddress: owners": "is empty",
		"safe.PredictAddress: threshold": "0 is not between 1 and the 0 owner(s)"})
}

// TestProposeThroughCanonicalSafe proposes the Safe's acceptance of every
// module and the sample settings, checks what a signer sees (the bundle
// lists decoded calls with data null, records the Safe, its version, the
// nonce, the operation and MultiSendCallOnly) and executes it with two
// owners' signatures.
func TestProposeThroughCanonicalSafe(t *testing.T) {
	ctx := context.Background()
	e := newCanonicalEnv(t)
	desired := sampleConfigs(t)
	desired.OwnerControl.Governance = e.safe
	st, err := governance.ReadState(ctx, e.Backend, e.manifest, desired, governance.ReadOptions{})
	require.NoError(t, err)
	plan, err := governance.NewPlan(st, desired)
	require.NoError(t, err)
	require.Greater(t, len(plan.Actions), 1)

	owner := govtest.Signer(2).Address()
	p, err := safe.Propose(ctx, e.Backend, plan, safe.ProposalOptions{Owner: owner})
	require.NoError(t, err)
	sum := p.Summary()
	assert.Equal(t, e.safe, sum.Safe)
	assert.Equal(t, "1.4.1", sum.Version)
	assert.Equal(t, "0", sum.Nonce)
	assert.Equal(t, safe.OpDelegateCall, sum.Operation)
	require.NotNil(t, sum.MultiSendCallOnly)
	assert.Equal(t, governance.CanonicalMultiSendCallOnly, *sum.MultiSendCallOnly)
	onchain, err := safe.TransactionHash(ctx, e.Backend, p.Tx)
	require.NoError(t, err)
	assert.Equal(t, onchain, p.Hash)

	raw, err := json.Marshal(p.Bundle)
	require.NoError(t, err)
	ok, err := safe.VerifyChecksum(raw)
	require.NoError(t, err)
	assert.True(t, ok, "the checksum covers data: null")
	var file struct {
		Meta         map[string]any   `json:"meta"`
		Transactions []map[string]any `json:"transactions"`
	}
	require.NoError(t, json.Unmarshal(raw, &file))
	assert.Equal(t, owner.Hex(), file.Meta["createdFromOwnerAddress"])
	assert.Equal(t, e.safe.Hex(), file.Meta["createdFromSafeAddress"])
	desc := file.Meta["description"].(string)
	for _, want := range []string{e.safe.Hex(), "version 1.4.1", "nonce 0", "operation 1 (delegatecall to MultiSendCallOnly " + governance.CanonicalMultiSendCallOnly.Hex(), p.Hash.Hex()} {
		assert.Contains(t, desc, want)
	}
	require.Len(t, file.Transactions, len(plan.Actions))
	for i, tx := range file.Transactions {
		require.Contains(t, tx, "data")
		assert.Nil(t, tx["data"], "transaction %d (%s): the Transaction Builder uses data when present", i, plan.Actions[i].Method)
		assert.NotNil(t, tx["contractMethod"])
		assert.NotNil(t, tx["contractInputsValues"])
	}

	r, err := safe.Execute(ctx, e.Mgr(0), p.Tx, []safe.Signature{sign1(t, p.Hash, 2), sign1(t, p.Hash, 3)})
	require.NoError(t, err)
	assert.NotZero(t, r.GasUsed)
	st2, err := governance.ReadState(ctx, e.Backend, e.manifest, desired, governance.ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, e.safe, st2.Modules[mod].Owner)
	}

	// The next proposal takes the next nonce; a nonce already used is
	// refused, a later one queues.
	back, err := governance.EmergencyPlan(ctx, e.Backend, e.manifest, deployment.KindSafe, true)
	require.NoError(t, err)
	next, err := safe.Propose(ctx, e.Backend, back, safe.ProposalOptions{Safe: e.safe})
	require.NoError(t, err)
	assert.Equal(t, "1", next.Summary().Nonce)
	_, err = safe.Propose(ctx, e.Backend, back, safe.ProposalOptions{Safe: e.safe, Nonce: big.NewInt(0)})
	inputtest.Require(t, err, map[string]string{"ProposalOptions.Nonce": "0 is already used: the Safe's nonce is 1"})
	queued, err := safe.Propose(ctx, e.Backend, back, safe.ProposalOptions{Safe: e.safe, Nonce: big.NewInt(5)})
	require.NoError(t, err)
	assert.Equal(t, "5", queued.Summary().Nonce)
	assert.Equal(t, govtest.Signer(1).Address(), queued.Owner, "the first owner when none is named")
}

// TestProposeFailsClosed: a Safe that cannot be read (an EOA, a wrong
// address), a MultiSendCallOnly without code, a proposer who is not an
// owner and a plan target without code are refused; a Safe that cannot be
// read is accepted only with an explicit nonce.
func TestProposeFailsClosed(t *testing.T) {
	ctx := context.Background()
	e := newCanonicalEnv(t)
	plan, err := governance.AcceptancePlan(ctx, e.Backend, withPending(e.manifest, e.safe), deployment.KindSafe)
	require.NoError(t, err)
	require.Greater(t, len(plan.Actions), 1)

	eoa := govtest.Signer(4).Address()
	_, err = safe.Propose(ctx, e.Backend, plan, safe.ProposalOptions{Safe: eoa})
	var unreadable *safe.UnreadableSafeError
	require.True(t, errors.As(err, &unreadable), "%v", err)
	assert.Contains(t, err.Error(), "cannot read the Safe at "+eoa.Hex())

	p, err := safe.Propose(ctx, e.Backend, plan, safe.ProposalOptions{Safe: eoa, Nonce: big.NewInt(3)})
	require.NoError(t, err, "an explicit nonce signs for a Safe this node cannot read")
	assert.Nil(t, p.Info)
	require.Error(t, p.ReadErr)
	assert.Contains(t, p.Summary().String(), "version unknown (not read), nonce 3")
	assert.Contains(t, p.Bundle.Meta.Description, "version unknown (not read), nonce 3")

	_, err = safe.Propose(ctx, e.Backend, plan, safe.ProposalOptions{MultiSend: eoa})
	inputtest.Require(t, err, map[string]string{"ProposalOptions.MultiSend": eoa.Hex() + " has no contract code on chain 1337"})

	_, err = safe.Propose(ctx, e.Backend, plan, safe.ProposalOptions{Owner: eoa})
	inputtest.Require(t, err, map[string]string{"ProposalOptions.Owner": eoa.Hex() + " is not an owner of the Safe"})

	bad := *plan
	bad.Actions = append([]governance.Action(nil), plan.Actions...)
	bad.Actions[0].Target = eoa
	_, err = safe.Propose(ctx, e.Backend, &bad, safe.ProposalOptions{})
	inputtest.Require(t, err, map[string]string{"Plan.Actions[0].Target": "has no contract code"})

	_, err = safe.Propose(ctx, e.Backend, nil, safe.ProposalOptions{})
	require.ErrorIs(t, err, governance.ErrEmptyPlan)
}

// TestBundleFallsBackToData: a call whose arguments, written as text, do
// not encode back to its calldata is listed as raw data, so that what
// owners import is what they sign.
func TestBundleFallsBackToData(t *testing.T) {
	a, err := governance.NewAction(governance.ActionSpec{Module: deploy.JobRegistry, Target: common.HexToAddress("0x01"), Method: "setFeePct", Args: []any{big.NewInt(4)}})
	require.NoError(t, err)
	tampered := a
	tampered.ArgsText = []string{"5"}
	plan := &governance.Plan{ChainID: big.NewInt(1), Actions: []governance.Action{a, tampered}}
	b, err := safe.NewBundle(plan, safe.BundleOptions{})
	require.NoError(t, err)
	assert.Nil(t, b.Transactions[0].Data)
	assert.Equal(t, map[string]string{"pct": "4"}, b.Transactions[0].ContractInputsValues)
	require.NotNil(t, b.Transactions[1].Data)
	assert.Equal(t, a.Data.String(), *b.Transactions[1].Data)
	assert.Nil(t, b.Transactions[1].ContractMethod)
	assert.Empty(t, b.Meta.CreatedFromOwnerAddress)
}

func withPending(m *deployment.Manifest, gov common.Address) *deployment.Manifest {
	c := *m
	c.Governance, c.PendingAcceptance = gov, true
	return &c
}

func sign1(t *testing.T, hash common.Hash, dev int) safe.Signature {
	t.Helper()
	s, err := safe.Sign(hash, govtest.Key(t, dev))
	require.NoError(t, err)
	return s
}

// TestCanonicalSafeOnAnvil installs the singleton factory on anvil and puts
// the Safe contracts on their canonical addresses there too.
func TestCanonicalSafeOnAnvil(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	rc, err := rpc.DialContext(ctx, node.URL)
	require.NoError(t, err)
	defer rc.Close()
	_, err = safe.DeploySingletons(ctx, govtest.NewAnvilAt(t, node.URL).Mgr(0))
	require.ErrorContains(t, err, "no singleton factory", "anvil has none of its own")
	require.NoError(t, safe.InstallDevFactory(ctx, rc))
	e := govtest.NewAnvilAt(t, node.URL)
	s, err := safe.DeploySingletons(ctx, e.Mgr(0))
	require.NoError(t, err)
	assert.Equal(t, 4, s.Deployed)
	at, err := safe.Create(ctx, e.Mgr(0), []common.Address{govtest.Signer(1).Address()}, 1, 0)
	require.NoError(t, err)
	info, err := safe.ReadInfo(ctx, e.Backend, at)
	require.NoError(t, err)
	assert.Equal(t, "1.4.1", info.Version)
}
