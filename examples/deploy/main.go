// Command deploy is the one-click deployment: it deploys the AGI Jobs
// protocol from a deployment config, resumably, writes the manifest (and the
// env file), and prints the plan governance runs to accept ownership.
//
//	go run ./examples/deploy [-config deployment-config/deployer.sample.json]
//	    [-rpc URL -key KEYHEX] [-manifest FILE] [-state FILE] [-env FILE]
//	go run ./examples/deploy -sync-env -manifest FILE -env FILE
//
// With no flags it deploys the development config on an in-process chain.
// On a real chain the key may also come from DEPLOYER_PRIVATE_KEY. If the
// run is interrupted, run the same command again: it continues from the
// state file and deploys nothing twice. -sync-env only rewrites the
// contract addresses of an env file from a manifest.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "", "deployment config (default: the development config)")
	rpcURL := fs.String("rpc", "", "JSON-RPC URL (default: an in-process chain)")
	keyHex := fs.String("key", os.Getenv("DEPLOYER_PRIVATE_KEY"), "deployer's hex private key (default $DEPLOYER_PRIVATE_KEY)")
	manifest := fs.String("manifest", "", "manifest path (default: the config's output.manifest)")
	state := fs.String("state", "", "state file path (default: beside the manifest)")
	envPath := fs.String("env", "", "env file to write the addresses into (default: the config's output.env)")
	syncEnv := fs.Bool("sync-env", false, "only rewrite -env from -manifest, deploy nothing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int { fmt.Fprintln(stderr, "deploy:", err); return 1 }

	if *syncEnv {
		if *manifest == "" || *envPath == "" {
			return fail(errors.New("-sync-env needs -manifest and -env"))
		}
		m, err := deployment.LoadManifest(*manifest)
		if err != nil {
			return fail(err)
		}
		if err := deployment.WriteEnvFile(*envPath, m); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "wrote %d addresses from %s into %s\n", len(deployment.EnvVars), *manifest, *envPath)
		return 0
	}

	var (
		backend chain.Backend
		signer  chain.Signer
		cfg     *governance.DeployerConfig
	)
	if *rpcURL == "" {
		ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
		if err != nil {
			return fail(err)
		}
		defer ch.Close()
		backend, signer = ch.Backend(), ch.Account(0)
		fmt.Fprintln(stdout, "in-process chain (chain id 1337), deployer", ch.Account(0).Address().Hex())
		if *manifest == "" && *configPath == "" {
			dir, err := os.MkdirTemp("", "agijobs-deploy-")
			if err != nil {
				return fail(err)
			}
			defer os.RemoveAll(dir)
			*manifest = filepath.Join(dir, "latest-deployment.json")
		}
	} else {
		if *keyHex == "" {
			return fail(errors.New("-rpc needs -key or DEPLOYER_PRIVATE_KEY: the deployer's key"))
		}
		c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: *rpcURL}) // no protocol yet: a client that sends
		if err != nil {
			return fail(err)
		}
		defer c.Close()
		s, err := chain.ParseKeySigner(*keyHex)
		if err != nil {
			return fail(err)
		}
		backend, signer = c.Backend(), s
	}
	if *configPath != "" {
		c, err := governance.LoadDeployerConfig(*configPath)
		if err != nil {
			return fail(err)
		}
		cfg = c
	} else {
		cfg = governance.DefaultDeployerConfig(signer.Address())
	}
	// The deployer's one transaction manager sends every transaction.
	mgr, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: backend, Signer: signer})
	if err != nil {
		return fail(err)
	}
	defer mgr.Close()
	res, err := governance.Deploy(ctx, mgr, cfg, governance.DeployOptions{
		ManifestPath: *manifest, StatePath: *state, EnvPath: *envPath,
		Progress: func(s governance.Step) {
			fmt.Fprintf(stdout, "[%2d/%d] %-15s %d transaction(s)\n", s.N, s.Total, s.Phase, s.Sent)
		},
	})
	if err != nil {
		return fail(err)
	}
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
	return 0
}

func moduleNames() []string {
	return []string{"StakeManager", "JobRegistry", "ValidationModule", "IdentityRegistry", "ReputationEngine",
		"DisputeModule", "FeePool", "CertificateNFT", "SystemPause"}
}
