package chaintest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// Roles of the test accounts in a Protocol.
const (
	Owner     = 0
	Employer  = 1
	Agent     = 2
	Validator = 3 // validators are accounts 3, 4 and 5
	Employer2 = 6
	Agent2    = 7
	Moderator = 8
	Stranger  = 9
)

// Validators lists the validator account indexes.
var Validators = []int{3, 4, 5}

// Protocol is a deployed protocol on a Chain with funded, staked and
// allowlisted role accounts.
type Protocol struct {
	*Chain
	D      *deploy.Deployment
	Params deploy.Params

	Token *agialphatoken.AGIALPHAToken
	JR    *jobregistry.JobRegistry
	SM    *stakemanager.StakeManager
	VM    *validationmodule.ValidationModule
	IR    *identityregistry.IdentityRegistry
	// Minted is the total the test minted (for conservation checks).
	Minted *big.Int
}

// TestParams are deployment parameters convenient for tests.
func TestParams() deploy.Params {
	p := deploy.DefaultParams()
	p.CommitWindow = time.Hour
	p.RevealWindow = time.Hour
	p.UnbondingPeriod = 24 * time.Hour
	return p
}

// NewProtocol deploys the protocol with params (nil = TestParams) and
// prepares the role accounts: everybody gets 1,000,000 AGIALPHA; agents and
// validators are allowlisted and staked; validators form the pool.
func NewProtocol(t testing.TB, params *deploy.Params) *Protocol {
	t.Helper()
	return NewProtocolOn(t, New(t), params)
}

// NewProtocolOn is NewProtocol on a given chain (for example NewAnvil).
func NewProtocolOn(t testing.TB, c *Chain, params *deploy.Params) *Protocol {
	t.Helper()
	p := TestParams()
	if params != nil {
		p = *params
	}
	// The owner's Manager deploys and is closed again: the role setup below
	// sends for the owner through the Chain itself.
	m := newManager(t, c, Owner)
	d, err := deploy.Deploy(context.Background(), m, deploy.Options{Params: &p, AllowedTokens: []common.Address{}})
	_ = m.Close()
	if err != nil {
		t.Fatalf("chaintest: deploy: %v", err)
	}
	pr := &Protocol{
		Chain: c, D: d, Params: p,
		Token: agialphatoken.NewAGIALPHAToken(), JR: jobregistry.NewJobRegistry(),
		SM: stakemanager.NewStakeManager(), VM: validationmodule.NewValidationModule(),
		IR: identityregistry.NewIdentityRegistry(), Minted: new(big.Int),
	}
	for i := range c.Accounts {
		pr.Mint(t, i, deploy.Ether(1_000_000))
	}
	for _, a := range []int{Agent, Agent2} {
		pr.MustSend(t, Owner, pr.Addr(deploy.IdentityRegistry), pr.IR.PackAddAdditionalAgent(c.Accounts[a]))
		pr.Stake(t, a, 0, deploy.Ether(100))
	}
	var pool []common.Address
	for _, v := range Validators {
		pr.MustSend(t, Owner, pr.Addr(deploy.IdentityRegistry), pr.IR.PackAddAdditionalValidator(c.Accounts[v]))
		pr.Stake(t, v, 1, deploy.Ether(1000))
		pool = append(pool, c.Accounts[v])
	}
	pr.MustSend(t, Owner, pr.Addr(deploy.ValidationModule), pr.VM.PackSetValidatorPool(pool))
	return pr
}

// Addr returns the proxy address of m.
func (p *Protocol) Addr(m deploy.Module) common.Address { return p.D.Proxies[m] }

// MustSend sends and fails the test on error.
func (p *Protocol) MustSend(t testing.TB, from int, to common.Address, data []byte) {
	t.Helper()
	if _, err := p.Send(from, to, data); err != nil {
		t.Fatalf("chaintest: send from %d to %s: %v", from, to, err)
	}
}

// Mint mints amount of the dev token to account i.
func (p *Protocol) Mint(t testing.TB, i int, amount *big.Int) {
	t.Helper()
	p.MustSend(t, Owner, p.D.Token, p.Token.PackMint(p.Accounts[i], amount))
	p.Minted.Add(p.Minted, amount)
}

// Approve approves the StakeManager to pull amount from account i.
func (p *Protocol) Approve(t testing.TB, i int, amount *big.Int) {
	t.Helper()
	p.MustSend(t, i, p.D.Token, p.Token.PackApprove(p.Addr(deploy.StakeManager), amount))
}

// Stake deposits amount in role for account i.
func (p *Protocol) Stake(t testing.TB, i int, role uint8, amount *big.Int) {
	t.Helper()
	p.Approve(t, i, amount)
	p.MustSend(t, i, p.Addr(deploy.StakeManager), p.SM.PackDepositStake(role, amount))
}

// Balance returns the dev-token balance of a.
func (p *Protocol) Balance(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	return Call(t, p.Chain, p.D.Token, p.Token.PackBalanceOf(a), p.Token.UnpackBalanceOf)
}

// Job reads a job.
func (p *Protocol) Job(t testing.TB, id *big.Int) jobregistry.IJobRegistryJob {
	t.Helper()
	return Call(t, p.Chain, p.Addr(deploy.JobRegistry), p.JR.PackGetJob(id), p.JR.UnpackGetJob)
}

// Call runs a read-only call and unpacks its result.
func Call[T any](t testing.TB, c *Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := c.Client.CallContract(context.Background(), ethereumCall(common.Address{}, to, data, nil), nil)
	if err != nil {
		t.Fatalf("chaintest: call %s: %v", to, Revert(err))
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("chaintest: unpack: %v", err)
	}
	return v
}

// CommitHash computes the v2 commit hash off chain.
func CommitHash(jobID *big.Int, nonce *big.Int, specHash common.Hash, approve bool, burnTxHash, salt common.Hash,
	validator, vm common.Address, chainID *big.Int) common.Hash {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	boolWord := func(v bool) []byte {
		if v {
			return word([]byte{1})
		}
		return word(nil)
	}
	domain := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("ValidationModule(string version,address verifyingContract,uint256 chainId)")),
		crypto.Keccak256([]byte("1")), word(vm.Bytes()), word(chainID.Bytes()))
	outcome := crypto.Keccak256Hash(word(nonce.Bytes()), specHash[:], boolWord(approve), burnTxHash[:])
	return crypto.Keccak256Hash(word(jobID.Bytes()), outcome[:], salt[:], word(validator.Bytes()),
		word(chainID.Bytes()), domain[:])
}

var _ = bind.CallOpts{}
