package doctor

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
)

// HealthOptions configure Health. The zero value is valid.
type HealthOptions struct {
	// MaxBlockAge is the head block age that counts as stale; zero means
	// 5 minutes.
	MaxBlockAge time.Duration
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// headerReader is the optional capability of a backend to read the head
// block; without it Health skips the block age check.
type headerReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Health checks the runtime: the RPC node answers, serves the manifest's
// chain, its head block is fresh, every contract answers, and whether the
// protocol is paused or escrow frozen.
func Health(ctx context.Context, r governance.Reader, m *deployment.Manifest, opts HealthOptions) *Report {
	rep := &Report{}
	if r == nil {
		rep.add("rpc", Fail, "no chain reader was given (nil)", "pass the chain's Backend")
		return rep
	}
	if m == nil {
		rep.add("manifest", Fail, "no manifest was given (nil)", "load it with deployment.LoadManifest")
		return rep
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	maxAge := opts.MaxBlockAge
	if maxAge == 0 {
		maxAge = 5 * time.Minute
	}
	id, err := r.ChainID(ctx)
	if err != nil {
		rep.add("rpc", Fail, "the node does not answer: "+err.Error(), "check the RPC URL, the network and the provider's status")
		return rep
	}
	rep.add("rpc", Pass, "the node answers", "")
	if id.Uint64() != m.ChainID {
		rep.add("chainId", Fail, fmt.Sprintf("node chain %v, manifest chain %d", id, m.ChainID), "use the RPC URL of the manifest's network")
		return rep
	}
	rep.add("chainId", Pass, fmt.Sprintf("chain %v", id), "")
	if hr, ok := r.(headerReader); ok {
		head(ctx, rep, hr, now(), maxAge)
	}
	st, err := governance.ReadState(ctx, r, m, nil, governance.ReadOptions{})
	if err != nil {
		rep.add("contracts", Fail, err.Error(), "check the manifest and the node")
		return rep
	}
	for _, mod := range deploy.Modules {
		if st.Modules[mod].Version != nil {
			rep.add("contract."+string(mod), Pass, "answers version()", "")
		} else {
			rep.add("contract."+string(mod), Fail, st.Modules[mod].Address.Hex()+" does not answer", "check the manifest belongs to this chain")
		}
	}
	if n := paused(st); n == 0 {
		rep.add("paused", Pass, "running (no module paused)", "")
	} else {
		rep.add("paused", Warn, fmt.Sprintf("%d of %d modules paused", n, len(deploy.PausableModuleNames)), "expected after launch or during an incident; unpause with the resume bundle when ready")
	}
	if on, err := st.Modules[deploy.JobRegistry].Bool("escrowEnabled"); err == nil {
		if on {
			rep.add("escrow", Pass, "escrow enabled", "")
		} else {
			rep.add("escrow", Warn, "escrow frozen", "re-enable with the resume bundle when the incident is over")
		}
	}
	return rep
}

// head checks that the node's head block is younger than maxAge.
func head(ctx context.Context, rep *Report, hr headerReader, now time.Time, maxAge time.Duration) {
	h, err := hr.HeaderByNumber(ctx, nil)
	if err != nil {
		rep.add("head", Fail, "cannot read the head block: "+err.Error(), "check the node")
		return
	}
	age := now.Sub(time.Unix(int64(h.Time), 0)).Round(time.Second)
	if age > maxAge {
		rep.add("head", Warn, fmt.Sprintf("head block %v is %v old", h.Number, age), "the node may be stuck or syncing; check it or use another provider")
	} else {
		rep.add("head", Pass, fmt.Sprintf("head block %v, %v old", h.Number, age), "")
	}
}
