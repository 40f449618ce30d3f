package telemetry_test

import (
	"context"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/agijobs/agijobs-go/telemetry"
)

// instrumentName is the OpenTelemetry instrument name syntax.
var instrumentName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.\-/]{0,254}$`)

func TestInstrumentsAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, in := range telemetry.Instruments() {
		require.Regexp(t, instrumentName, in.Name)
		require.True(t, len(in.Name) > len("agijobs.") && in.Name[:8] == "agijobs.", "%s is outside the agijobs namespace", in.Name)
		require.False(t, seen[in.Name], "%s listed twice", in.Name)
		seen[in.Name] = true
		require.NotEmpty(t, in.Unit, in.Name)
		require.NotEmpty(t, in.Description, in.Name)
		require.NotEqual(t, "unknown", in.Kind.String(), in.Name)
		if in.Kind == telemetry.Histogram {
			require.NotEmpty(t, in.Buckets, in.Name)
			require.True(t, slices.IsSorted(in.Buckets), in.Name)
		} else {
			require.Nil(t, in.Buckets, in.Name)
		}
	}
	// A caller changing the returned slice changes nothing for others.
	a := telemetry.Instruments()
	a[0].Name = "changed"
	require.Equal(t, telemetry.TxSent, telemetry.Instruments()[0].Name)
}

func TestZeroProvidersRecordNothing(t *testing.T) {
	var p telemetry.Providers
	c, err := p.Meter().Int64Counter(telemetry.TxSent)
	require.NoError(t, err)
	c.Add(context.Background(), 1)
	_, span := p.Tracer().Start(context.Background(), "x")
	require.False(t, span.IsRecording())
	span.End()
}

func TestProvidersUseTheSDKScope(t *testing.T) {
	r := sdkmetric.NewManualReader()
	tp := sdktrace.NewTracerProvider()
	p := telemetry.Providers{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(r)), TracerProvider: tp}
	_, span := p.Tracer().Start(context.Background(), "x")
	require.True(t, span.IsRecording())
	span.End()
	ro, ok := span.(sdktrace.ReadOnlySpan)
	require.True(t, ok)
	require.Equal(t, telemetry.ScopeName, ro.InstrumentationScope().Name)
}
