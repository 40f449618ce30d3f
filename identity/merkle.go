package identity

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/input"
)

// MaxLabelLength bounds a label (one ENS label is at most 255 bytes).
const MaxLabelLength = 255

// ErrNotMember is returned (wrapped) by [Tree.Proof] for an address that is
// not in the tree.
var ErrNotMember = errors.New("identity: address is not a member of the Merkle tree")

// Member is one entry of a Merkle tree: an address and the label (ENS
// subdomain, e.g. "alice" for alice.agent.agi.eth) it claims.
type Member struct {
	// Address is the member's account.
	Address common.Address `json:"address"`
	// Label is the single ENS label the account claims, e.g. "alice".
	Label string `json:"label"`
}

// Leaf returns the Merkle leaf of (addr, label) as the IdentityRegistry
// computes it: keccak256(abi.encode(addr, keccak256(bytes(label)))).
func Leaf(addr common.Address, label string) common.Hash {
	var buf [64]byte
	copy(buf[12:32], addr[:])
	lh := crypto.Keccak256Hash([]byte(label))
	copy(buf[32:], lh[:])
	return crypto.Keccak256Hash(buf[:])
}

// hashPair is OpenZeppelin's commutative keccak256: the smaller word first.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	return crypto.Keccak256Hash(buf[:])
}

// VerifyProof reports whether proof proves leaf under root, exactly as
// OpenZeppelin's MerkleProof.verify (sorted pairs) does on chain.
func VerifyProof(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// Tree is a Merkle tree of members of one role. It is immutable and safe for
// concurrent use.
type Tree struct {
	// levels[0] holds the sorted leaves, the last level the root.
	levels  [][]common.Hash
	members map[common.Address]treeEntry
}

type treeEntry struct {
	label string
	pos   int // position of the leaf in levels[0]
}

// NewTree builds the tree of members. The input order does not matter: the
// leaves are sorted by value. Every problem is reported at once as
// input.Errors, each field named "members[i]": a zero address, an empty or
// over-long label, or an address listed twice (one address holds one label
// per tree, so that each address has exactly one proof).
func NewTree(members []Member) (*Tree, error) {
	if len(members) == 0 {
		return nil, errors.New("identity: a Merkle tree needs at least one member; to disable Merkle proofs set the root to zero instead")
	}
	var errs input.Errors
	seen := make(map[common.Address]int, len(members))
	t := &Tree{members: make(map[common.Address]treeEntry, len(members))}
	leaves := make([]common.Hash, 0, len(members))
	for i, m := range members {
		field := fmt.Sprintf("members[%d]", i)
		switch {
		case m.Address == (common.Address{}):
			errs.Add(field, "has the zero address, which cannot act", "remove the entry")
			continue
		case m.Label == "":
			errs.Add(field, m.Address.Hex()+" has an empty label", `set the ENS label the address claims, e.g. "alice"`)
		case len(m.Label) > MaxLabelLength:
			errs.Add(field, fmt.Sprintf("%s has a label %d bytes long", m.Address.Hex(), len(m.Label)), fmt.Sprintf("an ENS label has at most %d", MaxLabelLength))
		case strings.Contains(m.Label, "."):
			errs.Add(field, fmt.Sprintf("%s has the label %q, which contains a dot", m.Address.Hex(), m.Label), `give the single label under the root name, e.g. "alice" for alice.agent.agi.eth`)
		}
		if j, dup := seen[m.Address]; dup {
			errs.Add(field, fmt.Sprintf("%s is already members[%d]", m.Address.Hex(), j), "keep one entry per address")
			continue
		}
		seen[m.Address] = i
		t.members[m.Address] = treeEntry{label: m.Label}
		leaves = append(leaves, Leaf(m.Address, m.Label))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("identity: Merkle tree: %w", errs)
	}
	slices.SortFunc(leaves, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	if len(leaves) == 1 {
		// The registry skips the Merkle check for an empty proof: pair the
		// only leaf with itself so that its proof has one element.
		leaves = append(leaves, leaves[0])
	}
	pos := make(map[common.Hash]int, len(leaves))
	for i, l := range leaves {
		if _, ok := pos[l]; !ok {
			pos[l] = i
		}
	}
	for a, e := range t.members {
		e.pos = pos[Leaf(a, e.label)]
		t.members[a] = e
	}
	level := leaves
	t.levels = append(t.levels, level)
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i]) // odd node moves up unchanged
				break
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root returns the Merkle root to set on chain.
func (t *Tree) Root() common.Hash {
	if t == nil || t.levels == nil {
		return common.Hash{}
	}
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of members.
func (t *Tree) Len() int {
	if t == nil || t.levels == nil {
		return 0
	}
	return len(t.members)
}

// Label returns the label of addr and whether addr is a member.
func (t *Tree) Label(addr common.Address) (string, bool) {
	if t == nil || t.levels == nil {
		return "", false
	}
	e, ok := t.members[addr]
	return e.label, ok
}

// Proof returns the proof of addr, to pass with its label to applyForJob,
// commitValidation or verifyAgent. It wraps [ErrNotMember] when addr is not
// in the tree.
func (t *Tree) Proof(addr common.Address) ([]common.Hash, error) {
	if t == nil || t.levels == nil {
		return nil, input.Unbuilt("identity.Tree", "identity.NewTree")
	}
	e, ok := t.members[addr]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotMember, addr.Hex())
	}
	var proof []common.Hash
	i := e.pos
	for _, level := range t.levels[:len(t.levels)-1] {
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// Claim returns the label and proof of addr as a [Claim]; it wraps
// [ErrNotMember] when addr is not in the tree.
func (t *Tree) Claim(addr common.Address) (Claim, error) {
	if t == nil || t.levels == nil {
		return Claim{}, input.Unbuilt("identity.Tree", "identity.NewTree")
	}
	p, err := t.Proof(addr)
	if err != nil {
		return Claim{}, err
	}
	return Claim{Label: t.members[addr].label, Proof: p}, nil
}

// ProofEntry is the proof of one member, in the form handed to agents and
// validators (for example as a JSON file next to the published root).
type ProofEntry struct {
	// Address is the member's account.
	Address common.Address `json:"address"`
	// Label is the label the member passes as subdomain.
	Label string `json:"label"`
	// Leaf is Leaf(Address, Label).
	Leaf common.Hash `json:"leaf"`
	// Proof is the member's proof under the tree's root.
	Proof []common.Hash `json:"proof"`
}

// Entries returns the proof of every member, sorted by address.
func (t *Tree) Entries() []ProofEntry {
	if t == nil || t.levels == nil {
		return nil
	}
	addrs := make([]common.Address, 0, len(t.members))
	for a := range t.members {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	out := make([]ProofEntry, len(addrs))
	for i, a := range addrs {
		p, _ := t.Proof(a)
		label := t.members[a].label
		out[i] = ProofEntry{Address: a, Label: label, Leaf: Leaf(a, label), Proof: p}
	}
	return out
}

// Claim is what a claimant passes with a call that checks its identity: the
// label (subdomain) and, for a Merkle membership, the proof. Allowlisted and
// attested claimants pass an empty proof.
type Claim struct {
	// Label is the subdomain claimed, e.g. "alice" for alice.agent.agi.eth.
	Label string `json:"label"`
	// Proof is the Merkle proof of (claimant, Label); empty when the
	// claimant passes by allowlist or attestation.
	Proof []common.Hash `json:"proof,omitempty"`
}

// proofWords converts a proof to the binding's [][32]byte.
func proofWords(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}
