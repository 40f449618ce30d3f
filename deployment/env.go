package deployment

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

// EnvVar pairs an env file variable with the manifest entry it holds.
type EnvVar struct {
	Name string
	// Value returns the variable's value for a manifest.
	Value func(*Manifest) string
}

func proxyVar(name string, m deploy.Module) EnvVar {
	return EnvVar{name, func(mf *Manifest) string { return mf.Address(m).Hex() }}
}

// EnvVars are the variables SyncEnv writes, with the names of PROTOCOL.md.
var EnvVars = []EnvVar{
	{"CHAIN_ID", func(m *Manifest) string { return strconv.FormatUint(m.ChainID, 10) }},
	{"AGIALPHA_TOKEN", func(m *Manifest) string { return m.Token().Hex() }},
	proxyVar("JOB_REGISTRY", deploy.JobRegistry),
	proxyVar("STAKE_MANAGER_ADDRESS", deploy.StakeManager),
	proxyVar("VALIDATION_MODULE_ADDRESS", deploy.ValidationModule),
	proxyVar("DISPUTE_MODULE_ADDRESS", deploy.DisputeModule),
	proxyVar("REPUTATION_ENGINE_ADDRESS", deploy.ReputationEngine),
	proxyVar("SYSTEM_PAUSE_ADDRESS", deploy.SystemPause),
	proxyVar("FEE_POOL_ADDRESS", deploy.FeePool),
	proxyVar("IDENTITY_REGISTRY_ADDRESS", deploy.IdentityRegistry),
	proxyVar("CERTIFICATE_NFT_ADDRESS", deploy.CertificateNFT),
	{"GOVERNANCE_ADDRESS", func(m *Manifest) string { return m.Governance.Hex() }},
	{"DEPLOYMENT_BLOCK", func(m *Manifest) string { return strconv.FormatUint(m.Block, 10) }},
}

// envHeader introduces the variables SyncEnv appends.
const envHeader = "# AGI Jobs contracts (written from the deployment manifest)"

// SyncEnv returns env (the contents of an env file) with every variable of
// EnvVars set from m. Lines assigning one of them (optionally prefixed with
// "export ") get the new value; every other line, comments and blank lines
// included, is kept byte for byte; variables not present yet are appended.
// A nil m returns env unchanged.
func SyncEnv(env []byte, m *Manifest) []byte {
	if m == nil {
		return env // nothing to write
	}
	want := map[string]string{}
	for _, v := range EnvVars {
		want[v.Name] = v.Value(m)
	}
	text := string(env)
	lines := strings.SplitAfter(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	seen := map[string]bool{}
	for i, line := range lines {
		body := strings.TrimRight(line, "\r\n")
		eol := line[len(body):]
		trimmed := strings.TrimLeft(body, " \t")
		indent := body[:len(body)-len(trimmed)]
		prefix := ""
		if rest, ok := strings.CutPrefix(trimmed, "export "); ok {
			prefix, trimmed = "export ", rest
		}
		key, _, ok := strings.Cut(trimmed, "=")
		if !ok {
			continue
		}
		key = strings.TrimSpace(key)
		if v, ok := want[key]; ok && !seen[key] {
			lines[i] = indent + prefix + key + "=" + v + eol
			seen[key] = true
		}
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
	}
	var missing []string
	for _, v := range EnvVars {
		if !seen[v.Name] {
			missing = append(missing, v.Name+"="+want[v.Name]+"\n")
		}
	}
	if len(missing) > 0 {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteString("\n")
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(envHeader + "\n")
		for _, l := range missing {
			b.WriteString(l)
		}
	}
	return []byte(b.String())
}

// WriteEnvFile rewrites the env file at path with SyncEnv (creating it when
// missing) atomically.
func WriteEnvFile(path string, m *Manifest) error {
	if m == nil {
		return input.New("deployment.WriteEnvFile: m", "is nil", "load the manifest with deployment.LoadManifest")
	}
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return writeFileAtomic(path, SyncEnv(old, m))
}
