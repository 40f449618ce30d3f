// Command emergency prints the emergency runbook and the pause bundle
// (SystemPause.pauseAll + JobRegistry.setEscrowStatus(false)), or with
// -resume the reverse, as a plan, a Safe Transaction Builder bundle, or
// executed directly.
//
//	go run ./examples/emergency [-resume] [-manifest FILE -rpc URL]
//	    [-safe FILE [-safe-address ADDR]] [-execute -key KEYHEX]
//
// With no flags it deploys on an in-process chain and shows the pause
// bundle against it. Nothing is sent without -execute.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("emergency", flag.ContinueOnError)
	fs.SetOutput(stderr)
	resume := fs.Bool("resume", false, "the reverse: re-enable escrow and unpause every module")
	manifestPath := fs.String("manifest", "", "deployment manifest; needs -rpc")
	rpcURL := fs.String("rpc", "", "JSON-RPC URL (default: an in-process chain with a fresh deployment)")
	safeFile := fs.String("safe", "", "write the bundle for the Safe Transaction Builder to this file")
	safeAddr := fs.String("safe-address", "", "the Safe that executes (default: governance)")
	multiSend := fs.String("multisend", "", "MultiSendCallOnly address (default: the canonical v1.4.1 one)")
	execute := fs.Bool("execute", false, "send the actions now from -key (governance must be that account)")
	keyHex := fs.String("key", "", "hex private key for -execute (default on the in-process chain: governance)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int { fmt.Fprintln(stderr, "emergency:", err); return 1 }

	var (
		backend chain.Backend
		m       *deployment.Manifest
		signer  chain.Signer
	)
	if *rpcURL == "" {
		sb, err := sandbox.Start(ctx)
		if err != nil {
			return fail(err)
		}
		defer sb.Close()
		backend, m, signer = sb.Backend(), sb.Manifest, sb.Deployer
		if !*resume {
			// The sandbox pauses on launch; resume first so the pause
			// bundle has something to do.
			if err := runPlan(ctx, backend, m, signer, false); err != nil {
				return fail(err)
			}
		}
	} else {
		if *manifestPath == "" {
			return fail(errors.New("-rpc needs -manifest"))
		}
		var err error
		if m, err = deployment.LoadManifest(*manifestPath); err != nil {
			return fail(err)
		}
		c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: *rpcURL, ChainID: m.ChainID})
		if err != nil {
			return fail(err)
		}
		defer c.Close()
		backend = c.Backend()
	}
	if *keyHex != "" {
		s, err := chain.ParseKeySigner(*keyHex)
		if err != nil {
			return fail(err)
		}
		signer = s
	}
	plan, err := governance.EmergencyPlan(ctx, backend, m, m.GovernanceKind, !*resume)
	if err != nil {
		return fail(err)
	}
	fmt.Fprint(stdout, governance.Runbook(m, plan, !*resume))
	fmt.Fprintln(stdout)
	fmt.Fprint(stdout, plan.Table())
	if plan.Empty() {
		return 0
	}
	if *safeFile != "" {
		safeAt := m.Governance
		if *safeAddr != "" {
			safeAt = common.HexToAddress(*safeAddr)
		}
		b, err := safe.NewBundle(plan, safe.BundleOptions{Safe: safeAt})
		if err != nil {
			return fail(err)
		}
		raw, _ := json.MarshalIndent(b, "", "  ")
		if err := os.WriteFile(*safeFile, append(raw, '\n'), 0o644); err != nil {
			return fail(err)
		}
		tx, err := safe.NewTx(plan, safeAt, common.HexToAddress(*multiSend), nil)
		if err != nil {
			return fail(err)
		}
		if info, err := safe.ReadInfo(ctx, backend, safeAt); err == nil {
			tx.Nonce = info.Nonce
		}
		hash, err := tx.Hash()
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "wrote %s\nsafeTxHash %s\n", *safeFile, hash.Hex())
	}
	if !*execute {
		fmt.Fprintln(stdout, "dry run: nothing was sent (add -execute to send)")
		return 0
	}
	if signer == nil {
		return fail(errors.New("-execute needs -key"))
	}
	if err := runPlan(ctx, backend, m, signer, !*resume); err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, "executed; check with examples/health")
	return 0
}

func runPlan(ctx context.Context, backend chain.Backend, m *deployment.Manifest, s chain.Signer, pause bool) error {
	plan, err := governance.EmergencyPlan(ctx, backend, m, m.GovernanceKind, pause)
	if err != nil || plan.Empty() {
		return err
	}
	mgr, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: backend, Signer: s})
	if err != nil {
		return err
	}
	defer mgr.Close()
	_, err = governance.ExecuteDirect(ctx, mgr, plan)
	return err
}
