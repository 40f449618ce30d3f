// Command telemetry shows the SDK's OpenTelemetry metrics and spans. It
// starts an embedded chain, sends a few transactions through a Manager
// whose telemetry goes to the stdout exporters, and prints each span as it
// ends and the metrics at exit, as JSON.
//
//	go run ./examples/telemetry [-n 3]
//
// One transaction is given too little gas on purpose: the node refuses it,
// and it shows up as agijobs.tx.failed with error.type "rejected". A real
// program would export over OTLP to a collector instead (see monitoring/
// for a collector config and alert rules) and batch its spans.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/stdout/stdoutmetric"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/telemetry"
)

func main() { cli.Main(run) }

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("telemetry", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 3, "number of transfers to send")
	if err := fs.Parse(args); err != nil {
		return 1
	}
	if *n < 1 {
		fmt.Fprintln(stderr, "telemetry:", input.New("-n", fmt.Sprintf("is %d", *n), "send at least 1 transfer"))
		return 1
	}
	tel, shutdown, err := stdoutProviders(stdout)
	if err != nil {
		fmt.Fprintln(stderr, "telemetry:", err)
		return 1
	}
	err = send(ctx, tel, *n)
	// Shutting down flushes: the tracer provider's last spans, then one
	// collection of every metric.
	if serr := shutdown(context.WithoutCancel(ctx)); serr != nil && err == nil {
		err = serr
	}
	if err != nil {
		fmt.Fprintln(stderr, "telemetry:", err)
		return 1
	}
	return 0
}

// stdoutProviders returns SDK providers that write spans and metrics to w,
// and the function that flushes and stops them.
func stdoutProviders(w io.Writer) (telemetry.Providers, func(context.Context) error, error) {
	res := resource.NewSchemaless(attribute.String("service.name", "agijobs-telemetry-example"))
	spans, err := stdouttrace.New(stdouttrace.WithWriter(w))
	if err != nil {
		return telemetry.Providers{}, nil, err
	}
	metrics, err := stdoutmetric.New(stdoutmetric.WithWriter(w))
	if err != nil {
		return telemetry.Providers{}, nil, err
	}
	// WithSyncer prints each span when it ends, which suits a demo; a
	// service uses WithBatcher.
	tp := sdktrace.NewTracerProvider(sdktrace.WithResource(res), sdktrace.WithSyncer(spans))
	// The interval is long: the only export is the one at shutdown.
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithResource(res),
		sdkmetric.WithReader(sdkmetric.NewPeriodicReader(metrics, sdkmetric.WithInterval(time.Hour))))
	shutdown := func(ctx context.Context) error {
		return errors.Join(tp.Shutdown(ctx), mp.Shutdown(ctx))
	}
	return telemetry.Providers{MeterProvider: mp, TracerProvider: tp}, shutdown, nil
}

// send starts an embedded chain and sends n transfers and one transaction
// the node refuses, all under one parent span.
func send(ctx context.Context, tel telemetry.Providers, n int) error {
	ec, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		return err
	}
	defer ec.Close()
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ec.Backend(), Signer: ec.Account(0), Telemetry: tel})
	if err != nil {
		return err
	}
	defer m.Close()

	ctx, span := tel.Tracer().Start(ctx, "pay suppliers")
	defer span.End()
	to := ec.Account(1).Address()
	for i := range n {
		// The label's first word ("pay") is the operation attribute; the
		// number after it stays out of the metrics.
		if _, err := m.Send(ctx, chain.TxCandidate{To: &to, Value: big.NewInt(1), Label: fmt.Sprintf("pay %d", i+1)}); err != nil {
			return err
		}
	}
	starved := common.Address{0xde, 0xad}
	_, err = m.Send(ctx, chain.TxCandidate{To: &starved, Value: big.NewInt(1), GasLimit: 20_000, Label: "starve"})
	if err == nil {
		return errors.New("a transfer with 20,000 gas was accepted; expected the node to refuse it")
	}
	return nil
}
