package main

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/matching"
)

// TestPolicyCopy keeps the built-in policy equal to
// config/policies.default.json.
func TestPolicyCopy(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "config", "policies.default.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(builtinPolicy, want) {
		t.Fatal("examples/agent-worker/policies.default.json differs from config/policies.default.json; copy the latter over the former")
	}
	if _, err := matching.ParsePolicy(builtinPolicy); err != nil {
		t.Fatal(err)
	}
}

// TestBindState refuses a worker state recorded on another chain.
func TestBindState(t *testing.T) {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	b, id := ch.Backend(), ch.ChainID()
	path := filepath.Join(t.TempDir(), "agent", "worker.json")
	// No state yet: bind it (creating the directory), and bind it again
	// once it exists.
	if err := bindState(ctx, b, id, path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := bindState(ctx, b, id, path); err != nil {
		t.Fatal(err)
	}
	// The state of another chain is refused.
	if err := os.WriteFile(path+".chain", []byte(`{"chainId":"1337","genesis":"0x0000000000000000000000000000000000000000000000000000000000000001"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := bindState(ctx, b, id, path); err == nil || !strings.Contains(err.Error(), "restarted dev chain") {
		t.Fatalf("state of another chain: %v", err)
	}
	// Removing the state starts over on this chain.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := bindState(ctx, b, id, path); err != nil {
		t.Fatal(err)
	}
}

// TestDefaultStatePath names the state by chain, genesis, agent and
// JobRegistry.
func TestDefaultStatePath(t *testing.T) {
	ctx := context.Background()
	t.Setenv("HOME", t.TempDir())
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	jr := common.BigToAddress(big.NewInt(2))
	agent := ch.Accounts()[0].Address()
	got, err := defaultStatePath(ctx, ch.Backend(), ch.ChainID(), agent, jr)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ch.Backend().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	home, _ := os.UserHomeDir()
	want := filepath.Join(home, ".agijobs", "agent-worker", ch.ChainID().String()+"-"+g.Hash().Hex()[:10], agent.Hex()+"-"+jr.Hex()+".json")
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
