// Command errors generates Go error types for every Solidity custom error
// declared in the ABIs of the compiled contract artifacts.
//
// It reads contracts/artifacts/*.json (each {"contractName", "abi", ...})
// and writes one Go file with a struct type per distinct error signature,
// whose Problem method names the error and its arguments, whose Hint method
// gives the contract's advice with the arguments filled in, and whose Error
// method joins the two. The file registers its decoder with
// chain.RegisterRevertDecoder from init, so chain.DecodeRevert, and every
// *chain.RevertError, decode these errors in any program that imports the
// generated package.
//
// Hints come, in order, from the artifact's userdoc/devdoc (when the
// compiler output includes them), from NatSpec comments (/// or /** */)
// immediately above `error Name(` declarations in the Solidity sources under
// -sources, and from a built-in table for OpenZeppelin errors. In a hint, a
// backticked argument name, or a bracketed list of them such as
// "[min, max]", stands for the argument's value. Enum arguments are
// printed by member name, taken from the enum declarations in the sources.
//
// Usage (from contracts/reverts, through go generate):
//
//	go run ../../internal/gen/errors -artifacts ../artifacts -sources .. -out errors_gen.go -pkg reverts
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	artifacts := flag.String("artifacts", "../artifacts", "directory of compiled artifacts (*.json)")
	sources := flag.String("sources", "", "directory searched recursively for *.sol NatSpec hints and enums (optional)")
	out := flag.String("out", "errors_gen.go", "output Go file")
	pkg := flag.String("pkg", "reverts", "Go package name of the output")
	flag.Parse()
	if err := run(*artifacts, *sources, *out, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "errors generator:", err)
		os.Exit(1)
	}
}

func run(artifacts, sources, out, pkg string) error {
	arts, err := LoadArtifacts(artifacts)
	if err != nil {
		return err
	}
	var src Sources
	if sources != "" {
		if src, err = LoadSources(sources); err != nil {
			return err
		}
	}
	code, err := Generate(arts, src, pkg)
	if err != nil {
		return err
	}
	return os.WriteFile(out, code, 0o644)
}
