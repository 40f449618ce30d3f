// Command gensafe writes safe-1.4.1.json in governance/safe: the creation
// code of the Safe 1.4.1 contracts a dev chain needs (singleton, proxy
// factory, MultiSendCallOnly, CompatibilityFallbackHandler), taken from the
// build artifacts of the pinned npm package @safe-global/safe-contracts in
// contracts/node_modules (make tools). It refuses code whose CREATE2
// address through the Safe singleton factory is not the canonical one, so
// that the embedded code is byte for byte what Safe deployed on every
// network.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// contracts are the artifacts taken, with the canonical address each must
// land on.
var contracts = []struct {
	name, path string
	canonical  common.Address
}{
	{"Safe", "Safe.sol/Safe.json", common.HexToAddress("0x41675C099F32341bf84BFc5382aF534df5C7461a")},
	{"SafeProxyFactory", "proxies/SafeProxyFactory.sol/SafeProxyFactory.json", common.HexToAddress("0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67")},
	{"MultiSendCallOnly", "libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json", common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2")},
	{"CompatibilityFallbackHandler", "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json", common.HexToAddress("0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99")},
}

// singletonFactory is the Safe singleton factory the canonical addresses
// were deployed through (CREATE2, salt 0).
var singletonFactory = common.HexToAddress("0x914d7Fec6aaC8cd542e72Bca78B30650d45643d7")

// Contract is one entry of the output file.
type Contract struct {
	SourceName string `json:"sourceName"`
	Address    string `json:"address"`
	Bytecode   string `json:"bytecode"`
}

// File is the output file.
type File struct {
	Package   string              `json:"package"`
	Version   string              `json:"version"`
	License   string              `json:"license"`
	Contracts map[string]Contract `json:"contracts"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gensafe:", err)
		os.Exit(1)
	}
}

func run() error {
	// go generate runs in governance/safe; the module root is two up.
	here, err := os.Getwd()
	if err != nil {
		return err
	}
	pkg := filepath.Join(here, "..", "..", "contracts", "node_modules", "@safe-global", "safe-contracts")
	var meta struct{ Name, Version, License string }
	if err := readJSON(filepath.Join(pkg, "package.json"), &meta); err != nil {
		return fmt.Errorf("%w (run make tools)", err)
	}
	if meta.Version != "1.4.1" {
		return fmt.Errorf("%s is version %s, want 1.4.1 (contracts/package.json pins it)", meta.Name, meta.Version)
	}
	out := File{Package: meta.Name, Version: meta.Version, License: meta.License, Contracts: map[string]Contract{}}
	for _, c := range contracts {
		var a struct {
			SourceName string `json:"sourceName"`
			Bytecode   string `json:"bytecode"`
		}
		if err := readJSON(filepath.Join(pkg, "build", "artifacts", "contracts", c.path), &a); err != nil {
			return err
		}
		code, err := hexutil.Decode(a.Bytecode)
		if err != nil {
			return fmt.Errorf("%s: bytecode: %w", c.name, err)
		}
		if got := crypto.CreateAddress2(singletonFactory, [32]byte{}, crypto.Keccak256(code)); got != c.canonical {
			return fmt.Errorf("%s: the artifact's code lands at %s, not the canonical %s", c.name, got.Hex(), c.canonical.Hex())
		}
		out.Contracts[c.name] = Contract{SourceName: a.SourceName, Address: c.canonical.Hex(), Bytecode: a.Bytecode}
	}
	raw, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(here, "safe-1.4.1.json"), append(raw, '\n'), 0o644)
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
