package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/telemetry"
)

// output is what the stdout exporters print: spans (with Name) and one
// metrics document (with ScopeMetrics).
type output struct {
	Name        string
	SpanContext struct{ SpanID string }
	Parent      struct{ SpanID string }

	ScopeMetrics []struct {
		Metrics []struct {
			Name string
			Unit string
			Data struct {
				DataPoints []struct {
					Attributes []struct {
						Key   string
						Value struct{ Value any }
					}
					Value any
					Count uint64
				}
			}
		}
	}
}

func TestRunPrintsSpansAndMetrics(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-n", "2"}, &out, &errOut), errOut.String())

	spans := map[string]int{}
	parents := map[string]string{} // span name -> parent span id
	ids := map[string]string{}     // span name -> span id
	metrics := map[string]float64{}
	dec := json.NewDecoder(&out)
	for {
		var o output
		err := dec.Decode(&o)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		if o.Name != "" {
			spans[o.Name]++
			parents[o.Name], ids[o.Name] = o.Parent.SpanID, o.SpanContext.SpanID
		}
		for _, sm := range o.ScopeMetrics {
			for _, m := range sm.Metrics {
				for _, p := range m.Data.DataPoints {
					switch v := p.Value.(type) {
					case float64:
						metrics[m.Name] += v
					case nil:
						metrics[m.Name] += float64(p.Count)
					}
				}
			}
		}
	}
	require.Equal(t, map[string]int{"tx pay": 2, "tx starve": 1, "pay suppliers": 1}, spans)
	require.Equal(t, ids["pay suppliers"], parents["tx pay"], "transaction spans are children of the caller's span")
	require.Equal(t, 2.0, metrics[telemetry.TxSent])
	require.Equal(t, 2.0, metrics[telemetry.TxMined])
	require.Equal(t, 1.0, metrics[telemetry.TxFailed])
	require.Equal(t, 2.0, metrics[telemetry.TxInclusionTime], "two inclusion times")
	require.Equal(t, 0.0, metrics[telemetry.TxPending])
}

func TestBadFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 1, run(context.Background(), []string{"-n", "0"}, &out, &errOut))
	require.Contains(t, errOut.String(), "-n: is 0; send at least 1 transfer")
}
