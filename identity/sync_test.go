package identity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/internal/inputtest"
)

func TestSampleRegistryConfig(t *testing.T) {
	cfg, err := identity.LoadRegistryConfig("../config/identity-registry.json")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := cfg.Tree(identity.RoleAgent)
	if err != nil || tr == nil || tr.Len() != 3 {
		t.Fatalf("agent tree of the sample: %v, %v", tr, err)
	}
	if tr, err := cfg.Tree(identity.RoleValidator); err != nil || tr != nil {
		t.Fatalf("validator tree of the sample: %v, %v (the sample sets a root, not members)", tr, err)
	}
}

func TestRegistryConfigReportsEveryProblem(t *testing.T) {
	bad := `{
	  "version": 2,
	  "agents": {
	    "ensRoot": "Agent.AGI.eth",
	    "allowlist": ["0x123", "0x0000000000000000000000000000000000000000",
	                  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9956", "0x14dc79964da2c08b23698b3d3cc7ca32193d9955",
	                  "0x14DC79964DA2C08B23698B3D3CC7CA32193D9955"],
	    "merkleRoot": "0x12",
	    "merkleMembers": [{"address": "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "label": "bob.smith"},
	                      {"address": "0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f", "label": ""}],
	    "color": "blue"
	  },
	  "validators": {"allowlist": []},
	  "attestors": ["nope"],
	  "extra": 1
	}`
	_, err := identity.ParseRegistryConfig([]byte(bad))
	want := map[string]string{
		"agents.color":                    "not a known field",
		"extra":                           "not a known field",
		"version":                         "set it to 1",
		"agents.ensRoot":                  "lowercase",
		"agents.allowlist[0]":             "40 hex digits",
		"agents.allowlist[1]":             "zero address",
		"agents.allowlist[2]":             "checksum",
		"agents.allowlist[4]":             "repeats agents.allowlist[3]",
		"agents.merkleRoot":               "merkleMembers",
		"agents.merkleMembers[0].label":   "without dots",
		"agents.merkleMembers[1].label":   "required",
		"agents.merkleMembers[1].address": "repeats merkleMembers[0]",
		"attestors[0]":                    "40 hex digits",
	}
	inputtest.Require(t, err, want)
	if _, err := identity.ParseRegistryConfig([]byte(`{"version": 1,`)); err == nil || !strings.Contains(err.Error(), "malformed JSON") {
		t.Errorf("malformed JSON: %v", err)
	}
	if _, err := identity.ParseRegistryConfig([]byte(`{"version": "1", "attestors": {}}`)); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("wrong JSON type: %v", err)
	}
}

// TestSyncTwice syncs the chain to a config that adds and removes allowlist
// entries (one of them only known from events), sets roots, root nodes and
// attestors; a second Sync after sending the plan is empty.
func TestSyncTwice(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	c, owner := f.c, f.owner
	acct := func(s chain.Signer) string { return s.Address().Hex() }
	vals := f.Roles().Validators

	// An attestor approved outside the config, so only events reveal it.
	send(t, owner, ok(c.SetAttestor(f.moderator.Address(), true))(t))

	cfg := &identity.RegistryConfig{
		Version: 1,
		Agents: identity.RoleConfig{
			ENSRoot:   "agent.agi.eth", // already set by the deployment: no call
			Allowlist: []string{acct(f.agent), acct(f.stranger)},
			MerkleMembers: []identity.MemberConfig{
				{Address: acct(f.employer2), Label: "erin"},
				{Address: acct(f.agent2), Label: "agent2"},
			},
		},
		Validators: identity.RoleConfig{
			ENSRoot:    "validators.example.eth",
			Allowlist:  []string{acct(vals[0]), acct(vals[1]), acct(vals[2])},
			MerkleRoot: "0x" + strings.Repeat("ab", 32),
		},
		Attestors: []string{acct(f.employer)},
	}
	plan, err := c.Sync(ctx, cfg, identity.SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(plan)
	var methods []string
	for _, a := range plan.Actions {
		methods = append(methods, a.Method+" "+a.Account.Hex())
	}
	tree := ok(cfg.Tree(identity.RoleAgent))(t)
	want := []string{
		"setAttestor " + acct(f.employer),
		"setAttestor " + acct(f.moderator),
		"addAdditionalAgent " + acct(f.stranger),
		"removeAdditionalAgent " + acct(f.agent2), // known from the deployment's events only
		"setAgentMerkleRoot " + (common.Address{}).Hex(),
		"setValidatorMerkleRoot " + (common.Address{}).Hex(),
		"setClubRootNode " + (common.Address{}).Hex(),
	}
	if strings.Join(methods, "\n") != strings.Join(want, "\n") {
		t.Fatalf("plan:\n%s\nwant:\n%s", strings.Join(methods, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(plan.Actions[1].Description, "withdraw attestor") {
		t.Errorf("description of the withdrawal: %q", plan.Actions[1].Description)
	}
	send(t, owner, plan.Calls()...)

	again, err := c.Sync(ctx, cfg, identity.SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Empty() {
		t.Fatalf("second Sync not empty:\n%s", again)
	}
	if !strings.Contains(again.String(), "nothing to do") {
		t.Errorf("empty plan prints %q", again)
	}

	// The chain now is what the config says.
	if got := ok(c.MerkleRoot(ctx, identity.RoleAgent))(t); got != tree.Root() {
		t.Fatalf("agent root %s, want %s", got, tree.Root())
	}
	if got := ok(c.RootNode(ctx, identity.RoleValidator))(t); got != identity.Namehash("validators.example.eth") {
		t.Fatalf("club root node %s", got)
	}
	claim := ok(tree.Claim(f.agent2.Address()))(t)
	if v := ok(c.Verify(ctx, identity.RoleAgent, f.agent2.Address(), claim))(t); !v.OK || !v.ViaMerkle {
		t.Fatalf("agent2 after sync: %+v", v)
	}

	// KeepUnlisted never removes; FromBlock past the events misses them.
	cfg.Attestors = nil
	keep, err := c.Sync(ctx, cfg, identity.SyncOptions{KeepUnlisted: true})
	if err != nil || !keep.Empty() {
		t.Fatalf("KeepUnlisted plan: %v, %v", keep, err)
	}
	drop, err := c.Sync(ctx, cfg, identity.SyncOptions{})
	if err != nil || len(drop.Actions) != 1 || drop.Actions[0].Method != "setAttestor" {
		t.Fatalf("plan after dropping attestors: %v, %v", drop, err)
	}

	// A bad config is refused before anything is read.
	cfg.Attestors = []string{"0xbad"}
	if _, err := c.Sync(ctx, cfg, identity.SyncOptions{}); err == nil || !strings.Contains(err.Error(), "attestors[0]") {
		t.Fatalf("bad config: %v", err)
	}
}
