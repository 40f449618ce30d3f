// Command errors generates Go error types for every Solidity custom error
// declared in the ABIs of the compiled contract artifacts.
//
// It reads contracts/artifacts/*.json (each {"contractName", "abi", ...})
// and writes one Go file with a struct type per distinct error signature, an
// Error method whose message says what failed and, where a hint is known,
// what to do, and a selector → decoder function used by client.DecodeRevert.
//
// Hints come, in order, from the artifact's userdoc/devdoc (when the
// compiler output includes them), from NatSpec comments (/// or /** */)
// immediately above `error Name(` declarations in the Solidity sources under
// -sources, and from a built-in table for OpenZeppelin errors.
//
// Usage (from chain/, through go generate):
//
//	go run ../internal/gen/errors -artifacts ../contracts/artifacts -sources ../contracts -out errors_gen.go -pkg chain
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	artifacts := flag.String("artifacts", "../contracts/artifacts", "directory of compiled artifacts (*.json)")
	sources := flag.String("sources", "", "directory searched recursively for *.sol NatSpec hints (optional)")
	out := flag.String("out", "errors_gen.go", "output Go file")
	pkg := flag.String("pkg", "client", "Go package name of the output")
	flag.Parse()

	arts, err := LoadArtifacts(*artifacts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "errors generator:", err)
		os.Exit(1)
	}
	var hints map[string]string
	if *sources != "" {
		if hints, err = SourceHints(*sources); err != nil {
			fmt.Fprintln(os.Stderr, "errors generator:", err)
			os.Exit(1)
		}
	}
	src, err := Generate(arts, hints, *pkg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "errors generator:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "errors generator:", err)
		os.Exit(1)
	}
}
