// Command deploy is the one-click deployment: it deploys the AGI Jobs
// protocol from a deployment config, resumably, writes the manifest (and the
// env file), and prints the plan governance runs to accept ownership.
//
//	go run ./examples/deploy [-config deployment-config/deployer.sample.json]
//	    [-rpc URL [-key-env NAME | -keystore FILE]] [-manifest FILE] [-state FILE] [-env FILE]
//	go run ./examples/deploy -sync-env -manifest FILE -env FILE
//
// With no flags it deploys the development config on an in-process chain.
// On a real chain the deployer's hex key is read from the environment
// variable -key-env names (DEPLOYER_PRIVATE_KEY by default, the name
// oneclick.env uses), or from a keystore file (-keystore, passphrase in
// $AGIJOBS_KEYSTORE_PASSPHRASE or the variable -keystore-pass-env names);
// never from the command line, where ps shows it. If the
// run is interrupted, run the same command again: it continues from the
// state file and deploys nothing twice. A state file written on another
// chain (another genesis block, or contracts missing) is refused: delete
// it or pass another -state. -sync-env only rewrites the contract
// addresses of an env file from a manifest.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/governance"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	config, rpcURL, manifest, state, env string
	keys                                 cli.KeyFlags
	syncEnv                              bool
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.config, "config", "", "deployment config (default: the development config)")
	fs.StringVar(&o.rpcURL, "rpc", "", "JSON-RPC URL (default: an in-process chain)")
	o.keys.Register(fs, "DEPLOYER_PRIVATE_KEY")
	fs.StringVar(&o.manifest, "manifest", "", "manifest path (default: the config's output.manifest)")
	fs.StringVar(&o.state, "state", "", "state file path (default: beside the manifest)")
	fs.StringVar(&o.env, "env", "", "env file to write the addresses into (default: the config's output.env)")
	fs.BoolVar(&o.syncEnv, "sync-env", false, "only rewrite -env from -manifest, deploy nothing")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	var err error
	if o.syncEnv {
		err = syncEnv(o, stdout)
	} else {
		err = deploy(ctx, o, stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "deploy:", err)
		return 1
	}
	return 0
}

// syncEnv rewrites the addresses of an env file from a manifest.
func syncEnv(o options, stdout io.Writer) error {
	if o.manifest == "" || o.env == "" {
		return errors.New("-sync-env needs -manifest and -env")
	}
	m, err := deployment.LoadManifest(o.manifest)
	if err != nil {
		return err
	}
	if err := deployment.WriteEnvFile(o.env, m); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d addresses from %s into %s\n", len(deployment.EnvVars), o.manifest, o.env)
	return nil
}

// deploy connects, deploys through the deployer's one transaction manager
// and reports the result.
func deploy(ctx context.Context, o options, stdout io.Writer) error {
	c, signer, closeChain, err := connect(ctx, &o, stdout)
	if err != nil {
		return err
	}
	defer closeChain()
	defer c.Close()
	cfg := governance.DefaultDeployerConfig(signer.Address())
	if o.config != "" {
		if cfg, err = governance.LoadDeployerConfig(o.config); err != nil {
			return err
		}
	}
	// The client's one manager for the deployer sends every transaction.
	mgr, err := c.Manager(ctx, signer)
	if err != nil {
		return err
	}
	res, err := governance.Deploy(ctx, mgr, cfg, governance.DeployOptions{
		ManifestPath: o.manifest, StatePath: o.state, EnvPath: o.env,
		Progress: func(s governance.Step) {
			fmt.Fprintf(stdout, "[%2d/%d] %-15s %d transaction(s)\n", s.N, s.Total, s.Phase, s.Sent)
		},
	})
	if err != nil {
		return err
	}
	report(stdout, res, cfg)
	return nil
}

// connect returns a client without a protocol (one that reaches the chain
// and sends) and the deployer: on the in-process chain dev account 0, else
// the key given.
func connect(ctx context.Context, o *options, stdout io.Writer) (*agijobs.Client, chain.Signer, func(), error) {
	if o.rpcURL != "" {
		s, err := o.keys.Signer("-rpc (the deployer's account)")
		if err != nil {
			return nil, nil, nil, err
		}
		c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: o.rpcURL})
		return c, s, func() {}, err
	}
	if o.keys.Explicit() {
		return nil, nil, nil, errors.New("-key-env and -keystore need -rpc: the in-process chain deploys from its dev account 0")
	}
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		return nil, nil, nil, err
	}
	cleanup := func() { _ = ch.Close() }
	fmt.Fprintln(stdout, "in-process chain (chain id 1337), deployer", ch.Account(0).Address().Hex())
	if o.manifest == "" && o.config == "" {
		dir, err := os.MkdirTemp("", "agijobs-deploy-")
		if err != nil {
			cleanup()
			return nil, nil, nil, err
		}
		cleanup = func() { _ = ch.Close(); _ = os.RemoveAll(dir) }
		o.manifest = filepath.Join(dir, "latest-deployment.json")
	}
	c, err := agijobs.New(ctx, agijobs.Options{Backend: ch.Backend()})
	if err != nil {
		cleanup()
		return nil, nil, nil, err
	}
	return c, ch.Account(0), cleanup, nil
}

// report prints the addresses and what governance must do next.
func report(stdout io.Writer, res *governance.DeployResult, cfg *governance.DeployerConfig) {
	m := res.Manifest
	if res.Resumed {
		fmt.Fprintln(stdout, "resumed an interrupted deployment from", res.StatePath)
	}
	fmt.Fprintf(stdout, "deployed on chain %d at block %d; manifest %s\n", m.ChainID, m.Block, res.ManifestPath)
	for _, name := range append([]string{"Token"}, moduleNames()...) {
		fmt.Fprintf(stdout, "  %-17s %s\n", name, m.Contracts[name].Hex())
	}
	if cfg.SecureDefaults.PauseOnLaunch {
		fmt.Fprintln(stdout, "every module is PAUSED (secure default): review, then unpause with examples/emergency -resume")
	}
	if res.Acceptance != nil && !res.Acceptance.Empty() {
		fmt.Fprintf(stdout, "\ngovernance %s must now accept ownership:\n%s", m.Governance.Hex(), res.Acceptance.Table())
		fmt.Fprintln(stdout, "write it as a Safe bundle with: go run ./examples/owner-plan -rpc URL -manifest", res.ManifestPath, "-safe accept.json")
	}
	// What comes next, in one governance transaction: see the README's
	// "From deploy to the first job on a real chain".
	fmt.Fprintln(stdout, "\nnext: go run ./examples/owner-plan -config DIR -rpc URL -manifest", res.ManifestPath,
		"plans what governance does before the first job, from the owner config in DIR: accept ownership, allowlist agents and validators (identity-registry.json),",
		"set the validator pool (validation-module.json), unpause (system-pause.json); -safe FILE writes it for a Safe, -execute runs it")
}

func moduleNames() []string {
	return []string{"StakeManager", "JobRegistry", "ValidationModule", "IdentityRegistry", "ReputationEngine",
		"DisputeModule", "FeePool", "CertificateNFT", "SystemPause"}
}
