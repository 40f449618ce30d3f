// Command validator stakes one or more validator accounts and votes on
// submitted results: it draws the committee, checks the result document,
// commits each member's vote (saved to the vote directory first, so that a
// restarted process still reveals), reveals after the commit deadline and
// tallies.
//
// Without flags it runs on the test fixture's embedded chain
// (agijobstest), where an employer posts one job and the fixture's agent
// takes it, so that one job goes through:
//
//	go run ./examples/validator
//
// Against a node it plays the validators only (keys comma-separated):
//
//	AGIJOBS_KEY=<hex>,<hex>,<hex> go run ./examples/validator -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs -votes ~/.agijobs/votes
//
// It follows submitted results from where it stopped: the vote directory
// keeps a cursor, the last result handled on this chain and deployment,
// saved once the result's round is tallied, never before. Without a
// cursor it starts at the deployment block the manifest records, so that
// the order in which the role programs start, and restarts, lose no
// result; -from-block overrides both. A committee is drawn from the stake
// held before the result was submitted: -stake-only stakes the validators
// and exits, to run once before the first job.
//
// The keys come from the environment variable -key-env names (AGIJOBS_KEY
// by default) or from keystore files (-keystore, comma-separated, with the
// passphrase in $AGIJOBS_KEYSTORE_PASSPHRASE or the variable
// -keystore-pass-env names), never from the command line.
//
// # Restarts and faults
//
// A restarted validator (after a crash, a kill or an unreachable node)
// takes the round after its cursor up where the chain shows it: a
// committee already drawn is not drawn again, a vote already committed
// (the vote directory holds its salt) is not committed again, a vote
// already revealed is not revealed again.
//
// A failure to reach the node (a reset connection, a cut answer, a 5xx)
// that the SDK's own retries did not absorb is not a round's outcome: the
// round is taken up again after a pause, until the node answers or the
// validator is stopped.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

func main() { cli.Main(run) }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f cli.Flags
	f.Register(fs, "3,4,5")
	home, _ := os.UserHomeDir()
	votesDir := fs.String("votes", filepath.Join(home, ".agijobs", "votes"), "directory of the persisted votes")
	jobs := fs.Int("jobs", 0, "see this many rounds through (rounds already tallied when read do not count), then exit; 0 runs until interrupted")
	from := fs.Uint64("from-block", 0, "first block to look for submitted results in; 0 means after the cursor in -votes, else the manifest's deployment block")
	stakeOnly := fs.Bool("stake-only", false, "with -rpc: stake the validators (and reveal stored votes), then exit")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	var err error
	cm := &committee{out: stdout}
	switch {
	case f.RPC == "" && *stakeOnly:
		err = errors.New("-stake-only needs -rpc: the embedded chain is new on every run")
	case f.RPC == "":
		err = cm.runEmbedded(ctx)
	default:
		err = cm.runOnNode(ctx, f, *votesDir, *jobs, *from, *stakeOnly)
	}
	if err != nil {
		fmt.Fprintln(stderr, "validator:", err)
		return 1
	}
	return 0
}

// committee is the validators this process runs and how it follows the
// chain.
type committee struct {
	out        io.Writer
	ec         *escrow.Client
	validators []*escrow.Validator
	// cursor is where the committee resumes and records its progress; nil
	// on the embedded chain, which is new on every run.
	cursor *cursor
	// clock drives a dev chain's blocks and time; nil on real chains,
	// where the committee waits for them instead.
	clock agijobstest.Clock
	poll  time.Duration
}

// runOnNode dials the node with the manifest and plays the validators of
// the keys given.
func (cm *committee) runOnNode(ctx context.Context, f cli.Flags, votesDir string, jobs int, from uint64, stakeOnly bool) error {
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	m, err := deployment.LoadManifest(f.Manifest)
	if err != nil {
		return err
	}
	votes, err := escrow.NewFileVoteStore(votesDir)
	if err != nil {
		return err
	}
	c, err := retry(ctx, cm, "dial the node", func(ctx context.Context) (*agijobs.Client, error) { return agijobs.Dial(ctx, cfg) })
	if err != nil {
		return err
	}
	defer c.Close()
	cm.poll = 100 * time.Millisecond
	if cm.ec, err = c.Escrow(); err != nil {
		return err
	}
	for _, s := range cfg.Signers {
		v, err := retry(ctx, cm, "start the validator's transaction manager", func(ctx context.Context) (*escrow.Validator, error) {
			return c.Validator(ctx, s, escrow.ValidatorOptions{Identity: escrow.Identity{Subdomain: "validator"}, Votes: votes})
		})
		if err != nil {
			return err
		}
		cm.validators = append(cm.validators, v)
	}
	if conn, ok := c.Backend().(*chain.Conn); ok && f.Dev {
		cm.clock = agijobstest.NodeClock(conn.RPC())
	}
	if err := cm.prepare(ctx); err != nil || stakeOnly {
		return err
	}
	if cm.cursor, err = retry(ctx, cm, "read the genesis block", func(ctx context.Context) (*cursor, error) {
		return openCursor(ctx, c.Backend(), votesDir, c.ChainID(), c.Addresses().ValidationModule)
	}); err != nil {
		return err
	}
	switch {
	case from != 0:
		cm.cursor.Block, cm.cursor.Index = 0, 0 // -from-block replaces the cursor
		fmt.Fprintf(cm.out, "validator: following results from block %d (-from-block)\n", from)
	case cm.cursor.Block != 0:
		from = cm.cursor.Block
		fmt.Fprintf(cm.out, "validator: following results after block %d index %d (cursor %s)\n", cm.cursor.Block, cm.cursor.Index, cm.cursor.path)
	default:
		from = m.Block
		fmt.Fprintf(cm.out, "validator: following results from block %d (the deployment, as the manifest records)\n", from)
	}
	return cm.follow(ctx, from, jobs)
}

// runEmbedded runs the validators of the test fixture on one job that an
// employer posts and the fixture's agent delivers, then finalizes it.
func (cm *committee) runEmbedded(ctx context.Context) error {
	fmt.Fprintln(cm.out, "validator: no -rpc: running on the embedded chain with an employer and an agent in-process")
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1))
	if err != nil {
		return err
	}
	defer env.Close()
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Agent: true})
	// A new chain on every run: no state file.
	cm.ec, cm.validators, cm.clock, cm.poll = env.Escrow(), env.Validators(), env, 20*time.Millisecond
	head, err := env.Backend().BlockNumber(ctx)
	if err == nil {
		err = cm.postValidateFinalize(ctx, env, head+1)
	}
	if serr := stop(); serr != nil {
		err = serr
	}
	return err
}

func (cm *committee) postValidateFinalize(ctx context.Context, env *agijobstest.Env, from uint64) error {
	now, err := env.Now(ctx)
	if err != nil {
		return err
	}
	posted, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: agijobstest.SampleSpec(), Reward: deploy.Ether(100), Deadline: now.Add(48 * time.Hour)})
	if err != nil {
		return err
	}
	fmt.Fprintf(cm.out, "employer: posted job %v\n", posted.JobID)
	if err := cm.prepare(ctx); err != nil {
		return err
	}
	if err := cm.follow(ctx, from, 1); err != nil {
		return err
	}
	if _, err := env.Employer(0).Finalize(ctx, posted.JobID); err != nil {
		return err
	}
	j, err := env.Escrow().Job(ctx, posted.JobID)
	if err == nil && j.State != escrow.StateFinalized {
		err = fmt.Errorf("job %v ended %s", j.ID, j.State)
	}
	if err == nil {
		fmt.Fprintf(cm.out, "employer: job %v is %s\n", j.ID, j.State)
	}
	return err
}

// prepare stakes every validator up to the minimum validator stake (at
// least 100 tokens) and reveals the votes a previous run committed and
// left unrevealed, when their reveal phase is open (follow reveals the
// others when it takes their rounds up again).
func (cm *committee) prepare(ctx context.Context) error {
	prm, err := retry(ctx, cm, "read the protocol parameters", cm.ec.Params)
	if err != nil {
		return err
	}
	target := prm.MinValidatorStake
	if least := deploy.Ether(100); target.Cmp(least) < 0 {
		target = least
	}
	for _, v := range cm.validators {
		sr, err := retry(ctx, cm, "stake "+v.Address().Hex(), func(ctx context.Context) (*escrow.StakeResult, error) { return v.EnsureStake(ctx, target) })
		if err != nil {
			return err
		}
		if sr != nil {
			fmt.Fprintf(cm.out, "validator %s: staked (tx %s)\n", v.Address().Hex(), sr.Deposit.TxHash.Hex())
		}
		left, err := v.Unrevealed()
		if err != nil {
			return err
		}
		for _, vote := range left {
			if _, err := v.Reveal(ctx, vote.JobID); err != nil {
				fmt.Fprintf(cm.out, "validator %s: stored vote on job %v not revealed: %v\n", v.Address().Hex(), vote.JobID, err)
			}
		}
	}
	return nil
}

// follow sees through every round of a result submitted from block from
// on, after the cursor, until ctx ends or jobs rounds are seen through
// (0: forever). The cursor moves to a result only once its round is
// tallied: a restart takes up the round in progress.
func (cm *committee) follow(ctx context.Context, from uint64, jobs int) error {
	done := 0
	q := escrow.WatchQuery{FromBlock: from, Kinds: []escrow.EventKind{escrow.EventResultSubmitted}, PollInterval: cm.poll}
	for ev, err := range cm.ec.Watch(ctx, q) {
		if err != nil {
			fmt.Fprintf(cm.out, "validator: watch: %v\n", err)
			continue
		}
		sub, ok := ev.(*escrow.ResultSubmitted)
		if !ok || sub.Removed || cm.cursor.handled(sub.EventInfo) {
			continue
		}
		fresh, err := retry(ctx, cm, fmt.Sprintf("validate job %v", sub.JobID), func(ctx context.Context) (bool, error) { return cm.validate(ctx, sub) })
		if err != nil {
			return fmt.Errorf("job %v: %w", sub.JobID, err)
		}
		if err := cm.cursor.save(sub.EventInfo); err != nil {
			return err
		}
		if !fresh {
			continue // counted before
		}
		if done++; jobs > 0 && done >= jobs {
			return nil
		}
	}
	return ctx.Err()
}

// validate sees one submitted result's round through, from where the chain
// shows it: draw, check the result document, commit, wait for the commit
// deadline, reveal, tally. Each step is skipped when done, so validate may
// be run again after any failure. It reports whether the round was still
// open when read.
func (cm *committee) validate(ctx context.Context, ev *escrow.ResultSubmitted) (bool, error) {
	id := ev.JobID
	r, err := cm.ec.Round(ctx, id)
	if err != nil || r.Status == escrow.RoundTallied {
		return false, err // an old submission is already counted
	}
	// The draw is seeded by the round's selection block, a few blocks
	// after the submission, and needs the head past it: on a dev chain
	// mine up to it, elsewhere SelectValidators waits for the blocks.
	if err := cm.minePast(ctx, r.SelectionBlock); err != nil {
		return true, err
	}
	committee, rcpt, err := cm.validators[0].SelectValidators(ctx, id, 5*time.Minute)
	if err != nil {
		return true, err
	}
	fmt.Fprintf(cm.out, "validator: committee of job %v drawn: %d members (%s)\n", id, len(committee), txOf(rcpt))
	_, ferr := storage.FetchJobResult(ctx, cm.ec.Store(), ev.ResultURI, ev.ResultHash)
	if chain.IsTransport(ferr) {
		return true, ferr // the store did not answer: no verdict yet
	}
	if ferr != nil {
		fmt.Fprintf(cm.out, "validator: job %v: result unusable, voting to reject: %v\n", id, ferr)
	}
	if r, err = cm.ec.Round(ctx, id); err != nil {
		return true, err
	}
	now, err := cm.chainTime(ctx)
	if err != nil {
		return true, err
	}
	var mine []*escrow.Validator
	for _, v := range cm.validators {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		mine = append(mine, v)
		if now.After(r.CommitDeadline) {
			continue // too late to commit; what was committed is revealed below
		}
		// Commit saves the vote with its salt before sending, and sends
		// nothing when the chain holds the stored vote already.
		cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: ferr == nil})
		if err != nil {
			return true, err
		}
		fmt.Fprintf(cm.out, "validator %s: committed on job %v (%s)\n", v.Address().Hex()[:10], id, txOf(cr.Receipt))
	}
	if len(mine) == 0 {
		return true, nil
	}
	return true, cm.revealAndTally(ctx, id, mine, len(committee))
}

// revealAndTally reveals the votes of this process's members once the
// commit deadline is past, waits for the reveal deadline when other
// members have not revealed, and tallies.
func (cm *committee) revealAndTally(ctx context.Context, id *big.Int, mine []*escrow.Validator, members int) error {
	round, err := cm.ec.Round(ctx, id)
	if err != nil {
		return err
	}
	if err := cm.waitPast(ctx, round.CommitDeadline); err != nil {
		return err
	}
	for _, v := range mine {
		// Reveal sends nothing for a vote already revealed.
		r, err := v.Reveal(ctx, id)
		var nc *reverts.NotCommittedError
		switch {
		case errors.Is(err, escrow.ErrNoVote), errors.As(err, &nc):
			fmt.Fprintf(cm.out, "validator %s: no vote committed on job %v\n", v.Address().Hex()[:10], id)
			continue
		case err != nil:
			return err
		}
		fmt.Fprintf(cm.out, "validator %s: revealed on job %v (%s)\n", v.Address().Hex()[:10], id, txOf(r))
	}
	if round, err = cm.ec.Round(ctx, id); err != nil || round.Status == escrow.RoundTallied {
		return err
	}
	if round.Reveals < uint64(members) {
		if err := cm.waitPast(ctx, round.RevealDeadline); err != nil {
			return err
		}
	}
	r, err := mine[0].Tally(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(cm.out, "validator: tallied job %v (%s)\n", id, txOf(r))
	return nil
}

// minePast mines on a dev chain until the head is past block n.
func (cm *committee) minePast(ctx context.Context, n uint64) error {
	if cm.clock == nil {
		return nil
	}
	head, err := cm.ec.Backend().BlockNumber(ctx)
	if err != nil || head > n {
		return err
	}
	return cm.clock.Mine(ctx, int(n-head+1))
}

// chainTime returns the time of the head block, the chain's "now".
func (cm *committee) chainTime(ctx context.Context) (time.Time, error) {
	h, err := cm.ec.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// waitPast returns once the chain's time is after t: on a dev chain by
// advancing the clock, elsewhere by waiting for blocks.
func (cm *committee) waitPast(ctx context.Context, t time.Time) error {
	for {
		now, err := cm.chainTime(ctx)
		if err != nil {
			return err
		}
		if now.After(t) {
			return nil
		}
		if cm.clock != nil {
			if err := cm.clock.AdvanceTime(ctx, t.Sub(now)+time.Second); err != nil {
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(min(t.Sub(now), 12*time.Second)):
		}
	}
}

// retry calls f until it succeeds or fails with an answer from the node (a
// revert, a refused input) or a timeout of its own: a failure to reach the
// node (chain.IsTransport) says nothing about the step, so it is tried
// again, after a pause that doubles from 100ms to 5s, for as long as ctx
// lasts. Every step retried is safe to run again.
func retry[T any](ctx context.Context, cm *committee, what string, f func(context.Context) (T, error)) (T, error) {
	for pause := 100 * time.Millisecond; ; pause = min(2*pause, 5*time.Second) {
		v, err := f(ctx)
		if err == nil || !chain.IsTransport(err) || errors.Is(err, wait.ErrTimeout) || ctx.Err() != nil {
			return v, err
		}
		fmt.Fprintf(cm.out, "validator: %s: the node could not be reached (%s); trying again in %v\n", what, strings.ReplaceAll(err.Error(), "\n", "; "), pause)
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(pause):
		}
	}
}

// txOf prints a receipt's hash and gas, or "none" for a call not sent.
func txOf(r *types.Receipt) string {
	if r == nil {
		return "none: already done"
	}
	return fmt.Sprintf("tx %s, gas %d", r.TxHash.Hex(), r.GasUsed)
}
