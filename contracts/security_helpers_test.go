package contracts_test

// Helpers of security_test.go: fixtures with a larger validator pool, a Go
// model of the committee draw (to predict committees from a seed and
// weights), eth_simulateV1 access for "deposit, then select" simulations,
// and small readers. Everything here is prefixed sec so that it cannot clash
// with the other test files of the package.

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"strconv"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
)

// Account roles in the security fixtures (see secPoolTemplate).
const (
	secColluderA = 10 // colluding validators of the grinding tests
	secColluderB = 11
	secPlatformA = 10 // Platform stakers of the fee tests
	secPlatformB = 11
)

// secPool are the seven validators of secPoolTemplate, equal stakes of 1000.
var secPool = []int{ct.Validators[0], ct.Validators[1], ct.Validators[2], ct.Employer2, ct.Moderator, secColluderA, secColluderB}

// secTemplate is the standard fixture (NewProtocol with TestParams).
var secTemplate = ct.NewTemplate(nil, nil)

// secPoolTemplate is the standard fixture with seven allowlisted validators
// of 1000 tokens each in the pool (accounts 3, 4, 5, 6, 8, 10, 11), so that
// a committee of three is a real choice.
var secPoolTemplate = ct.NewTemplate(nil, func(t testing.TB, p *ct.Protocol) map[string]common.Address {
	ir := p.Addr(deploy.IdentityRegistry)
	var pool []common.Address
	for _, v := range secPool {
		if v != ct.Validators[0] && v != ct.Validators[1] && v != ct.Validators[2] {
			p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalValidator(p.Accounts[v]))
			p.Stake(t, v, 1, deploy.Ether(1000))
		}
		pool = append(pool, p.Accounts[v])
	}
	p.MustSend(t, ct.Owner, p.Addr(deploy.ValidationModule), p.VM.PackSetValidatorPool(pool))
	return nil
})

// secApproveMax gives the StakeManager an unlimited allowance of token from
// account i. (The ct helpers that approve exact amounts reset it.)
// secDelay is ValidationModule.TARGET_DELAY: the submission block S fixes the
// target R = S + secDelay; weights are read at S - 1 and the seed uses blockhash(S).
const secDelay = 4

func secApproveMax(t testing.TB, p *ct.Protocol, i int, token common.Address) {
	t.Helper()
	p.MustSend(t, i, token, p.Token.PackApprove(p.Addr(deploy.StakeManager), abi.MaxUint256))
}

// secCreate creates a job of `reward` in token (zero: createJob in the
// default token) from employer, who must have approved the StakeManager,
// and returns its id and receipt.
func secCreate(t testing.TB, p *ct.Protocol, employer int, token common.Address, reward *big.Int, ttl uint64) (*big.Int, *types.Receipt) {
	t.Helper()
	jr := p.Addr(deploy.JobRegistry)
	var data []byte
	if token == (common.Address{}) {
		data = p.JR.PackCreateJob(reward, p.Now(t)+ttl, ct.SpecHash, "ipfs://job")
	} else {
		data = p.JR.PackCreateJobWithToken(token, reward, p.Now(t)+ttl, ct.SpecHash, "ipfs://job")
	}
	r := p.MustSendR(t, employer, jr, data)
	return p.JobID(t, r), r
}

// secLogs decodes every log of r that unpack accepts.
func secLogs[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// secRevert sends and returns the decoded revert (nil when the call succeeded).
func secRevert(p *ct.Protocol, from int, to common.Address, data []byte) *ct.RevertError {
	_, err := p.Send(from, to, data)
	if err == nil {
		return nil
	}
	re, ok := err.(*ct.RevertError)
	if !ok {
		return &ct.RevertError{Name: "not a revert", Err: err}
	}
	return re
}

// secCallErr runs an eth_call at the latest block (block.number is the head's
// number there, one less than a transaction sent now would see) and returns
// the output or the decoded revert.
func secCallErr(p *ct.Protocol, from int, to common.Address, data []byte) ([]byte, *ct.RevertError) {
	out, err := p.Client.CallContract(context.Background(), ethereum.CallMsg{From: p.Accounts[from], To: &to, Data: data}, nil)
	if err != nil {
		re, _ := ct.Revert(err).(*ct.RevertError)
		return nil, re
	}
	return out, nil
}

// secHeader returns block n's header.
func secHeader(t testing.TB, c *ct.Chain, n uint64) *types.Header {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(t, err)
	return h
}

// secEncode RLP-encodes a header.
func secEncode(t testing.TB, h *types.Header) []byte {
	t.Helper()
	enc, err := rlp.EncodeToBytes(h)
	require.NoError(t, err)
	return enc
}

// secMineTo seals empty blocks until the head is at least n.
func secMineTo(t testing.TB, p *ct.Protocol, n uint64) {
	t.Helper()
	if h := p.Head(t); h < n {
		p.Mine(int(n - h))
	}
}

// secRPC returns the ethclient behind the simulated backend (for
// eth_simulateV1, which the simulated.Client interface does not offer).
func secRPC(t testing.TB, c *ct.Chain) *ethclient.Client {
	t.Helper()
	v := reflect.ValueOf(c.Backend.Client())
	if v.Kind() == reflect.Struct && v.NumField() > 0 && v.Field(0).CanInterface() {
		if ec, ok := v.Field(0).Interface().(*ethclient.Client); ok {
			return ec
		}
	}
	t.Fatalf("the simulated client exposes no ethclient (go-ethereum changed simulated.simClient)")
	return nil
}

// secSimCall is one call of a simulation.
type secSimCall struct {
	from int
	to   common.Address
	data []byte
}

// secSimulate runs calls in order, in one block on top of the latest one,
// through eth_simulateV1 (nothing is mined), and returns each call's output;
// a failing call fails the test.
func secSimulate(t testing.TB, p *ct.Protocol, calls ...secSimCall) [][]byte {
	t.Helper()
	msgs := make([]ethereum.CallMsg, len(calls))
	for i, c := range calls {
		to := c.to
		msgs[i] = ethereum.CallMsg{From: p.Accounts[c.from], To: &to, Data: c.data, Gas: 10_000_000}
	}
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	res, err := secRPC(t, p.Chain).SimulateV1(context.Background(), ethclient.SimulateOptions{
		BlockStateCalls: []ethclient.SimulateBlock{{Calls: msgs}},
	}, &latest)
	require.NoError(t, err)
	require.Len(t, res, 1)
	require.Len(t, res[0].Calls, len(calls))
	out := make([][]byte, len(calls))
	for i, r := range res[0].Calls {
		if r.Status != 1 {
			msg := ""
			if r.Error != nil {
				msg = r.Error.Message
			}
			t.Fatalf("simulated call %d failed: %s (revert %v)", i, msg, ct.DecodeRevert(r.ReturnValue))
		}
		out[i] = r.ReturnValue
	}
	return out
}

// secSendSameBlock signs the calls as transactions, sends them all and seals
// them in one block (a higher tip first: the builder orders by tip), then
// returns their receipts. Each call's gas is estimated against the current
// head alone, so the calls should not depend on each other.
func secSendSameBlock(t testing.TB, p *ct.Protocol, calls []secSimCall, tips []int64) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	raw := p.Backend.Client()
	head, err := raw.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	var hashes []common.Hash
	nonces := map[int]uint64{}
	for i, c := range calls {
		n, ok := nonces[c.from]
		if !ok {
			n, err = raw.PendingNonceAt(ctx, p.Accounts[c.from])
			require.NoError(t, err)
		}
		nonces[c.from] = n + 1
		to := c.to
		gas, err := raw.EstimateGas(ctx, ethereum.CallMsg{From: p.Accounts[c.from], To: &to, Data: c.data})
		require.NoError(t, err, "estimate call %d: %v", i, ct.Revert(err))
		tip := new(big.Int).Mul(big.NewInt(tips[i]), big.NewInt(1e9))
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: p.ChainID, Nonce: n, GasTipCap: tip,
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
			Gas:       gas * 2, To: &to, Data: c.data,
		})
		signed, err := types.SignTx(tx, types.LatestSignerForChainID(p.ChainID), p.Keys[c.from])
		require.NoError(t, err)
		require.NoError(t, raw.SendTransaction(ctx, signed))
		hashes = append(hashes, signed.Hash())
	}
	p.Backend.Commit()
	var out []*types.Receipt
	for _, h := range hashes {
		r, err := raw.TransactionReceipt(ctx, h)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		out = append(out, r)
	}
	return out
}

// ---------------------------------------------------------------- draw model

// secDraw maps drawModel's picks to pool addresses.
func secDraw(seed *big.Int, pool []common.Address, weights []*big.Int, want int) []common.Address {
	var out []common.Address
	for _, i := range drawModel(seed, weights, want) {
		out = append(out, pool[i])
	}
	return out
}

// secTarget is what a job's draw depends on, read from the chain.
type secTarget struct {
	R       uint64        // the selection (target) block
	Header  *types.Header // block R's header
	Prev    common.Hash   // blockhash(R - secDelay)
	Nonce   uint64
	Pool    []common.Address
	Weights []*big.Int // checkpointed stake at the end of R - secDelay - 1, parties zeroed
}

// secReadTarget reads the pending draw of job id (head must be past R).
func secReadTarget(t testing.TB, p *ct.Protocol, id *big.Int) secTarget {
	t.Helper()
	vm, sm := p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	r := p.SelectionBlock(t, id)
	pool := ct.Call(t, p.Chain, vm, p.VM.PackValidatorPool(), p.VM.UnpackValidatorPool)
	min := ct.Call(t, p.Chain, vm, p.VM.PackMinValidatorStake(), p.VM.UnpackMinValidatorStake)
	w := ct.Call(t, p.Chain, sm, p.SM.PackValidatorWeightsAt(pool, min, new(big.Int).SetUint64(r-secDelay-1)), p.SM.UnpackValidatorWeightsAt)
	job := p.Job(t, id)
	for i, a := range pool {
		if a == job.Employer || a == job.Agent {
			w[i] = new(big.Int)
		}
	}
	return secTarget{
		R: r, Header: secHeader(t, p.Chain, r), Prev: secHeader(t, p.Chain, r-secDelay).Hash(),
		Nonce: ct.Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce).Uint64(),
		Pool:  pool, Weights: w,
	}
}

// committee predicts the committee of job id from the target's mixHash.
func (s secTarget) committee(id *big.Int, mix common.Hash, weights []*big.Int) []common.Address {
	return secDraw(drawSeed(mix, s.Prev, id, s.Nonce), s.Pool, weights, 3)
}

// secLiveWeights is what the draw weights would be if they were read at the
// time of selection (the vulnerable design): current stake, zero below the
// minimum and for the job's parties. withExtra adds a deposit to it.
func secLiveWeights(t testing.TB, p *ct.Protocol, id *big.Int, pool []common.Address) secLive {
	t.Helper()
	vm, sm := p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	job := p.Job(t, id)
	l := secLive{pool: pool, min: ct.Call(t, p.Chain, vm, p.VM.PackMinValidatorStake(), p.VM.UnpackMinValidatorStake)}
	for _, a := range pool {
		s := ct.Call(t, p.Chain, sm, p.SM.PackStakeOf(a, 1), p.SM.UnpackStakeOf)
		if a == job.Employer || a == job.Agent {
			s = new(big.Int)
		}
		l.stakes = append(l.stakes, s)
	}
	return l
}

type secLive struct {
	pool   []common.Address
	stakes []*big.Int
	min    *big.Int
}

// withExtra returns the live weights after `who` deposited `extra`.
func (l secLive) withExtra(who common.Address, extra *big.Int) []*big.Int {
	out := make([]*big.Int, len(l.pool))
	for i, a := range l.pool {
		s := new(big.Int).Set(l.stakes[i])
		if a == who {
			s.Add(s, extra)
		}
		if s.Cmp(l.min) < 0 {
			s.SetUint64(0)
		}
		out[i] = s
	}
	return out
}

// secEqual reports whether two committees are the same, seat by seat.
func secEqual(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// secSeats counts the members of committee that are among who.
func secSeats(committee []common.Address, who ...common.Address) int {
	n := 0
	for _, c := range committee {
		for _, w := range who {
			if c == w {
				n++
			}
		}
	}
	return n
}

// secMajorityProb is the exact probability that a stake-weighted draw
// without replacement of `seats` members from weights gives the members
// flagged in `colluding` at least `need` seats.
func secMajorityProb(weights []*big.Int, colluding []bool, seats, need int) *big.Rat {
	total := new(big.Int)
	for _, w := range weights {
		total.Add(total, w)
	}
	used := make([]bool, len(weights))
	var rec func(depth, got int, rem *big.Int, prob *big.Rat) *big.Rat
	rec = func(depth, got int, rem *big.Int, prob *big.Rat) *big.Rat {
		if got >= need {
			return prob
		}
		if depth == seats || got+seats-depth < need || rem.Sign() == 0 {
			return new(big.Rat)
		}
		sum := new(big.Rat)
		for i, w := range weights {
			if used[i] || w.Sign() == 0 {
				continue
			}
			used[i] = true
			g := got
			if colluding[i] {
				g++
			}
			next := new(big.Rat).Mul(prob, new(big.Rat).SetFrac(w, rem))
			sum.Add(sum, rec(depth+1, g, new(big.Int).Sub(rem, w), next))
			used[i] = false
		}
		return sum
	}
	return rec(0, 0, total, big.NewRat(1, 1))
}

// ---------------------------------------------------------------- tokens

// secBlockingToken deploys a BlockingToken of `decimals`, allowlists it and
// mints `mint` (in its units) to each of holders, who approve the
// StakeManager without limit.
func secBlockingToken(t testing.TB, p *ct.Protocol, decimals uint8, mint *big.Int, holders ...int) common.Address {
	t.Helper()
	bt := blockingtoken.NewBlockingToken()
	addr, _, err := p.Deploy(ct.Owner, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(decimals))
	require.NoError(t, err)
	p.MustSend(t, ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackSetTokenAllowed(addr, true))
	for _, h := range holders {
		p.MustSend(t, ct.Owner, addr, bt.PackMint(p.Accounts[h], mint))
		p.MustSend(t, h, addr, bt.PackApprove(p.Addr(deploy.StakeManager), abi.MaxUint256))
	}
	return addr
}

// secBalanceOf reads an ERC-20 balance.
func secBalanceOf(t testing.TB, p *ct.Protocol, token, who common.Address) *big.Int {
	t.Helper()
	return ct.Call(t, p.Chain, token, p.Token.PackBalanceOf(who), p.Token.UnpackBalanceOf)
}

// secCredit reads StakeManager.credits(token, who).
func secCredit(t testing.TB, p *ct.Protocol, token, who common.Address) *big.Int {
	t.Helper()
	return ct.Call(t, p.Chain, p.Addr(deploy.StakeManager), p.SM.PackCredits(token, who), p.SM.UnpackCredits)
}

// secUnits returns n whole tokens of `decimals`.
func secUnits(n int64, decimals uint) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
}

// secPctOf is v * pct / 100 (rounding down, as the contracts do).
func secPctOf(v *big.Int, pct uint64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, new(big.Int).SetUint64(pct)), big.NewInt(100))
}

func secAdd(vs ...*big.Int) *big.Int {
	out := new(big.Int)
	for _, v := range vs {
		out.Add(out, v)
	}
	return out
}

func secSub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// secEnvInt reads a positive integer from the environment, def when unset.
func secEnvInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// secArgs requires the decoded arguments of re to print as want does
// (big.Int values compare by value).
func secArgs(t testing.TB, re *ct.RevertError, want ...any) {
	t.Helper()
	require.NotNil(t, re)
	require.Equal(t, fmt.Sprint(want...), fmt.Sprint(re.Args...), "arguments of %s", re.Name)
}
