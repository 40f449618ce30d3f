package governance

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
)

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"1d": 24 * time.Hour, "90m": 90 * time.Minute, "3600": time.Hour, "1d12h": 36 * time.Hour, "45s": 45 * time.Second, "0": 0,
	} {
		d, err := ParseDuration(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, d.Std(), in)
	}
	for _, bad := range []string{"", "1.5d", "-1h", "abc", "1x", "1.5h", "d", "100ms"} {
		_, err := ParseDuration(bad)
		assert.Error(t, err, bad)
	}
	var d Duration
	require.NoError(t, json.Unmarshal([]byte(`5400`), &d))
	assert.Equal(t, "90m", d.String())
	out, _ := json.Marshal(Dur(48 * time.Hour))
	assert.Equal(t, `"2d"`, string(out))
}

func TestTokens(t *testing.T) {
	a, err := Tokens("1000")
	require.NoError(t, err)
	assert.Equal(t, "1000000000000000000000", a.Wei().String())
	a, err = Tokens("0.000000000000000001")
	require.NoError(t, err)
	assert.Equal(t, "1", a.Wei().String())
	assert.Equal(t, "12.5", MustTokens("12.50").String())
	for _, bad := range []string{"", "1e18", "-1", "1.", ".5", "0x10", "1,000", "0.0000000000000000001", "1_000"} {
		_, err := Tokens(bad)
		assert.Error(t, err, bad)
	}
	var tk TokenAmount
	err = json.Unmarshal([]byte(`1000`), &tk)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "string")
}

func loadSampleJSON(t *testing.T) map[string]any {
	raw, err := os.ReadFile(filepath.Join(govtest.RepoRoot(), "deployment-config/deployer.sample.json"))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	return m
}

func TestDeployerSample(t *testing.T) {
	c, err := LoadDeployerConfig(filepath.Join(govtest.RepoRoot(), "deployment-config/deployer.sample.json"))
	require.NoError(t, err)
	p := c.Params()
	assert.Equal(t, uint64(5), p.FeePct)
	assert.Equal(t, "10000000000000000000", p.JobStake.String())
	assert.Equal(t, 30*24*time.Hour, p.JobDurationLimit)
	require.NoError(t, p.Check(), "the sample converts into parameters the deployer accepts")
	assert.Equal(t, c.Governance.Address, c.Options().Governance)
}

// TestDeployerConfigEachFieldWrong breaks one field at a time and expects
// exactly one problem, naming that field.
func TestDeployerConfigEachFieldWrong(t *testing.T) {
	cases := []struct {
		path  string
		value any
		want  string // substring of the message
	}{
		{"governance.address", "0x123", "not an address"},
		{"governance.address", "0x0000000000000000000000000000000000000000", "missing"},
		{"governance.kind", "dao", "one of"},
		{"governance.guardian", 42, "not an address"},
		{"token", map[string]any{}, "deployDevToken"},
		{"token.address", "0x1111111111111111111111111111111111111111", "only one"}, // reported on "token"
		{"economics.feePct", 101, "at most 100"},
		{"economics.feePct", -1, "want a whole number"},
		{"economics.feePct", "5", "want a whole number"},
		{"economics.burnPct", 200, "at most 100"},
		{"economics.validatorRewardPct", 99, "sum"},
		{"economics.validatorSlashingPct", 101, "at most 100"},
		{"economics.jobStake", 10, "must be a string"},
		{"economics.jobStake", "ten", "plain decimal"},
		{"economics.jobStake", "100000000000", "79 billion"},
		{"economics.minAgentStake", "1.2.3", "plain decimal"},
		{"economics.minValidatorStake", nil, "missing"},
		{"economics.maxActiveJobsPerAgent", 5000, "at most 1000"},
		{"economics.unbondingPeriod", "2y", "not understood"},
		{"validation.commitWindow", "30s", "at least 60"},
		{"validation.revealWindow", "31d", "at most 2592000"},
		{"validation.validatorsPerJob", 0, "at least 1"},
		{"validation.validatorsPerJob", 17, "at most 16"},
		{"validation.approvalThreshold", 0, "at least 1"},
		{"validation.revealQuorumPct", 101, "at most 100"},
		{"validation.revealQuorumMin", 4, "never happen"},
		{"identity.agentRootName", "not a name!", "ENS name"},
		{"identity.agentMerkleRoot", "0x12", "hex"},
		{"secureDefaults.maxJobReward", "0", "above 0"},
		{"secureDefaults.maxJobReward", "100000000000000", "20 trillion"},
		{"secureDefaults.minJobReward", "0", "above 0"},
		{"secureDefaults.minJobReward", 1, "must be a string"},
		{"secureDefaults.minJobReward", "2000000", "above maxJobReward (1000000)"},
		{"secureDefaults.minJobReward", "0.00000000000000001", "pays each of the 3 committee seats 0 at 10% validator reward; raise it to at least 0.00000000000000003"},
		{"economics.validatorRewardPct", 0, "no job pays its committee"},
		{"economics.jobStakeBps", 10001, "at most 10000"},
		{"economics.jobStakeBps", "5%", "want a whole number"},
		{"tokenLimits.0x3333333333333333333333333333333333333333", map[string]any{"minReward": "1"}, "not in allowedTokens; add the token there or drop the entry"},
		{"tokenLimits.0x12", map[string]any{}, "not an address"},
		{"secureDefaults.maxJobDuration", "10m", "at least 3600"},
		{"secureDefaults.expirationGracePeriod", "1.5d", "whole number"},
		{"secureDefaults.pauseOnLaunch", "yes", "true or false"},
		{"economics.feePtc", 5, "unknown field"},
	}
	for _, c := range cases {
		t.Run(c.path+"="+strings.ReplaceAll(jsonText(c.value), "/", "_"), func(t *testing.T) {
			m := loadSampleJSON(t)
			setPath(m, c.path, c.value)
			raw, _ := json.Marshal(m)
			_, err := ParseDeployerConfig(raw)
			var ce input.Errors
			require.True(t, errors.As(err, &ce), "%v", err)
			require.Len(t, ce, 1, "%v", err)
			want := c.path
			if strings.HasPrefix(want, "token.") || want == "token" {
				want = "token"
			}
			assert.Equal(t, want, ce[0].Field)
			assert.Contains(t, ce[0].Error(), c.want)
		})
	}
}

// TestDeployerConfigTokenLimits checks the per-token limits of allowed
// tokens: amounts in whole token units, each problem named by its field.
func TestDeployerConfigTokenLimits(t *testing.T) {
	usdc := "0x3333333333333333333333333333333333333333"
	for _, c := range []struct {
		limits     any
		field, msg string
	}{
		{map[string]any{"minReward": "0"}, "tokenLimits." + usdc + ".minReward", "is 0; JobRegistry refuses a zero floor"},
		{map[string]any{"minReward": "5", "maxReward": "1"}, "tokenLimits." + usdc + ".maxReward", "1 is below minReward 5"},
		{map[string]any{"minReward": "1 USDC"}, "tokenLimits." + usdc + ".minReward", "not a plain decimal number"},
		{map[string]any{"minReward": 1}, "tokenLimits." + usdc + ".minReward", "must be a string"},
		{map[string]any{"stakeBps": 10001}, "tokenLimits." + usdc + ".stakeBps", "at most 10000"},
		{map[string]any{"minRewrd": "1"}, "tokenLimits." + usdc + ".minRewrd", "did you mean"},
	} {
		t.Run(c.field+"="+jsonText(c.limits), func(t *testing.T) {
			m := loadSampleJSON(t)
			m["allowedTokens"] = []any{usdc}
			m["tokenLimits"] = map[string]any{usdc: c.limits}
			raw, _ := json.Marshal(m)
			_, err := ParseDeployerConfig(raw)
			var ce input.Errors
			require.ErrorAs(t, err, &ce)
			require.Len(t, ce, 1, "%v", err)
			assert.Equal(t, c.field, ce[0].Field)
			assert.Contains(t, ce[0].Error(), c.msg)
		})
	}
	m := loadSampleJSON(t)
	m["allowedTokens"] = []any{usdc}
	m["tokenLimits"] = map[string]any{usdc: map[string]any{"minReward": "2.5", "maxReward": "50000", "stakeBps": 800}}
	setPath(m, "economics.jobStakeBps", 700)
	setPath(m, "secureDefaults.minJobReward", "3")
	raw, _ := json.Marshal(m)
	cfg, err := ParseDeployerConfig(raw)
	require.NoError(t, err)
	p := cfg.Params()
	require.NoError(t, p.Check())
	assert.Equal(t, uint64(700), p.JobStakeBps)
	assert.Equal(t, "3000000000000000000", p.MinJobReward.String())
	l := p.TokenLimits[common.HexToAddress(usdc)]
	assert.Equal(t, "2.5", l.MinReward)
	assert.Equal(t, "50000", l.MaxReward)
	assert.Equal(t, uint64(800), *l.StakeBps)

	// Absent fields take the contract defaults.
	m = loadSampleJSON(t)
	setPath(m, "economics.jobStakeBps", nil)
	setPath(m, "secureDefaults.minJobReward", nil)
	raw, _ = json.Marshal(m)
	cfg, err = ParseDeployerConfig(raw)
	require.NoError(t, err)
	p = cfg.Params()
	assert.Equal(t, uint64(500), p.JobStakeBps)
	assert.Equal(t, "1000000000000000000", p.MinJobReward.String())
}

func TestDeployerConfigAllWrongAtOnce(t *testing.T) {
	m := loadSampleJSON(t)
	setPath(m, "economics.feePct", 150)
	setPath(m, "economics.jobStake", 1.5)
	setPath(m, "validation.commitWindow", "1x")
	setPath(m, "governance.kind", "king")
	raw, _ := json.Marshal(m)
	_, err := ParseDeployerConfig(raw)
	var ce input.Errors
	require.ErrorAs(t, err, &ce)
	assert.Len(t, ce, 4, "%v", err)
	t.Log(err)
}

func jsonText(v any) string { b, _ := json.Marshal(v); return string(b) }

func setPath(m map[string]any, path string, v any) {
	parts := strings.Split(path, ".")
	for _, p := range parts[:len(parts)-1] {
		next, ok := m[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[p] = next
		}
		m = next
	}
	if v == nil {
		delete(m, parts[len(parts)-1])
		return
	}
	m[parts[len(parts)-1]] = v
}

func TestModuleConfigsSamples(t *testing.T) {
	mc := sampleConfigs(t)
	require.NotNil(t, mc.JobRegistry)
	assert.Equal(t, uint64(4), *mc.JobRegistry.FeePct)
	assert.Equal(t, "250000", mc.JobRegistry.MaxJobReward.String())
	assert.Equal(t, deployment.KindSafe, mc.OwnerControl.Kind)
}

func TestModuleConfigsEachFieldWrong(t *testing.T) {
	cases := []struct{ file, body, field, want string }{
		{"job-registry.json", `{"feePct": 101}`, "feePct", "at most 100"},
		{"job-registry.json", `{"jobStake": 5}`, "jobStake", "string"},
		{"job-registry.json", `{"jobStake": "100000000000"}`, "jobStake", "79 billion"},
		{"job-registry.json", `{"maxJobReward": "100000000000000"}`, "maxJobReward", "20 trillion"},
		{"job-registry.json", `{"minJobReward": "0"}`, "minJobReward", "is 0"},
		{"job-registry.json", `{"minJobReward": "5", "maxJobReward": "1"}`, "minJobReward", "above maxJobReward"},
		{"job-registry.json", `{"jobStakeBps": 20000}`, "jobStakeBps", "at most 10000"},
		{"job-registry.json", `{"tokenLimits": {"0x1111111111111111111111111111111111111111": {"stakeBps": 10001}}}`, "tokenLimits.0x1111111111111111111111111111111111111111.stakeBps", "at most 10000"},
		{"job-registry.json", `{"tokenLimits": {"0x1111111111111111111111111111111111111111": {"minReward": 1}}}`, "tokenLimits.0x1111111111111111111111111111111111111111.minReward", "string"},
		{"job-registry.json", `{"tokenLimits": {"0x1111111111111111111111111111111111111111": {"minReward": "2", "maxReward": "1"}}}`, "tokenLimits.0x1111111111111111111111111111111111111111.maxReward", "below minReward"},
		{"job-registry.json", `{"tokenLimits": {"0x1111111111111111111111111111111111111111": {"minReward": "0"}}}`, "tokenLimits.0x1111111111111111111111111111111111111111.minReward", "is 0"},
		{"job-registry.json", `{"allowedTokens": {"0x1111111111111111111111111111111111111111": false}, "tokenLimits": {"0x1111111111111111111111111111111111111111": {"minReward": "1"}}}`, "tokenLimits.0x1111111111111111111111111111111111111111", "removes"},
		{"job-registry.json", `{"tokenLimits": {"0x1111111111111111111111111111111111111111": {"minRewrd": "1"}}}`, "tokenLimits.0x1111111111111111111111111111111111111111.minRewrd", "did you mean"},
		{"fee-pool.json", `{"feeTokens": ["0x1111111111111111111111111111111111111111","0x1111111111111111111111111111111111111111"]}`, "feeTokens", "twice"},
		{"fee-pool.json", `{"burnPending": "yes"}`, "burnPending", "true or false"},
		{"job-registry.json", `{"allowedTokens": {"0x12": true}}`, "allowedTokens.0x12", "not an address"},
		{"job-registry.json", `{"jobDurationLimit": "5m"}`, "jobDurationLimit", "at least 3600"},
		{"validation-module.json", `{"validatorsPerJob": 20}`, "validatorsPerJob", "at most 16"},
		{"validation-module.json", `{"validatorPool": ["0x1111111111111111111111111111111111111111","0x1111111111111111111111111111111111111111"]}`, "validatorPool", "twice"},
		{"stake-manager.json", `{"unbondingPeriod": "forever"}`, "unbondingPeriod", "not understood"},
		{"fee-pool.json", `{"burnPct": 300}`, "burnPct", "at most 100"},
		{"owner-control.json", `{"kind": "multisig"}`, "kind", "one of"},
		{"owner-control.json", `{"modules": {"JobRegistery": true}}`, "modules[JobRegistery]", "one of"},
		{"system-pause.json", `{"paused": "no"}`, "paused", "true or false"},
		{"dispute-module.json", `{"moderator": {}}`, "moderator", "did you mean"},
	}
	for _, c := range cases {
		t.Run(c.file+":"+c.field, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, c.file), []byte(c.body), 0o644))
			_, err := LoadModuleConfigs(dir)
			var ce input.Errors
			require.True(t, errors.As(err, &ce), "%v", err)
			require.Len(t, ce, 1, "%v", err)
			assert.Equal(t, c.field, ce[0].Field)
			assert.Contains(t, ce[0].Error(), c.want)
			assert.Contains(t, err.Error(), c.file)
		})
	}
}

func TestSampleModuleConfigsMatchFiles(t *testing.T) {
	files := sampleConfigs(t)
	code := SampleModuleConfigs(common.Address{}, deployment.KindSafe)
	a, _ := json.Marshal(files)
	b, _ := json.Marshal(code)
	assert.JSONEq(t, string(a), string(b))
}

// TestLoadModuleConfigsWrongDirectory: a directory that does not exist, a
// file, or a directory without any module file is an error naming it,
// never an empty set of configs that every check would pass.
func TestLoadModuleConfigsWrongDirectory(t *testing.T) {
	empty := t.TempDir()
	file := filepath.Join(empty, "owner-control.json.txt")
	if err := os.WriteFile(file, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(empty, "missing"), file, empty} {
		mc, err := LoadModuleConfigs(dir)
		if err == nil || mc != nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "owner-control.json") {
			t.Errorf("%s: got %v, %v; want an error naming the directory and the files it should hold", dir, mc, err)
		}
	}
}
