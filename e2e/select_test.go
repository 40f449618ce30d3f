package e2e

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/storage"
)

// TestSelectionOnAnvil draws committees through the SDK on a real anvil
// node: the RLP header the SDK builds for the selection block must hash to
// the block hash anvil reports (and the ValidationModule checks against
// blockhash), and a draw whose selection block left the 256-block window
// is re-armed and drawn again.
func TestSelectionOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(1))
	conn := env.Backend()
	rc := env.Backend().(*chain.Conn).RPC()
	ec := env.Escrow()
	employer, agent, validators := env.Employer(0), env.Agent(0), env.Validators()
	mine := func(n int) {
		t.Helper()
		if err := rc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n)); err != nil {
			t.Fatalf("anvil_mine: %v", err)
		}
	}
	// submitted posts a job at the reward floor's hundredfold, applies and
	// submits; it returns the job id and the submission's block.
	submitted := func() (*big.Int, uint64) {
		t.Helper()
		h, err := conn.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		spec := &storage.JobSpec{Title: "Check a header", Description: "Anything.", Category: "test", AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"done"}}
		res, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: spec, Reward: deploy.Ether(100), Deadline: time.Unix(int64(h.Time), 0).Add(24 * time.Hour), AllowDuplicate: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := agent.Apply(ctx, res.JobID); err != nil {
			t.Fatal(err)
		}
		sub, err := agent.Submit(ctx, escrow.SubmitParams{JobID: res.JobID, Result: &storage.JobResult{Summary: "done", Outputs: []storage.Attachment{{Name: "x", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}}}})
		if err != nil {
			t.Fatal(err)
		}
		return res.JobID, sub.Receipt.BlockNumber.Uint64()
	}

	// The header of the selection block, as the SDK encodes it, against
	// what anvil reports.
	id, at := submitted()
	r, err := ec.Round(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	prm, err := ec.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.SelectionBlock != at+prm.SelectionDelay {
		t.Fatalf("selection block %d, submitted in %d", r.SelectionBlock, at)
	}
	if _, err := ec.HeaderRLP(ctx, r.SelectionBlock); err == nil {
		t.Fatal("HeaderRLP of an unmined block succeeded")
	}
	head, err := conn.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine(int(r.SelectionBlock - head + 1))
	enc, err := ec.HeaderRLP(ctx, r.SelectionBlock)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Hash    common.Hash `json:"hash"`
		MixHash common.Hash `json:"mixHash"`
	}
	if err := rc.CallContext(ctx, &raw, "eth_getBlockByNumber", hexutil.Uint64(r.SelectionBlock), false); err != nil {
		t.Fatal(err)
	}
	var dec types.Header
	if err := rlp.DecodeBytes(enc, &dec); err != nil {
		t.Fatal(err)
	}
	if got := crypto.Keccak256Hash(enc); got != raw.Hash || dec.MixDigest != raw.MixHash {
		t.Fatalf("block %d: the SDK's header hashes to %s (mixHash %s), anvil reports %s (mixHash %s)", r.SelectionBlock, got.Hex(), dec.MixDigest.Hex(), raw.Hash.Hex(), raw.MixHash.Hex())
	}
	t.Logf("block %d: %d header bytes hash to anvil's %s; fields: %s", r.SelectionBlock, len(enc), raw.Hash.Hex(), headerFields(&dec))
	committee, rcpt, err := validators[0].SelectValidators(ctx, id, time.Minute)
	if err != nil || rcpt == nil || len(committee) != 3 {
		t.Fatalf("select: %v %v %v", committee, rcpt, err)
	}

	// An expired selection block: the first draw re-arms it, the next one
	// (once anvil mined past the new target) draws the committee.
	id2, _ := submitted()
	mine(300)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				_ = rc.CallContext(ctx, nil, "evm_mine")
			}
		}
	}()
	committee, rcpt, err = validators[1].SelectValidators(ctx, id2, time.Minute)
	close(stop)
	wg.Wait()
	if err != nil || rcpt == nil || len(committee) != 3 {
		t.Fatalf("select after expiry: %v %v %v", committee, rcpt, err)
	}
	var kinds []escrow.EventKind
	for ev, err := range ec.Events(ctx, escrow.EventQuery{JobID: id2, Kinds: []escrow.EventKind{escrow.EventSelectionRearmed, escrow.EventValidatorsSelected}}) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, ev.Kind())
	}
	if len(kinds) != 2 || kinds[0] != escrow.EventSelectionRearmed || kinds[1] != escrow.EventValidatorsSelected {
		t.Fatalf("events of the re-armed draw: %v", kinds)
	}
}

// headerFields names the optional header fields that are set, the ones
// that differ between forks.
func headerFields(h *types.Header) string {
	s := "base fields"
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"baseFee", h.BaseFee != nil}, {"withdrawalsRoot", h.WithdrawalsHash != nil}, {"blobGasUsed", h.BlobGasUsed != nil},
		{"excessBlobGas", h.ExcessBlobGas != nil}, {"parentBeaconBlockRoot", h.ParentBeaconRoot != nil}, {"requestsHash", h.RequestsHash != nil},
	} {
		if f.set {
			s += ", " + f.name
		}
	}
	return s
}
