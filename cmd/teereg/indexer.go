package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/teereg/teereg/indexer"
)

func indexerCommand() *cli.Command {
	return &cli.Command{
		Name:  "indexer",
		Usage: "follow the contracts into PostgreSQL and serve the indexed state over HTTP",
		Description: `Keeps PostgreSQL an exact mirror of the teereg contracts' state and event
history: backfills final blocks with adaptive eth_getLogs ranges, then follows
the head block by block, rolling back reorganisations. Every commit sends
NOTIFY teereg_state so dnsd and the registry refresh at once.

One indexer writes a database; a second one started against it waits as a
standby and takes over when the first stops (PostgreSQL advisory lock).

HTTP (--listen): /v1/status, /v1/instances, /v1/workloads, /v1/roles,
/v1/backends, /v1/pki, /v1/artifacts/{hash}, /v1/events, /healthz, /metrics.

Examples:
   teereg indexer --deployment .devnet/deployment.json --database-url postgres://localhost/teereg
   teereg indexer --rpc-url wss://node.example/ws --chain-id 1 --registry 0x… --artifact-store 0x… \
       --start-block 21000000 --database-url postgres://… --confirmations -1`,
		Flags: append(deploymentFlags(),
			&cli.StringFlag{Name: "database-url", EnvVars: []string{"TEEREG_DATABASE_URL", "DATABASE_URL"}, Required: true, Usage: "PostgreSQL connection string"},
			&cli.IntFlag{Name: "confirmations", Value: -1, EnvVars: []string{"TEEREG_CONFIRMATIONS"}, Usage: "blocks on top that make a block final; -1 uses the node's finalized tag (64 when it has none)"},
			&cli.DurationFlag{Name: "poll-interval", Value: 250 * time.Millisecond, EnvVars: []string{"TEEREG_POLL_INTERVAL"}, Usage: "head polling interval (also the safety net under a WebSocket subscription)"},
			&cli.DurationFlag{Name: "rpc-timeout", Value: 30 * time.Second, EnvVars: []string{"TEEREG_RPC_TIMEOUT"}, Usage: "timeout of one RPC call (failed calls are retried with backoff)"},
			&cli.Uint64Flag{Name: "max-range", Value: 100_000, EnvVars: []string{"TEEREG_MAX_RANGE"}, Usage: "largest eth_getLogs range in blocks"},
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8380", EnvVars: []string{"TEEREG_INDEXER_LISTEN"}, Usage: "address of the HTTP API, /healthz and /metrics (empty: none)"},
			&cli.Uint64Flag{Name: "max-lag", Value: 10, EnvVars: []string{"TEEREG_MAX_LAG"}, Usage: "blocks behind the head above which /healthz answers 503"},
			&cli.StringFlag{Name: "progress", Value: "auto", EnvVars: []string{"TEEREG_PROGRESS"}, Usage: "backfill progress bar: auto (on a terminal), always or never"},
		),
		Action: runIndexer,
	}
}

func runIndexer(c *cli.Context) error {
	ctx := c.Context
	log := slog.Default().With("service", "indexer")
	f, err := resolveDeployment(c)
	if err != nil {
		return err
	}
	pool, err := pgxpool.New(ctx, c.String("database-url"))
	if err != nil {
		return fmt.Errorf("indexer: database: %w", err)
	}
	defer pool.Close()
	client, err := indexer.Dial(ctx, f.RPC)
	if err != nil {
		return fmt.Errorf("indexer: connect to %s: %w", redactURL(f.RPC), err)
	}
	defer client.Close()

	cfg := indexer.Config{
		Contracts:     indexer.Contracts{Registry: f.Registry, ArtifactStore: f.ArtifactStore, CollateralStore: f.CollateralStore},
		StartBlock:    f.StartBlock,
		ChainID:       f.ChainID,
		Confirmations: c.Int("confirmations"),
		PollInterval:  c.Duration("poll-interval"),
		RPCTimeout:    c.Duration("rpc-timeout"),
		MaxRange:      c.Uint64("max-range"),
	}
	switch c.String("progress") {
	case "always":
		cfg.Progress = os.Stderr
	case "auto":
		if term.IsTerminal(int(os.Stderr.Fd())) {
			cfg.Progress = os.Stderr
		}
	case "never":
	default:
		return fmt.Errorf("--progress must be auto, always or never")
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	ix, err := indexer.New(cfg, pool, client, log, reg)
	if err != nil {
		return err
	}
	if addr := c.String("listen"); addr != "" {
		mux := http.NewServeMux()
		mux.Handle("/", indexer.NewAPI(pool, ix.Status, c.Uint64("max-lag"), log).Handler())
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("indexer: listen on %s: %w", addr, err)
		}
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("HTTP server stopped", "err", err)
			}
		}()
		defer srv.Close()
		log.Info("serving the indexed state", "http", "http://"+ln.Addr().String())
	}
	log.Info("indexing", "rpc", redactURL(f.RPC), "registry", f.Registry, "from_block", f.StartBlock)
	if err := ix.Run(ctx); err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	return nil
}
