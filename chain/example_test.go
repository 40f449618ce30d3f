package chain_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
)

// Start an embedded chain, build a transaction manager for a funded dev
// account and send one ether to another account. Send fills in the nonce,
// gas and fees, and returns once the receipt is in.
func ExampleManager_Send() {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer ch.Close()

	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: ch.Account(0)})
	if err != nil {
		panic(err)
	}
	defer m.Close()

	to := ch.Account(1).Address()
	r, err := m.Send(ctx, chain.TxCandidate{To: &to, Value: big.NewInt(params.Ether), Label: "pay 1 ETH"})
	if err != nil {
		panic(err)
	}
	fmt.Println("success:", r.Status == types.ReceiptStatusSuccessful)
	fmt.Println("gas used:", r.GasUsed)
	// Output:
	// success: true
	// gas used: 21000
}

// A call the contract reverts comes back as a *RevertError whose Reason is
// the decoded Solidity error, one of the generated types of package
// contracts/reverts (registered because this program imports it):
// errors.As reaches it directly, fields included. Here the owner of a
// freshly deployed protocol cancels a job that does not exist; the revert
// is caught when the Manager estimates gas, so nothing is mined.
func ExampleRevertError() {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer ch.Close()
	owner := ch.Account(0)
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: owner})
	if err != nil {
		panic(err)
	}
	defer m.Close()
	d, err := deploy.Deploy(ctx, m, deploy.Options{})
	if err != nil {
		panic(err)
	}

	registry := d.Address(deploy.JobRegistry)
	_, err = m.Send(ctx, chain.TxCandidate{
		To:    &registry,
		Data:  jobregistry.NewJobRegistry().PackCancelJob(big.NewInt(42)),
		Label: "cancelJob 42",
	})

	var nf *reverts.JobNotFoundError
	if errors.As(err, &nf) {
		fmt.Println("no such job:", nf.JobID)
	}
	var re *chain.RevertError
	if errors.As(err, &re) {
		fmt.Println("label:", re.Label, "- mined:", re.TxHash != (common.Hash{}))
	}
	fmt.Println("reverted:", errors.Is(err, chain.ErrReverted))
	fmt.Println(err)
	// Output:
	// no such job: 42
	// label: cancelJob 42 - mined: false
	// reverted: true
	// cancelJob 42: execution reverted: job not found (jobID=42): the job does not exist
}

// ParseKeySigner reads a hex private key. The signer prints as its address
// whatever the verb, so a key never reaches logs through fmt or slog, and a
// bad key's error does not repeat the input. The key below is anvil's
// well-known dev key 0: never fund it on a real network.
func ExampleParseKeySigner() {
	const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	s, err := chain.ParseKeySigner(key)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", struct{ Signer chain.KeySigner }{s})
	fmt.Println("address:", s.Address())
	fmt.Println("key printed:", strings.Contains(fmt.Sprintf("%v %+v %#v %s %x", s, s, s, s, s), key[2:]))

	_, err = chain.ParseKeySigner("0x1234")
	fmt.Println(err)
	// Output:
	// KeySigner(0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)
	// {Signer:KeySigner(0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)}
	// address: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
	// key printed: false
	// invalid private key: expected 32 bytes as 64 hex digits with an optional 0x prefix (the key itself is not shown)
}

// A LogPager reads logs one page (a chunk of blocks) at a time and hands
// back a Cursor after each page, so a program can save its progress with
// what it did and, after a restart, go on strictly after the last log it
// handled: no log twice, none skipped. A program that stops within a page
// saves the Cursor of the last log it handled (CursorOf), even when that
// log sits in the middle of a block. Here the logs of a protocol
// deployment are read in two runs, with the cursor saved as JSON in
// between.
func ExampleLogPager_NextPage() {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer ch.Close()
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: ch.Account(0)})
	if err != nil {
		panic(err)
	}
	defer m.Close()
	if _, err := deploy.Deploy(ctx, m, deploy.Options{}); err != nil {
		panic(err)
	}

	// First run: handle 19 logs, saving the cursor after each, then stop
	// (here in the middle of a block).
	const stopAfter = 19
	var saved []byte
	handled := 0
	p := chain.NewLogPager(ch.Backend(), chain.LogQuery{})
	for p.HasMorePages() && handled < stopAfter {
		logs, _, err := p.NextPage(ctx)
		if err != nil {
			panic(err)
		}
		for _, l := range logs[:min(len(logs), stopAfter-handled)] {
			handled++ // handle l, then save where the program stands
			if saved, err = json.Marshal(chain.CursorOf(l)); err != nil {
				panic(err)
			}
		}
	}

	// Second run: resume strictly after the saved cursor.
	var after chain.Cursor
	if err := json.Unmarshal(saved, &after); err != nil {
		panic(err)
	}
	p = chain.NewLogPager(ch.Backend(), chain.LogQuery{After: &after})
	for p.HasMorePages() {
		logs, cur, err := p.NextPage(ctx)
		if err != nil {
			panic(err)
		}
		handled += len(logs)
		after = cur // the last log of the page, to save with the page's work
	}

	total := 0
	for _, err := range chain.Logs(ctx, ch.Backend(), chain.LogQuery{}) {
		if err != nil {
			panic(err)
		}
		total++
	}
	fmt.Println("saved after the first run:", string(saved))
	fmt.Println("handled once each:", handled == total)
	// Output:
	// saved after the first run: {"block":13,"logIndex":1}
	// handled once each: true
}
