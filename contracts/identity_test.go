package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// Accounts without a role in ct.NewProtocol.
const (
	idNewcomer = 10
	idOther    = 11
)

// idLeaf is the identity Merkle leaf keccak256(abi.encode(claimant, keccak256(bytes(label)))).
func idLeaf(a common.Address, label string) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(a.Bytes(), 32), crypto.Keccak256([]byte(label)))
}

// idLabelNode is keccak256(abi.encodePacked(rootNode, keccak256(bytes(label)))).
func idLabelNode(root common.Hash, label string) common.Hash {
	return crypto.Keccak256Hash(root[:], crypto.Keccak256([]byte(label)))
}

// idMerkleTree is an OpenZeppelin-compatible sorted-pair Merkle tree: a lone
// last node of a layer moves up unchanged.
type idMerkleTree struct{ layers [][]common.Hash }

func newIDMerkleTree(leaves []common.Hash) idMerkleTree {
	tr := idMerkleTree{layers: [][]common.Hash{leaves}}
	for layer := leaves; len(layer) > 1; {
		var next []common.Hash
		for i := 0; i < len(layer); i += 2 {
			if i+1 == len(layer) {
				next = append(next, layer[i])
				continue
			}
			a, b := layer[i], layer[i+1]
			if bytes.Compare(a[:], b[:]) > 0 {
				a, b = b, a
			}
			next = append(next, crypto.Keccak256Hash(a[:], b[:]))
		}
		tr.layers = append(tr.layers, next)
		layer = next
	}
	return tr
}

func (tr idMerkleTree) root() common.Hash { return tr.layers[len(tr.layers)-1][0] }

func (tr idMerkleTree) proof(i int) [][32]byte {
	var out [][32]byte
	for _, layer := range tr.layers[:len(tr.layers)-1] {
		if s := i ^ 1; s < len(layer) {
			out = append(out, layer[s])
		}
		i /= 2
	}
	return out
}

type idClaim struct {
	account int
	label   string
}

func idTree(p *ct.Protocol, claims []idClaim) idMerkleTree {
	leaves := make([]common.Hash, len(claims))
	for i, c := range claims {
		leaves[i] = idLeaf(p.Accounts[c.account], c.label)
	}
	return newIDMerkleTree(leaves)
}

func verifyAgent(t *testing.T, p *ct.Protocol, i int, label string, proof [][32]byte) identityregistry.VerifyAgentOutput {
	t.Helper()
	return ct.Call(t, p.Chain, p.Addr(deploy.IdentityRegistry), p.IR.PackVerifyAgent(p.Accounts[i], label, proof), p.IR.UnpackVerifyAgent)
}

func verifyValidator(t *testing.T, p *ct.Protocol, i int, label string, proof [][32]byte) identityregistry.VerifyValidatorOutput {
	t.Helper()
	return ct.Call(t, p.Chain, p.Addr(deploy.IdentityRegistry), p.IR.PackVerifyValidator(p.Accounts[i], label, proof), p.IR.UnpackVerifyValidator)
}

// expectNotAuthorizedAgent applies for job id as account i and expects the
// identity check to fail naming i.
func expectNotAuthorizedAgent(t *testing.T, p *ct.Protocol, i int, id *big.Int, label string, proof [][32]byte) {
	t.Helper()
	_, err := p.Send(i, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, label, proof))
	var re *ct.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "NotAuthorizedAgent", re.Name, "%v", err)
	require.Equal(t, p.Accounts[i], re.Args[0])
}

func TestIdentityMerkleTreeBuilder(t *testing.T) {
	t.Parallel()
	// Three leaves: the third is promoted, so its proof is one hash long.
	l := []common.Hash{{1}, {2}, {3}}
	tr := newIDMerkleTree(l)
	h12 := crypto.Keccak256Hash(l[0][:], l[1][:])
	a, b := h12, l[2]
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	require.Equal(t, crypto.Keccak256Hash(a[:], b[:]), tr.root())
	require.Len(t, tr.proof(2), 1)
	require.Len(t, tr.proof(0), 2)
}

// TestIdentityAllowlist: the owner allowlists and removes agents and validators.
func TestIdentityAllowlist(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	ir := p.Addr(deploy.IdentityRegistry)
	p.Stake(t, idNewcomer, 0, deploy.Ether(100))
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	newcomer := p.Accounts[idNewcomer]

	require.False(t, ct.Call(t, p.Chain, ir, p.IR.PackIsAuthorizedAgent(newcomer, "carol", nil), p.IR.UnpackIsAuthorizedAgent))
	require.False(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)
	expectNotAuthorizedAgent(t, p, idNewcomer, id, "carol", nil)

	p.ExpectRevert(t, "ZeroAddress", ct.Owner, ir, p.IR.PackAddAdditionalAgent(common.Address{}))
	p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalAgent(newcomer))
	require.True(t, ct.Call(t, p.Chain, ir, p.IR.PackAdditionalAgents(newcomer), p.IR.UnpackAdditionalAgents))
	v := verifyAgent(t, p, idNewcomer, "carol", nil)
	require.True(t, v.Ok)
	require.False(t, v.ViaWrapper)
	require.False(t, v.ViaMerkle)
	require.Equal(t, [32]byte(idLabelNode(deploy.NamehashAgent, "carol")), v.Node)
	// The agent allowlist does not make a validator.
	require.False(t, verifyValidator(t, p, idNewcomer, "carol", nil).Ok)
	p.MustSend(t, idNewcomer, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, "carol", nil))
	require.Equal(t, newcomer, p.Job(t, id).Agent)

	p.MustSend(t, ct.Owner, ir, p.IR.PackRemoveAdditionalAgent(newcomer))
	require.False(t, ct.Call(t, p.Chain, ir, p.IR.PackAdditionalAgents(newcomer), p.IR.UnpackAdditionalAgents))
	id2 := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	expectNotAuthorizedAgent(t, p, idNewcomer, id2, "carol", nil)

	// Validators.
	v3 := p.Accounts[ct.Validators[0]]
	require.True(t, verifyValidator(t, p, ct.Validators[0], "validator", nil).Ok)
	require.False(t, verifyAgent(t, p, ct.Validators[0], "validator", nil).Ok)
	p.MustSend(t, ct.Owner, ir, p.IR.PackRemoveAdditionalValidator(v3))
	require.False(t, ct.Call(t, p.Chain, ir, p.IR.PackAdditionalValidators(v3), p.IR.UnpackAdditionalValidators))
	require.False(t, ct.Call(t, p.Chain, ir, p.IR.PackIsAuthorizedValidator(v3, "validator", nil), p.IR.UnpackIsAuthorizedValidator))
	p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalValidator(v3))
	require.True(t, ct.Call(t, p.Chain, ir, p.IR.PackIsAuthorizedValidator(v3, "validator", nil), p.IR.UnpackIsAuthorizedValidator))
}

// TestIdentityMerkle: agents prove membership of the owner's Merkle tree.
func TestIdentityMerkle(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	ir, jr := p.Addr(deploy.IdentityRegistry), p.Addr(deploy.JobRegistry)
	claims := []idClaim{
		{idNewcomer, "carol"}, {idOther, "dave"}, {ct.Stranger, "erin"}, {ct.Employer2, "frank"}, {ct.Moderator, "gina"},
	}
	tr := idTree(p, claims)
	carol := tr.proof(0)

	require.False(t, verifyAgent(t, p, idNewcomer, "carol", carol).Ok, "no root set yet")
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAgentMerkleRoot(tr.root()))
	require.Equal(t, [32]byte(tr.root()), ct.Call(t, p.Chain, ir, p.IR.PackAgentMerkleRoot(), p.IR.UnpackAgentMerkleRoot))
	for i, c := range claims {
		v := verifyAgent(t, p, c.account, c.label, tr.proof(i))
		require.True(t, v.Ok, "claim %d", i)
		require.True(t, v.ViaMerkle, "claim %d", i)
		require.False(t, v.ViaWrapper)
		require.Equal(t, [32]byte(idLabelNode(deploy.NamehashAgent, c.label)), v.Node)
	}
	// The agent tree does not make validators.
	require.False(t, verifyValidator(t, p, idNewcomer, "carol", carol).Ok)

	p.Stake(t, idNewcomer, 0, deploy.Ether(100))
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	expectNotAuthorizedAgent(t, p, idNewcomer, id, "mallory", carol)     // wrong label
	expectNotAuthorizedAgent(t, p, idNewcomer, id, "carol", tr.proof(1)) // someone else's proof
	expectNotAuthorizedAgent(t, p, idNewcomer, id, "carol", nil)         // no proof
	bad := append([][32]byte{}, carol...)
	bad[0][0] ^= 1
	expectNotAuthorizedAgent(t, p, idNewcomer, id, "carol", bad) // tampered proof
	p.Stake(t, idOther, 0, deploy.Ether(100))
	expectNotAuthorizedAgent(t, p, idOther, id, "carol", carol) // someone else's leaf
	r := p.MustSendR(t, idNewcomer, jr, p.JR.PackApplyForJob(id, "carol", carol))
	require.NotEmpty(t, r.Logs)
	require.Equal(t, p.Accounts[idNewcomer], p.Job(t, id).Agent)

	// A new root invalidates old proofs.
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAgentMerkleRoot(idTree(p, claims[1:]).root()))
	require.False(t, verifyAgent(t, p, idNewcomer, "carol", carol).Ok)
	id2 := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	expectNotAuthorizedAgent(t, p, idNewcomer, id2, "carol", carol)
}

// TestIdentityAttestation: approved attestors vouch for (node, role, account).
func TestIdentityAttestation(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	ir := p.Addr(deploy.IdentityRegistry)
	const attestor = idOther
	newcomer := p.Accounts[idNewcomer]
	node := idLabelNode(deploy.NamehashAgent, "carol")
	p.Stake(t, idNewcomer, 0, deploy.Ether(100))

	p.ExpectRevert(t, "NotAttestor", attestor, ir, p.IR.PackAttest(node, 0, newcomer))
	p.ExpectRevert(t, "ZeroAddress", ct.Owner, ir, p.IR.PackSetAttestor(common.Address{}, true))
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAttestor(p.Accounts[attestor], true))
	require.True(t, ct.Call(t, p.Chain, ir, p.IR.PackIsAttestor(p.Accounts[attestor]), p.IR.UnpackIsAttestor))
	p.ExpectRevert(t, "NotAttestor", ct.Stranger, ir, p.IR.PackAttest(node, 0, newcomer))
	p.ExpectRevert(t, "InvalidIdentityRole", attestor, ir, p.IR.PackAttest(node, 2, newcomer))
	p.ExpectRevert(t, "ZeroAddress", attestor, ir, p.IR.PackAttest(node, 0, common.Address{}))
	p.ExpectRevert(t, "NoAttestation", attestor, ir, p.IR.PackRevokeAttestation(node, 0, newcomer))

	require.False(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)
	r := p.MustSendR(t, attestor, ir, p.IR.PackAttest(node, 0, newcomer))
	require.NotEmpty(t, r.Logs)
	require.Equal(t, p.Accounts[attestor], ct.Call(t, p.Chain, ir, p.IR.PackAttestation(node, 0, newcomer), p.IR.UnpackAttestation))
	v := verifyAgent(t, p, idNewcomer, "carol", nil)
	require.True(t, v.Ok)
	require.Equal(t, [32]byte(node), v.Node)
	require.False(t, v.ViaWrapper)
	require.False(t, v.ViaMerkle)
	require.False(t, verifyAgent(t, p, idNewcomer, "carl", nil).Ok, "the attestation is for one label")
	require.False(t, verifyValidator(t, p, idNewcomer, "carol", nil).Ok, "and for one role")
	require.False(t, verifyAgent(t, p, ct.Stranger, "carol", nil).Ok, "and for one account")

	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, idNewcomer, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, "carol", nil))

	// Revoked by a stranger: refused; by the attestor: gone.
	p.ExpectRevert(t, "NotAttestor", ct.Stranger, ir, p.IR.PackRevokeAttestation(node, 0, newcomer))
	p.MustSend(t, attestor, ir, p.IR.PackRevokeAttestation(node, 0, newcomer))
	require.False(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)
	id2 := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	expectNotAuthorizedAgent(t, p, idNewcomer, id2, "carol", nil)
	p.ExpectRevert(t, "NoAttestation", attestor, ir, p.IR.PackRevokeAttestation(node, 0, newcomer))

	// The owner may revoke too.
	p.MustSend(t, attestor, ir, p.IR.PackAttest(node, 0, newcomer))
	p.MustSend(t, ct.Owner, ir, p.IR.PackRevokeAttestation(node, 0, newcomer))
	require.False(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)

	// An attestor losing approval takes its attestations with it.
	p.MustSend(t, attestor, ir, p.IR.PackAttest(node, 0, newcomer))
	require.True(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAttestor(p.Accounts[attestor], false))
	require.False(t, verifyAgent(t, p, idNewcomer, "carol", nil).Ok)
	expectNotAuthorizedAgent(t, p, idNewcomer, id2, "carol", nil)
	p.ExpectRevert(t, "NotAttestor", attestor, ir, p.IR.PackAttest(node, 0, p.Accounts[ct.Stranger]))
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAttestor(p.Accounts[attestor], true))
	p.MustSend(t, idNewcomer, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id2, "carol", nil))

	// Validator attestations hang under club.agi.eth.
	club := idLabelNode(deploy.NamehashClub, "victor")
	p.MustSend(t, attestor, ir, p.IR.PackAttest(club, 1, newcomer))
	vv := verifyValidator(t, p, idNewcomer, "victor", nil)
	require.True(t, vv.Ok)
	require.Equal(t, [32]byte(club), vv.Node)
	require.False(t, verifyAgent(t, p, idNewcomer, "victor", nil).Ok)
}

// TestBlacklistBlocksEveryPath: a blacklisted address passes no identity
// check, whichever way it is authorised, and is never drawn as a validator.
func TestBlacklistBlocksEveryPath(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	ir, re := p.Addr(deploy.IdentityRegistry), p.Addr(deploy.ReputationEngine)
	rep := reputation()
	// One agent per path: allowlist, Merkle proof, attestation.
	const viaList, viaMerkle, viaAttest, attestor = idNewcomer, idOther, ct.Stranger, ct.Moderator
	p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalAgent(p.Accounts[viaList]))
	tr := idTree(p, []idClaim{{viaMerkle, "dave"}, {ct.Employer2, "frank"}})
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAgentMerkleRoot(tr.root()))
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAttestor(p.Accounts[attestor], true))
	p.MustSend(t, attestor, ir, p.IR.PackAttest(idLabelNode(deploy.NamehashAgent, "erin"), 0, p.Accounts[viaAttest]))
	type path struct {
		account int
		label   string
		proof   [][32]byte
	}
	paths := []path{{viaList, "carol", nil}, {viaMerkle, "dave", tr.proof(0)}, {viaAttest, "erin", nil}}
	for _, pa := range paths {
		require.True(t, verifyAgent(t, p, pa.account, pa.label, pa.proof).Ok, "account %d", pa.account)
		p.Stake(t, pa.account, 0, deploy.Ether(100))
	}

	p.ExpectRevert(t, "ZeroAddress", ct.Owner, re, rep.PackSetBlacklist(common.Address{}, true))
	// A ReputationEngine not wired to an IdentityRegistry cannot blacklist
	// (the blacklist lives in the IdentityRegistry).
	lone, _, err := p.Deploy(ct.Owner, common.FromHex(moduleproxy.ModuleProxyMetaData.Bin),
		moduleproxy.NewModuleProxy().PackConstructor(p.D.Implementations[deploy.ReputationEngine], rep.PackInitialize(p.Accounts[ct.Owner])))
	require.NoError(t, err)
	p.ExpectRevert(t, "IdentityRegistryNotSet", ct.Owner, lone, rep.PackSetBlacklist(p.Accounts[viaList], true))
	p.ExpectRevert(t, errModule, ct.Owner, ir, p.IR.PackSetBlacklisted(p.Accounts[viaList], true)) // only through ReputationEngine
	for _, pa := range paths {
		r := p.MustSendR(t, ct.Owner, re, rep.PackSetBlacklist(p.Accounts[pa.account], true))
		require.True(t, safetyHasLog(r, re), "ReputationEngine logs the blacklisting")
		require.True(t, safetyHasLog(r, ir), "IdentityRegistry logs the blacklisting")
		require.True(t, ct.Call(t, p.Chain, re, rep.PackIsBlacklisted(p.Accounts[pa.account]), rep.UnpackIsBlacklisted))
		require.True(t, ct.Call(t, p.Chain, ir, p.IR.PackIsBlacklisted(p.Accounts[pa.account]), p.IR.UnpackIsBlacklisted))
	}
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	for _, pa := range paths {
		require.False(t, verifyAgent(t, p, pa.account, pa.label, pa.proof).Ok, "account %d", pa.account)
		expectNotAuthorizedAgent(t, p, pa.account, id, pa.label, pa.proof)
	}
	// Cleared, every path works again.
	for _, pa := range paths {
		p.MustSend(t, ct.Owner, re, rep.PackSetBlacklist(p.Accounts[pa.account], false))
		require.True(t, verifyAgent(t, p, pa.account, pa.label, pa.proof).Ok, "account %d", pa.account)
	}
	p.MustSend(t, viaMerkle, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, "dave", tr.proof(0)))

	// Validators: a fourth validator joins the pool; blacklisting one of
	// the originals leaves exactly the three others to draw.
	const extra = idNewcomer
	p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalValidator(p.Accounts[extra]))
	p.Stake(t, extra, 1, deploy.Ether(1000))
	vm := p.Addr(deploy.ValidationModule)
	pool := []common.Address{p.Accounts[ct.Validators[0]], p.Accounts[ct.Validators[1]], p.Accounts[ct.Validators[2]], p.Accounts[extra]}
	p.MustSend(t, ct.Owner, vm, p.VM.PackSetValidatorPool(pool))
	banned := p.Accounts[ct.Validators[1]]
	p.MustSend(t, ct.Owner, re, rep.PackSetBlacklist(banned, true))
	require.False(t, verifyValidator(t, p, ct.Validators[1], "validator", nil).Ok)
	want := []common.Address{pool[0], pool[2], pool[3]}
	p.Stake(t, ct.Agent, 0, deploy.Ether(200)) // five open jobs lock 5 x 50
	for j := 0; j < 4; j++ {
		jid := p.CreateJobFor(t, ct.Employer2, ct.Reward, 86400)
		p.MustSend(t, ct.Agent, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(jid, "alice", nil))
		p.MustSend(t, ct.Agent, p.Addr(deploy.JobRegistry), p.JR.PackSubmit(jid, common.Hash{byte(j + 1)}, "ipfs://r", "alice", nil))
		p.MustSend(t, ct.Stranger, vm, p.SelectCall(t, jid))
		committee := ct.Call(t, p.Chain, vm, p.VM.PackValidators(jid), p.VM.UnpackValidators)
		require.ElementsMatch(t, want, committee, "job %s", jid)
		// The banned validator cannot sneak in.
		p.ExpectRevert(t, "NotCommitteeMember", ct.Validators[1], vm, p.VM.PackCommitValidation(jid, common.Hash{1}, "validator", nil))
	}
	// Blacklisting another leaves too few.
	p.MustSend(t, ct.Owner, re, rep.PackSetBlacklist(p.Accounts[extra], true))
	jid := p.CreateJobFor(t, ct.Employer2, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(jid, "alice", nil))
	p.MustSend(t, ct.Agent, p.Addr(deploy.JobRegistry), p.JR.PackSubmit(jid, common.Hash{9}, "ipfs://r", "alice", nil))
	p.ExpectRevert(t, "NotEnoughValidators", ct.Stranger, vm, p.SelectCall(t, jid))
}

// TestValidatorProofAtCommit: a committee member that is not on the
// validator allowlist proves its identity (Merkle proof or attestation) at
// commit; without it the commit is refused.
func TestValidatorProofAtCommit(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	ir, vm, jr := p.Addr(deploy.IdentityRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.JobRegistry)
	const viaMerkle, viaAttest, attestor = idOther, idNewcomer, ct.Moderator
	listed := ct.Validators[0]
	tr := idTree(p, []idClaim{{viaMerkle, "vera"}, {ct.Stranger, "walt"}, {ct.Employer2, "xena"}})
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetValidatorMerkleRoot(tr.root()))
	p.MustSend(t, ct.Owner, ir, p.IR.PackSetAttestor(p.Accounts[attestor], true))
	p.MustSend(t, attestor, ir, p.IR.PackAttest(idLabelNode(deploy.NamehashClub, "victor"), 1, p.Accounts[viaAttest]))
	vv := verifyValidator(t, p, viaMerkle, "vera", tr.proof(0))
	require.True(t, vv.Ok)
	require.True(t, vv.ViaMerkle)
	require.Equal(t, [32]byte(idLabelNode(deploy.NamehashClub, "vera")), vv.Node)
	require.False(t, verifyAgent(t, p, viaMerkle, "vera", tr.proof(0)).Ok, "the validator tree does not make agents")
	for _, v := range []int{viaMerkle, viaAttest} {
		p.Stake(t, v, 1, deploy.Ether(1000))
	}
	members := []int{listed, viaMerkle, viaAttest}
	pool := []common.Address{p.Accounts[listed], p.Accounts[viaMerkle], p.Accounts[viaAttest]}
	p.MustSend(t, ct.Owner, vm, p.VM.PackSetValidatorPool(pool))

	run := func(name string) (*big.Int, *big.Int) {
		id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
		p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
		p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, crypto.Keccak256Hash([]byte(name)), "ipfs://r", "alice", nil))
		p.MustSend(t, ct.Employer, vm, p.SelectCall(t, id))
		require.ElementsMatch(t, pool, ct.Call(t, p.Chain, vm, p.VM.PackValidators(id), p.VM.UnpackValidators))
		return id, ct.Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce)
	}
	commit := func(id, nonce *big.Int, v int) common.Hash {
		return ct.CommitHash(id, nonce, ct.SpecHash, true, common.Hash{}, ct.Salt(v), p.Accounts[v], vm, p.ChainID)
	}
	expectNotValidator := func(v int, data []byte) {
		t.Helper()
		_, err := p.Send(v, vm, data)
		var re *ct.RevertError
		require.ErrorAs(t, err, &re)
		require.Equal(t, "NotAuthorizedValidator", re.Name, "%v", err)
		require.Equal(t, p.Accounts[v], re.Args[0])
	}

	id, nonce := run("first")
	h := commit(id, nonce, viaMerkle)
	expectNotValidator(viaMerkle, p.VM.PackCommitValidation(id, h, "vera", nil))
	expectNotValidator(viaMerkle, p.VM.PackCommitValidation(id, h, "wrong", tr.proof(0)))
	expectNotValidator(viaMerkle, p.VM.PackCommitValidation(id, h, "vera", tr.proof(1)))
	p.MustSend(t, viaMerkle, vm, p.VM.PackCommitValidation(id, h, "vera", tr.proof(0)))
	h = commit(id, nonce, viaAttest)
	expectNotValidator(viaAttest, p.VM.PackCommitValidation(id, h, "other", nil))
	p.MustSend(t, viaAttest, vm, p.VM.PackCommitValidation(id, h, "victor", nil))
	// The allowlisted member was verified at selection: no proof needed.
	p.MustSend(t, listed, vm, p.VM.PackCommitValidation(id, commit(id, nonce, listed), "", nil))
	p.AdvanceTime(t, p.Params.CommitWindow+1)
	for _, v := range members {
		p.MustSend(t, v, vm, p.VM.PackRevealValidation(id, true, common.Hash{}, ct.Salt(v), "", nil))
	}
	p.MustSend(t, ct.Employer, vm, p.VM.PackFinalize(id))
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(id))
	job := p.Job(t, id)
	require.EqualValues(t, stFinalized, job.State)
	require.True(t, job.Success)

	// Off the allowlist at selection, the formerly listed member must prove
	// itself at commit too; put back on the list, its commit passes.
	p.MustSend(t, ct.Owner, ir, p.IR.PackRemoveAdditionalValidator(p.Accounts[listed]))
	id, nonce = run("second")
	h = commit(id, nonce, listed)
	expectNotValidator(listed, p.VM.PackCommitValidation(id, h, "validator", nil))
	p.MustSend(t, ct.Owner, ir, p.IR.PackAddAdditionalValidator(p.Accounts[listed]))
	p.MustSend(t, listed, vm, p.VM.PackCommitValidation(id, h, "validator", nil))
	// A blacklisted unverified member is refused even with a valid proof.
	p.MustSend(t, ct.Owner, p.Addr(deploy.ReputationEngine), reputation().PackSetBlacklist(p.Accounts[viaMerkle], true))
	expectNotValidator(viaMerkle, p.VM.PackCommitValidation(id, commit(id, nonce, viaMerkle), "vera", tr.proof(0)))
}
