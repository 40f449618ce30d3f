package chaintest

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// ImplementationSlot is the ERC-1967 implementation slot,
// bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1).
var ImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// ERC7201Slot returns the root slot of the ERC-7201 namespace id:
// keccak256(abi.encode(uint256(keccak256(id)) - 1)) & ~bytes32(uint256(0xff)).
func ERC7201Slot(id string) common.Hash {
	n := new(big.Int).SetBytes(crypto.Keccak256([]byte(id)))
	n.Sub(n, big.NewInt(1))
	h := crypto.Keccak256Hash(common.LeftPadBytes(n.Bytes(), 32))
	h[31] = 0
	return h
}

// StorageAt reads one storage slot of a at the latest block.
func (c *Chain) StorageAt(t testing.TB, a common.Address, slot common.Hash) common.Hash {
	t.Helper()
	v, err := c.Client.StorageAt(context.Background(), a, slot, nil)
	if err != nil {
		t.Fatalf("chaintest: storage of %s at %s: %v", a, slot, err)
	}
	return common.BytesToHash(v)
}

// MustSendR sends and fails the test on error; it returns the receipt.
func (p *Protocol) MustSendR(t testing.TB, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := p.Send(from, to, data)
	if err != nil {
		t.Fatalf("chaintest: send from %d to %s: %v", from, to, err)
	}
	return r
}

// ExpectRevert sends data from `from` to `to` and fails the test unless the
// call reverts with the custom error `name`.
func (p *Protocol) ExpectRevert(t testing.TB, name string, from int, to common.Address, data []byte) {
	t.Helper()
	_, err := p.Send(from, to, data)
	if got := RevertName(err); got != name {
		t.Fatalf("chaintest: expected revert %s, got %q (err %v)", name, got, err)
	}
}

// CreateJobFor approves and creates a job from employer with the given
// reward in the default token, a deadline `ttl` seconds ahead and SpecHash,
// returning the id read from the JobCreated event.
func (p *Protocol) CreateJobFor(t testing.TB, employer int, reward *big.Int, ttl uint64) *big.Int {
	t.Helper()
	fee := new(big.Int).Div(new(big.Int).Mul(reward, new(big.Int).SetUint64(p.Params.FeePct)), big.NewInt(100))
	p.Approve(t, employer, new(big.Int).Add(reward, fee))
	r := p.MustSendR(t, employer, p.Addr(deploy.JobRegistry), p.JR.PackCreateJob(reward, p.Now(t)+ttl, SpecHash, "ipfs://job"))
	return p.JobID(t, r)
}

// Validate runs the validation round of a submitted job with the three
// default validators voting `votes`: selection (after mining the selection
// block), commits, reveals after the commit window, and the tally. Every
// member of the committee must be one of Validators.
func (p *Protocol) Validate(t testing.TB, id *big.Int, votes [3]bool) {
	t.Helper()
	vm := p.Addr(deploy.ValidationModule)
	p.MustSend(t, Employer, vm, p.SelectCall(t, id))
	nonce := Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce)
	for i, v := range Validators {
		h := CommitHash(id, nonce, SpecHash, votes[i], common.Hash{}, Salt(v), p.Accounts[v], vm, p.ChainID)
		if _, err := p.Send(v, vm, p.VM.PackCommitValidation(id, h, "validator", nil)); err != nil {
			t.Fatalf("chaintest: commit of validator %d on job %s: %v", v, id, err)
		}
	}
	p.AdvanceTime(t, p.Params.CommitWindow+1)
	for i, v := range Validators {
		if _, err := p.Send(v, vm, p.VM.PackRevealValidation(id, votes[i], common.Hash{}, Salt(v), "validator", nil)); err != nil {
			t.Fatalf("chaintest: reveal of validator %d on job %s: %v", v, id, err)
		}
	}
	if _, err := p.Send(Employer, vm, p.VM.PackFinalize(id)); err != nil {
		t.Fatalf("chaintest: tally of job %s: %v", id, err)
	}
}

// RunJob runs a whole job like RunLifecycle (the employer creates it with
// the reference reward, the agent applies and submits, the three validators
// vote `votes`) and finalizes it when the majority approved; it returns the
// job id. It moves the clock with AdvanceTime.
func (p *Protocol) RunJob(t testing.TB, votes [3]bool) *big.Int {
	t.Helper()
	jr := p.Addr(deploy.JobRegistry)
	id := p.CreateJobFor(t, Employer, Reward, 86400)
	p.MustSend(t, Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	p.MustSend(t, Agent, jr, p.JR.PackSubmit(id, crypto.Keccak256Hash([]byte("result")), "ipfs://result", "alice", nil))
	p.Validate(t, id, votes)
	if votes[0] && votes[1] || votes[0] && votes[2] || votes[1] && votes[2] {
		p.MustSend(t, Employer, jr, p.JR.PackFinalize(id))
	}
	return id
}
