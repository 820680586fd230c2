package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/bindings"
)

// devQuote returns a development quote of body (nil: the default TD).
func devQuote(t *testing.T, body *tdxquote.Body) []byte {
	t.Helper()
	authority, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("workload id")), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	platform, err := authority.NewPlatform([6]byte{0xb0, 0xc0, 0x6f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var q []byte
	if body == nil {
		q, err = platform.Quote(t.Context(), [64]byte{7})
	} else {
		q, err = platform.QuoteBody(*body)
	}
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// simRPC serves a simulated backend's JSON-RPC over HTTP, so the CLI can
// dial it like a node.
func simRPC(t *testing.T, sim *simulated.Backend) string {
	t.Helper()
	// simulated.Backend hides its ethclient; the proxy needs the raw client.
	raw := reflect.ValueOf(sim.Client()).Field(0).Interface().(*ethclient.Client).Client()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		body, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		params := make([]any, len(req.Params))
		for i, p := range req.Params {
			params[i] = p
		}
		var result json.RawMessage
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if err := raw.CallContext(r.Context(), &result, req.Method, params...); err != nil {
			e := map[string]any{"code": -32000, "message": err.Error()}
			var re rpc.Error
			if errors.As(err, &re) {
				e["code"] = re.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e["data"] = de.ErrorData()
			}
			resp["error"] = e
		} else {
			resp["result"] = result
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestWorkloadIDMatchesRegistryOnSimulatedChain computes workload ids of
// random TD reports from quotes and from flags, and compares them with the
// Registry's workloadIdOf on a simulated chain, directly and with --check.
func TestWorkloadIDMatchesRegistryOnSimulatedChain(t *testing.T) {
	isolateEnv(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	admin := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{admin: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		t.Fatal(err)
	}
	addr, _, reg, err := bindings.DeployRegistry(auth, client, admin, common.Address{}, 3600)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	rpcURL := simRPC(t, sim)

	rng := mrand.New(mrand.NewPCG(7, 7))
	fill := func(b []byte) {
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
	}
	dir := t.TempDir()
	for i := range 6 {
		var body tdxquote.Body
		fill(body.MRTD[:])
		for j := range body.RTMR {
			fill(body.RTMR[j][:])
		}
		fill(body.XFAM[:])
		fill(body.TDAttributes[:])
		fill(body.MROwner[:]) // not part of the identity
		if i%2 == 0 {
			fill(body.MRConfigID[:])
		}
		onChain, err := reg.WorkloadIdOf(&bind.CallOpts{Context: t.Context()}, bindings.IQuoteVerifierTdReport{
			MrTd: body.MRTD[:], RtMr0: body.RTMR[0][:], RtMr1: body.RTMR[1][:], RtMr2: body.RTMR[2][:], RtMr3: body.RTMR[3][:],
			MrConfigId: body.MRConfigID[:], MrOwner: body.MROwner[:], MrOwnerConfig: body.MROwnerConfig[:], Xfam: body.XFAM, TdAttributes: body.TDAttributes,
			ReportData: body.ReportData[:]})
		if err != nil {
			t.Fatal(err)
		}

		quote := devQuote(t, &body)
		qf := filepath.Join(dir, "q.bin")
		if i == 1 { // hex text works too
			quote = []byte("0x" + hex.EncodeToString(quote) + "\n")
		}
		if err := os.WriteFile(qf, quote, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := runAdmin(t, "workload", "id", "--quote", qf, "--json", "--check", "--rpc-url", rpcURL, "--registry", addr.Hex())
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		var doc struct {
			WorkloadID   common.Hash       `json:"workloadId"`
			Measurements map[string]string `json:"measurements"`
			OnChain      struct {
				WorkloadIdOf common.Hash `json:"workloadIdOf"`
				Matches      bool        `json:"matches"`
				Allowlisted  bool        `json:"allowlisted"`
			} `json:"onChain"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if doc.WorkloadID != onChain || doc.OnChain.WorkloadIdOf != onChain || !doc.OnChain.Matches || doc.OnChain.Allowlisted {
			t.Fatalf("report %d: CLI %s, registry %x (%+v)", i, doc.WorkloadID, onChain, doc)
		}

		// The same from flags, in text.
		args := []string{"workload", "id"}
		for _, f := range []struct {
			name string
			b    []byte
		}{{"mrtd", body.MRTD[:]}, {"rtmr0", body.RTMR[0][:]}, {"rtmr1", body.RTMR[1][:]}, {"rtmr2", body.RTMR[2][:]}, {"rtmr3", body.RTMR[3][:]},
			{"mr-config-id", body.MRConfigID[:]}, {"xfam", body.XFAM[:]}, {"td-attributes", body.TDAttributes[:]}} {
			v := "0x" + hex.EncodeToString(f.b)
			if i%2 == 1 && f.name == "mr-config-id" {
				v = "0"
			}
			if doc.Measurements[map[string]string{"mrtd": "mrTd", "rtmr0": "rtMr0", "rtmr1": "rtMr1", "rtmr2": "rtMr2", "rtmr3": "rtMr3",
				"mr-config-id": "mrConfigId", "xfam": "xfam", "td-attributes": "tdAttributes"}[f.name]] != "0x"+hex.EncodeToString(f.b) {
				t.Fatalf("report %d: measurement %s in JSON: %v", i, f.name, doc.Measurements)
			}
			args = append(args, "--"+f.name, v)
		}
		out, err = runAdmin(t, args...)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if !regexp.MustCompile(`(?m)^workload id\s+` + common.Hash(onChain).Hex() + `$`).MatchString(out) {
			t.Fatalf("report %d from flags, want %x:\n%s", i, onChain, out)
		}
	}

	// --check says whether the identity is allowlisted.
	quote := devQuote(t, nil)
	m, err := measurementsOfQuote(quote)
	if err != nil {
		t.Fatal(err)
	}
	cfg := common.HexToHash("0x" + strings.Repeat("c0", 32))
	if _, err := reg.AllowWorkload(auth, m.workloadID(), cfg); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	qf := filepath.Join(dir, "default.bin")
	if err := os.WriteFile(qf, quote, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runAdmin(t, "workload", "id", "--quote", qf, "--check", "--rpc-url", rpcURL, "--registry", addr.Hex())
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, re := range []string{
		`(?m)^workload id\s+` + m.workloadID().Hex() + `$`,
		`(?m)^registry\s+` + addr.Hex() + ` workloadIdOf matches$`,
		`(?m)^allowlisted\s+yes, config hash ` + cfg.Hex() + `$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Fatalf("--check output lacks %s:\n%s", re, out)
		}
	}
}

func TestWorkloadIDGarbage(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	quote := devQuote(t, nil)
	truncated := filepath.Join(dir, "short.bin")
	if err := os.WriteFile(truncated, quote[:700], 0o600); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "q.bin")
	if err := os.WriteFile(good, quote, 0o600); err != nil {
		t.Fatal(err)
	}
	h48 := "0x" + strings.Repeat("ab", 48)
	h8 := "0x" + strings.Repeat("01", 8)
	all := []string{"--mrtd", h48, "--rtmr0", h48, "--rtmr1", h48, "--rtmr2", h48, "--rtmr3", h48, "--mr-config-id", h48, "--xfam", h8, "--td-attributes", h8}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "give --quote FILE, or all of --mrtd"},
		{[]string{"--quote", filepath.Join(dir, "missing")}, "--quote: open"},
		{[]string{"--quote", truncated}, "--quote " + truncated + ": parse TDX quote"},
		{[]string{"--quote", good, "--mrtd", h48}, "give either --quote or the measurement flags, not both (--mrtd)"},
		{[]string{"--mrtd", h48, "--rtmr0", h48}, "missing --rtmr1, --rtmr2, --rtmr3, --mr-config-id, --xfam, --td-attributes"},
		{append(append([]string{}, all[:len(all)-2]...), "--td-attributes", "0x01"), "--td-attributes is 1 bytes, want 8 (16 hex digits)"},
		{append([]string{"--mrtd", "0x" + strings.Repeat("ab", 47)}, all[2:]...), "--mrtd is 47 bytes, want 48"},
		{append([]string{"--mrtd", "xyz"}, all[2:]...), `--mrtd: "xyz" is not hex (bad character 'x')`},
		{append([]string{"--mrtd", "0xabc"}, all[2:]...), `--mrtd: "0xabc" has an odd number of hex digits`},
		{[]string{"--quote", good, "--check"}, "--check: no JSON-RPC endpoint"},
	} {
		_, err := runAdmin(t, append([]string{"workload", "id"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v:\n got %v\nwant …%s…", tc.args, err, tc.want)
		}
	}
	// The quote from standard input.
	out, err := runAdminIn(t, string(quote), "workload", "id", "--quote", "-")
	m, merr := measurementsOfQuote(quote)
	if err != nil || merr != nil || !strings.Contains(out, m.workloadID().Hex()) || !regexp.MustCompile(`(?m)^from\s+quote -$`).MatchString(out) {
		t.Fatalf("%v %v\n%s", err, merr, out)
	}
}
