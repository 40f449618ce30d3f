package identity_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/identity"
)

// Build the agent Merkle tree of three members, publish its root with
// SetMerkleRoot, and hand each member its label and proof.
func ExampleNewTree() {
	tree, err := identity.NewTree([]identity.Member{
		{Address: common.HexToAddress("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"), Label: "alice"},
		{Address: common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"), Label: "bob"},
		{Address: common.HexToAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"), Label: "carol"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("root:", tree.Root())
	claim, err := tree.Claim(common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("label:", claim.Label, "proof length:", len(claim.Proof))
	leaf := identity.Leaf(common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"), "bob")
	fmt.Println("verifies:", identity.VerifyProof(tree.Root(), leaf, claim.Proof))
	// Output:
	// root: 0x45becdb3672d41e15e8dcb63ec814090c353392ed48e768ba12fb2af140a4e56
	// label: bob proof length: 2
	// verifies: true
}

// Duplicates and other bad members are all reported at once.
func ExampleNewTree_errors() {
	a := common.HexToAddress("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955")
	_, err := identity.NewTree([]identity.Member{
		{Address: a, Label: "alice"},
		{Address: a, Label: "alice2"},
		{Address: common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"), Label: ""},
	})
	fmt.Println(err)
	// Output:
	// identity: Merkle tree: 2 invalid inputs:
	//   members[1]: 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955 is already members[0]; keep one entry per address
	//   members[2]: 0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f has an empty label; set the ENS label the address claims, e.g. "alice"
}

// The label node of an attestation is the ENS namehash of the full name.
func ExampleNode() {
	fmt.Println(identity.Node(identity.Namehash("agent.agi.eth"), "alice") == identity.Namehash("alice.agent.agi.eth"))
	// Output: true
}
