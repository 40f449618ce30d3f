package chain_test

import (
	"context"
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
