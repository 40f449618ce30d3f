// Command devfund tops up test accounts on a dev chain: each account
// listed ends with at least -tokens of the protocol's token and -eth ether.
// The funder mints the token when it owns it (the dev token deployed by
// examples/deploy belongs to the deployer until governance accepts it)
// and otherwise transfers its own; ether comes from the funder's balance.
//
//	go run ./examples/devfund -rpc URL -manifest FILE -to ADDR,ADDR,...
//	    [-tokens N] [-eth N] [-key-env NAME | -keystore FILE] [-dev-chain-id ID]
//
// The funder is the hex key in the variable -key-env names
// ($DEPLOYER_PRIVATE_KEY by default) or a keystore file (-keystore,
// passphrase in the variable -keystore-pass-env names), never a flag's
// value. Accounts already holding enough get nothing, so running it again
// sends nothing. It refuses a chain that is not a dev chain (chain id
// 31337 or 1337, or the one -dev-chain-id confirms): on a real network
// tokens are bought, not minted.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	rpcURL, manifest, to string
	tokens, eth          int64
	keys                 cli.KeyFlags
	dev                  cli.DevChain
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("devfund", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.rpcURL, "rpc", "", "JSON-RPC URL of the dev chain (required)")
	fs.StringVar(&o.manifest, "manifest", "", "deployment manifest (latest-deployment.json) naming the token (required)")
	fs.StringVar(&o.to, "to", "", "the accounts to fund, comma-separated addresses (required)")
	fs.Int64Var(&o.tokens, "tokens", 1000, "whole tokens each account holds at least afterwards")
	fs.Int64Var(&o.eth, "eth", 10, "whole ether each account holds at least afterwards")
	o.keys.Register(fs, "DEPLOYER_PRIVATE_KEY")
	o.dev.Register(fs)
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	accounts, err := cli.Addresses("to", "the accounts to fund", o.to)
	switch {
	case err != nil:
	case o.rpcURL == "" || o.manifest == "":
		err = errors.New("-rpc and -manifest are required: the dev chain and its deployment")
	case o.tokens < 0 || o.eth < 0:
		err = errors.New("-tokens and -eth cannot be negative")
	}
	if err != nil {
		fmt.Fprintln(stderr, "devfund:", err)
		return 2
	}
	if err := fund(ctx, o, accounts, stdout); err != nil {
		fmt.Fprintln(stderr, "devfund:", err)
		return 1
	}
	return 0
}

// fund reads what every account holds and sends what is missing, all
// transactions at once, then waits for them.
func fund(ctx context.Context, o options, accounts []common.Address, stdout io.Writer) error {
	funder, err := o.keys.Signer("devfund (the funding account)")
	if err != nil {
		return err
	}
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: o.rpcURL, ManifestPath: o.manifest, Signers: []chain.Signer{funder}})
	if err != nil {
		return err
	}
	defer c.Close()
	if err := o.dev.Check(c.ChainID()); err != nil {
		return err
	}
	ec, err := c.Escrow()
	if err != nil {
		return err
	}
	conn, ok := c.Backend().(*chain.Conn) // for ether balances
	if !ok {
		return errors.New("the backend is not a JSON-RPC connection")
	}
	token, tok := c.Addresses().Token, agialphatoken.NewAGIALPHAToken()
	owner, err := chain.Read(ctx, c.Backend(), ethereum.CallMsg{To: &token, Data: tok.PackOwner()}, nil, tok.UnpackOwner)
	if err != nil {
		return fmt.Errorf("read the token's owner: %w", err)
	}
	mint := owner == funder.Address()

	wantTokens, wantEth := deploy.Ether(o.tokens), deploy.Ether(o.eth)
	var calls []chain.TxCandidate
	for _, a := range accounts {
		have, err := ec.Balance(ctx, token, a)
		if err != nil {
			return err
		}
		if missing := new(big.Int).Sub(wantTokens, have); missing.Sign() > 0 {
			data, what := tok.PackTransfer(a, missing), "transfer"
			if mint {
				data, what = tok.PackMint(a, missing), "mint"
			}
			calls = append(calls, chain.TxCandidate{To: &token, Data: data, Label: fmt.Sprintf("%s %s tokens to %s", what, units(missing), a.Hex())})
		}
		wei, err := conn.BalanceAt(ctx, a, nil)
		if err != nil {
			return err
		}
		if missing := new(big.Int).Sub(wantEth, wei); missing.Sign() > 0 {
			to := a
			calls = append(calls, chain.TxCandidate{To: &to, Value: missing, Label: fmt.Sprintf("send %s ether to %s", units(missing), a.Hex())})
		}
	}
	if len(calls) == 0 {
		fmt.Fprintf(stdout, "every account holds %d tokens and %d ether already: nothing sent\n", o.tokens, o.eth)
		return nil
	}
	mgr, err := c.Manager(ctx, funder)
	if err != nil {
		return err
	}
	ps, err := mgr.SendBatch(ctx, calls)
	rs, werr := chain.WaitAll(ctx, ps)
	if err = errors.Join(err, werr); err != nil {
		return err
	}
	for i, r := range rs {
		fmt.Fprintf(stdout, "%s (tx %s)\n", calls[i].Label, r.TxHash.Hex())
	}
	return nil
}

// units writes an 18-decimal amount in whole units, with the fraction
// when there is one.
func units(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return fmt.Sprint(f)
}
