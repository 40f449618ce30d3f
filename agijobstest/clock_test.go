package agijobstest_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/internal/faultproxy"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestNodeClockAdvancesOnceWhenMineIsLost: an evm_mine lost on its way to
// the node fails AdvanceTime, and trying again moves the clock by the
// duration asked once, not twice (an offset added twice would skip a
// job's whole reveal window).
func TestNodeClockAdvancesOnceWhenMineIsLost(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	proxy := faultproxy.New(node.URL, faultproxy.Config{Rate: 1, Faults: []faultproxy.Fault{faultproxy.DropBefore}})
	var lose atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.SetInjuring(bytes.Contains(body, []byte(`"evm_mine"`)) && lose.Swap(false))
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	rc, err := rpc.DialContext(ctx, srv.URL)
	require.NoError(t, err)
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	now := func() time.Time {
		h, err := ec.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return time.Unix(int64(h.Time), 0)
	}
	clock := agijobstest.NodeClock(rc)

	t0 := now()
	lose.Store(true)
	require.Error(t, clock.AdvanceTime(ctx, time.Hour), "the lost evm_mine")
	require.Equal(t, int64(1), proxy.Stats().DroppedBefore)
	require.NoError(t, clock.AdvanceTime(ctx, time.Hour))
	moved := now().Sub(t0)
	require.GreaterOrEqual(t, moved, time.Hour)
	require.Less(t, moved, time.Hour+time.Minute, "the clock moved by %v for one hour asked twice", moved)

	// The next blocks go on from the time set.
	require.NoError(t, clock.Mine(ctx, 1))
	require.GreaterOrEqual(t, now().Sub(t0), time.Hour)
}
