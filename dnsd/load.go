package dnsd

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"

	"github.com/jackc/pgx/v5"
)

// ErrNotIndexed is returned by LoadState while the indexer has not committed
// a first block (no cursor row): there is nothing to serve yet.
var ErrNotIndexed = errors.New("nothing indexed yet (no cursor row)")

// txBeginner is what LoadState needs from the database: *pgxpool.Pool and
// *pgx.Conn both satisfy it.
type txBeginner interface {
	BeginTx(ctx context.Context, opts pgx.TxOptions) (pgx.Tx, error)
}

// LoadState reads the state dnsd serves in one read-only repeatable-read
// transaction, so the cursor, the instances and the PKI are of the same
// commit of the indexer.
func LoadState(ctx context.Context, db txBeginner) (*State, error) {
	tx, err := db.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("load state: begin transaction: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // read-only; nothing to undo

	st := &State{}
	var block int64
	err = tx.QueryRow(ctx, `SELECT block_number, block_time FROM cursor`).Scan(&block, &st.BlockTime)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotIndexed
	}
	if err != nil {
		return nil, fmt.Errorf("load state: read cursor: %w", err)
	}
	if block < 0 {
		return nil, fmt.Errorf("load state: cursor block number %d is negative", block)
	}
	st.BlockNumber = uint64(block)

	rows, err := tx.Query(ctx, `SELECT instance_id, workload_id, pubkey, label, ipv4, ipv6, port, registered_at
		FROM active_instances ORDER BY label, registered_at DESC, instance_id`)
	if err != nil {
		return nil, fmt.Errorf("load state: query active instances: %w", err)
	}
	for rows.Next() {
		var in Instance
		var v4, v6 []netip.Prefix
		var port int32
		if err := rows.Scan(&in.ID, &in.WorkloadID, &in.PubKey, &in.Label, &v4, &v6, &port, &in.RegisteredAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load state: read active instance: %w", err)
		}
		in.IPv4, in.IPv6 = hostAddrs(v4), hostAddrs(v6)
		if port > 0 && port <= 65535 {
			in.Port = uint16(port)
		} // else 0: Build skips the instance
		st.Instances = append(st.Instances, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load state: read active instances: %w", err)
	}

	err = tx.QueryRow(ctx, `SELECT version, ca_certificate FROM pki ORDER BY version DESC LIMIT 1`).Scan(&st.PKIVersion, &st.CACertificate)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("load state: read PKI: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("load state: end transaction: %w", err)
	}
	return st, nil
}

// hostAddrs returns the addresses of inet values. A value with a network
// mask shorter than a host's is not an endpoint; it is returned as the
// invalid Addr so Build skips the instance rather than serve a network.
func hostAddrs(ps []netip.Prefix) []netip.Addr {
	out := make([]netip.Addr, 0, len(ps))
	for _, p := range ps {
		if !p.IsSingleIP() {
			out = append(out, netip.Addr{})
			continue
		}
		out = append(out, p.Addr())
	}
	return out
}

// LoadSnapshot reads the database at cfg.DatabaseURL once and builds the
// snapshot dnsd would serve (for `teereg dnsd --dump-zone`).
func LoadSnapshot(ctx context.Context, cfg Config, log *slog.Logger) (*Snapshot, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	conn, err := pgx.Connect(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	st, err := LoadState(ctx, conn)
	if err != nil {
		return nil, err
	}
	return Build(paramsFrom(cfg), st, log)
}
