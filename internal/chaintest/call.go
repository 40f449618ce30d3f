package chaintest

import (
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

func ethereumCall(from, to common.Address, data []byte, value *big.Int, create ...bool) ethereum.CallMsg {
	m := ethereum.CallMsg{From: from, Data: data, Value: value}
	if len(create) == 0 || !create[0] {
		m.To = &to
	}
	return m
}
