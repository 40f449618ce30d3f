package deploy

import (
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Namehash returns the ENS namehash (EIP-137) of a dot-separated name; the
// empty name hashes to zero.
func Namehash(name string) common.Hash {
	var node common.Hash
	if name == "" {
		return node
	}
	labels := strings.Split(name, ".")
	for i := len(labels) - 1; i >= 0; i-- {
		label := crypto.Keccak256Hash([]byte(labels[i]))
		node = crypto.Keccak256Hash(node[:], label[:])
	}
	return node
}
