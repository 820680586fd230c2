package dnsd

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/miekg/dns"

	"github.com/teereg/teereg/indexer/schema"
)

// Reconnect backoff after the database went away.
const (
	backoffMin = 250 * time.Millisecond
	backoffMax = 10 * time.Second
)

// watch keeps the snapshot current: it LISTENs on the indexer's channel on a
// dedicated connection, reloads after each burst of notifications, after
// every PollInterval without one, and after every reconnect. While the
// database is unreachable the last good snapshot keeps being served.
func (s *Server) watch(ctx context.Context) {
	pool, err := pgxpool.New(ctx, s.cfg.DatabaseURL)
	if err != nil {
		// Only a malformed URL fails here; connecting is lazy.
		s.log.Error("dnsd: database URL", "err", err)
		s.m.dbUp.Set(0)
		return
	}
	defer pool.Close()
	backoff := backoffMin
	for ctx.Err() == nil {
		loaded, err := s.follow(ctx, pool)
		if ctx.Err() != nil {
			return
		}
		if loaded {
			backoff = backoffMin // it worked for a while: retry quickly
		}
		s.m.dbUp.Set(0)
		if s.h.snap.Load() != nil {
			s.m.stale.Set(1)
		}
		s.log.Warn("dnsd: database unreachable; serving the last snapshot", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, backoffMax)
	}
}

// follow connects, LISTENs and reloads until the connection fails. loaded
// reports whether the first reload succeeded.
func (s *Server) follow(ctx context.Context, pool *pgxpool.Pool) (loaded bool, err error) {
	conn, err := pgx.Connect(ctx, s.cfg.DatabaseURL)
	if err != nil {
		return false, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{schema.Channel}.Sanitize()); err != nil {
		if !isHotStandby(err) {
			return false, fmt.Errorf("listen on %s: %w", schema.Channel, err)
		}
		// A hot standby cannot LISTEN (NOTIFY does not replicate): the
		// wait below then only ever times out, so the zone reloads every
		// PollInterval.
		s.log.Info("dnsd: the database is a hot standby, which cannot LISTEN; reloading every poll interval", "interval", s.cfg.PollInterval)
	}
	// Listening first, then loading: a commit between the two is seen by
	// the load or notified, never lost.
	if err := s.reload(ctx, pool, "connect"); err != nil {
		return false, err
	}
	for {
		wctx, cancel := context.WithTimeout(ctx, s.cfg.PollInterval)
		n, err := conn.WaitForNotification(wctx)
		cancel()
		reason := "notify"
		switch {
		case ctx.Err() != nil:
			return true, ctx.Err()
		case errors.Is(err, context.DeadlineExceeded):
			reason = "poll"
		case err != nil:
			return true, fmt.Errorf("wait for notification: %w", err)
		default:
			s.log.Debug("dnsd: notified", "block", n.Payload)
			s.drain(ctx, conn)
		}
		if err := s.reload(ctx, pool, reason); err != nil {
			return true, err
		}
	}
}

// drain consumes the notifications that are already waiting, so a burst of
// commits costs one reload.
func (s *Server) drain(ctx context.Context, conn *pgx.Conn) {
	for {
		dctx, cancel := context.WithTimeout(ctx, time.Millisecond)
		_, err := conn.WaitForNotification(dctx)
		cancel()
		if err != nil {
			return
		}
	}
}

// reload loads the state and swaps in a new snapshot. "Nothing indexed yet"
// is not a database failure: the server keeps answering SERVFAIL (or from
// the snapshot it had) and retries at the next notification or poll.
func (s *Server) reload(ctx context.Context, db txBeginner, reason string) error {
	start := time.Now()
	st, err := LoadState(ctx, db)
	if errors.Is(err, ErrNotIndexed) {
		s.m.dbUp.Set(1)
		s.m.reloads.WithLabelValues("not_indexed").Inc()
		s.log.Info("dnsd: nothing indexed yet; answering SERVFAIL until the indexer commits a block")
		return nil
	}
	if err != nil {
		s.m.reloads.WithLabelValues("error").Inc()
		return err
	}
	snap, err := Build(s.params, st, s.log)
	if err != nil {
		s.m.reloads.WithLabelValues("error").Inc()
		return fmt.Errorf("build snapshot at block %d: %w", st.BlockNumber, err)
	}
	old := s.h.snap.Swap(snap)
	s.m.buildTime.Observe(time.Since(start).Seconds())
	s.m.reloads.WithLabelValues("ok").Inc()
	s.m.dbUp.Set(1)
	s.m.stale.Set(0)
	s.m.serial.Set(float64(snap.Serial))
	s.m.block.Set(float64(snap.Block))
	s.m.instances.Set(float64(snap.Instances))
	s.m.skipped.Set(float64(snap.Skipped))
	if old == nil || old.Serial != snap.Serial {
		s.log.Info("dnsd: snapshot loaded", "reason", reason, "block", snap.Block, "serial", snap.Serial,
			"instances", snap.Instances, "skipped", snap.Skipped, "tlsa", snap.HasTLSA, "took", time.Since(start))
		select {
		case s.notifyKick <- struct{}{}:
		default:
		}
	}
	return nil
}

// notifyLoop sends NOTIFY (RFC 1996) to every configured secondary after
// each serial change, retrying each up to notifyTries times.
func (s *Server) notifyLoop(ctx context.Context) {
	const notifyTries = 5
	client := &dns.Client{Net: "udp", Timeout: 2 * time.Second}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.notifyKick:
		}
		snap := s.h.snap.Load()
		m := new(dns.Msg)
		m.SetNotify(snap.Zone())
		m.Authoritative = true
		m.Answer = []dns.RR{snap.Records()[0]} // the new SOA, RFC 1996 3.7
		for _, target := range s.cfg.Notify {
			var err error
			for try := range notifyTries {
				if ctx.Err() != nil {
					return
				}
				var r *dns.Msg
				r, _, err = client.ExchangeContext(ctx, m, target)
				if err == nil && r.Rcode != dns.RcodeSuccess {
					err = fmt.Errorf("answered %s", dns.RcodeToString[r.Rcode])
				}
				if err == nil {
					break
				}
				s.log.Debug("dnsd: NOTIFY attempt failed", "target", target, "try", try+1, "err", err)
			}
			if err != nil {
				s.m.notifies.WithLabelValues("error").Inc()
				s.log.Warn("dnsd: NOTIFY failed", "target", target, "serial", snap.Serial, "err", err)
				continue
			}
			s.m.notifies.WithLabelValues("ok").Inc()
			s.log.Info("dnsd: NOTIFY sent", "target", target, "serial", snap.Serial)
		}
	}
}

// isHotStandby reports the error PostgreSQL gives LISTEN on a server in
// recovery (SQLSTATE 25006, read_only_sql_transaction).
func isHotStandby(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "25006" // read_only_sql_transaction
}
