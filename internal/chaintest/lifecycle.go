package chaintest

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// Step is one transaction of a scenario and the gas it used.
type Step struct {
	Name string
	Gas  uint64
	// Calldata is the part of Gas that the transaction's data costs (4
	// per zero byte, 16 per other byte): it varies with values taken from
	// the clock, such as createJob's deadline.
	Calldata uint64
}

// calldataGas is what data costs as a transaction's input.
func calldataGas(data []byte) uint64 {
	z := uint64(bytes.Count(data, []byte{0}))
	return z*params.TxDataZeroGas + (uint64(len(data))-z)*params.TxDataNonZeroGasEIP2028
}

// Reward is the reward of the reference job.
var Reward = deploy.Ether(1000)

// SpecHash is the spec hash of the reference job.
var SpecHash = crypto.Keccak256Hash([]byte(`{"title":"reference job"}`))

// CreateJob approves and creates a job from employer with the reference
// reward, a deadline one day ahead and SpecHash; it returns the id read from
// the JobCreated event and the gas of createJob.
func (p *Protocol) CreateJob(t testing.TB, employer int) (*big.Int, uint64) {
	t.Helper()
	id, s := p.createJob(t, employer)
	return id, s.Gas
}

func (p *Protocol) createJob(t testing.TB, employer int) (*big.Int, Step) {
	t.Helper()
	fee := new(big.Int).Div(new(big.Int).Mul(Reward, new(big.Int).SetUint64(p.Params.FeePct)), big.NewInt(100))
	p.Approve(t, employer, new(big.Int).Add(Reward, fee))
	deadline := p.Now(t) + 86400
	data := p.JR.PackCreateJob(Reward, deadline, SpecHash, "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	r, err := p.Send(employer, p.Addr(deploy.JobRegistry), data)
	if err != nil {
		t.Fatalf("createJob: %v", err)
	}
	return p.JobID(t, r), Step{Name: "createJob", Gas: r.GasUsed, Calldata: calldataGas(data)}
}

// JobID reads the job id from the JobCreated event of r.
func (p *Protocol) JobID(t testing.TB, r *types.Receipt) *big.Int {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := p.JR.UnpackJobCreatedEvent(l); err == nil {
			return ev.JobId
		}
	}
	t.Fatalf("no JobCreated event in receipt %s", r.TxHash)
	return nil
}

func majority(votes [3]bool) bool {
	return votes[0] && votes[1] || votes[0] && votes[2] || votes[1] && votes[2]
}

// SeatOrder returns the account indexes of the committee of job id in seat
// order.
func (p *Protocol) SeatOrder(t testing.TB, id *big.Int) []int {
	t.Helper()
	committee := Call(t, p.Chain, p.Addr(deploy.ValidationModule), p.VM.PackValidators(id), p.VM.UnpackValidators)
	out := make([]int, 0, len(committee))
	for _, a := range committee {
		for i, acc := range p.Accounts {
			if acc == a {
				out = append(out, i)
			}
		}
	}
	if len(out) != len(committee) {
		t.Fatalf("committee member not among the test accounts: %v", committee)
	}
	return out
}

// Salt returns the deterministic salt validator v uses in tests.
func Salt(v int) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprintf("salt-%d", v))) }

// RunLifecycle runs the reference lifecycle (create, apply, submit, select,
// 3 commits, 3 reveals, tally, finalize) with the given votes and returns the
// job id and the gas of every step.
func (p *Protocol) RunLifecycle(t testing.TB, votes [3]bool) (*big.Int, []Step) {
	t.Helper()
	var steps []Step
	must := func(name string, from int, to common.Address, data []byte) *types.Receipt {
		t.Helper()
		r, err := p.Send(from, to, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		steps = append(steps, Step{Name: name, Gas: r.GasUsed, Calldata: calldataGas(data)})
		return r
	}
	id, create := p.createJob(t, Employer)
	steps = append(steps, create)
	jr, vm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule)
	must("applyForJob", Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	must("submit", Agent, jr, p.JR.PackSubmit(id, crypto.Keccak256Hash([]byte("result")), "ipfs://result", "alice", nil))
	// The selection block must be mined: SelectCall mines up to it.
	must("selectValidators", Employer, vm, p.SelectCall(t, id))
	nonce := Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce)
	// Vote in seat order: a member's commit and reveal cost grows with its
	// seat number, so this keeps per-step gas independent of the draw.
	seats := p.SeatOrder(t, id)
	for i, v := range seats {
		h := CommitHash(id, nonce, SpecHash, votes[index(Validators, v)], common.Hash{}, Salt(v), p.Accounts[v], vm, p.ChainID)
		must(fmt.Sprintf("commitValidation_%d", i+1), v, vm, p.VM.PackCommitValidation(id, h, "validator", nil))
	}
	p.AdvanceTime(t, p.Params.CommitWindow+time.Second)
	for i, v := range seats {
		must(fmt.Sprintf("revealValidation_%d", i+1), v, vm,
			p.VM.PackRevealValidation(id, votes[index(Validators, v)], common.Hash{}, Salt(v), "validator", nil))
	}
	must("tally", Employer, vm, p.VM.PackFinalize(id))
	if majority(votes) {
		must("finalize", Employer, jr, p.JR.PackFinalize(id))
	}
	return id, steps
}

func index(list []int, v int) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}
