// Package units converts token amounts written as plain decimal numbers of
// whole tokens ("1", "0.25") to and from a token's smallest units, given
// its decimals. Config files, the deployer, governance and error messages
// share it so that every amount is read and printed the same way.
package units

import (
	"fmt"
	"math/big"
	"strings"
)

// MaxDecimals is the most decimals a token may report to be allowlisted by
// JobRegistry (TokenDecimalsUnavailable above it), so that 10**decimals
// fits its 104-bit reward fields.
const MaxDecimals = 30

// Parse converts s, a plain decimal number of whole tokens, into smallest
// units for a token of the given decimals. Signs, exponents, digit
// separators, a bare "." and more fractional digits than the token has are
// refused with an error that says how to write the amount.
func Parse(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, dot := strings.Cut(s, ".")
	if !allDigits(whole) || dot && !allDigits(frac) {
		return nil, fmt.Errorf(`%q is not a plain decimal number of tokens; write e.g. "1" or "0.5"`, s)
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has more decimals than the token's %d; round it to %d decimal places", s, decimals, decimals)
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), 10)
	return v, nil
}

// Format writes v, an amount in smallest units, as a decimal number of
// whole tokens without trailing zeros ("1.5"); nil is "0".
func Format(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	out := digits[:len(digits)-d]
	if frac := strings.TrimRight(digits[len(digits)-d:], "0"); frac != "" {
		out += "." + frac
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return out
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
