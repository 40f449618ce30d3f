package governance

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/input"
)

// compileTimelock compiles OpenZeppelin's TimelockController with the
// pinned solc-js from contracts/node_modules (a few seconds); the test is
// skipped when node or the modules are missing.
func compileTimelock(t *testing.T) (abi.ABI, []byte) {
	t.Helper()
	nm := filepath.Join(govtest.RepoRoot(), "contracts/node_modules")
	if _, err := os.Stat(filepath.Join(nm, "solc")); err != nil {
		t.Skip("contracts/node_modules/solc missing; run make tools")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	script := `
const solc = require('solc'); const fs = require('fs'); const path = require('path');
const nm = process.argv[1];
const input = {language: 'Solidity', sources: {'T.sol': {content: 'import "@openzeppelin/contracts/governance/TimelockController.sol";'}},
  settings: {optimizer: {enabled: true, runs: 200}, evmVersion: 'cancun', outputSelection: {'*': {'TimelockController': ['abi', 'evm.bytecode.object']}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input), {import: p => { try { return {contents: fs.readFileSync(path.join(nm, p), 'utf8')}; } catch (e) { return {error: 'not found ' + p}; } }}));
for (const e of out.errors || []) if (e.severity === 'error') { console.error(e.formattedMessage); process.exit(1); }
const c = out.contracts['@openzeppelin/contracts/governance/TimelockController.sol'].TimelockController;
process.stdout.write(JSON.stringify({abi: c.abi, bin: c.evm.bytecode.object}));`
	cmd := exec.Command("node", "-e", script, nm)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nm)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	var art struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	require.NoError(t, json.Unmarshal(out, &art))
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	require.NoError(t, err)
	return parsed, hexutil.MustDecode("0x" + art.Bin)
}

// TestTimelockScheduleExecute makes a real TimelockController (min delay
// 60s, account 1 proposer and executor) the owner of every module, then
// schedules the sample plan, waits out the delay and executes it.
func TestTimelockScheduleExecute(t *testing.T) {
	tlABI, bin := compileTimelock(t)
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	m := e.Deploy(t)

	proposer := govtest.Signer(1).Address()
	args, err := tlABI.Pack("", big.NewInt(60), []common.Address{proposer}, []common.Address{proposer}, common.Address{})
	require.NoError(t, err)
	r, err := e.Mgr(0).Send(ctx, chain.TxCandidate{Data: append(bin, args...), Label: "deploy timelock"})
	require.NoError(t, err)
	tl := r.ContractAddress
	e.HandOver(t, m, tl)

	desired := sampleConfigs(t)
	desired.OwnerControl.Governance, desired.OwnerControl.Kind = tl, deployment.KindTimelock
	st, err := ReadState(ctx, e.Backend, m, desired, ReadOptions{})
	require.NoError(t, err)
	plan, err := NewPlan(st, desired)
	require.NoError(t, err)
	op, err := plan.TimelockOp(tl, Dur(time.Minute), common.HexToHash("0x01"))
	require.NoError(t, err)

	onchain, err := tlABI.Pack("hashOperationBatch", op.Targets, op.Values, op.Payloads, [32]byte{}, [32]byte(op.Salt))
	require.NoError(t, err)
	raw, err := e.Backend.CallContract(ctx, callMsg(tl, onchain), nil)
	require.NoError(t, err)
	assert.Equal(t, common.BytesToHash(raw), op.ID(), "SDK operation id equals hashOperationBatch")

	schedule, err := op.ScheduleCandidate()
	require.NoError(t, err)
	execute, err := op.ExecuteCandidate()
	require.NoError(t, err)
	_, err = e.Mgr(1).Send(ctx, schedule)
	require.NoError(t, err)
	_, err = e.Mgr(1).Send(ctx, execute)
	require.Error(t, err, "too early: the delay has not passed")
	require.NoError(t, e.Chain.AdvanceTime(ctx, 61*time.Second))
	_, err = e.Mgr(1).Send(ctx, execute)
	require.NoError(t, err)

	st2, err := ReadState(ctx, e.Backend, m, desired, ReadOptions{})
	require.NoError(t, err)
	again, err := NewPlan(st2, desired)
	require.NoError(t, err)
	assert.Empty(t, again.Actions, again.Table())
	assert.Equal(t, tl, st2.Modules[deploy.JobRegistry].Owner)
}

// TestTimelockOpRejectsBadInput checks that an operation the timelock
// would refuse is an *input.Error, not a panic.
func TestTimelockOpRejectsBadInput(t *testing.T) {
	op := &TimelockOp{Targets: []common.Address{{1}}, Values: []*big.Int{nil}, Payloads: [][]byte{{1}}}
	_, err := op.ScheduleCandidate()
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "TimelockOp.Values[0]", fe.Field)
	op.Values = []*big.Int{big.NewInt(0)}
	_, err = op.ScheduleCandidate()
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "TimelockOp.Delay", fe.Field)
	op.Payloads = nil
	_, err = op.ExecuteCandidate()
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "TimelockOp", fe.Field)
}
