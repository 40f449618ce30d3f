package cli

import (
	"flag"
	"fmt"
	"math/big"
	"slices"
)

// DevChainIDs are the chain ids the dev-chain examples (devsafe, devfund)
// accept without being told: anvil's and Hardhat's 31337, and 1337 of
// geth --dev and of the SDK's embedded chain.
var DevChainIDs = []uint64{31337, 1337}

// DevChain is the -dev-chain-id flag of the examples that only make sense
// on a dev chain, where tokens are minted for nothing and contracts are
// planted with anvil_setCode. They refuse any other chain unless the user
// names its id with the flag: a dev chain under another id is then
// confirmed by hand, and a real network is never used by accident.
type DevChain struct {
	id uint64
}

// Register adds -dev-chain-id to fs.
func (d *DevChain) Register(fs *flag.FlagSet) {
	fs.Uint64Var(&d.id, "dev-chain-id", 0, fmt.Sprintf("the chain id of a dev chain other than %v, to confirm that the node serves one", DevChainIDs))
}

// Check returns an error unless chainID is a dev chain's: one of
// DevChainIDs or the id of -dev-chain-id.
func (d *DevChain) Check(chainID *big.Int) error {
	if chainID == nil || !chainID.IsUint64() {
		return fmt.Errorf("chain id %v is not a dev chain's", chainID)
	}
	id := chainID.Uint64()
	if slices.Contains(DevChainIDs, id) || (d.id != 0 && d.id == id) {
		return nil
	}
	return fmt.Errorf("the node serves chain %d, which is not a dev chain (%v): this command is for dev chains only; "+
		"if chain %d is one, confirm it with -dev-chain-id %d", id, DevChainIDs, id, id)
}
