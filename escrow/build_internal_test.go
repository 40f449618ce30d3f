package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/input"
)

// offline is a Client that only builds: no backend.
func offline() *Client {
	return &Client{
		addrs: Addresses{Token: common.HexToAddress("0x01"), JobRegistry: common.HexToAddress("0x02"),
			StakeManager: common.HexToAddress("0x03"), ValidationModule: common.HexToAddress("0x04")},
		jr: jobregistry.NewJobRegistry(), sm: stakemanager.NewStakeManager(), vm: validationmodule.NewValidationModule(),
		tok: agialphatoken.NewAGIALPHAToken(),
	}
}

// TestBuildRejectsBadArgumentsWithoutPanicking calls every Build method
// with nil, zero and out-of-range arguments: each returns an *input.Error
// on the argument, where go-ethereum's packer would panic or truncate.
func TestBuildRejectsBadArgumentsWithoutPanicking(t *testing.T) {
	c := offline()
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	tok := common.HexToAddress("0x05")
	cases := []struct {
		name, field string
		build       func() (chain.TxCandidate, error)
	}{
		{"approve nil", "amount", func() (chain.TxCandidate, error) { return c.BuildApprove(tok, nil) }},
		{"approve negative", "amount", func() (chain.TxCandidate, error) { return c.BuildApprove(tok, big.NewInt(-1)) }},
		{"create zero call", "call.Reward", func() (chain.TxCandidate, error) { return c.BuildCreateJob(CreateJobCall{}) }},
		{"create zero deadline", "call.Deadline", func() (chain.TxCandidate, error) {
			return c.BuildCreateJob(CreateJobCall{Reward: big.NewInt(1)})
		}},
		{"create huge reward", "call.Reward", func() (chain.TxCandidate, error) {
			return c.BuildCreateJob(CreateJobCall{Token: tok, Reward: huge, Deadline: time.Now()})
		}},
		{"cancel nil", "id", func() (chain.TxCandidate, error) { return c.BuildCancel(nil) }},
		{"cancel zero", "id", func() (chain.TxCandidate, error) { return c.BuildCancel(new(big.Int)) }},
		{"finalize nil", "id", func() (chain.TxCandidate, error) { return c.BuildFinalize(nil) }},
		{"dispute nil", "id", func() (chain.TxCandidate, error) { return c.BuildDispute(nil, common.Hash{}, "") }},
		{"claim timeout huge", "id", func() (chain.TxCandidate, error) { return c.BuildClaimTimeout(huge) }},
		{"deposit nil", "amount", func() (chain.TxCandidate, error) { return c.BuildDepositStake(RoleAgent, nil) }},
		{"deposit zero", "amount", func() (chain.TxCandidate, error) { return c.BuildDepositStake(RoleAgent, new(big.Int)) }},
		{"deposit bad role", "role", func() (chain.TxCandidate, error) { return c.BuildDepositStake(Role(9), big.NewInt(1)) }},
		{"withdraw nil", "amount", func() (chain.TxCandidate, error) { return c.BuildRequestWithdraw(RoleValidator, nil) }},
		{"finalize withdraw bad role", "role", func() (chain.TxCandidate, error) { return c.BuildFinalizeWithdraw(Role(3)) }},
		{"apply nil", "id", func() (chain.TxCandidate, error) { return c.BuildApply(nil, "alice", nil) }},
		{"submit zero", "id", func() (chain.TxCandidate, error) { return c.BuildSubmit(new(big.Int), common.Hash{}, "", "", nil) }},
		{"select nil", "id", func() (chain.TxCandidate, error) { return c.BuildSelectValidators(nil, nil) }},
		{"commit zero vote", "v.JobID", func() (chain.TxCandidate, error) { return c.BuildCommit(Vote{}, Identity{}) }},
		{"reveal zero vote", "v.JobID", func() (chain.TxCandidate, error) { return c.BuildReveal(Vote{}, Identity{}) }},
		{"tally nil", "id", func() (chain.TxCandidate, error) { return c.BuildTally(nil) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cand, err := tc.build()
			if !errors.Is(err, input.ErrInvalid) {
				t.Fatalf("want an input error, got %v", err)
			}
			var fe *input.Error
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Fatalf("want a problem on %s, got %v", tc.field, err)
			}
			if fe.Fix == "" || !strings.HasPrefix(err.Error(), "escrow: Build") {
				t.Fatalf("message lacks the method or the fix: %v", err)
			}
			if cand.To != nil || cand.Data != nil {
				t.Fatalf("a candidate came with the error: %+v", cand)
			}
		})
	}
}

func TestBuildPacksGoodArguments(t *testing.T) {
	c := offline()
	id := big.NewInt(7)
	for _, tc := range []struct {
		build func() (chain.TxCandidate, error)
		to    common.Address
		label string
		data  []byte
	}{
		{func() (chain.TxCandidate, error) { return c.BuildApprove(c.addrs.Token, new(big.Int)) }, c.addrs.Token, "approve StakeManager", c.tok.PackApprove(c.addrs.StakeManager, new(big.Int))},
		{func() (chain.TxCandidate, error) { return c.BuildCancel(id) }, c.addrs.JobRegistry, "cancelJob 7", c.jr.PackCancelJob(id)},
		{func() (chain.TxCandidate, error) { return c.BuildDepositStake(RoleValidator, id) }, c.addrs.StakeManager, "depositStake Validator", c.sm.PackDepositStake(1, id)},
		{func() (chain.TxCandidate, error) { return c.BuildTally(id) }, c.addrs.ValidationModule, "tally 7", c.vm.PackFinalize(id)},
		{func() (chain.TxCandidate, error) {
			return c.BuildCreateJob(CreateJobCall{Reward: id, Deadline: time.Unix(1000, 0), URI: "ipfs://x"})
		}, c.addrs.JobRegistry, "createJob", c.jr.PackCreateJob(id, 1000, [32]byte{}, "ipfs://x")},
	} {
		cand, err := tc.build()
		if err != nil {
			t.Fatal(err)
		}
		if *cand.To != tc.to || cand.Label != tc.label || string(cand.Data) != string(tc.data) {
			t.Fatalf("candidate %+v, want to %s label %q", cand, tc.to.Hex(), tc.label)
		}
	}
}

// revertingSender answers every Send with the revert of data, built as
// the chain.Manager builds it when the gas estimate reverts.
type revertingSender struct {
	data   []byte
	wrap   bool
	txHash common.Hash
}

func (revertingSender) Address() common.Address { return common.HexToAddress("0x0e") }

func (s revertingSender) Send(_ context.Context, c chain.TxCandidate) (*types.Receipt, error) {
	re := &chain.RevertError{Data: s.data, Reason: chain.DecodeRevert(s.data), Label: c.Label, TxHash: s.txHash}
	if s.wrap {
		return nil, fmt.Errorf("relay: %w", re)
	}
	return nil, re
}

func invalidState(t *testing.T, id int64, state uint8) []byte {
	t.Helper()
	u256, _ := abi.NewType("uint256", "", nil)
	u8, _ := abi.NewType("uint8", "", nil)
	args, err := abi.Arguments{{Type: u256}, {Type: u8}}.Pack(big.NewInt(id), state)
	if err != nil {
		t.Fatal(err)
	}
	return append(jobregistry.JobRegistryInvalidStateErrorID().Bytes()[:4:4], args...)
}

// TestRevertMessageSaysLabelAndRemedyOnce checks the exact text of a
// reverted escrow call: the action once, the decoded problem with its
// arguments (the state by name), and one remedy, escrow's.
func TestRevertMessageSaysLabelAndRemedyOnce(t *testing.T) {
	c := offline()
	cand, err := c.BuildCancel(big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, err = send(ctx, revertingSender{data: invalidState(t, 1, 2)}, cand)
	const want = "escrow: cancelJob 1: execution reverted: invalid state (jobID=1, state=Applied): " +
		"the job's state does not allow this call: read it with Client.Job, or wait for the state the call needs with WaitForState"
	if err == nil || err.Error() != want {
		t.Fatalf("got  %v\nwant %s", err, want)
	}
	var ee *Error
	var re *chain.RevertError
	if !errors.As(err, &ee) || !errors.As(err, &re) || !errors.Is(err, chain.ErrReverted) || re.Hint == "" {
		t.Fatalf("the error chain lost a part: %#v", err)
	}

	// A mined revert names its transaction, still with one label.
	hash := common.HexToHash("0xabc")
	_, err = send(ctx, revertingSender{data: invalidState(t, 1, 2), txHash: hash}, cand)
	if got := err.Error(); !strings.HasPrefix(got, "escrow: cancelJob 1: execution reverted (tx "+hash.Hex()+"): invalid state") || strings.Count(got, "cancelJob") != 1 {
		t.Fatalf("mined revert: %s", got)
	}

	// A Sender that wraps the revert keeps the contract's own hint: still
	// one label and one remedy.
	_, err = send(ctx, revertingSender{data: invalidState(t, 1, 2), wrap: true}, cand)
	const wrapped = "escrow: relay: cancelJob 1: execution reverted: invalid state (jobID=1, state=Applied): the job is in Applied, which does not allow this call"
	if err.Error() != wrapped {
		t.Fatalf("got  %v\nwant %s", err, wrapped)
	}

	// Any other failure is prefixed with the action.
	if got := wrap("cancelJob 1", errors.New("boom")).Error(); got != "escrow: cancelJob 1: boom" {
		t.Fatalf("plain failure: %s", got)
	}
}
