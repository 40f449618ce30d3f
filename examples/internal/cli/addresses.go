package cli

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Addresses parses the comma-separated addresses of flag name (what
// describes them in the error when none is given). Blank items are
// skipped; at least one address is required.
func Addresses(name, what, s string) ([]common.Address, error) {
	var out []common.Address
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !common.IsHexAddress(f) {
			return nil, fmt.Errorf("-%s: %q is not an address", name, f)
		}
		out = append(out, common.HexToAddress(f))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-%s is required: %s, comma-separated addresses", name, what)
	}
	return out, nil
}
