package main

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/indexer"
)

const defaultIndexerURL = "http://127.0.0.1:8380"

func statusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "show the system as the indexer sees it: sync, instances, workloads, roles, backends, PKI",
		UsageText: "teereg status [--indexer-url URL] [--json]",
		Description: `Reads the indexer's JSON API (` + "`teereg indexer`" + `, default ` + defaultIndexerURL + `):
the indexed block, the chain head, the lag and whether the indexer is
healthy; every instance record (label, status, whether active, endpoints,
workload, expiry); the allowlisted workloads and their config hashes; the
accounts holding roles; the storage backends; and the current PKI version.
Nothing is read from the chain directly.

--json prints what the API returned, each list gathered over all its pages:
{"indexerUrl", "status", "instances", "workloads", "roles", "backends",
"pki"} ("pki" is null before the first PKI is published).

Examples:
   teereg status
   teereg status --indexer-url http://indexer.internal:8380 --json | jq '.instances[] | select(.active)'
   TEEREG_INDEXER_URL=http://10.0.0.5:8380 teereg status`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "indexer-url", Value: defaultIndexerURL, EnvVars: []string{"TEEREG_INDEXER_URL"}, Usage: "base URL of the indexer's HTTP API"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, EnvVars: []string{"TEEREG_STATUS_TIMEOUT"}, Usage: "how long all the queries may take"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		},
		Action: runStatus,
	}
}

// statusDoc is everything `status` shows, as the indexer returned it.
type statusDoc struct {
	IndexerURL string            `json:"indexerUrl"`
	Status     json.RawMessage   `json:"status"`
	Instances  []json.RawMessage `json:"instances"`
	Workloads  []json.RawMessage `json:"workloads"`
	Roles      []json.RawMessage `json:"roles"`
	Backends   []json.RawMessage `json:"backends"`
	Pki        json.RawMessage   `json:"pki"`
}

// indexerClient reads the indexer API.
type indexerClient struct {
	base *url.URL
	http *http.Client
}

func newIndexerClient(raw string) (*indexerClient, error) {
	u, err := parseHTTPURL("--indexer-url", raw)
	if err != nil {
		return nil, err
	}
	return &indexerClient{base: u, http: &http.Client{}}, nil
}

// parseHTTPURL checks that flag's value raw is an http(s) URL with a host
// and returns it without a trailing slash, as the base of API paths.
func parseHTTPURL(flag, raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s %q is not an http(s) URL", flag, raw)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// apiErrorMessage is what a teereg API's error answer says: its
// {"error": …} field whole, else (not one of our APIs) the first 200 bytes
// of the body.
func apiErrorMessage(body []byte) string {
	var apiErr struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &apiErr) == nil && apiErr.Error != "" {
		return apiErr.Error
	}
	msg := strings.TrimSpace(string(body))
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

// errNotFound is an API 404.
var errNotFound = errors.New("not found")

// get fetches path (with query) into a raw JSON value.
func (ic *indexerClient) get(ctx context.Context, path string, query url.Values) (json.RawMessage, error) {
	u := *ic.base
	u.Path += path
	u.RawQuery = query.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := ic.http.Do(req)
	if err != nil {
		var opErr *net.OpError
		if errors.As(err, &opErr) {
			return nil, fmt.Errorf("query the indexer at %s: %w (is `teereg indexer` running there? --indexer-url or TEEREG_INDEXER_URL says where)", ic.base, err)
		}
		return nil, fmt.Errorf("query the indexer at %s: %w", ic.base, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading the response: %w", u.String(), err)
	}
	if resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("GET %s: %w", u.String(), errNotFound)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s: %s", u.String(), resp.Status, apiErrorMessage(body))
	}
	if !json.Valid(body) {
		return nil, fmt.Errorf("GET %s: the answer is not JSON (is %s the indexer's API?)", u.String(), ic.base)
	}
	return body, nil
}

// list fetches every page of a paginated list.
func (ic *indexerClient) list(ctx context.Context, path string) ([]json.RawMessage, error) {
	items := []json.RawMessage{}
	after := ""
	for range 10_000 {
		q := url.Values{"limit": {"1000"}}
		if after != "" {
			q.Set("after", after)
		}
		raw, err := ic.get(ctx, path, q)
		if err != nil {
			return nil, err
		}
		var page struct {
			Items []json.RawMessage `json:"items"`
			Next  string            `json:"next"`
		}
		if err := json.Unmarshal(raw, &page); err != nil {
			return nil, fmt.Errorf("GET %s: unexpected answer: %w", path, err)
		}
		items = append(items, page.Items...)
		if page.Next == "" || page.Next == after {
			return items, nil
		}
		after = page.Next
	}
	return nil, fmt.Errorf("GET %s: more pages than expected", path)
}

func runStatus(c *cli.Context) error {
	ic, err := newIndexerClient(c.String("indexer-url"))
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	doc := statusDoc{IndexerURL: ic.base.String()}
	if doc.Status, err = ic.get(ctx, "/v1/status", nil); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	for _, l := range []struct {
		path string
		dst  *[]json.RawMessage
	}{{"/v1/instances", &doc.Instances}, {"/v1/workloads", &doc.Workloads}, {"/v1/roles", &doc.Roles}, {"/v1/backends", &doc.Backends}} {
		if *l.dst, err = ic.list(ctx, l.path); err != nil {
			return fmt.Errorf("status: %w", err)
		}
	}
	doc.Pki, err = ic.get(ctx, "/v1/pki", nil)
	switch {
	case errors.Is(err, errNotFound):
		doc.Pki = json.RawMessage("null")
	case err != nil:
		return fmt.Errorf("status: %w", err)
	}
	if c.Bool("json") {
		if err := writeJSON(c.App.Writer, doc); err != nil {
			return fmt.Errorf("status: %w", err)
		}
		return nil
	}
	if err := printStatus(c.App.Writer, &doc, time.Now()); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	return nil
}

// The API's list items (indexer/api.go).
type (
	statusWorkload struct {
		WorkloadID string `json:"workloadId"`
		ConfigHash string `json:"configHash"`
		Block      uint64 `json:"block"`
	}
	statusRole struct {
		Account string   `json:"account"`
		Roles   string   `json:"roles"`
		Names   []string `json:"names"`
		Block   uint64   `json:"block"`
	}
	statusBackend struct {
		Position int    `json:"position"`
		URI      string `json:"uri"`
	}
	statusPki struct {
		Version          uint64 `json:"version"`
		CaCertificate    string `json:"caCertificate"`
		SecretsPublicKey string `json:"secretsPublicKey"`
		KmsAttestation   string `json:"kmsAttestation"`
		Block            uint64 `json:"block"`
	}
)

func decodeItems[T any](what string, raw []json.RawMessage) ([]T, error) {
	out := make([]T, len(raw))
	for i, r := range raw {
		if err := json.Unmarshal(r, &out[i]); err != nil {
			return nil, fmt.Errorf("unexpected %s item %s: %w", what, r, err)
		}
	}
	return out, nil
}

func printStatus(out io.Writer, doc *statusDoc, now time.Time) error {
	var st indexer.StatusView
	if err := json.Unmarshal(doc.Status, &st); err != nil {
		return fmt.Errorf("unexpected /v1/status answer: %w", err)
	}
	instances, err := decodeItems[indexer.InstanceView]("instance", doc.Instances)
	if err != nil {
		return err
	}
	workloads, err := decodeItems[statusWorkload]("workload", doc.Workloads)
	if err != nil {
		return err
	}
	roles, err := decodeItems[statusRole]("role", doc.Roles)
	if err != nil {
		return err
	}
	backends, err := decodeItems[statusBackend]("backend", doc.Backends)
	if err != nil {
		return err
	}
	var pki *statusPki
	if string(doc.Pki) != "null" {
		pki = new(statusPki)
		if err := json.Unmarshal(doc.Pki, pki); err != nil {
			return fmt.Errorf("unexpected /v1/pki answer: %w", err)
		}
	}

	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	health := "healthy"
	if !st.OK {
		health = "UNHEALTHY"
		if st.Reason != "" {
			health += ": " + st.Reason
		}
	}
	fmt.Fprintf(w, "indexer\t%s (%s)\n", doc.IndexerURL, health)
	if st.Registry != "" {
		fmt.Fprintf(w, "chain\t%d, registry %s\n", st.ChainID, st.Registry)
	}
	indexed := "nothing yet"
	if st.Indexed != nil {
		indexed = fmt.Sprintf("block %d (finalized %d", *st.Indexed, st.Finalized)
		if st.BlockTime != 0 {
			indexed += ", block time " + unixUTC(st.BlockTime)
		}
		indexed += ")"
	}
	if st.AgeSeconds != nil {
		indexed += ", committed " + (time.Duration(*st.AgeSeconds * float64(time.Second))).Truncate(time.Second).String() + " ago"
	}
	fmt.Fprintf(w, "indexed\t%s\n", indexed)
	if st.Head != nil {
		lag := "?"
		if st.LagBlocks != nil {
			lag = strconv.FormatUint(*st.LagBlocks, 10)
		}
		fmt.Fprintf(w, "head\tblock %d, lag %s blocks\n", *st.Head, lag)
	} else {
		fmt.Fprintf(w, "head\tunknown (the API runs without an indexer)\n")
	}
	pkiLine := "none published"
	if pki != nil {
		pkiLine = fmt.Sprintf("version %d (block %d)", pki.Version, pki.Block)
		if der, err := hexutil.Decode(pki.CaCertificate); err == nil {
			if cert, err := x509.ParseCertificate(der); err == nil {
				sum := sha256.Sum256(der)
				pkiLine += fmt.Sprintf(", CA %q valid until %s, sha256 %x", cert.Subject.String(), cert.NotAfter.UTC().Format(time.RFC3339), sum[:8])
			}
		}
	}
	fmt.Fprintf(w, "pki\t%s\n", pkiLine)
	if err := w.Flush(); err != nil {
		return err
	}

	active := 0
	for _, in := range instances {
		if in.Active {
			active++
		}
	}
	fmt.Fprintf(out, "\nINSTANCES (%d, %d active)\n", len(instances), active)
	if len(instances) > 0 {
		w = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "LABEL\tSTATUS\tACTIVE\tENDPOINTS\tWORKLOAD\tTCB\tEXPIRES\tID")
		for _, in := range instances {
			status := in.Status
			if in.InvalidationReason != "" {
				status += " (" + in.InvalidationReason + ")"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(in.Label), status, yesNo(in.Active), endpoints(in),
				shortHex(in.WorkloadID), orDash(in.TcbStatus), expiry(in.ExpiresAt, now), shortHex(in.ID))
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}

	fmt.Fprintf(out, "\nWORKLOADS (%d)\n", len(workloads))
	if len(workloads) > 0 {
		w = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "WORKLOAD ID\tCONFIG HASH\tBLOCK")
		for _, wl := range workloads {
			fmt.Fprintf(w, "%s\t%s\t%d\n", wl.WorkloadID, wl.ConfigHash, wl.Block)
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}

	fmt.Fprintf(out, "\nROLES (%d)\n", len(roles))
	if len(roles) > 0 {
		w = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ACCOUNT\tROLES\tBLOCK")
		for _, r := range roles {
			fmt.Fprintf(w, "%s\t%s\t%d\n", r.Account, strings.Join(r.Names, ", "), r.Block)
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}

	fmt.Fprintf(out, "\nSTORAGE BACKENDS (%d)\n", len(backends))
	for _, b := range backends {
		fmt.Fprintf(out, "%d  %s\n", b.Position, b.URI)
	}
	return nil
}

func endpoints(in indexer.InstanceView) string {
	var parts []string
	for _, a := range append(append([]string{}, in.IPv4...), in.IPv6...) {
		if ip, err := netip.ParseAddr(a); err == nil {
			parts = append(parts, netip.AddrPortFrom(ip, in.Port).String())
		} else {
			parts = append(parts, a)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}

// shortHex abbreviates a long 0x-hex value to 0x1234abcd…ef01.
func shortHex(s string) string {
	if len(s) <= 18 {
		return orDash(s)
	}
	return s[:10] + "…" + s[len(s)-4:]
}

func expiry(at uint64, now time.Time) string {
	if at == 0 {
		return "-"
	}
	t := time.Unix(int64(at), 0)
	d := t.Sub(now).Truncate(time.Second)
	if d >= 0 {
		return unixUTC(at) + " (in " + d.String() + ")"
	}
	return unixUTC(at) + " (" + (-d).String() + " ago)"
}

func unixUTC(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
