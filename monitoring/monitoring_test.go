package monitoring

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/agijobs/agijobs-go/telemetry"
)

// promNames returns the Prometheus series names of an instrument under the
// collector's UnderscoreEscapingWithSuffixes translation: dots become
// underscores, the unit becomes a suffix unless the name already holds it
// (s: seconds, By: bytes; annotations in braces are dropped), counters end
// in _total and histograms give _bucket, _sum and _count.
func promNames(in telemetry.Instrument) []string {
	name := strings.ReplaceAll(in.Name, ".", "_")
	unit := map[string]string{"s": "seconds", "ms": "milliseconds", "By": "bytes"}[in.Unit]
	if in.Unit == "1" && in.Kind == telemetry.Gauge {
		unit = "ratio"
	}
	if unit != "" && !slices.Contains(strings.Split(name, "_"), unit) {
		name += "_" + unit
	}
	switch in.Kind {
	case telemetry.Counter:
		return []string{name + "_total"}
	case telemetry.Histogram:
		return []string{name + "_bucket", name + "_sum", name + "_count"}
	}
	return []string{name}
}

func TestPromNames(t *testing.T) {
	for _, c := range []struct {
		in   telemetry.Instrument
		want []string
	}{
		{telemetry.Instrument{Name: "agijobs.tx.sent", Kind: telemetry.Counter, Unit: "{transaction}"}, []string{"agijobs_tx_sent_total"}},
		{telemetry.Instrument{Name: "agijobs.tx.pending", Kind: telemetry.UpDownCounter, Unit: "{transaction}"}, []string{"agijobs_tx_pending"}},
		{telemetry.Instrument{Name: "a.duration", Kind: telemetry.Histogram, Unit: "s"}, []string{"a_duration_seconds_bucket", "a_duration_seconds_sum", "a_duration_seconds_count"}},
		{telemetry.Instrument{Name: "a.put.size", Kind: telemetry.Counter, Unit: "By"}, []string{"a_put_size_bytes_total"}},
		{telemetry.Instrument{Name: "a.bytes", Kind: telemetry.Counter, Unit: "By"}, []string{"a_bytes_total"}},
	} {
		require.Equal(t, c.want, promNames(c.in), c.in.Name)
	}
}

type ruleFile struct {
	Groups []struct {
		Name  string
		Rules []struct {
			Alert       string
			Expr        string
			For         string
			Labels      map[string]string
			Annotations map[string]string
		}
	}
}

var (
	sdkIdent = regexp.MustCompile(`\bagijobs_[a-z0-9_]+\b`)
	byClause = regexp.MustCompile(`\b(?:by|without)\s*\(([^)]*)\)`)
	matchers = regexp.MustCompile(`\{([^}]*)\}`)
	matcher  = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)`)
)

// TestAlertRulesUseTheSDKsMetrics parses alerts.yaml and checks that every
// SDK series it references is one the SDK exports, and every label it
// groups or filters by is one the SDK sets (or job, instance, le).
func TestAlertRulesUseTheSDKsMetrics(t *testing.T) {
	raw, err := os.ReadFile("alerts.yaml")
	require.NoError(t, err)
	var rf ruleFile
	require.NoError(t, yaml.Unmarshal(raw, &rf))

	series := map[string]bool{}
	labels := map[string]bool{"job": true, "instance": true, "le": true}
	for _, in := range telemetry.Instruments() {
		for _, n := range promNames(in) {
			series[n] = true
		}
		for _, k := range in.Attributes {
			labels[strings.ReplaceAll(string(k), ".", "_")] = true
		}
	}
	used := map[string]bool{}
	alerts := 0
	for _, g := range rf.Groups {
		require.NotEmpty(t, g.Rules, g.Name)
		for _, r := range g.Rules {
			alerts++
			require.NotEmpty(t, r.Alert, "a rule of %s has no alert name", g.Name)
			require.NotEmpty(t, r.Expr, r.Alert)
			require.Contains(t, []string{"page", "warn"}, r.Labels["severity"], r.Alert)
			require.NotEmpty(t, r.Annotations["summary"], r.Alert)
			require.Equal(t, strings.Count(r.Expr, "("), strings.Count(r.Expr, ")"), "%s: unbalanced parentheses", r.Alert)

			refs := 0
			for _, id := range sdkIdent.FindAllString(r.Expr, -1) {
				if labels[id] {
					continue // a label such as agijobs_stream
				}
				require.True(t, series[id], "%s references %s, which the SDK does not export", r.Alert, id)
				used[id] = true
				refs++
			}
			require.Positive(t, refs, "%s references no SDK metric", r.Alert)
			var names []string
			for _, m := range byClause.FindAllStringSubmatch(r.Expr, -1) {
				for _, l := range strings.Split(m[1], ",") {
					names = append(names, strings.TrimSpace(l))
				}
			}
			for _, m := range matchers.FindAllStringSubmatch(r.Expr, -1) {
				for _, l := range matcher.FindAllStringSubmatch(m[1], -1) {
					names = append(names, l[1])
				}
			}
			for _, l := range names {
				require.True(t, labels[l], "%s uses label %q, which the SDK does not set", r.Alert, l)
			}
		}
	}
	require.GreaterOrEqual(t, alerts, 5)
	// The objectives of the operations guide each have a rule.
	for _, want := range []string{"agijobs_tx_failed_total", "agijobs_tx_pending", "agijobs_tx_inclusion_duration_seconds_bucket",
		"agijobs_follow_lag", "agijobs_rpc_errors_total"} {
		require.True(t, used[want], "no alert on %s", want)
	}
}

type collectorConfig struct {
	Receivers map[string]struct {
		Protocols map[string]any
	}
	Exporters map[string]map[string]any
	Service   struct {
		Pipelines map[string]struct {
			Receivers  []string
			Processors []string
			Exporters  []string
		}
	}
}

// TestCollectorConfigFeedsPrometheus checks that the collector receives
// OTLP and serves metrics with the name translation the rules assume, and
// that every pipeline names only components it defines.
func TestCollectorConfigFeedsPrometheus(t *testing.T) {
	raw, err := os.ReadFile("otel-collector.yaml")
	require.NoError(t, err)
	var cfg collectorConfig
	require.NoError(t, yaml.Unmarshal(raw, &cfg))
	var top map[string]map[string]any
	require.NoError(t, yaml.Unmarshal(raw, &top))

	require.Contains(t, cfg.Receivers["otlp"].Protocols, "grpc")
	require.Contains(t, cfg.Receivers["otlp"].Protocols, "http")
	require.Equal(t, "UnderscoreEscapingWithSuffixes", cfg.Exporters["prometheus"]["translation_strategy"])
	metrics, ok := cfg.Service.Pipelines["metrics"]
	require.True(t, ok)
	require.Equal(t, []string{"otlp"}, metrics.Receivers)
	require.Contains(t, metrics.Exporters, "prometheus")
	for name, p := range cfg.Service.Pipelines {
		for kind, ids := range map[string][]string{"receivers": p.Receivers, "processors": p.Processors, "exporters": p.Exporters} {
			for _, id := range ids {
				require.Contains(t, top[kind], id, "pipeline %s uses %s %q, which is not defined", name, kind, id)
			}
		}
	}

	prom, err := os.ReadFile("prometheus.yaml")
	require.NoError(t, err)
	var pc struct {
		RuleFiles []string `yaml:"rule_files"`
	}
	require.NoError(t, yaml.Unmarshal(prom, &pc))
	require.Equal(t, []string{"alerts.yaml"}, pc.RuleFiles)
}
