package identity

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/input"
)

func randomMembers(n int, seed uint64) []Member {
	r := rand.New(rand.NewPCG(seed, seed))
	out := make([]Member, n)
	for i := range out {
		var a common.Address
		for j := range a {
			a[j] = byte(r.Uint32())
		}
		out[i] = Member{Address: a, Label: fmt.Sprintf("agent%d", i)}
	}
	return out
}

func TestLeafMatchesABIEncoding(t *testing.T) {
	a := common.HexToAddress("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955")
	// abi.encode(address, bytes32) = 12 zero bytes, the address, the hash.
	enc := append(common.LeftPadBytes(a.Bytes(), 32), crypto.Keccak256([]byte("alice"))...)
	if got, want := Leaf(a, "alice"), crypto.Keccak256Hash(enc); got != want {
		t.Fatalf("Leaf = %s, want %s", got, want)
	}
}

func TestTreeProofsVerify(t *testing.T) {
	for n := 1; n <= 33; n++ {
		ms := randomMembers(n, uint64(n))
		tr, err := NewTree(ms)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Len() != n {
			t.Fatalf("n=%d: Len = %d", n, tr.Len())
		}
		for _, m := range ms {
			p, err := tr.Proof(m.Address)
			if err != nil {
				t.Fatal(err)
			}
			if len(p) == 0 {
				t.Fatalf("n=%d: empty proof (the registry would skip the Merkle check)", n)
			}
			if !VerifyProof(tr.Root(), Leaf(m.Address, m.Label), p) {
				t.Fatalf("n=%d: proof of %s does not verify", n, m.Address)
			}
			if VerifyProof(tr.Root(), Leaf(m.Address, m.Label+"x"), p) {
				t.Fatalf("n=%d: proof verifies a wrong label", n)
			}
		}
	}
}

func TestTreeOrderIndependent(t *testing.T) {
	ms := randomMembers(10, 7)
	a, err := NewTree(ms)
	if err != nil {
		t.Fatal(err)
	}
	rev := make([]Member, len(ms))
	for i, m := range ms {
		rev[len(ms)-1-i] = m
	}
	b, err := NewTree(rev)
	if err != nil {
		t.Fatal(err)
	}
	if a.Root() != b.Root() {
		t.Fatalf("root depends on input order: %s vs %s", a.Root(), b.Root())
	}
	ea, eb := a.Entries(), b.Entries()
	for i := range ea {
		if ea[i].Address != eb[i].Address || fmt.Sprint(ea[i].Proof) != fmt.Sprint(eb[i].Proof) {
			t.Fatalf("entry %d differs", i)
		}
	}
}

func TestSingleMemberTree(t *testing.T) {
	m := Member{Address: common.HexToAddress("0x01"), Label: "solo"}
	tr, err := NewTree([]Member{m})
	if err != nil {
		t.Fatal(err)
	}
	leaf := Leaf(m.Address, m.Label)
	if tr.Root() != hashPair(leaf, leaf) {
		t.Fatalf("single-member root is not hash(leaf, leaf)")
	}
	c, err := tr.Claim(m.Address)
	if err != nil || c.Label != "solo" || len(c.Proof) != 1 || c.Proof[0] != leaf {
		t.Fatalf("Claim = %+v, %v", c, err)
	}
}

func TestTreeBadInputReportsEverything(t *testing.T) {
	a := common.HexToAddress("0xaa")
	_, err := NewTree([]Member{
		{Address: a, Label: "alice"},
		{Address: common.Address{}, Label: "zero"},
		{Address: common.HexToAddress("0xbb"), Label: ""},
		{Address: a, Label: "alice2"},
		{Address: common.HexToAddress("0xcc"), Label: "a.b"},
		{Address: common.HexToAddress("0xdd"), Label: strings.Repeat("x", 256)},
	})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"members[1]: has the zero address", "members[2]: 0x00000000000000000000000000000000000000bb has an empty label", "members[3]", "is already members[0]", "members[4]", "contains a dot", "members[5]", "256 bytes"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	var me *input.Error
	if !errors.As(err, &me) || me.Field != "members[1]" || !errors.Is(err, input.ErrInvalid) {
		t.Errorf("errors.As(*input.Error) = %+v", me)
	}
	if _, err := NewTree(nil); err == nil {
		t.Error("empty tree accepted")
	}
}

func TestProofNotMember(t *testing.T) {
	tr, err := NewTree(randomMembers(3, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Proof(common.HexToAddress("0x1234")); !errors.Is(err, ErrNotMember) {
		t.Fatalf("err = %v, want ErrNotMember", err)
	}
}

func TestNamehash(t *testing.T) {
	// EIP-137 vector.
	if got := Namehash("eth"); got != common.HexToHash("0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae") {
		t.Fatalf("namehash(eth) = %s", got)
	}
	if got := Namehash("foo.eth"); got != common.HexToHash("0xde9b09fd7c5f901e23a3f19fecc54828e9c848539801e86591bd9801b019f84f") {
		t.Fatalf("namehash(foo.eth) = %s", got)
	}
	if Namehash("") != (common.Hash{}) {
		t.Fatal("namehash of the empty name is not zero")
	}
}
