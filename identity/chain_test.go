package identity_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// fixture is the protocol with the accounts these tests name: the
// fixture's employers 0 to 3 are the employer, a second employer (the
// attestor), a moderator and a stranger no role allowlists.
type fixture struct {
	*agijobstest.Env
	c                                        *identity.Client
	owner                                    *chain.Manager
	employer, employer2, moderator, stranger chain.Signer
	agent, agent2                            chain.Signer
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	env := agijobstest.New(t, agijobstest.WithEmployers(4))
	c, err := env.Client().Identity()
	if err != nil {
		t.Fatal(err)
	}
	r := env.Roles()
	return &fixture{Env: env, c: c, owner: env.Owner(),
		employer: r.Employers[0], employer2: r.Employers[1], moderator: r.Employers[2], stranger: r.Employers[3],
		agent: r.Agents[0], agent2: r.Agents[1]}
}

// manager returns the transaction manager of s.
func (f *fixture) manager(t *testing.T, s chain.Signer) *chain.Manager {
	t.Helper()
	return ok(f.Manager(context.Background(), s))(t)
}

func send(t *testing.T, m *chain.Manager, calls ...chain.TxCandidate) {
	t.Helper()
	for _, c := range calls {
		if _, err := m.Send(context.Background(), c); err != nil {
			t.Fatalf("send %q: %v", c.Label, err)
		}
	}
}

// ok returns v, failing the test if err is set: ok(f())(t).
func ok[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// filler returns n-1 deterministic addresses to pad a tree with.
func filler(n int) []identity.Member {
	var out []identity.Member
	for i := 1; i < n; i++ {
		a := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("filler-%d", i)))[12:])
		out = append(out, identity.Member{Address: a, Label: fmt.Sprintf("member%d", i)})
	}
	return out
}

// TestMerkleAgainstContract sets trees of several sizes as the agent and
// validator roots and checks every member with verifyAgent /
// verifyValidator, then applies for a job with a Merkle proof.
func TestMerkleAgainstContract(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	c, owner, stranger := f.c, f.owner, f.stranger.Address()

	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		ms := append([]identity.Member{{Address: stranger, Label: "stranger"}}, filler(n)...)
		tr := ok(identity.NewTree(ms))(t)
		for _, role := range []identity.Role{identity.RoleAgent, identity.RoleValidator} {
			send(t, owner, ok(c.SetMerkleRoot(role, tr.Root()))(t))
			if got := ok(c.MerkleRoot(ctx, role))(t); got != tr.Root() {
				t.Fatalf("root on chain %s, want %s", got, tr.Root())
			}
			for _, m := range ms {
				claim := ok(tr.Claim(m.Address))(t)
				v := ok(c.Verify(ctx, role, m.Address, claim))(t)
				if !v.OK || !v.ViaMerkle {
					t.Fatalf("n=%d %s: member %s (%s) not verified via Merkle: %+v", n, role, m.Address, m.Label, v)
				}
				if auth := ok(c.IsAuthorized(ctx, role, m.Address, claim))(t); !auth {
					t.Fatalf("n=%d %s: isAuthorized false for %s", n, role, m.Address)
				}
				bad := identity.Claim{Label: m.Label + "x", Proof: claim.Proof}
				if v := ok(c.Verify(ctx, role, m.Address, bad))(t); v.OK {
					t.Fatalf("n=%d %s: wrong label verified", n, role)
				}
			}
		}
	}

	// Apply for a job with the proof of the last tree.
	tr := ok(identity.NewTree(append([]identity.Member{{Address: stranger, Label: "stranger"}}, filler(6)...)))(t)
	send(t, owner, ok(c.SetMerkleRoot(identity.RoleAgent, tr.Root()))(t))
	claim := ok(tr.Claim(stranger))(t)
	agent := ok(f.Client().Agent(ctx, f.stranger, escrow.Identity{Subdomain: claim.Label, Proof: claim.Proof}))(t)
	ok(agent.Stake(ctx, deploy.Ether(100)))(t)
	now := ok(f.Now(ctx))(t)
	posted := ok(f.Employer(0).PostJob(ctx, escrow.PostJobParams{Reward: deploy.Ether(10), Deadline: now.Add(time.Hour), Spec: &storage.JobSpec{
		Title: "t", Description: "d", Category: "c", AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"a"}}}))(t)
	ok(agent.Apply(ctx, posted.JobID))(t)
	if j := ok(f.Escrow().Job(ctx, posted.JobID))(t); j.Agent != stranger {
		t.Fatalf("job agent = %s, want %s", j.Agent, stranger)
	}
	// The node answered by verifyAgent is the ENS namehash of the label.
	v := ok(c.Verify(ctx, identity.RoleAgent, stranger, claim))(t)
	if want := identity.Namehash("stranger.agent.agi.eth"); v.Node != want {
		t.Fatalf("node = %s, want namehash(stranger.agent.agi.eth) = %s", v.Node, want)
	}
}

func TestAllowlistAttestorsAndAttestations(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	c, owner := f.c, f.owner
	stranger, attestor := f.stranger.Address(), f.employer2.Address()
	claim := identity.Claim{Label: "stranger"}

	if v := ok(c.Verify(ctx, identity.RoleAgent, stranger, claim))(t); v.OK {
		t.Fatal("stranger verified before any change")
	}
	send(t, owner, ok(c.AddAllowlisted(identity.RoleAgent, stranger))(t))
	if !ok(c.IsAllowlisted(ctx, identity.RoleAgent, stranger))(t) || ok(c.IsAllowlisted(ctx, identity.RoleValidator, stranger))(t) {
		t.Fatal("allowlist flags wrong after addAdditionalAgent")
	}
	if v := ok(c.Verify(ctx, identity.RoleAgent, stranger, claim))(t); !v.OK || v.ViaMerkle {
		t.Fatalf("allowlisted stranger: %+v", v)
	}
	send(t, owner, ok(c.RemoveAllowlisted(identity.RoleAgent, stranger))(t))
	if ok(c.IsAllowlisted(ctx, identity.RoleAgent, stranger))(t) {
		t.Fatal("still allowlisted after removal")
	}

	// Attestation path for a validator.
	send(t, owner, ok(c.SetAttestor(attestor, true))(t))
	if !ok(c.IsAttestor(ctx, attestor))(t) {
		t.Fatal("attestor not approved")
	}
	node := ok(c.LabelNode(ctx, identity.RoleValidator, "stranger"))(t)
	if node != identity.Namehash("stranger.club.agi.eth") {
		t.Fatalf("label node %s is not namehash(stranger.club.agi.eth)", node)
	}
	send(t, f.manager(t, f.employer2), ok(c.Attest(node, identity.RoleValidator, stranger))(t))
	if a := ok(c.Attestation(ctx, node, identity.RoleValidator, stranger))(t); a != attestor {
		t.Fatalf("attestation by %s, want %s", a, attestor)
	}
	if !ok(c.IsAuthorized(ctx, identity.RoleValidator, stranger, claim))(t) {
		t.Fatal("attested validator not authorized")
	}
	if ok(c.IsAuthorized(ctx, identity.RoleAgent, stranger, claim))(t) {
		t.Fatal("validator attestation authorizes an agent")
	}
	// The owner revokes; a second revoke reverts with NoAttestation, decoded.
	send(t, owner, ok(c.RevokeAttestation(node, identity.RoleValidator, stranger))(t))
	if ok(c.IsAuthorized(ctx, identity.RoleValidator, stranger, claim))(t) {
		t.Fatal("still authorized after revocation")
	}
	_, err := owner.Send(ctx, ok(c.RevokeAttestation(node, identity.RoleValidator, stranger))(t))
	var na *reverts.NoAttestationError
	if !errors.As(err, &na) {
		t.Fatalf("second revoke: %v, want NoAttestationError", err)
	}

	// Blacklisted accounts never pass, whatever the allowlist says.
	if ok(c.IsBlacklisted(ctx, f.agent.Address()))(t) {
		t.Fatal("agent blacklisted from the start")
	}
}

func TestBuildersRejectBadInput(t *testing.T) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	c, err := identity.New(identity.Config{Backend: ch.Backend(), Registry: common.HexToAddress("0x01")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddAllowlisted(identity.RoleAgent, common.Address{}); err == nil || !strings.Contains(err.Error(), "zero address") {
		t.Errorf("zero address: %v", err)
	}
	if _, err := c.SetMerkleRoot(identity.Role(7), common.Hash{}); err == nil || !strings.Contains(err.Error(), "role: is 7") || !errors.Is(err, input.ErrInvalid) {
		t.Errorf("bad role: %v", err)
	}
	if _, err := c.SetAttestor(common.Address{}, true); err == nil {
		t.Error("zero attestor accepted")
	}
	if _, err := identity.New(identity.Config{}); err == nil || !strings.Contains(err.Error(), "Backend") || !strings.Contains(err.Error(), "Registry") {
		t.Errorf("empty config: %v", err)
	}
	// A read against an address without code says what to check.
	_, err = c.MerkleRoot(context.Background(), identity.RoleAgent)
	if err == nil || !strings.Contains(err.Error(), "Config.Registry") {
		t.Errorf("read from a non-contract: %v", err)
	}
}
