package indexer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/teereg/teereg/indexer/schema"
)

// blockRef identifies a block.
type blockRef struct {
	Number uint64
	Hash   common.Hash
	Parent common.Hash
	Time   uint64
}

// cursorRow is the last committed block.
type cursorRow struct {
	blockRef
	Finalized uint64
}

// readCursor returns the cursor, or ok=false before the first commit.
func readCursor(ctx context.Context, q pgx.Tx) (c cursorRow, ok bool, err error) {
	var hash []byte
	err = q.QueryRow(ctx, `SELECT block_number, block_hash, block_time, finalized_number FROM cursor`).
		Scan(&c.Number, &hash, &c.Time, &c.Finalized)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("read cursor: %w", err)
	}
	c.Hash = common.BytesToHash(hash)
	return c, true, nil
}

// commitLock serialises commit transactions across indexer processes (the
// cursor row may not exist yet, so a row lock is not enough).
const commitLock = 0x7465657265670003

// batch is one commit: the events of blocks (prev, To], in log order.
type batch struct {
	Events []Event
	// Prev is the cursor this batch extends (nil for the first batch).
	Prev *cursorRow
	To   blockRef
	// Blocks are the not-yet-final blocks of the batch to remember for reorg
	// detection (live mode); backfill batches are final and record only To.
	Blocks    []blockRef
	Finalized uint64
}

// commit writes a batch in one transaction: the events, the state they
// change, the blocks window, the cursor, and the NOTIFY. Either all of it
// lands or nothing does, so a crash anywhere resumes from the old cursor.
func commit(ctx context.Context, tx pgx.Tx, b batch) error {
	if err := checkCursor(ctx, tx, b.Prev); err != nil {
		return err
	}
	if err := insertEvents(ctx, tx, b.Events); err != nil {
		return err
	}
	refs := make(map[ref]struct{})
	for i := range b.Events {
		refs[b.Events[i].ref()] = struct{}{}
	}
	st, err := loadState(ctx, tx, refs)
	if err != nil {
		return err
	}
	for i := range b.Events {
		if err := st.Apply(&b.Events[i]); err != nil {
			return fmt.Errorf("apply block %d log %d: %w", b.Events[i].Log.BlockNumber, b.Events[i].Log.Index, err)
		}
	}
	if err := writeState(ctx, tx, st, refs); err != nil {
		return err
	}
	blocks := b.Blocks
	if len(blocks) == 0 || blocks[len(blocks)-1].Number != b.To.Number {
		blocks = append(blocks, b.To)
	}
	for _, blk := range blocks {
		if _, err := tx.Exec(ctx, `INSERT INTO blocks (number, hash, parent_hash, time) VALUES ($1, $2, $3, $4)
			ON CONFLICT (number) DO UPDATE SET hash = excluded.hash, parent_hash = excluded.parent_hash, time = excluded.time`,
			blk.Number, blk.Hash[:], blk.Parent[:], blk.Time); err != nil {
			return fmt.Errorf("record block %d: %w", blk.Number, err)
		}
	}
	// Keep the window above the newest final block, plus that block as the anchor.
	anchor := min(b.Finalized, b.To.Number)
	if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE number < $1`, anchor); err != nil {
		return fmt.Errorf("prune blocks below %d: %w", anchor, err)
	}
	return setCursor(ctx, tx, b.To, b.Finalized)
}

// checkCursor takes the commit lock (a transaction-level advisory lock) and
// checks the cursor is where this writer left it: a second writer (a standby that
// took over while this one still had a transaction in flight) waits for the
// lock and then fails the check instead of writing twice.
func checkCursor(ctx context.Context, tx pgx.Tx, prev *cursorRow) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(commitLock)); err != nil {
		return fmt.Errorf("take the commit lock: %w", err)
	}
	cur, ok, err := readCursor(ctx, tx)
	if err != nil {
		return err
	}
	switch {
	case prev == nil && ok:
		return fmt.Errorf("database already holds block %d; another indexer is writing", cur.Number)
	case prev != nil && (!ok || cur.Number != prev.Number || cur.Hash != prev.Hash):
		return fmt.Errorf("cursor moved under us (expected block %d %s); another indexer is writing", prev.Number, prev.Hash)
	}
	return nil
}

func setCursor(ctx context.Context, tx pgx.Tx, to blockRef, finalized uint64) error {
	if _, err := tx.Exec(ctx, `INSERT INTO cursor (block_number, block_hash, block_time, finalized_number, updated_at)
		VALUES ($1, $2, $3, $4, now())
		ON CONFLICT (singleton) DO UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash,
			block_time = excluded.block_time, finalized_number = excluded.finalized_number, updated_at = now()`,
		to.Number, to.Hash[:], to.Time, finalized); err != nil {
		return fmt.Errorf("advance cursor to %d: %w", to.Number, err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, schema.Channel, strconv.FormatUint(to.Number, 10)); err != nil {
		return fmt.Errorf("notify %s: %w", schema.Channel, err)
	}
	return nil
}

// rollback undoes every block above ancestor: their events go, and every
// state row they touched is rebuilt from the events that remain.
func rollback(ctx context.Context, tx pgx.Tx, prev cursorRow, ancestor blockRef) (removed int, err error) {
	if err := checkCursor(ctx, tx, &prev); err != nil {
		return 0, err
	}
	rows, err := tx.Query(ctx, `DELETE FROM events WHERE block_number > $1 RETURNING entity, entity_key`, ancestor.Number)
	if err != nil {
		return 0, fmt.Errorf("delete events above block %d: %w", ancestor.Number, err)
	}
	refs := make(map[ref]struct{})
	for rows.Next() {
		var r ref
		var key []byte
		if err := rows.Scan(&r.entity, &key); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read deleted events: %w", err)
		}
		r.key = string(key)
		refs[r] = struct{}{}
		removed++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("delete events above block %d: %w", ancestor.Number, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE number > $1`, ancestor.Number); err != nil {
		return 0, fmt.Errorf("delete blocks above %d: %w", ancestor.Number, err)
	}
	if err := rebuild(ctx, tx, refs); err != nil {
		return 0, err
	}
	return removed, setCursor(ctx, tx, ancestor, min(prev.Finalized, ancestor.Number))
}

// rebuild recomputes the given state rows from the events table.
func rebuild(ctx context.Context, tx pgx.Tx, refs map[ref]struct{}) error {
	if len(refs) == 0 {
		return nil
	}
	st := NewState()
	st.BackendsSet = true
	entities, keys := make([]string, 0, len(refs)), make([][]byte, 0, len(refs))
	for r := range refs {
		entities, keys = append(entities, r.entity), append(keys, []byte(r.key))
	}
	dec, err := decoderFromDB(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := tx.Query(ctx, `SELECT e.block_hash, e.log_index, e.block_number, e.tx_hash, e.tx_index, e.address, e.topics, e.data
		FROM events e JOIN unnest($1::text[], $2::bytea[]) AS r(entity, entity_key)
		ON e.entity = r.entity AND e.entity_key = r.entity_key
		ORDER BY e.block_number, e.log_index`, entities, keys)
	if err != nil {
		return fmt.Errorf("read events to rebuild %d rows: %w", len(refs), err)
	}
	defer rows.Close()
	for rows.Next() {
		var l types.Log
		var bh, th, addr []byte
		var topics [][]byte
		var idx, txIdx uint
		if err := rows.Scan(&bh, &idx, &l.BlockNumber, &th, &txIdx, &addr, &topics, &l.Data); err != nil {
			return fmt.Errorf("read event to rebuild: %w", err)
		}
		l.BlockHash, l.TxHash, l.Address, l.Index, l.TxIndex = common.BytesToHash(bh), common.BytesToHash(th), common.BytesToAddress(addr), idx, txIdx
		for _, t := range topics {
			l.Topics = append(l.Topics, common.BytesToHash(t))
		}
		ev, err := dec.Decode(l)
		if err != nil {
			return fmt.Errorf("rebuild: %w", err)
		}
		if err := st.Apply(&ev); err != nil {
			return fmt.Errorf("rebuild: apply block %d log %d: %w", l.BlockNumber, l.Index, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read events to rebuild: %w", err)
	}
	rows.Close()
	return writeState(ctx, tx, st, refs)
}

func decoderFromDB(ctx context.Context, tx pgx.Tx) (*Decoder, error) {
	var reg, art, col []byte
	if err := tx.QueryRow(ctx, `SELECT registry, artifact_store, collateral_store FROM deployment`).Scan(&reg, &art, &col); err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	return NewDecoder(Contracts{Registry: common.BytesToAddress(reg), ArtifactStore: common.BytesToAddress(art), CollateralStore: common.BytesToAddress(col)})
}

var eventColumns = []string{"block_hash", "log_index", "block_number", "tx_hash", "tx_index", "address", "name", "entity", "entity_key", "topics", "data", "fields"}

func insertEvents(ctx context.Context, tx pgx.Tx, evs []Event) error {
	if len(evs) == 0 {
		return nil
	}
	rows := make([][]any, len(evs))
	for i := range evs {
		e := &evs[i]
		fields, err := e.Fields()
		if err != nil {
			return fmt.Errorf("encode %s fields: %w", e.Name, err)
		}
		topics := make([][]byte, len(e.Log.Topics))
		for j, t := range e.Log.Topics {
			topics[j] = t.Bytes()
		}
		key := e.Key
		if key == nil {
			key = []byte{}
		}
		data := e.Log.Data
		if data == nil {
			data = []byte{}
		}
		rows[i] = []any{e.Log.BlockHash[:], int32(e.Log.Index), int64(e.Log.BlockNumber), e.Log.TxHash[:], int32(e.Log.TxIndex),
			e.Log.Address[:], e.Name, e.Entity, key, topics, data, string(fields)}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"events"}, eventColumns, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy %d events: %w", len(evs), err)
	}
	return nil
}

// keysBy groups refs by entity.
func keysBy(refs map[ref]struct{}) map[string][][]byte {
	out := make(map[string][][]byte)
	for r := range refs {
		out[r.entity] = append(out[r.entity], []byte(r.key))
	}
	for _, ks := range out {
		sort.Slice(ks, func(i, j int) bool { return string(ks[i]) < string(ks[j]) })
	}
	return out
}

// loadState reads the current rows the refs name.
func loadState(ctx context.Context, tx pgx.Tx, refs map[ref]struct{}) (*State, error) {
	st := NewState()
	for entity, keys := range keysBy(refs) {
		if err := loadEntity(ctx, tx, st, entity, keys); err != nil {
			return nil, fmt.Errorf("load %s rows: %w", entity, err)
		}
	}
	return st, nil
}

func loadEntity(ctx context.Context, tx pgx.Tx, st *State, entity string, keys [][]byte) error {
	var err error
	switch entity {
	case entityHandover:
	case entityRegistry:
		var admin, verifier []byte
		r := RegistryRow{}
		err = tx.QueryRow(ctx, `SELECT admin, paused, quote_verifier, instance_ttl, tcb_policy, block_number FROM registry_state`).
			Scan(&admin, &r.Paused, &verifier, &r.InstanceTTL, &r.TcbPolicy, &r.Block)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		r.Admin, r.QuoteVerifier = common.BytesToAddress(admin), common.BytesToAddress(verifier)
		st.Registry = &r
	case entityRole:
		err = queryEach(ctx, tx, `SELECT account, roles, block_number FROM roles WHERE account = ANY($1)`, keys, func(rows pgx.Rows) error {
			var acct []byte
			var n pgtype.Numeric
			var r RoleRow
			if err := rows.Scan(&acct, &n, &r.Block); err != nil {
				return err
			}
			r.Roles = numericInt(n)
			st.Roles[common.BytesToAddress(acct)] = r
			return nil
		})
	case entityWorkload:
		err = queryEach(ctx, tx, `SELECT workload_id, config_hash, block_number FROM workloads WHERE workload_id = ANY($1)`, keys, func(rows pgx.Rows) error {
			var id, h []byte
			var r WorkloadRow
			if err := rows.Scan(&id, &h, &r.Block); err != nil {
				return err
			}
			r.ConfigHash = common.BytesToHash(h)
			st.Workloads[common.BytesToHash(id)] = r
			return nil
		})
	case entityBackends:
		st.BackendsSet = true
		err = queryEach(ctx, tx, `SELECT uri, block_number FROM storage_backends ORDER BY position`, nil, func(rows pgx.Rows) error {
			var r BackendRow
			if err := rows.Scan(&r.URI, &r.Block); err != nil {
				return err
			}
			st.Backends = append(st.Backends, r)
			return nil
		})
	case entityPki:
		err = queryEach(ctx, tx, `SELECT version, ca_certificate, secrets_public_key, kms_attestation, block_number FROM pki WHERE version = ANY($1)`, versions(keys), func(rows pgx.Rows) error {
			var v uint64
			var r PkiRow
			if err := rows.Scan(&v, &r.CaCertificate, &r.SecretsPublicKey, &r.KmsAttestation, &r.Block); err != nil {
				return err
			}
			st.Pki[v] = r
			return nil
		})
	case entityInstance:
		err = queryEach(ctx, tx, `SELECT `+instanceColumnList+` FROM instances WHERE instance_id = ANY($1)`, keys, func(rows pgx.Rows) error {
			id, r, err := scanInstance(rows)
			if err != nil {
				return err
			}
			st.Instances[id] = r
			return nil
		})
	case entityArtifact:
		err = queryEach(ctx, tx, `SELECT hash, writer, data, block_number FROM artifacts WHERE hash = ANY($1)`, keys, func(rows pgx.Rows) error {
			var h, w []byte
			var r ArtifactRow
			if err := rows.Scan(&h, &w, &r.Data, &r.Block); err != nil {
				return err
			}
			r.Writer = common.BytesToAddress(w)
			st.Artifacts[common.BytesToHash(h)] = r
			return nil
		})
	case entityIntermediate:
		err = queryEach(ctx, tx, `SELECT der_hash, subject_hash, serial_number, block_number FROM collateral_intermediates WHERE der_hash = ANY($1)`, keys, func(rows pgx.Rows) error {
			var h, s []byte
			var n pgtype.Numeric
			var r IntermediateRow
			if err := rows.Scan(&h, &s, &n, &r.Block); err != nil {
				return err
			}
			r.SubjectHash, r.SerialNumber = common.BytesToHash(s), numericInt(n)
			st.Intermediates[common.BytesToHash(h)] = r
			return nil
		})
	case entityCrl:
		err = queryEach(ctx, tx, `SELECT issuer_subject_hash, this_update, next_update, crl, block_number FROM collateral_crls WHERE issuer_subject_hash = ANY($1)`, keys, func(rows pgx.Rows) error {
			var h []byte
			var r CrlRow
			if err := rows.Scan(&h, &r.ThisUpdate, &r.NextUpdate, &r.Crl, &r.Block); err != nil {
				return err
			}
			st.Crls[common.BytesToHash(h)] = r
			return nil
		})
	case entityTcbInfo:
		err = queryEach(ctx, tx, `SELECT fmspc, tcb_evaluation_data_number, issue_date, next_update, tcb_info, block_number FROM collateral_tcb_info WHERE fmspc = ANY($1)`, keys, func(rows pgx.Rows) error {
			var f []byte
			var r CollateralDocRow
			if err := rows.Scan(&f, &r.TcbEvaluationDataNumber, &r.IssueDate, &r.NextUpdate, &r.JSON, &r.Block); err != nil {
				return err
			}
			st.TcbInfo[[6]byte(f)] = r
			return nil
		})
	case entityQeIdentity:
		var r CollateralDocRow
		err = tx.QueryRow(ctx, `SELECT tcb_evaluation_data_number, issue_date, next_update, qe_identity, block_number FROM collateral_qe_identity`).
			Scan(&r.TcbEvaluationDataNumber, &r.IssueDate, &r.NextUpdate, &r.JSON, &r.Block)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		st.QeIdentity = &r
	default:
		return fmt.Errorf("unknown entity %q", entity)
	}
	return err
}

const instanceColumnList = `instance_id, workload_id, operator, quote_hash, status, tcb_status, registered_at, expires_at, label, pubkey, ipv4, ipv6, port, invalidation_reason, block_number`

var instanceColumns = strings.Split(strings.ReplaceAll(instanceColumnList, " ", ""), ",")

// scanInstance scans the instanceColumnList columns, then extra ones into extra.
func scanInstance(rows pgx.Row, extra ...any) (common.Hash, InstanceRow, error) {
	var id, w, op, q []byte
	var r InstanceRow
	err := rows.Scan(append([]any{&id, &w, &op, &q, &r.Status, &r.TcbStatus, &r.RegisteredAt, &r.ExpiresAt, &r.Label, &r.Pubkey,
		&r.IPv4, &r.IPv6, &r.Port, &r.InvalidationReason, &r.Block}, extra...)...)
	r.WorkloadID, r.Operator, r.QuoteHash = common.BytesToHash(w), common.BytesToAddress(op), common.BytesToHash(q)
	return common.BytesToHash(id), r, err
}

// querier is what both a transaction and a pool can do.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func queryEach(ctx context.Context, tx querier, sql string, arg any, each func(pgx.Rows) error) error {
	var args []any
	if arg != nil {
		args = []any{arg}
	}
	return queryAll(ctx, tx, sql, args, each)
}

// queryAll runs sql and calls each for every row.
func queryAll(ctx context.Context, db querier, sql string, args []any, each func(pgx.Rows) error) error {
	rows, err := db.Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func versions(keys [][]byte) []int64 {
	out := make([]int64, len(keys))
	for i, k := range keys {
		out[i] = int64(binary.BigEndian.Uint64(k))
	}
	return out
}

func numericInt(n pgtype.Numeric) *big.Int {
	if !n.Valid || n.Int == nil {
		return new(big.Int)
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	}
	return v
}

func numeric(v *big.Int) pgtype.Numeric { return pgtype.Numeric{Int: v, Valid: true} }

// writeState makes the rows the refs name equal to st: present rows are
// upserted (COPY into a staging table, then one merge), absent rows deleted.
func writeState(ctx context.Context, tx pgx.Tx, st *State, refs map[ref]struct{}) error {
	for entity, keys := range keysBy(refs) {
		if err := writeEntity(ctx, tx, st, entity, keys); err != nil {
			return fmt.Errorf("write %s rows: %w", entity, err)
		}
	}
	return nil
}

func writeEntity(ctx context.Context, tx pgx.Tx, st *State, entity string, keys [][]byte) error {
	var rows [][]any
	var gone [][]byte
	switch entity {
	case entityHandover:
		return nil
	case entityRegistry:
		if st.Registry == nil {
			_, err := tx.Exec(ctx, `DELETE FROM registry_state`)
			return err
		}
		r := st.Registry
		return upsert(ctx, tx, "registry_state", []string{"singleton"}, []string{"admin", "paused", "quote_verifier", "instance_ttl", "tcb_policy", "block_number"},
			[][]any{{r.Admin[:], r.Paused, r.QuoteVerifier[:], int64(r.InstanceTTL), int16(r.TcbPolicy), int64(r.Block)}})
	case entityRole:
		for _, k := range keys {
			if r, ok := st.Roles[common.BytesToAddress(k)]; ok {
				rows = append(rows, []any{k, numeric(r.Roles), int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "roles", "account", []string{"account", "roles", "block_number"}, rows, gone)
	case entityWorkload:
		for _, k := range keys {
			if r, ok := st.Workloads[common.BytesToHash(k)]; ok {
				rows = append(rows, []any{k, r.ConfigHash[:], int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "workloads", "workload_id", []string{"workload_id", "config_hash", "block_number"}, rows, gone)
	case entityBackends:
		if !st.BackendsSet {
			return errors.New("storage backends touched but not loaded")
		}
		if _, err := tx.Exec(ctx, `DELETE FROM storage_backends`); err != nil {
			return err
		}
		for i, b := range st.Backends {
			rows = append(rows, []any{int32(i), b.URI, int64(b.Block)})
		}
		if len(rows) == 0 {
			return nil
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"storage_backends"}, []string{"position", "uri", "block_number"}, pgx.CopyFromRows(rows))
		return err
	case entityPki:
		var goneV []int64
		for _, k := range keys {
			v := binary.BigEndian.Uint64(k)
			if r, ok := st.Pki[v]; ok {
				rows = append(rows, []any{int64(v), r.CaCertificate, r.SecretsPublicKey, r.KmsAttestation, int64(r.Block)})
			} else {
				goneV = append(goneV, int64(v))
			}
		}
		if len(goneV) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM pki WHERE version = ANY($1)`, goneV); err != nil {
				return err
			}
		}
		return upsert(ctx, tx, "pki", []string{"version"}, []string{"version", "ca_certificate", "secrets_public_key", "kms_attestation", "block_number"}, rows)
	case entityInstance:
		for _, k := range keys {
			if r, ok := st.Instances[common.BytesToHash(k)]; ok {
				rows = append(rows, []any{k, r.WorkloadID[:], r.Operator[:], r.QuoteHash[:], int16(r.Status), int16(r.TcbStatus),
					int64(r.RegisteredAt), int64(r.ExpiresAt), r.Label, r.Pubkey, nonNilAddrs(r.IPv4), nonNilAddrs(r.IPv6), int32(r.Port),
					r.InvalidationReason, int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "instances", "instance_id", instanceColumns, rows, gone)
	case entityArtifact:
		for _, k := range keys {
			if r, ok := st.Artifacts[common.BytesToHash(k)]; ok {
				rows = append(rows, []any{k, r.Writer[:], nonNilBytes(r.Data), int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "artifacts", "hash", []string{"hash", "writer", "data", "block_number"}, rows, gone)
	case entityIntermediate:
		for _, k := range keys {
			if r, ok := st.Intermediates[common.BytesToHash(k)]; ok {
				rows = append(rows, []any{k, r.SubjectHash[:], numeric(r.SerialNumber), int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "collateral_intermediates", "der_hash", []string{"der_hash", "subject_hash", "serial_number", "block_number"}, rows, gone)
	case entityCrl:
		for _, k := range keys {
			if r, ok := st.Crls[common.BytesToHash(k)]; ok {
				rows = append(rows, []any{k, int64(r.ThisUpdate), int64(r.NextUpdate), nonNilBytes(r.Crl), int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "collateral_crls", "issuer_subject_hash", []string{"issuer_subject_hash", "this_update", "next_update", "crl", "block_number"}, rows, gone)
	case entityTcbInfo:
		for _, k := range keys {
			if r, ok := st.TcbInfo[[6]byte(k)]; ok {
				rows = append(rows, []any{k, int64(r.TcbEvaluationDataNumber), int64(r.IssueDate), int64(r.NextUpdate), r.JSON, int64(r.Block)})
			} else {
				gone = append(gone, k)
			}
		}
		return merge(ctx, tx, "collateral_tcb_info", "fmspc", []string{"fmspc", "tcb_evaluation_data_number", "issue_date", "next_update", "tcb_info", "block_number"}, rows, gone)
	case entityQeIdentity:
		if st.QeIdentity == nil {
			_, err := tx.Exec(ctx, `DELETE FROM collateral_qe_identity`)
			return err
		}
		r := st.QeIdentity
		return upsert(ctx, tx, "collateral_qe_identity", []string{"singleton"}, []string{"tcb_evaluation_data_number", "issue_date", "next_update", "qe_identity", "block_number"},
			[][]any{{int64(r.TcbEvaluationDataNumber), int64(r.IssueDate), int64(r.NextUpdate), r.JSON, int64(r.Block)}})
	}
	return fmt.Errorf("unknown entity %q", entity)
}

func nonNilBytes(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func nonNilAddrs(a []netip.Addr) []netip.Addr {
	if a == nil {
		return []netip.Addr{}
	}
	return a
}

// merge deletes the gone keys and upserts the rows of a table keyed by one bytea column.
func merge(ctx context.Context, tx pgx.Tx, table, key string, cols []string, rows [][]any, gone [][]byte) error {
	if len(gone) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE `+key+` = ANY($1)`, gone); err != nil {
			return err
		}
	}
	return upsert(ctx, tx, table, []string{key}, cols, rows)
}

// stagingThreshold is the row count from which upserts go through COPY into
// a staging table; fewer rows are sent as one multi-row INSERT.
const stagingThreshold = 32

// upsert inserts or replaces rows. Large sets are COPYed into a temporary
// staging table and merged with one INSERT ... ON CONFLICT.
func upsert(ctx context.Context, tx pgx.Tx, table string, conflict, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	sets := make([]string, 0, len(cols))
	for _, c := range cols {
		sets = append(sets, c+" = excluded."+c)
	}
	onConflict := ` ON CONFLICT (` + strings.Join(conflict, ", ") + `) DO UPDATE SET ` + strings.Join(sets, ", ")
	colList := strings.Join(cols, ", ")
	if len(rows) < stagingThreshold {
		var sb strings.Builder
		args := make([]any, 0, len(rows)*len(cols))
		sb.WriteString(`INSERT INTO ` + table + ` (` + colList + `) VALUES `)
		for i, r := range rows {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteByte('(')
			for j, v := range r {
				if j > 0 {
					sb.WriteString(", ")
				}
				args = append(args, v)
				sb.WriteString("$" + strconv.Itoa(len(args)))
			}
			sb.WriteByte(')')
		}
		sb.WriteString(onConflict)
		_, err := tx.Exec(ctx, sb.String(), args...)
		return err
	}
	stage := "stage_" + table
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE `+stage+` (LIKE `+table+` INCLUDING DEFAULTS) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("create staging table: %w", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{stage}, cols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy %d rows into staging: %w", len(rows), err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO `+table+` (`+colList+`) SELECT `+colList+` FROM `+stage+onConflict); err != nil {
		return fmt.Errorf("merge staging: %w", err)
	}
	_, err := tx.Exec(ctx, `DROP TABLE `+stage)
	return err
}
