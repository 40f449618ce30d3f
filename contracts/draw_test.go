package contracts_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// drawSeed is ValidationModule's draw seed:
// keccak256(abi.encode(mixHash(R), blockhash(S), jobId, nonce)).
func drawSeed(mix, prev common.Hash, jobID *big.Int, nonce uint64) *big.Int {
	word := func(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }
	return new(big.Int).SetBytes(crypto.Keccak256(mix[:], prev[:], word(jobID), word(new(big.Int).SetUint64(nonce))))
}

// drawModel replays ValidationModule._pick: up to `want` pool indexes drawn
// stake-weighted without replacement, the seed hashed forward before each
// pick (nobody blacklisted, so one batch). weights is not modified.
func drawModel(seed *big.Int, weights []*big.Int, want int) []int {
	w := make([]*big.Int, len(weights))
	total := new(big.Int)
	for i, x := range weights {
		w[i] = new(big.Int).Set(x)
		total.Add(total, x)
	}
	s := new(big.Int).Set(seed)
	var out []int
	for k := 0; k < want && total.Sign() > 0; k++ {
		s.SetBytes(crypto.Keccak256(common.LeftPadBytes(s.Bytes(), 32)))
		pick := new(big.Int).Mod(s, total)
		i := 0
		for pick.Cmp(w[i]) >= 0 {
			pick.Sub(pick, w[i])
			i++
		}
		total.Sub(total, w[i])
		w[i] = new(big.Int)
		out = append(out, i)
	}
	return out
}
