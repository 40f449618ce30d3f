package deploy

import "github.com/ethereum/go-ethereum/accounts/abi"

// emptyABI is enough for raw transactions: calldata is packed by the bindings.
var emptyABI abi.ABI
