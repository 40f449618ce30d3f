package storage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/ethereum/go-ethereum/common"
)

// HashOnly gives the CID that `ipfs add --cid-version=1` gives the same
// bytes, without storing them.
func ExampleHashOnly() {
	c, err := storage.HashOnly(context.Background(), strings.NewReader("a"))
	if err != nil {
		panic(err)
	}
	fmt.Println(c)
	// Output: bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm
}

// The embedded store is the default Store: put a file, read it back.
func ExampleEmbedded() {
	ctx := context.Background()
	s := storage.NewMemory()
	defer s.Close()
	c, err := s.Put(ctx, strings.NewReader("hello, agents"))
	if err != nil {
		panic(err)
	}
	rc, err := s.Get(ctx, c)
	if err != nil {
		panic(err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	fmt.Println(storage.IPFSURI(c))
	fmt.Println(string(b))
	// Output:
	// ipfs://bafkreiauz4uhzpfeyad6rxlsmyydlpb7bbuugo54ltfoibrg3t32kgdega
	// hello, agents
}

// Publish a job spec: the URI and hash go to createJob.
func ExamplePublishJobSpec() {
	ctx := context.Background()
	s := storage.NewMemory()
	defer s.Close()
	spec := &storage.JobSpec{
		Version:            storage.DocumentVersion,
		Title:              "Translate a README",
		Description:        "Translate README.md into French.",
		Category:           "translation",
		Reward:             "1000000000000000000",
		Token:              common.HexToAddress("0xa61a3b3a130a9c20768eebf97e21515a6046a1fa"),
		Deadline:           1798761600,
		AgentTypes:         []string{storage.AgentAI},
		AcceptanceCriteria: []string{"Every section is translated."},
	}
	pub, err := storage.PublishJobSpec(ctx, s, spec)
	if err != nil {
		panic(err)
	}
	canon, _ := spec.Encode()
	fmt.Println(bytes.HasPrefix(canon, []byte(`{"acceptanceCriteria":[`)))
	got, err := storage.FetchJobSpec(ctx, s, pub.URI, pub.Hash)
	if err != nil {
		panic(err)
	}
	fmt.Println(got.Title)
	// Output:
	// true
	// Translate a README
}

// Validation reports every bad field at once, with a fix, as the SDK's
// one field-error type.
func ExampleParseJobSpec() {
	_, err := storage.ParseJobSpec([]byte(`{"version":1,"title":"t","description":"d","category":"c",
		"reward":"1e18","token":"0xa61a3b3a130a9c20768eebf97e21515a6046a1fa","deadline":1,
		"agentTypes":["ai"],"acceptanceCriteria":["done"],"budget":5}`))
	fmt.Println(err)
	var fields input.Errors
	if errors.As(err, &fields) {
		fmt.Println(fields[1].Field, "|", fields[1].Problem, "|", fields[1].Fix)
	}
	// Output:
	// storage: invalid job spec: 2 invalid inputs:
	//   budget: is not a field of a job spec (version 1); remove it or check its spelling
	//   reward: is "1e18"; write a decimal integer without sign, leading zeros or exponent, at most 2^256-1
	// reward | is "1e18" | write a decimal integer without sign, leading zeros or exponent, at most 2^256-1
}
