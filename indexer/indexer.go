// Package indexer follows the teereg contracts on any JSON-RPC endpoint and
// keeps PostgreSQL an exact mirror of their state and history.
//
// Data flow: eth_getLogs → Decoder (the generated bindings) → one
// transaction per batch that appends the events, applies them to the state
// rows they touch (State.Apply), records the blocks not yet final, advances
// the cursor and sends NOTIFY teereg_state. A crash anywhere leaves the
// database at the previous commit, so a restart resumes with no gap and no
// duplicate.
//
// Backfill reads final blocks with an adaptive eth_getLogs range (doubling
// on success, halving when the node refuses a range as too large). Live mode
// reads each new block's logs by block hash and checks every block's parent
// hash against the last one indexed; on a mismatch it walks back to the
// common ancestor, deletes the events above it and rebuilds every state row
// they touched from the events that remain.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/schollz/progressbar/v3"

	"github.com/teereg/teereg/indexer/schema"
)

// Config configures an Indexer.
type Config struct {
	Contracts Contracts
	// StartBlock is the first block to read (the deployment block).
	StartBlock uint64
	// ChainID, when non-zero, must equal the node's chain id.
	ChainID uint64
	// Confirmations: a block is final once this many blocks are on top of
	// it. Negative: use the node's "finalized" tag, or DefaultConfirmations
	// when the node does not know it.
	Confirmations int
	// PollInterval is how often the head is polled (also as a safety net
	// when new heads are pushed).
	PollInterval time.Duration
	// RPCTimeout bounds every RPC call (each is retried).
	RPCTimeout time.Duration
	// InitialRange and MaxRange bound the adaptive eth_getLogs range, in blocks.
	InitialRange, MaxRange uint64
	// MaxBatchEvents stops growing the range once a batch holds this many events.
	MaxBatchEvents int
	// FetchParallel is how many eth_getLogs ranges are read at once during
	// backfill (they are committed in order).
	FetchParallel int
	// Progress, when set, receives a progress bar during backfill (a
	// terminal); otherwise progress goes to the log every ProgressEvery.
	Progress      io.Writer
	ProgressEvery time.Duration
}

// DefaultConfirmations is used when Confirmations < 0 and the node has no
// "finalized" tag.
const DefaultConfirmations = 64

func (c *Config) defaults() {
	if c.PollInterval <= 0 {
		c.PollInterval = 250 * time.Millisecond
	}
	if c.RPCTimeout <= 0 {
		c.RPCTimeout = 30 * time.Second
	}
	if c.InitialRange == 0 {
		c.InitialRange = 10
	}
	if c.MaxRange == 0 {
		c.MaxRange = 100_000
	}
	if c.MaxBatchEvents <= 0 {
		c.MaxBatchEvents = 20_000
	}
	if c.FetchParallel <= 0 {
		c.FetchParallel = 2
	}
	if c.ProgressEvery <= 0 {
		c.ProgressEvery = 10 * time.Second
	}
}

// FatalError is an error retrying cannot fix: wrong chain, wrong
// deployment, an undecodable event, a reorg deeper than the finality window.
type FatalError struct{ Err error }

func (e *FatalError) Error() string { return e.Err.Error() }
func (e *FatalError) Unwrap() error { return e.Err }

func fatal(format string, args ...any) error { return &FatalError{fmt.Errorf(format, args...)} }

// Indexer follows the chain into PostgreSQL.
type Indexer struct {
	cfg     Config
	pool    *pgxpool.Pool
	chain   *chain
	rpc     RPC
	dec     *Decoder
	log     *slog.Logger
	metrics *metrics

	head, indexed atomic.Uint64
	ready         atomic.Bool
	lowHeadSince  time.Time    // when the head was first seen below the cursor (step only)
	lastCommit    atomic.Int64 // unix nanoseconds
}

// New builds an indexer. reg receives its metrics.
func New(cfg Config, pool *pgxpool.Pool, client RPC, log *slog.Logger, reg prometheus.Registerer) (*Indexer, error) {
	cfg.defaults()
	if cfg.Contracts.Registry == (common.Address{}) {
		return nil, errors.New("indexer: the registry address is required")
	}
	dec, err := NewDecoder(cfg.Contracts)
	if err != nil {
		return nil, err
	}
	m := newMetrics(reg)
	return &Indexer{
		cfg: cfg, pool: pool, rpc: client, dec: dec, log: log, metrics: m,
		chain: &chain{rpc: client, timeout: cfg.RPCTimeout, log: log, metrics: m},
	}, nil
}

// Status is what /healthz reports.
type Status struct {
	Head, Indexed uint64
	Ready         bool
	LastCommit    time.Time
}

// Status returns the indexer's progress.
func (ix *Indexer) Status() Status {
	return Status{Head: ix.head.Load(), Indexed: ix.indexed.Load(), Ready: ix.ready.Load(), LastCommit: time.Unix(0, ix.lastCommit.Load())}
}

// Run indexes until ctx ends or a FatalError occurs. Transient failures
// (RPC, database) are retried with backoff.
func (ix *Indexer) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the new-head subscription with Run
	defer ix.ready.Store(false)
	if _, err := schema.Migrate(ctx, ix.pool); err != nil {
		return fatal("%w", err)
	}
	if err := ix.checkDeployment(ctx); err != nil {
		return err
	}
	lockConn, unlock, err := ix.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	ix.ready.Store(true)

	heads := ix.subscribeHeads(ctx)
	backoff := time.Second
	for {
		// The writer lock lives with its session: if that connection died,
		// another indexer may have taken over. Stop rather than race it.
		if _, err := lockConn.Exec(ctx, `SELECT 1`); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fatal("lost the writer lock's database session (another indexer may be the writer now): %w", err)
		}
		caughtUp, err := ix.step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var fe *FatalError
		if errors.As(err, &fe) {
			return err
		}
		if err != nil {
			ix.log.Error("indexing step failed; retrying", "backoff", backoff, "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 30*time.Second)
			continue
		}
		backoff = time.Second
		if !caughtUp {
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-heads:
		case <-time.After(ix.cfg.PollInterval):
		}
	}
}

// checkDeployment records what this database follows on first start and
// refuses another chain or deployment afterwards.
func (ix *Indexer) checkDeployment(ctx context.Context) error {
	id, err := ix.chain.chainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if ix.cfg.ChainID != 0 && id != ix.cfg.ChainID {
		return fatal("the node is on chain %d, but chain %d was configured: wrong RPC endpoint?", id, ix.cfg.ChainID)
	}
	c := ix.cfg.Contracts
	var dbID, dbStart uint64
	var reg, art, col []byte
	err = ix.pool.QueryRow(ctx, `SELECT chain_id, registry, artifact_store, collateral_store, start_block FROM deployment`).Scan(&dbID, &reg, &art, &col, &dbStart)
	if errors.Is(err, pgx.ErrNoRows) {
		// Two indexers starting at once on an empty database: one row wins,
		// and both compare against it.
		_, err = ix.pool.Exec(ctx, `INSERT INTO deployment (chain_id, registry, artifact_store, collateral_store, start_block) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (singleton) DO NOTHING`, id, c.Registry[:], c.ArtifactStore[:], c.CollateralStore[:], ix.cfg.StartBlock)
		if err != nil {
			return fmt.Errorf("record deployment: %w", err)
		}
		err = ix.pool.QueryRow(ctx, `SELECT chain_id, registry, artifact_store, collateral_store, start_block FROM deployment`).Scan(&dbID, &reg, &art, &col, &dbStart)
	}
	if err != nil {
		return fmt.Errorf("read deployment: %w", err)
	}
	got := Contracts{common.BytesToAddress(reg), common.BytesToAddress(art), common.BytesToAddress(col)}
	if dbID != id || got != c || dbStart != ix.cfg.StartBlock {
		return fatal("this database mirrors chain %d registry %s (artifact store %s, collateral store %s, from block %d); refusing to index chain %d registry %s (%s, %s, from block %d) into it",
			dbID, got.Registry, got.ArtifactStore, got.CollateralStore, dbStart, id, c.Registry, c.ArtifactStore, c.CollateralStore, ix.cfg.StartBlock)
	}
	return nil
}

// writerLock is the advisory lock that makes one indexer the writer of a
// database; a second indexer waits as a standby and takes over when the
// first one's session ends.
const writerLock = 0x7465657265670002

func (ix *Indexer) lock(ctx context.Context) (*pgxpool.Conn, func(), error) {
	conn, err := ix.pool.Acquire(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("acquire lock connection: %w", err)
	}
	for logged := false; ; logged = true {
		var got bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, int64(writerLock)).Scan(&got); err != nil {
			conn.Release()
			return nil, nil, fmt.Errorf("take writer lock: %w", err)
		}
		if got {
			if logged {
				ix.log.Info("took over as the writer")
			}
			break
		}
		if !logged {
			ix.log.Info("another indexer writes this database; waiting as a standby")
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return conn, func() {
		conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(writerLock)) //nolint:errcheck // the session ends anyway
		conn.Release()
	}, nil
}

// subscribeHeads returns a channel that ticks on new heads when the client
// can push them (nil otherwise: polling only). A subscription that ends is
// renewed with backoff; polling covers the gap.
func (ix *Indexer) subscribeHeads(ctx context.Context) <-chan struct{} {
	sub, ok := ix.rpc.(Subscriber)
	if !ok {
		return nil
	}
	raw := make(chan *rpcHeader, 16)
	s, err := sub.EthSubscribe(ctx, raw, "newHeads")
	if err != nil {
		ix.log.Debug("new-head subscription unavailable; polling", "interval", ix.cfg.PollInterval, "err", err)
		return nil
	}
	tick := make(chan struct{}, 1)
	go func() {
		backoff := time.Second
		for {
			select {
			case <-ctx.Done():
				s.Unsubscribe()
				return
			case err := <-s.Err():
				ix.log.Warn("new-head subscription ended; polling until it is renewed", "err", err)
				for {
					select {
					case <-ctx.Done():
						return
					case <-time.After(backoff):
					}
					if s, err = sub.EthSubscribe(ctx, raw, "newHeads"); err == nil {
						backoff = time.Second
						break
					}
					backoff = min(2*backoff, time.Minute)
				}
			case <-raw:
				select {
				case tick <- struct{}{}:
				default:
				}
			}
		}
	}()
	return tick
}

// finality returns the newest final block number given the head.
func (ix *Indexer) finality(ctx context.Context, head blockRef) (uint64, error) {
	if ix.cfg.Confirmations >= 0 {
		return head.Number - min(head.Number, uint64(ix.cfg.Confirmations)), nil
	}
	f, ok, err := ix.chain.finalizedTag(ctx)
	if err != nil {
		return 0, err
	}
	if !ok {
		return head.Number - min(head.Number, DefaultConfirmations), nil
	}
	return min(f.Number, head.Number), nil
}

// step brings the database one stretch closer to the head. caughtUp means
// there is nothing more to do until a new block arrives.
func (ix *Indexer) step(ctx context.Context) (caughtUp bool, err error) {
	seen := time.Now()
	head, err := ix.chain.header(ctx, "latest")
	if err != nil {
		return false, fmt.Errorf("read head: %w", err)
	}
	final, err := ix.finality(ctx, head)
	if err != nil {
		return false, fmt.Errorf("read finalized block: %w", err)
	}
	ix.head.Store(head.Number)
	ix.metrics.head.Set(float64(head.Number))
	ix.metrics.finalized.Set(float64(final))

	cur, ok, err := ix.cursor(ctx)
	if err != nil {
		return false, err
	}
	var prev *cursorRow
	next := ix.cfg.StartBlock
	if ok {
		prev, next = &cur, cur.Number+1
		// The cursor block must still be canonical. A head below the cursor
		// is a shorter chain only if the block at the head's height changed;
		// otherwise the node (or the backend behind a load balancer) lags,
		// and we wait for it.
		if cur.Number > head.Number {
			var stored []byte
			err := ix.pool.QueryRow(ctx, `SELECT hash FROM blocks WHERE number = $1`, head.Number).Scan(&stored)
			if err == nil && common.BytesToHash(stored) == head.Hash {
				// Same block at the head's height: a lagging node, or a chain
				// cut back to it (anvil_rollback). Give the node ten polls to
				// catch up before believing the shorter chain.
				if ix.lowHeadSince.IsZero() {
					ix.lowHeadSince = time.Now()
				}
				if time.Since(ix.lowHeadSince) < 10*ix.cfg.PollInterval {
					ix.log.Debug("the node's head is behind the indexed block; waiting", "head", head.Number, "indexed", cur.Number)
					return true, nil
				}
			}
			ix.lowHeadSince = time.Time{}
			return false, ix.reorg(ctx, cur, head)
		}
		ix.lowHeadSince = time.Time{}
		onChain, err := ix.chain.headerAt(ctx, cur.Number)
		if errors.Is(err, errNotFound) || (err == nil && onChain.Hash != cur.Hash) {
			return false, ix.reorg(ctx, cur, head)
		}
		if err != nil {
			return false, err
		}
	}
	ix.setIndexed(next-1, head.Number)
	if next > head.Number {
		return true, nil
	}
	if next <= final {
		return false, ix.backfill(ctx, prev, next, final)
	}
	// Live: one block per commit, each checked against its parent.
	for n := next; n <= head.Number; n++ {
		b, err := ix.chain.headerAt(ctx, n)
		if errors.Is(err, errNotFound) {
			return true, nil // the head moved back or the node lags; the next poll sorts it out
		}
		if err != nil {
			return false, err
		}
		if prev != nil && b.Parent != prev.Hash {
			return false, ix.reorg(ctx, *prev, head)
		}
		logs, err := ix.chain.logsOfBlock(ctx, ix.cfg.Contracts.addresses(), b)
		if err != nil {
			return false, err
		}
		evs, err := ix.decode(logs)
		if err != nil {
			return false, err
		}
		if err := ix.commit(ctx, batch{Events: evs, Prev: prev, To: b, Blocks: []blockRef{b}, Finalized: final}); err != nil {
			return false, err
		}
		ix.metrics.headToCommitSeconds.Observe(time.Since(seen).Seconds())
		prev = &cursorRow{blockRef: b, Finalized: final}
		ix.setIndexed(n, head.Number)
	}
	return true, nil
}

func (ix *Indexer) setIndexed(n, head uint64) {
	if n+1 == 0 { // nothing indexed yet and StartBlock 0
		n = 0
	}
	ix.indexed.Store(n)
	ix.metrics.indexed.Set(float64(n))
	ix.metrics.lagBlocks.Set(float64(head - min(head, n)))
}

func (ix *Indexer) cursor(ctx context.Context) (c cursorRow, ok bool, err error) {
	err = pgx.BeginFunc(ctx, ix.pool, func(tx pgx.Tx) error {
		c, ok, err = readCursor(ctx, tx)
		return err
	})
	return c, ok, err
}

func (ix *Indexer) decode(logs []types.Log) ([]Event, error) {
	evs := make([]Event, len(logs))
	for i, l := range logs {
		ev, err := ix.dec.Decode(l)
		if err != nil {
			return nil, &FatalError{err}
		}
		evs[i] = ev
	}
	return evs, nil
}

func (ix *Indexer) commit(ctx context.Context, b batch) error {
	start := time.Now()
	err := pgx.BeginFunc(ctx, ix.pool, func(tx pgx.Tx) error { return commit(ctx, tx, b) })
	ix.log.Debug("committed", "to", b.To.Number, "events", len(b.Events), "took", time.Since(start))
	if err != nil {
		var fe *FatalError
		if errors.As(err, &fe) {
			return err
		}
		return fmt.Errorf("commit blocks up to %d: %w", b.To.Number, err)
	}
	ix.metrics.commitSeconds.Observe(time.Since(start).Seconds())
	ix.metrics.events.Add(float64(len(b.Events)))
	ix.lastCommit.Store(time.Now().UnixNano())
	return nil
}

// reorg rolls the database back to the newest block it shares with the
// canonical chain.
func (ix *Indexer) reorg(ctx context.Context, cur cursorRow, head blockRef) error {
	var ancestor *blockRef
	rows, err := ix.pool.Query(ctx, `SELECT number, hash, parent_hash, time FROM blocks WHERE number <= $1 ORDER BY number DESC`, min(cur.Number, head.Number))
	if err != nil {
		return fmt.Errorf("read block window: %w", err)
	}
	var window []blockRef
	for rows.Next() {
		var b blockRef
		var h, p []byte
		if err := rows.Scan(&b.Number, &h, &p, &b.Time); err != nil {
			rows.Close()
			return fmt.Errorf("read block window: %w", err)
		}
		b.Hash, b.Parent = common.BytesToHash(h), common.BytesToHash(p)
		window = append(window, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read block window: %w", err)
	}
	for i := range window {
		onChain, err := ix.chain.headerAt(ctx, window[i].Number)
		if errors.Is(err, errNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if onChain.Hash == window[i].Hash {
			ancestor = &window[i]
			break
		}
	}
	if ancestor == nil {
		oldest := "none"
		if len(window) > 0 {
			oldest = fmt.Sprint(window[len(window)-1].Number)
		}
		return fatal("reorg deeper than the finality window: no block of the window (oldest %s) is canonical any more at head %d; re-index into a fresh database or raise --confirmations", oldest, head.Number)
	}
	var removed int
	err = pgx.BeginFunc(ctx, ix.pool, func(tx pgx.Tx) error {
		var err error
		removed, err = rollback(ctx, tx, cur, *ancestor)
		return err
	})
	if err != nil {
		return fmt.Errorf("roll back to block %d: %w", ancestor.Number, err)
	}
	depth := cur.Number - ancestor.Number
	ix.metrics.reorgs.Inc()
	ix.metrics.reorgDepth.Observe(float64(depth))
	ix.log.Warn("chain reorganised; rolled back", "from", cur.Number, "to", ancestor.Number, "depth", depth, "events_removed", removed)
	return nil
}

// fetched is one range of final blocks, read and decoded.
type fetched struct {
	events []Event
	to     blockRef
	err    error
}

// backfill indexes final blocks [from, to]: a fetcher reads and decodes
// ranges while the writer commits the previous one.
func (ix *Indexer) backfill(ctx context.Context, prev *cursorRow, from, to uint64) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make(chan fetched, 1)
	go ix.fetch(ctx, from, to, out)

	start, total := time.Now(), to-from+1
	var bar *progressbar.ProgressBar
	if ix.cfg.Progress != nil && total > 1000 {
		bar = progressbar.NewOptions64(int64(total), progressbar.OptionSetWriter(ix.cfg.Progress), progressbar.OptionSetDescription("backfill"),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionOnCompletion(func() { fmt.Fprintln(ix.cfg.Progress) }))
	} else {
		ix.log.Info("backfilling", "from", from, "to", to, "blocks", total)
	}
	lastLog, events := time.Now(), 0
	for f := range out {
		if f.err != nil {
			return f.err
		}
		if err := ix.commit(ctx, batch{Events: f.events, Prev: prev, To: f.to, Finalized: to}); err != nil {
			return err
		}
		prev = &cursorRow{blockRef: f.to, Finalized: to}
		events += len(f.events)
		ix.setIndexed(f.to.Number, ix.head.Load())
		done := f.to.Number - from + 1
		if bar != nil {
			bar.Set64(int64(done)) //nolint:errcheck // display only
		} else if time.Since(lastLog) >= ix.cfg.ProgressEvery {
			lastLog = time.Now()
			el := time.Since(start)
			eta := time.Duration(float64(el) / float64(done) * float64(total-done))
			ix.log.Info("backfill progress", "block", f.to.Number, "of", to, "events", events,
				"events_per_s", int(float64(events)/el.Seconds()), "eta", eta.Round(time.Second))
		}
	}
	el := time.Since(start)
	ix.log.Info("backfill done", "to", to, "events", events, "seconds", el.Seconds(), "events_per_s", int(float64(events)/max(el.Seconds(), 1e-9)))
	return nil
}

// fetch reads final blocks [from, to] into out, in order. Up to
// FetchParallel eth_getLogs calls are in flight at once over consecutive
// ranges; the range size follows the log density seen (aiming at half of
// MaxBatchEvents a range, growing at most twofold at a time), and a range
// the node refuses is split in halves until it is accepted.
func (ix *Indexer) fetch(ctx context.Context, from, to uint64, out chan<- fetched) {
	defer close(out)
	type job struct {
		from, to uint64
		done     chan fetched
	}
	var size atomic.Uint64
	size.Store(ix.cfg.InitialRange)
	jobs := make(chan *job, ix.cfg.FetchParallel)
	go func() {
		defer close(jobs)
		for next := from; next <= to; {
			end := min(to, next+size.Load()-1)
			j := &job{from: next, to: end, done: make(chan fetched, 1)}
			select {
			case jobs <- j: // blocks while FetchParallel jobs are in flight
			case <-ctx.Done():
				return
			}
			go func() {
				evs, hdr, err := ix.fetchRange(ctx, j.from, j.to, &size)
				j.done <- fetched{events: evs, to: hdr, err: err}
			}()
			next = end + 1
		}
	}()
	for j := range jobs {
		var f fetched
		select {
		case f = <-j.done:
		case <-ctx.Done():
			return
		}
		select {
		case out <- f:
		case <-ctx.Done():
			return
		}
		if f.err != nil {
			return
		}
	}
}

// fetchRange reads and decodes the logs of [from, to], splitting the range
// while the node refuses it, and adapts size for the ranges after it.
func (ix *Indexer) fetchRange(ctx context.Context, from, to uint64, size *atomic.Uint64) ([]Event, blockRef, error) {
	addrs := ix.cfg.Contracts.addresses()
	var logs []types.Log
	for lo := from; lo <= to; {
		hi := to
		for {
			ix.metrics.rangeSize.Set(float64(hi - lo + 1))
			t0 := time.Now()
			part, err := ix.chain.logsInRange(ctx, addrs, lo, hi)
			if isRangeTooLarge(err) {
				if hi == lo {
					// Nothing smaller to ask for: retried with backoff by Run, and loud.
					return nil, blockRef{}, fmt.Errorf("eth_getLogs refuses even the single block %d as too large; raise the node's log limits: %w", lo, err)
				}
				hi = lo + (hi-lo)/2
				size.Store(max(1, min(size.Load(), hi-lo+1)))
				ix.log.Debug("range too large; splitting", "from", lo, "to", hi, "err", err)
				continue
			}
			if err != nil {
				return nil, blockRef{}, fmt.Errorf("read logs of blocks %d..%d: %w", lo, hi, err)
			}
			ix.log.Debug("fetched", "from", lo, "to", hi, "logs", len(part), "took", time.Since(t0))
			logs = append(logs, part...)
			break
		}
		lo = hi + 1
	}
	// Aim the next ranges at half of MaxBatchEvents at the density just
	// seen, growing at most twofold per range.
	blocks := to - from + 1
	next := min(size.Load()*2, ix.cfg.MaxRange)
	if n := uint64(len(logs)); n > 0 {
		next = min(next, max(1, uint64(ix.cfg.MaxBatchEvents/2)*blocks/n))
	}
	size.Store(next)
	evs, err := ix.decode(logs)
	if err != nil {
		return nil, blockRef{}, err
	}
	hdr, err := ix.chain.headerAt(ctx, to)
	if err != nil {
		return nil, blockRef{}, fmt.Errorf("read block %d: %w", to, err)
	}
	return evs, hdr, nil
}
