package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// BenchmarkTxPipeline compares, on anvil with one block per second, the
// throughput of SendAsync + WaitAll against Send (send, then wait for the
// receipt) per transaction: same signer, same kind of transaction.
func BenchmarkTxPipeline(b *testing.B) {
	ctx := context.Background()
	node := testenv.StartAnvil(b, "--block-time", "1")
	conn, err := Dial(ctx, node.URL, DialOptions{ChainID: 31337})
	require.NoError(b, err)
	defer conn.Close()
	m := newManager(b, conn, DevSigner(4), func(c *ManagerConfig) { c.PollInterval = 20 * time.Millisecond })
	const seqN, pipeN = 4, 400
	k := 0
	cand := func() TxCandidate {
		k++
		return transfer(common.BigToAddress(big.NewInt(int64(0xb000+k))), 1, fmt.Sprintf("bench %d", k))
	}
	var seqDur, pipeDur time.Duration
	var seqTxs, pipeTxs int
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		for range seqN {
			_, err := m.Send(ctx, cand())
			require.NoError(b, err)
		}
		seqDur += time.Since(t0)
		seqTxs += seqN

		t0 = time.Now()
		ps := make([]*Pending, 0, pipeN)
		for range pipeN {
			p, err := m.SendAsync(ctx, cand())
			require.NoError(b, err)
			ps = append(ps, p)
		}
		_, err := WaitAll(ctx, ps)
		require.NoError(b, err)
		pipeDur += time.Since(t0)
		pipeTxs += pipeN
	}
	seqRate := float64(seqTxs) / seqDur.Seconds()
	pipeRate := float64(pipeTxs) / pipeDur.Seconds()
	b.ReportMetric(seqRate, "tx/s-sequential")
	b.ReportMetric(pipeRate, "tx/s-pipelined")
	b.ReportMetric(pipeRate/seqRate, "x-pipelined")
}

// BenchmarkEventScan compares decoded events per second through Events
// with an abigen v2 decoder against one raw FilterLogs over the same range,
// over 10,000 events of the JobCreated shape, on anvil.
func BenchmarkEventScan(b *testing.B) {
	ctx := context.Background()
	node := testenv.StartAnvil(b, "--gas-limit", "100000000")
	conn, err := Dial(ctx, node.URL, DialOptions{ChainID: 31337})
	require.NoError(b, err)
	defer conn.Close()
	m := newManager(b, conn, DevSigner(5), func(c *ManagerConfig) { c.PollInterval = 10 * time.Millisecond })
	addr := emitPings(b, ctx, m, 50, 200) // 10,000 events in 50 blocks
	em := testcontract.NewEmitter()
	head, err := conn.BlockNumber(ctx)
	require.NoError(b, err)
	q := ethereum.FilterQuery{Addresses: []common.Address{addr}, FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head)}

	var rawDur, decDur time.Duration
	var rawN, decN int
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		logs, err := conn.FilterLogs(ctx, q)
		require.NoError(b, err)
		rawDur += time.Since(t0)
		rawN += len(logs)
		logs = nil

		t0 = time.Now()
		n := 0
		for ev, err := range Events(ctx, conn, LogQuery{Addresses: q.Addresses, ToBlock: head}, em.UnpackPingEvent) {
			if err != nil || ev.Id.Sign() <= 0 {
				b.Fatal(err)
			}
			n++
		}
		decDur += time.Since(t0)
		decN += n
	}
	require.Equal(b, rawN, decN)
	require.GreaterOrEqual(b, decN/b.N, 10_000)
	raw := float64(rawN) / rawDur.Seconds()
	dec := float64(decN) / decDur.Seconds()
	b.ReportMetric(raw, "events/s-raw")
	b.ReportMetric(dec, "events/s-decoded")
	b.ReportMetric(dec/raw, "x-of-raw")
}
