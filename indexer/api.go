package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// API serves the indexed state as read-only JSON.
//
//	GET /v1/status                       cursor, head, lag
//	GET /v1/instances?status=&workload=&operator=&after=&limit=
//	GET /v1/instances/{id}
//	GET /v1/workloads?after=&limit=
//	GET /v1/roles?after=&limit=
//	GET /v1/backends
//	GET /v1/pki                          the current version
//	GET /v1/pki/{version}
//	GET /v1/artifacts/{hash}             {"hash","writer","data"(hex)}
//	GET /v1/events?from_block=&after=&limit=
//	GET /healthz                         200 when caught up, 503 otherwise
//
// Lists are ordered by key and paginated by keyset: the response's "next"
// is the "after" of the next page (absent on the last page). limit is at
// most 1000 (default 100). Byte values are 0x-hex.
type API struct {
	pool   *pgxpool.Pool
	status func() Status
	maxLag uint64
	log    *slog.Logger
}

// NewAPI returns the API handler. status reports the running indexer's
// progress (nil when the API runs without one: /healthz then only reports
// whether anything is indexed). maxLag is the lag in blocks above which
// /healthz fails.
func NewAPI(pool *pgxpool.Pool, status func() Status, maxLag uint64, log *slog.Logger) *API {
	return &API{pool: pool, status: status, maxLag: maxLag, log: log}
}

// Handler returns the routes.
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("GET /v1/status", a.wrap(a.getStatus))
	mux.HandleFunc("GET /v1/instances", a.wrap(a.listInstances))
	mux.HandleFunc("GET /v1/instances/{id}", a.wrap(a.getInstance))
	mux.HandleFunc("GET /v1/workloads", a.wrap(a.listWorkloads))
	mux.HandleFunc("GET /v1/roles", a.wrap(a.listRoles))
	mux.HandleFunc("GET /v1/backends", a.wrap(a.listBackends))
	mux.HandleFunc("GET /v1/pki", a.wrap(a.getPki))
	mux.HandleFunc("GET /v1/pki/{version}", a.wrap(a.getPki))
	mux.HandleFunc("GET /v1/artifacts/{hash}", a.wrap(a.getArtifact))
	mux.HandleFunc("GET /v1/events", a.wrap(a.listEvents))
	return mux
}

// apiError is an error with an HTTP status.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

var errNotFoundAPI = &apiError{http.StatusNotFound, "not found"}

func (a *API) wrap(h func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := h(r)
		if err != nil {
			var ae *apiError
			if !errors.As(err, &ae) {
				a.log.Error("API query failed", "path", r.URL.Path, "err", err)
				ae = &apiError{http.StatusInternalServerError, "internal error"}
			}
			writeJSON(w, ae.code, map[string]string{"error": ae.msg})
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// StatusView is /v1/status and the body of /healthz.
type StatusView struct {
	OK          bool     `json:"ok"`
	Reason      string   `json:"reason,omitempty"`
	ChainID     uint64   `json:"chainId"`
	Registry    string   `json:"registry"`
	Indexed     *uint64  `json:"indexedBlock"`
	BlockHash   string   `json:"indexedBlockHash,omitempty"`
	BlockTime   uint64   `json:"indexedBlockTime,omitempty"`
	Finalized   uint64   `json:"finalizedBlock"`
	Head        *uint64  `json:"headBlock,omitempty"`
	LagBlocks   *uint64  `json:"lagBlocks,omitempty"`
	CommittedAt string   `json:"committedAt,omitempty"`
	AgeSeconds  *float64 `json:"ageSeconds,omitempty"`
}

func (a *API) readStatus(ctx context.Context) (StatusView, error) {
	var v StatusView
	var reg []byte
	err := a.pool.QueryRow(ctx, `SELECT chain_id, registry FROM deployment`).Scan(&v.ChainID, &reg)
	if errors.Is(err, pgx.ErrNoRows) {
		v.Reason = "nothing indexed yet"
		return v, nil
	}
	if err != nil {
		return v, err
	}
	v.Registry = common.BytesToAddress(reg).Hex()
	var n uint64
	var hash []byte
	var at time.Time
	err = a.pool.QueryRow(ctx, `SELECT block_number, block_hash, block_time, finalized_number, updated_at FROM cursor`).Scan(&n, &hash, &v.BlockTime, &v.Finalized, &at)
	if errors.Is(err, pgx.ErrNoRows) {
		v.Reason = "nothing indexed yet"
		return v, nil
	}
	if err != nil {
		return v, err
	}
	v.Indexed, v.BlockHash, v.CommittedAt = &n, hexutil.Encode(hash), at.UTC().Format(time.RFC3339Nano)
	age := time.Since(at).Seconds()
	v.AgeSeconds = &age
	v.OK = true
	if a.status != nil {
		s := a.status()
		head := s.Head
		lag := head - min(head, n)
		v.Head, v.LagBlocks = &head, &lag
		switch {
		case !s.Ready:
			v.OK, v.Reason = false, "indexer not running"
		case lag > a.maxLag:
			v.OK, v.Reason = false, fmt.Sprintf("%d blocks behind the head (more than %d)", lag, a.maxLag)
		}
	}
	return v, nil
}

func (a *API) getStatus(r *http.Request) (any, error) { return a.readStatus(r.Context()) }

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	v, err := a.readStatus(r.Context())
	if err != nil {
		a.log.Warn("healthz: reading the database failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, StatusView{Reason: "database unavailable"})
		return
	}
	code := http.StatusOK
	if !v.OK {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, v)
}

type page struct {
	Items any    `json:"items"`
	Next  string `json:"next,omitempty"`
}

// pageOf cuts items (queried with limit+1 rows) to one page; Next is the
// key of the page's last item when more rows exist.
func pageOf[T any](items []T, limit int, key func(T) string) page {
	if len(items) <= limit {
		return page{Items: items}
	}
	return page{Items: items[:limit], Next: key(items[limit-1])}
}

func limitOf(r *http.Request) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return 100, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 1000 {
		return 0, badRequest("limit must be an integer from 1 to 1000")
	}
	return n, nil
}

// hexParam parses an optional 0x-hex parameter of exactly size bytes.
func hexParam(name, s string, size int) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != size {
		return nil, badRequest("%s must be 0x-hex of %d bytes", name, size)
	}
	return b, nil
}

// InstanceView is an instance as the API shows it.
type InstanceView struct {
	ID                 string   `json:"id"`
	WorkloadID         string   `json:"workloadId"`
	Operator           string   `json:"operator"`
	QuoteHash          string   `json:"quoteHash"`
	Status             string   `json:"status"`
	Active             bool     `json:"active"`
	TcbStatus          string   `json:"tcbStatus"`
	RegisteredAt       uint64   `json:"registeredAt"`
	ExpiresAt          uint64   `json:"expiresAt"`
	Label              string   `json:"label"`
	Pubkey             string   `json:"pubkey"`
	IPv4               []string `json:"ipv4"`
	IPv6               []string `json:"ipv6"`
	Port               uint16   `json:"port"`
	InvalidationReason string   `json:"invalidationReason,omitempty"`
	Block              uint64   `json:"block"`
}

var statusNames = map[uint8]string{StatusActive: "active", StatusRevoked: "revoked", StatusExpired: "expired", StatusInvalidated: "invalidated"}

// TcbStatusNames are IQuoteVerifier.TcbStatus values by number.
var TcbStatusNames = []string{"UpToDate", "SWHardeningNeeded", "ConfigurationNeeded", "ConfigurationAndSWHardeningNeeded", "OutOfDate", "OutOfDateConfigurationNeeded", "Revoked"}

func instanceView(id common.Hash, r InstanceRow, active bool) InstanceView {
	v := InstanceView{ID: id.Hex(), WorkloadID: r.WorkloadID.Hex(), Operator: r.Operator.Hex(), QuoteHash: r.QuoteHash.Hex(),
		Status: statusNames[r.Status], Active: active, RegisteredAt: r.RegisteredAt, ExpiresAt: r.ExpiresAt, Label: r.Label,
		Pubkey: hexutil.Encode(r.Pubkey), Port: r.Port, Block: r.Block, IPv4: addrs(r.IPv4), IPv6: addrs(r.IPv6)}
	if int(r.TcbStatus) < len(TcbStatusNames) {
		v.TcbStatus = TcbStatusNames[r.TcbStatus]
	}
	if r.InvalidationReason != nil {
		v.InvalidationReason = strings.TrimRight(string(r.InvalidationReason), "\x00")
	}
	return v
}

func addrs(a []netip.Addr) []string {
	out := make([]string, len(a))
	for i, x := range a {
		out[i] = x.String()
	}
	return out
}

func (a *API) listInstances(r *http.Request) (any, error) {
	q := r.URL.Query()
	limit, err := limitOf(r)
	if err != nil {
		return nil, err
	}
	after, err := hexParam("after", q.Get("after"), 32)
	if err != nil {
		return nil, err
	}
	workload, err := hexParam("workload", q.Get("workload"), 32)
	if err != nil {
		return nil, err
	}
	operator, err := hexParam("operator", q.Get("operator"), 20)
	if err != nil {
		return nil, err
	}
	var status int16
	switch s := q.Get("status"); s {
	case "", "any":
	case "active":
	default:
		found := false
		for n, name := range statusNames {
			if name == s {
				status, found = int16(n), true
			}
		}
		if !found {
			return nil, badRequest("status must be active, revoked, expired, invalidated or any")
		}
	}
	onlyActive := q.Get("status") == "active"
	rows, err := a.pool.Query(r.Context(), `SELECT `+instanceColumnsOf("i")+`, a.instance_id IS NOT NULL
		FROM instances i LEFT JOIN active_instances a USING (instance_id)
		WHERE ($1::bytea IS NULL OR i.instance_id > $1)
		  AND ($2::bytea IS NULL OR i.workload_id = $2)
		  AND ($3::bytea IS NULL OR i.operator = $3)
		  AND ($4::smallint = 0 OR i.status = $4)
		  AND (NOT $5 OR a.instance_id IS NOT NULL)
		ORDER BY i.instance_id LIMIT $6`, after, workload, operator, status, onlyActive, limit+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	items := []InstanceView{}
	for rows.Next() {
		var active bool
		id, row, err := scanInstance(rows, &active)
		if err != nil {
			return nil, err
		}
		items = append(items, instanceView(id, row, active))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return pageOf(items, limit, func(v InstanceView) string { return v.ID }), nil
}

// instanceColumnsOf qualifies the instance columns with a table alias.
func instanceColumnsOf(alias string) string {
	cols := make([]string, len(instanceColumns))
	for i, c := range instanceColumns {
		cols[i] = alias + "." + c
	}
	return strings.Join(cols, ", ")
}

func (a *API) getInstance(r *http.Request) (any, error) {
	id, err := hexParam("id", r.PathValue("id"), 32)
	if err != nil {
		return nil, err
	}
	var active bool
	hash, row, err := scanInstance(a.pool.QueryRow(r.Context(), `SELECT `+instanceColumnsOf("i")+`, a.instance_id IS NOT NULL
		FROM instances i LEFT JOIN active_instances a USING (instance_id) WHERE i.instance_id = $1`, id), &active)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errNotFoundAPI
	}
	if err != nil {
		return nil, err
	}
	return instanceView(hash, row, active), nil
}

func (a *API) listWorkloads(r *http.Request) (any, error) {
	limit, err := limitOf(r)
	if err != nil {
		return nil, err
	}
	after, err := hexParam("after", r.URL.Query().Get("after"), 32)
	if err != nil {
		return nil, err
	}
	type item struct {
		WorkloadID string `json:"workloadId"`
		ConfigHash string `json:"configHash"`
		Block      uint64 `json:"block"`
	}
	items := []item{}
	err = queryAll(r.Context(), a.pool, `SELECT workload_id, config_hash, block_number FROM workloads
		WHERE ($1::bytea IS NULL OR workload_id > $1) ORDER BY workload_id LIMIT $2`, []any{after, limit + 1}, func(rows pgx.Rows) error {
		var id, h []byte
		var it item
		if err := rows.Scan(&id, &h, &it.Block); err != nil {
			return err
		}
		it.WorkloadID, it.ConfigHash = hexutil.Encode(id), hexutil.Encode(h)
		items = append(items, it)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pageOf(items, limit, func(v item) string { return v.WorkloadID }), nil
}

func (a *API) listRoles(r *http.Request) (any, error) {
	limit, err := limitOf(r)
	if err != nil {
		return nil, err
	}
	after, err := hexParam("after", r.URL.Query().Get("after"), 20)
	if err != nil {
		return nil, err
	}
	type item struct {
		Account string   `json:"account"`
		Roles   string   `json:"roles"`
		Names   []string `json:"names"`
		Block   uint64   `json:"block"`
	}
	items := []item{}
	err = queryAll(r.Context(), a.pool, `SELECT account, roles::text, block_number FROM roles
		WHERE ($1::bytea IS NULL OR account > $1) ORDER BY account LIMIT $2`, []any{after, limit + 1}, func(rows pgx.Rows) error {
		var acct []byte
		var it item
		if err := rows.Scan(&acct, &it.Roles, &it.Block); err != nil {
			return err
		}
		it.Account = common.BytesToAddress(acct).Hex()
		it.Names = RoleNames(it.Roles)
		items = append(items, it)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pageOf(items, limit, func(v item) string { return strings.ToLower(v.Account) }), nil
}

// RoleNames names the known bits of a decimal role bitmap.
func RoleNames(decimal string) []string {
	n, err := strconv.ParseUint(decimal, 10, 64)
	names := []string{}
	if err != nil {
		return append(names, "unknown")
	}
	for bit, name := range []string{"operator", "metadata-writer", "kms-custodian"} {
		if n&(1<<bit) != 0 {
			names = append(names, name)
		}
	}
	if n>>3 != 0 {
		names = append(names, "unknown")
	}
	return names
}

func (a *API) listBackends(r *http.Request) (any, error) {
	type item struct {
		Position int    `json:"position"`
		URI      string `json:"uri"`
	}
	items := []item{}
	err := queryAll(r.Context(), a.pool, `SELECT position, uri FROM storage_backends ORDER BY position`, nil, func(rows pgx.Rows) error {
		var it item
		if err := rows.Scan(&it.Position, &it.URI); err != nil {
			return err
		}
		items = append(items, it)
		return nil
	})
	return page{Items: items}, err
}

func (a *API) getPki(r *http.Request) (any, error) {
	version := int64(-1)
	if s := r.PathValue("version"); s != "" {
		v, err := strconv.ParseUint(s, 10, 63)
		if err != nil {
			return nil, badRequest("version must be a positive integer")
		}
		version = int64(v)
	}
	var out struct {
		Version          uint64 `json:"version"`
		CaCertificate    string `json:"caCertificate"`
		SecretsPublicKey string `json:"secretsPublicKey"`
		KmsAttestation   string `json:"kmsAttestation"`
		Block            uint64 `json:"block"`
	}
	var ca, key, att []byte
	err := a.pool.QueryRow(r.Context(), `SELECT version, ca_certificate, secrets_public_key, kms_attestation, block_number FROM pki
		WHERE $1 < 0 OR version = $1 ORDER BY version DESC LIMIT 1`, version).Scan(&out.Version, &ca, &key, &att, &out.Block)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errNotFoundAPI
	}
	if err != nil {
		return nil, err
	}
	out.CaCertificate, out.SecretsPublicKey, out.KmsAttestation = hexutil.Encode(ca), hexutil.Encode(key), hexutil.Encode(att)
	return out, nil
}

func (a *API) getArtifact(r *http.Request) (any, error) {
	h, err := hexParam("hash", r.PathValue("hash"), 32)
	if err != nil {
		return nil, err
	}
	var writer, data []byte
	var block uint64
	err = a.pool.QueryRow(r.Context(), `SELECT writer, data, block_number FROM artifacts WHERE hash = $1`, h).Scan(&writer, &data, &block)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errNotFoundAPI
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"hash": hexutil.Encode(h), "writer": common.BytesToAddress(writer).Hex(), "data": hexutil.Encode(data), "block": block}, nil
}

func (a *API) listEvents(r *http.Request) (any, error) {
	q := r.URL.Query()
	limit, err := limitOf(r)
	if err != nil {
		return nil, err
	}
	var fromBlock int64
	if s := q.Get("from_block"); s != "" {
		if fromBlock, err = strconv.ParseInt(s, 10, 64); err != nil || fromBlock < 0 {
			return nil, badRequest("from_block must be a block number")
		}
	}
	afterBlock, afterLog := int64(-1), int64(-1)
	if s := q.Get("after"); s != "" {
		b, l, ok := strings.Cut(s, "-")
		var e1, e2 error
		afterBlock, e1 = strconv.ParseInt(b, 10, 64)
		afterLog, e2 = strconv.ParseInt(l, 10, 64)
		if !ok || e1 != nil || e2 != nil {
			return nil, badRequest("after must be <block>-<logIndex>")
		}
	}
	type item struct {
		Block    uint64          `json:"block"`
		LogIndex uint            `json:"logIndex"`
		Tx       string          `json:"tx"`
		Address  string          `json:"address"`
		Name     string          `json:"name"`
		Fields   json.RawMessage `json:"fields"`
	}
	items := []item{}
	err = queryAll(r.Context(), a.pool, `SELECT block_number, log_index, tx_hash, address, name, fields FROM events
		WHERE block_number >= $1 AND (block_number, log_index) > ($2, $3)
		ORDER BY block_number, log_index LIMIT $4`, []any{fromBlock, afterBlock, afterLog, limit + 1}, func(rows pgx.Rows) error {
		var it item
		var tx, addr, fields []byte
		if err := rows.Scan(&it.Block, &it.LogIndex, &tx, &addr, &it.Name, &fields); err != nil {
			return err
		}
		it.Tx, it.Address, it.Fields = hexutil.Encode(tx), common.BytesToAddress(addr).Hex(), fields
		items = append(items, it)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pageOf(items, limit, func(v item) string { return fmt.Sprintf("%d-%d", v.Block, v.LogIndex) }), nil
}
