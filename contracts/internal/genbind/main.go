// Command genbind runs `go tool abigen --v2` once per compiled artifact in
// contracts/artifacts, writing one Go package per contract: protocol
// contracts under contracts/bindings/<name>, test-only contracts under
// internal/testcontracts/<name>.
//
// One package per contract because abigen v2 names the output structs of
// multi-return methods without a contract prefix, so two contracts with a
// method of the same name would clash in a shared package.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// testOnly names the artifacts compiled from contracts/test.
func testOnly(sourceName string) bool { return strings.HasPrefix(sourceName, "test/") }

type artifact struct {
	ContractName string          `json:"contractName"`
	SourceName   string          `json:"sourceName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genbind:", err)
		os.Exit(1)
	}
}

func run() error {
	// go generate runs in contracts/; the module root is its parent.
	contractsDir, err := os.Getwd()
	if err != nil {
		return err
	}
	root := filepath.Dir(contractsDir)
	files, err := filepath.Glob(filepath.Join(contractsDir, "artifacts", "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	tmp, err := os.MkdirTemp("", "genbind")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	outDirs := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		pkg := strings.ToLower(a.ContractName)
		base := filepath.Join(root, "contracts", "bindings")
		if testOnly(a.SourceName) {
			base = filepath.Join(root, "internal", "testcontracts")
		}
		outDir := filepath.Join(base, pkg)
		outDirs[outDir] = true
		abiFile := filepath.Join(tmp, a.ContractName+".abi")
		binFile := filepath.Join(tmp, a.ContractName+".bin")
		if err := os.WriteFile(abiFile, a.ABI, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(binFile, []byte(strings.TrimPrefix(a.Bytecode, "0x")), 0o644); err != nil {
			return err
		}
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return err
		}
		cmd := exec.Command("go", "tool", "abigen", "--v2",
			"--abi", abiFile, "--bin", binFile,
			"--pkg", pkg, "--type", a.ContractName,
			"--out", filepath.Join(outDir, pkg+".go"))
		cmd.Dir = root
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("abigen %s: %w", a.ContractName, err)
		}
	}
	// Remove packages of contracts that no longer exist.
	for _, base := range []string{filepath.Join(root, "contracts", "bindings"), filepath.Join(root, "internal", "testcontracts")} {
		entries, _ := os.ReadDir(base)
		for _, e := range entries {
			dir := filepath.Join(base, e.Name())
			if e.IsDir() && !outDirs[dir] {
				if err := os.RemoveAll(dir); err != nil {
					return err
				}
			}
		}
	}
	fmt.Printf("generated %d binding packages\n", len(outDirs))
	return nil
}
