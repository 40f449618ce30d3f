package units

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for s, want := range map[string]string{"1": "1000000", "0.25": "250000", " 12.5 ": "12500000", "0.000001": "1", "007": "7000000"} {
		v, err := Parse(s, 6)
		require.NoError(t, err, s)
		assert.Equal(t, want, v.String(), s)
	}
	for s, msg := range map[string]string{"": "plain decimal", "1e6": "plain decimal", "-1": "plain decimal", "1.": "plain decimal",
		".5": "plain decimal", "1,000": "plain decimal", "1 USDC": "plain decimal", "0.0000001": "more decimals than the token's 6"} {
		_, err := Parse(s, 6)
		assert.ErrorContains(t, err, msg, s)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		v    int64
		dec  uint8
		want string
	}{{0, 18, "0"}, {1_500_000, 6, "1.5"}, {1, 6, "0.000001"}, {7, 0, "7"}, {-2_500_000, 6, "-2.5"}, {1_000_000, 6, "1"}} {
		assert.Equal(t, c.want, Format(big.NewInt(c.v), c.dec))
	}
	assert.Equal(t, "0", Format(nil, 18))
	v, err := Parse(Format(big.NewInt(123456789), 6), 6)
	require.NoError(t, err)
	assert.Equal(t, int64(123456789), v.Int64(), "round trip")
}
