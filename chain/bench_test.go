package chain

import (
	"context"
	"fmt"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/telemetry"
)

// BenchmarkTxPipeline compares the throughput of SendAsync + WaitAll
// against Send (send, then wait for the receipt) per transaction, same
// signer, same kind of transaction, and measures the overhead of telemetry
// in the same run: every iteration does the work twice, once without
// telemetry and once with real SDK providers (a metric ManualReader, and a
// tracer provider sampling every span into a batch processor whose
// exporter drops them) on both the connection and the Manager. The
// otel-overhead-% metrics compare the two rates (positive: telemetry is
// slower); "sending" times the SendAsync calls alone, the client's part of
// the pipeline, which block times do not blur, and "cpu" compares this
// process's CPU time per transaction, which other processes on a busy
// machine disturb least (on anvil it is the client's CPU alone). "anvil" runs on anvil with one block per second over HTTP;
// "embedded" on the in-process chain mining each transaction at once,
// where the Manager's own CPU time weighs most.
func BenchmarkTxPipeline(b *testing.B) {
	b.Run("anvil", func(b *testing.B) {
		node := testenv.StartAnvil(b, "--block-time", "1")
		dial := func(tel telemetry.Providers) Backend {
			conn, err := Dial(context.Background(), node.URL, DialOptions{ChainID: 31337, Telemetry: tel})
			require.NoError(b, err)
			b.Cleanup(conn.Close)
			return conn
		}
		benchPipeline(b, dial, 4, 400)
	})
	b.Run("embedded", func(b *testing.B) {
		chain := newChain(b, EmbeddedConfig{})
		benchPipeline(b, func(telemetry.Providers) Backend { return chain.Backend() }, 20, 400)
	})
}

// pipelineRates accumulates the transactions and time of both ways of
// sending.
type pipelineRates struct {
	seqDur, pipeDur, sendDur time.Duration // sendDur: the SendAsync calls alone
	cpu                      time.Duration // this process's CPU time in both
	seqTxs, pipeTxs          int
}

func (r pipelineRates) seq() float64  { return float64(r.seqTxs) / r.seqDur.Seconds() }
func (r pipelineRates) pipe() float64 { return float64(r.pipeTxs) / r.pipeDur.Seconds() }
func (r pipelineRates) send() float64 { return float64(r.pipeTxs) / r.sendDur.Seconds() }
func (r pipelineRates) cpuPerTx() float64 {
	return r.cpu.Seconds() / float64(r.seqTxs+r.pipeTxs)
}

// cpuTime returns the CPU time this process has used, in user and system
// mode, all threads.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchPipeline runs the sequential and pipelined rounds without and with
// telemetry, alternating which goes first, and reports the rates and the
// overhead of telemetry.
func benchPipeline(b *testing.B, backend func(telemetry.Providers) Backend, seqN, pipeN int) {
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewManualReader()))
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(tracetest.NewNoopExporter()))
	b.Cleanup(func() {
		_ = mp.Shutdown(context.Background())
		_ = tp.Shutdown(context.Background())
	})
	tel := telemetry.Providers{MeterProvider: mp, TracerProvider: tp}
	poll := func(c *ManagerConfig) { c.PollInterval = 20 * time.Millisecond }
	plainM := newManager(b, backend(telemetry.Providers{}), DevSigner(4), poll)
	telM := newManager(b, backend(tel), DevSigner(5), func(c *ManagerConfig) { poll(c); c.Telemetry = tel })
	k := 0
	cand := func() TxCandidate {
		k++
		return transfer(common.BigToAddress(big.NewInt(int64(0xb000+k))), 1, fmt.Sprintf("bench %d", k))
	}
	var plain, withTel pipelineRates
	b.ResetTimer()
	for i := range b.N {
		first, second := plainM, telM
		fr, sr := &plain, &withTel
		if i%2 == 1 {
			first, second, fr, sr = telM, plainM, &withTel, &plain
		}
		pipelineRound(b, first, cand, seqN, pipeN, fr)
		pipelineRound(b, second, cand, seqN, pipeN, sr)
	}
	b.ReportMetric(plain.seq(), "tx/s-sequential")
	b.ReportMetric(plain.pipe(), "tx/s-pipelined")
	b.ReportMetric(plain.pipe()/plain.seq(), "x-pipelined")
	b.ReportMetric(withTel.pipe(), "tx/s-pipelined-otel")
	b.ReportMetric((plain.seq()/withTel.seq()-1)*100, "otel-overhead-%-sequential")
	b.ReportMetric((plain.pipe()/withTel.pipe()-1)*100, "otel-overhead-%-pipelined")
	b.ReportMetric((plain.send()/withTel.send()-1)*100, "otel-overhead-%-sending")
	b.ReportMetric((withTel.cpuPerTx()/plain.cpuPerTx()-1)*100, "otel-overhead-%-cpu")
}

// pipelineRound sends seqN transactions one by one with Send, then pipeN
// with SendAsync and WaitAll, and adds the times to r.
func pipelineRound(b *testing.B, m *Manager, cand func() TxCandidate, seqN, pipeN int, r *pipelineRates) {
	ctx := context.Background()
	cpu0 := cpuTime(b)
	defer func() { r.cpu += cpuTime(b) - cpu0 }()
	t0 := time.Now()
	for range seqN {
		_, err := m.Send(ctx, cand())
		require.NoError(b, err)
	}
	r.seqDur += time.Since(t0)
	r.seqTxs += seqN

	t0 = time.Now()
	ps := make([]*Pending, 0, pipeN)
	for range pipeN {
		p, err := m.SendAsync(ctx, cand())
		require.NoError(b, err)
		ps = append(ps, p)
	}
	r.sendDur += time.Since(t0)
	_, err := WaitAll(ctx, ps)
	require.NoError(b, err)
	r.pipeDur += time.Since(t0)
	r.pipeTxs += pipeN
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
