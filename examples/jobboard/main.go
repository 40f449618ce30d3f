// Command jobboard serves a job board over the index: a JSON API and a
// small HTML page listing the jobs of a deployment, following the chain
// as it moves.
//
// Without flags it runs on the test fixture's embedded chain, indexes
// into an SQLite file in a temporary directory (removed at exit) and
// plays a demo employer that posts a job every couple of seconds and
// takes some of them through their lifecycle, so that the board moves:
//
//	go run ./examples/jobboard
//
// On a real deployment it indexes from the manifest's block into an
// SQLite file or a PostgreSQL database, and posts nothing:
//
//	go run ./examples/jobboard -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -db postgres://localhost/jobs \
//	    -gateway http://127.0.0.1:8080
//
// It prints the URL it listens on once listening, and serves
//
//	GET /                          the board (filter form, jobs, next page)
//	GET /jobs/{id}                 one job and its timeline
//	GET /api/jobs                  an index.JobPage; filters: state, category,
//	                               employer, agent, token, min_reward,
//	                               max_reward (wei), order, limit, page
//	GET /api/jobs/{id}             an index.Job
//	GET /api/jobs/{id}/timeline    the job's index.Event list
//	GET /api/status                the index.Status
//
// Bad parameters get status 400 and a JSON body naming each parameter
// and its fix.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/storage"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	node     sandbox.Flags
	db       string
	addr     string
	gateway  string
	refresh  time.Duration
	demoTick time.Duration
	demoJobs int
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jobboard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	o.node.Register(fs)
	fs.StringVar(&o.db, "db", "", "index database: a PostgreSQL URL (postgres://...) or an SQLite file; empty is an SQLite file in a temporary directory removed at exit")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	fs.StringVar(&o.gateway, "gateway", "", "with -rpc: IPFS gateway to read job specs from (for their category and title)")
	fs.DurationVar(&o.refresh, "refresh", 5*time.Second, "how often the board page reloads itself; 0 never")
	fs.DurationVar(&o.demoTick, "demo-interval", 2*time.Second, "without -rpc: how often the demo employer posts a job and moves the others on")
	fs.IntVar(&o.demoJobs, "demo-jobs", 0, "without -rpc: the demo employer stops after this many jobs; 0 never stops")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.node.RPCURL == "" && (o.node.Manifest != "" || o.gateway != "") {
		fmt.Fprintln(stderr, "jobboard: -manifest and -gateway need -rpc")
		return 2
	}
	if o.node.RPCURL != "" {
		var demoFlags []string
		fs.Visit(func(f *flag.Flag) {
			if strings.HasPrefix(f.Name, "demo-") {
				demoFlags = append(demoFlags, "-"+f.Name)
			}
		})
		if len(demoFlags) > 0 {
			fmt.Fprintf(stderr, "jobboard: %s drive the embedded chain's demo; with -rpc the board posts nothing\n", strings.Join(demoFlags, " and "))
			return 2
		}
	}
	if o.node.RPCURL != "" && o.node.Manifest == "" {
		fmt.Fprintln(stderr, "jobboard: -rpc needs -manifest: where the protocol lives and from which block to index")
		return 2
	}
	if o.demoTick <= 0 || o.demoJobs < 0 || o.refresh < 0 {
		fmt.Fprintln(stderr, "jobboard: -demo-interval must be positive, -demo-jobs and -refresh not negative")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if err := serve(ctx, o, stdout, log); err != nil {
		fmt.Fprintln(stderr, "jobboard:", err)
		return 1
	}
	return 0
}

// chainSource is the chain the board indexes: what the Indexer reads,
// the escrow client that reads token decimals, and on the embedded chain
// the demo employer.
type chainSource struct {
	ix    index.Config
	ec    *escrow.Client
	demo  *demoEmployer
	close func() error
}

// embedded deploys the protocol on the embedded chain with the fixture,
// whose store holds the specs the demo employer posts.
func embedded(ctx context.Context, o options, log *slog.Logger) (*chainSource, error) {
	env, err := agijobstest.Start(ctx, agijobstest.WithEmployers(2), agijobstest.WithAgents(2),
		agijobstest.WithTokens(deploy.Ether(1_000_000_000)), agijobstest.WithStakes(deploy.Ether(10_000), deploy.Ether(1_000)))
	if err != nil {
		return nil, err
	}
	return &chainSource{
		ix:    index.Config{Backend: env.Backend(), Addresses: env.Addresses(), Specs: env.Store(), PollInterval: 200 * time.Millisecond, Logger: log},
		ec:    env.Escrow(),
		demo:  &demoEmployer{env: env, every: o.demoTick, jobs: o.demoJobs, log: log},
		close: func() error { return closeWithin(env.Close, 5*time.Second, log) },
	}, nil
}

// closeWithin closes the embedded chain but waits at most d: after a long
// demo, go-ethereum's freezer can spend minutes moving old blocks of the
// in-memory chain, which Close waits for, and a process that exits loses
// that memory anyway.
func closeWithin(stop func() error, d time.Duration, log *slog.Logger) error {
	done := make(chan error, 1)
	go func() { done <- stop() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		log.Warn("jobboard: the embedded chain is still closing; not waiting for it", "waited", d)
		return nil
	}
}

// onNode dials the node of -rpc for the deployment of -manifest, which is
// indexed from the manifest's block; -gateway, when set, serves the specs.
func onNode(ctx context.Context, o options, log *slog.Logger) (*chainSource, error) {
	m, err := deployment.LoadManifest(o.node.Manifest)
	if err != nil {
		return nil, err
	}
	addrs := agijobs.AddressesFromManifest(m)
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: o.node.RPCURL, ChainID: m.ChainID, Addresses: &addrs})
	if err != nil {
		return nil, err
	}
	src := &chainSource{ix: index.Config{Backend: c.Backend(), Addresses: addrs, FromBlock: m.Block, Logger: log}, close: c.Close}
	if o.gateway != "" {
		if src.ix.Specs, err = storage.NewGateway(o.gateway, storage.HTTPOptions{}); err != nil {
			return nil, errors.Join(err, c.Close())
		}
	}
	if src.ec, err = c.Escrow(); err != nil {
		return nil, errors.Join(err, c.Close())
	}
	return src, nil
}

// serve indexes the deployment and serves the board until ctx ends.
func serve(ctx context.Context, o options, stdout io.Writer, log *slog.Logger) error {
	var src *chainSource
	var err error
	if o.node.RPCURL == "" {
		fmt.Fprintln(stdout, "jobboard: no -rpc: deploying the protocol on the embedded chain, with a demo employer")
		src, err = embedded(ctx, o, log)
	} else {
		src, err = onNode(ctx, o, log)
	}
	if err != nil {
		return err
	}
	defer src.close()

	dsn := o.db
	if dsn == "" {
		dir, err := os.MkdirTemp("", "jobboard-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dsn = filepath.Join(dir, "index.db")
		fmt.Fprintln(stdout, "jobboard: index in", dsn)
	}
	db, err := index.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	indexer, err := index.NewIndexer(db, src.ix)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	b := newBoard(db, src.ec, o.refresh, log)
	srv := &http.Server{Handler: b.routes(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "jobboard: listening on http://%s/\n", ln.Addr())

	// The indexer, the demo and the server run until ctx ends or one of
	// them fails, which stops the others.
	parent := ctx
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := indexer.Run(ctx); err != nil {
			cancel(err)
		}
	})
	if src.demo != nil {
		wg.Go(func() {
			if err := src.demo.run(ctx); err != nil {
				cancel(fmt.Errorf("demo employer: %w", err))
			}
		})
	}
	wg.Go(func() {
		<-ctx.Done()
		shut, done := context.WithTimeout(context.Background(), 5*time.Second)
		defer done()
		if err := srv.Shutdown(shut); err != nil {
			srv.Close()
		}
	})
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		cancel(err)
	}
	wg.Wait()
	if parent.Err() != nil {
		return nil // Ctrl-C: a clean stop
	}
	return context.Cause(ctx)
}
