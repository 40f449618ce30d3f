// Command ipfs-add prints the IPFS CID of each file given on the command
// line, one per line, exactly as `ipfs add --cid-version=1 -Q` of Kubo would.
//
//	go run ./examples/ipfs-add [-only-hash] [-repo DIR] FILE...
//
// Without -only-hash the files are stored in the SDK's embedded block store:
// on disk in DIR when -repo is given, otherwise in memory (and dropped at
// exit). With -only-hash nothing is stored. Standard output carries only the
// CIDs; errors go to standard error and the exit status is 1. Processing
// stops at the first file that fails.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/ipfs/go-cid"
)

func main() { cli.Main(run) }

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ipfs-add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	onlyHash := fs.Bool("only-hash", false, "compute the CIDs without storing anything")
	repo := fs.String("repo", "", "directory of an on-disk embedded store (default: in memory)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ipfs-add [-only-hash] [-repo DIR] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 1
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 1
	}
	var store *storage.Embedded
	if !*onlyHash {
		var err error
		store, err = storage.OpenEmbedded(ctx, storage.EmbeddedOptions{Dir: *repo})
		if err != nil {
			fmt.Fprintln(stderr, "ipfs-add:", err)
			return 1
		}
		defer store.Close()
	}
	for _, path := range fs.Args() {
		c, err := add(ctx, store, path)
		if err != nil {
			fmt.Fprintf(stderr, "ipfs-add: %s: %v\n", path, err)
			return 1
		}
		if _, err := fmt.Fprintln(stdout, c); err != nil {
			fmt.Fprintln(stderr, "ipfs-add:", err)
			return 1
		}
	}
	return 0
}

// add hashes or stores one file; store is nil in only-hash mode.
func add(ctx context.Context, store *storage.Embedded, path string) (cid.Cid, error) {
	f, err := os.Open(path)
	if err != nil {
		return cid.Undef, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return cid.Undef, err
	}
	if st.IsDir() {
		return cid.Undef, errors.New("is a directory; pass files only")
	}
	if store == nil {
		return storage.HashOnly(ctx, f)
	}
	return store.Put(ctx, f)
}
