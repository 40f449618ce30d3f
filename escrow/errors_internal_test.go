package escrow

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/reverts"
)

// TestHints checks that the hints of the security redesign's reverts read
// as advice and carry the revert's numbers.
func TestHints(t *testing.T) {
	agent := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	for _, tc := range []struct {
		err  error
		want []string
	}{
		{&reverts.ValidationPendingError{DisputableAt: big.NewInt(1_800_000_000)}, []string{"never cut short", "wait for the tally", "from 2027-01-15T08:00:00Z on"}},
		{&reverts.BlacklistedError{Account: agent}, []string{"a blacklisted agent can neither submit nor be paid", "ReputationEngine.setBlacklist"}},
		{&reverts.SelectionTooEarlyError{SelectionBlock: big.NewInt(42)}, []string{"head is past block 42", "Validator.SelectValidators waits"}},
		{&reverts.HeaderRequiredError{SelectionBlock: big.NewInt(42)}, []string{"RLP header of block 42", "Client.HeaderRLP"}},
		{&reverts.InvalidHeaderError{SelectionBlock: big.NewInt(42)}, []string{"not block 42's", "Client.HeaderRLP"}},
		{&reverts.RewardTooLowError{Reward: big.NewInt(5), Min: big.NewInt(1_000_000)}, []string{"at least 1000000", "Client.TokenConfig"}},
		{&reverts.RewardTooHighError{Reward: big.NewInt(5), Max: big.NewInt(4)}, []string{"at most 4", "Client.TokenConfig"}},
		{&reverts.NoCreditError{}, []string{"Client.Credits"}},
	} {
		h := hint(tc.err)
		for _, w := range tc.want {
			if !strings.Contains(h, w) {
				t.Errorf("%T: hint %q lacks %q", tc.err, h, w)
			}
		}
	}
}

func TestUnits(t *testing.T) {
	for _, tc := range []struct {
		v    *big.Int
		d    uint8
		want string
	}{
		{big.NewInt(1_500_000), 6, "1.5 tokens"},
		{big.NewInt(1_000_000), 6, "1 token"},
		{big.NewInt(1), 6, "0.000001 tokens"},
		{big.NewInt(0), 18, "0 tokens"},
		{big.NewInt(1234), 0, "1234 tokens"},
		{big.NewInt(-25), 1, "-2.5 tokens"},
	} {
		if got := inTokens(tc.v, tc.d); got != tc.want {
			t.Errorf("inTokens(%v, %d) = %q, want %q", tc.v, tc.d, got, tc.want)
		}
	}
	if got := tokens(new(big.Int).Mul(big.NewInt(400), big.NewInt(1e18))); got != "400 AGIALPHA" {
		t.Errorf("tokens: %q", got)
	}
}
