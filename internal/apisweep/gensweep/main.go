// Command gensweep writes the table of the exported-API sweep test of
// package apisweep: one entry per exported function and method of the
// module's importable packages.
//
// Usage (from internal/apisweep, through go generate):
//
//	go run ./gensweep -root ../.. -out sweep_gen_test.go
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/agijobs/agijobs-go/internal/apisweep"
)

func main() {
	root := flag.String("root", "../..", "the module's root directory")
	out := flag.String("out", "sweep_gen_test.go", "output Go file")
	flag.Parse()
	code, err := apisweep.Generate(*root)
	if err == nil {
		err = os.WriteFile(*out, code, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensweep:", err)
		os.Exit(1)
	}
}
