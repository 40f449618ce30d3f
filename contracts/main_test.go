package contracts_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/agijobs/agijobs-go/contracts"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// unreachable lists custom errors of our contracts that no test can trigger
// through the protocol, each with the reason. Everything else must be seen.
var unreachable = map[string]string{
	// Raised by OpenZeppelin internals only on misuse our code never makes.
	"ERC1967InvalidAdmin":              "no admin in UUPS",
	"ERC1967InvalidBeacon":             "no beacon",
	"AddressEmptyCode":                 "implementations are checked for code before use",
	"UUPSUnsupportedProxiableUUID":     "implementations all return the ERC-1967 slot",
	"NotInitializing":                  "internal initializer misuse",
	"MerkleProofInvalidMultiproof":     "multiproofs are not used",
	"SafeCastOverflowedUintDowncast":   "setters reject out-of-range values first; still reached by setJobDurationLimit(2^64)",
	"SafeCastOverflowedIntDowncast":    "no signed downcasts",
	"SafeCastOverflowedIntToUint":      "no signed downcasts",
	"SafeCastOverflowedUintToInt":      "no signed downcasts",
	"SafeERC20FailedDecreaseAllowance": "allowances are never decreased",
	"SafeERC20FailedOperation":         "tested tokens revert with their own errors",
	"ERC721IncorrectOwner":             "certificates are transferred by their holders only via OZ paths",
	"ERC721InsufficientApproval":       "OpenZeppelin ERC-721 transfer rules, not protocol logic",
	"ERC721InvalidApprover":            "OpenZeppelin ERC-721 internals",
	"ERC721InvalidOwner":               "OpenZeppelin ERC-721 internals",
	"ERC721InvalidSender":              "certificates are minted once per job id",
	"ERC20InvalidSender":               "token error",
	"OwnableInvalidOwner":              "Ownable2Step never sets zero through our paths",
	"ReentrancyGuardReentrantCall":     "reached by the hostile token test",
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	// Only a full run of the package can judge coverage of the errors.
	if code == 0 && flag.Lookup("test.run").Value.String() == "" && !testing.Short() {
		if missing := missingErrors(); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "FAIL: custom errors never reached by a test (add a test or a reason to unreachable):\n  %s\n",
				strings.Join(missing, "\n  "))
			code = 1
		}
	}
	os.Exit(code)
}

// missingErrors lists the custom errors of the protocol contracts that no
// test reverted with and that are not excused in unreachable.
func missingErrors() []string {
	seen := map[string]bool{}
	for _, n := range ct.SeenReverts() {
		seen[n] = true
	}
	var missing []string
	done := map[string]bool{}
	for _, name := range contracts.ArtifactNames() {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			panic(err)
		}
		if strings.HasPrefix(a.SourceName, "test/") {
			continue
		}
		parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
		if err != nil {
			panic(err)
		}
		for e := range parsed.Errors {
			if done[e] || seen[e] {
				continue
			}
			done[e] = true
			if _, ok := unreachable[e]; !ok {
				missing = append(missing, name+"."+e)
			}
		}
	}
	sort.Strings(missing)
	return missing
}
