// Command devsafe gives a dev chain (anvil) a real Safe 1.4.1 to govern
// the protocol: it plants the Safe singleton factory (anvil_setCode),
// deploys the Safe contracts on their canonical addresses through it, as
// on every network Safe supports, and creates a Safe of the given owners
// and threshold. It prints the Safe's address, which the deployment config
// names as governance (deployment-config/anvil.json names the one made
// from anvil's dev accounts 6, 7 and 8 with threshold 2).
//
//	go run ./examples/devsafe -rpc URL -owners ADDR,ADDR,... -threshold N
//	    [-salt N] [-key-env NAME | -keystore FILE] [-dev-chain-id ID]
//
// The account that pays is the hex key in the variable -key-env names
// ($DEPLOYER_PRIVATE_KEY by default) or a keystore file (-keystore,
// passphrase in the variable -keystore-pass-env names), never a flag's
// value. Running it again changes nothing and prints the same Safe: the
// address follows from the owners, the threshold and -salt. It refuses a
// chain that is not a dev chain (chain id 31337 or 1337, or the one
// -dev-chain-id confirms); on a real network, create the Safe with
// Safe{Wallet}, where the contracts already are.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/governance/safe"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	rpcURL, owners string
	threshold      int
	salt           uint64
	keys           cli.KeyFlags
	dev            cli.DevChain
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("devsafe", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.rpcURL, "rpc", "", "JSON-RPC URL of the dev chain (required)")
	fs.StringVar(&o.owners, "owners", "", "the Safe's owners, comma-separated addresses (required)")
	fs.IntVar(&o.threshold, "threshold", 0, "how many owners must sign a Safe transaction (required)")
	fs.Uint64Var(&o.salt, "salt", 0, "salt nonce: another value makes another Safe of the same owners and threshold")
	o.keys.Register(fs, "DEPLOYER_PRIVATE_KEY")
	o.dev.Register(fs)
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	owners, err := cli.Addresses("owners", "the Safe's owners", o.owners)
	if err == nil && o.rpcURL == "" {
		err = errors.New("-rpc is required: the dev chain's JSON-RPC URL")
	}
	if err != nil {
		fmt.Fprintln(stderr, "devsafe:", err)
		return 2
	}
	if err := createSafe(ctx, o, owners, stdout); err != nil {
		fmt.Fprintln(stderr, "devsafe:", err)
		return 1
	}
	return 0
}

// createSafe puts the Safe contracts on the chain and creates the Safe,
// unless it exists already.
func createSafe(ctx context.Context, o options, owners []common.Address, stdout io.Writer) error {
	payer, err := o.keys.Signer("devsafe (the account that pays)")
	if err != nil {
		return err
	}
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: o.rpcURL, Signers: []chain.Signer{payer}})
	if err != nil {
		return err
	}
	defer c.Close()
	if err := o.dev.Check(c.ChainID()); err != nil {
		return err
	}
	conn, ok := c.Backend().(*chain.Conn)
	if !ok {
		return errors.New("the backend is not a JSON-RPC connection")
	}
	// The singleton factory, at the address it has on every network, is
	// what puts the Safe contracts on their canonical addresses.
	code, err := conn.CodeAt(ctx, safe.SingletonFactory, nil)
	if err != nil {
		return err
	}
	if len(code) == 0 {
		if err := safe.InstallDevFactory(ctx, conn.RPC()); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "planted the Safe singleton factory at", safe.SingletonFactory.Hex())
	}
	mgr, err := c.Manager(ctx, payer)
	if err != nil {
		return err
	}
	s, err := safe.DeploySingletons(ctx, mgr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Safe 1.4.1 contracts: %d deployed, singleton %s, proxy factory %s, MultiSendCallOnly %s\n",
		s.Deployed, s.Singleton.Hex(), s.ProxyFactory.Hex(), s.MultiSendCallOnly.Hex())

	at, err := safe.PredictAddress(ctx, conn, owners, o.threshold, o.salt)
	if err != nil {
		return err
	}
	if code, err = conn.CodeAt(ctx, at, nil); err != nil {
		return err
	}
	if len(code) == 0 {
		created, err := safe.Create(ctx, mgr, owners, o.threshold, o.salt)
		if err != nil {
			return err
		}
		if created != at {
			return fmt.Errorf("the factory created the Safe at %s, not at the predicted %s", created.Hex(), at.Hex())
		}
	}
	info, err := safe.ReadInfo(ctx, conn, at)
	if err != nil {
		return err
	}
	var names []string
	for _, a := range info.Owners {
		names = append(names, a.Hex())
	}
	fmt.Fprintf(stdout, "Safe %s: version %s, %v of %d owners (%s), nonce %v\n",
		at.Hex(), info.Version, info.Threshold, len(info.Owners), strings.Join(names, ", "), info.Nonce)
	return nil
}
