package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/tdxquote"
)

// run runs the app in-process with args (after "teereg") and returns stdout,
// stderr and the error; exit codes come back as cli.ExitCoder errors instead
// of ending the test binary.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	app := newApp()
	var stdout, stderr bytes.Buffer
	app.Writer, app.ErrWriter = &stdout, &stderr
	app.ExitErrHandler = func(*cli.Context, error) {}
	err := app.RunContext(context.Background(), append([]string{"teereg", "--log-level", "error"}, args...))
	return stdout.String(), stderr.String(), err
}

func exitCode(err error) int {
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	if err != nil {
		return 1
	}
	return 0
}

// vectorsDir is ../shared/testdata/tdx next to the module root; tests that
// need it skip when it is absent.
func vectorsDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "testdata", "tdx"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real TDX vectors not available (looked for %s): %v", dir, err)
	}
	return dir
}

// field returns the value of a "name   value" line of the text output.
func field(t *testing.T, out, name string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `\s{2,}(.*)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %q line in output:\n%s", name, out)
	}
	return strings.TrimSpace(m[1])
}

func TestQuoteVerifyRealVectorText(t *testing.T) {
	dir := vectorsDir(t)
	quotePath := filepath.Join(dir, "phala-uptodate", "quote.bin")
	stdout, stderr, err := run(t, "quote", "verify",
		"--quote", quotePath,
		"--collateral", filepath.Join(dir, "phala-uptodate", "collateral.json"),
		"--root", filepath.Join(dir, "intel-sgx-root-ca.der"),
		"--at", "1752919234")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if stderr != "" {
		t.Errorf("unexpected stderr: %s", stderr)
	}
	raw, _ := os.ReadFile(quotePath)
	q, err := tdxquote.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"verdict":       "valid",
		"tcb status":    "UpToDate",
		"advisories":    "none",
		"verified at":   "2025-07-19T10:00:34Z (1752919234)",
		"root CA":       "44:A0:19:6B:2B:99:F8:89:B8:E1:49:E9:5B:80:7A:35:0E:74:24:96:43:99:E8:85:A7:CB:B8:CC:FA:B6:74:D3 (Intel SGX Root CA, from file)",
		"MRTD":          hex.EncodeToString(q.Body.MRTD[:]),
		"RTMR0":         hex.EncodeToString(q.Body.RTMR[0][:]),
		"RTMR3":         hex.EncodeToString(q.Body.RTMR[3][:]),
		"MRCONFIGID":    hex.EncodeToString(q.Body.MRConfigID[:]),
		"XFAM":          hex.EncodeToString(q.Body.XFAM[:]),
		"TD_ATTRIBUTES": hex.EncodeToString(q.Body.TDAttributes[:]),
		"REPORTDATA":    hex.EncodeToString(q.Body.ReportData[:]),
	} {
		if got := field(t, stdout, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if !regexp.MustCompile(`^[1-9][0-9]{5}$`).MatchString(field(t, stdout, "gas verifyQuote")) {
		t.Errorf("gas verifyQuote = %q", field(t, stdout, "gas verifyQuote"))
	}
	field(t, stdout, "gas upload TCB info")
}

func TestQuoteVerifyRealVectorJSON(t *testing.T) {
	dir := vectorsDir(t)
	// The collateral's own root is pinned, with a warning saying it is Intel's.
	stdout, stderr, err := run(t, "quote", "verify",
		"--quote", filepath.Join(dir, "automata-outofdate", "quote.bin"),
		"--collateral", filepath.Join(dir, "automata-outofdate", "collateral.json"),
		"--at", "2025-06-05T03:45:00Z", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "warning: no --root given") || !strings.Contains(stderr, "it is Intel's SGX Root CA") ||
		!strings.Contains(stderr, "44:A0:19:6B:2B:99:F8:89") {
		t.Errorf("stderr lacks the root warning: %s", stderr)
	}
	var doc struct {
		Valid       bool     `json:"valid"`
		Failure     string   `json:"failure"`
		TCBStatus   string   `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIds"`
		Report      struct {
			MRTD       string `json:"mrTd"`
			ReportData string `json:"reportData"`
		} `json:"report"`
		WorkloadID string `json:"workloadId"`
		GasUsed    uint64 `json:"gasUsed"`
		Steps      []struct {
			Step    string `json:"step"`
			GasUsed uint64 `json:"gasUsed"`
		} `json:"steps"`
		VerifiedAt int64 `json:"verifiedAt"`
		Root       struct {
			SHA256 string `json:"sha256"`
			Intel  bool   `json:"intel"`
			Source string `json:"source"`
		} `json:"root"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if !doc.Valid || doc.TCBStatus != "OutOfDate" || len(doc.AdvisoryIDs) != 3 || doc.AdvisoryIDs[0] != "INTEL-SA-00960" ||
		doc.VerifiedAt != 1749095100 || !doc.Root.Intel || doc.Root.Source != "collateral" || doc.GasUsed == 0 ||
		len(doc.Steps) != 8 || len(doc.Report.MRTD) != 96 || len(doc.Report.ReportData) != 128 || len(doc.WorkloadID) != 66 {
		t.Fatalf("JSON %+v", doc)
	}
}

// TestQuoteDevteeThenVerify writes dev TEE files with `quote devtee` and
// verifies them: valid, invalid (exit 2) for a debug TD, and the warning
// when the dev root is taken from the collateral.
func TestQuoteDevteeThenVerify(t *testing.T) {
	dir := t.TempDir()
	q, c, r := filepath.Join(dir, "q.bin"), filepath.Join(dir, "c.json"), filepath.Join(dir, "root.der")
	stdout, stderr, err := run(t, "quote", "devtee", "--out-quote", q, "--out-collateral", c, "--out-root", r,
		"--report-data", "0xc0ffee", "--status", "OutOfDate", "--advisory", "INTEL-SA-00960", "--seed", "cli test",
		"--at", "1767225600")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "teereg quote verify --quote "+q) {
		t.Errorf("no hint in:\n%s", stdout)
	}
	first, _ := os.ReadFile(q)
	// Deterministic with --seed.
	if _, _, err := run(t, "quote", "devtee", "--out-quote", q+"2", "--out-collateral", c+"2", "--out-root", r+"2",
		"--report-data", "c0ffee", "--status", "OutOfDate", "--advisory", "INTEL-SA-00960", "--seed", "cli test", "--at", "1767225600"); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(q + "2"); !bytes.Equal(first, again) {
		t.Error("--seed output is not reproducible")
	}

	stdout, stderr, err = run(t, "quote", "verify", "--quote", q, "--collateral", c, "--root", r, "--at", "1767229200")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if field(t, stdout, "verdict") != "valid" || field(t, stdout, "tcb status") != "OutOfDate" ||
		field(t, stdout, "advisories") != "INTEL-SA-00960" || !strings.HasPrefix(field(t, stdout, "REPORTDATA"), "c0ffee00") ||
		!strings.Contains(field(t, stdout, "root CA"), "not Intel's, from file") {
		t.Fatalf("output:\n%s", stdout)
	}

	// Flags from the environment; root from the collateral, with a warning.
	t.Setenv("TEEREG_QUOTE", q)
	t.Setenv("TEEREG_COLLATERAL", c)
	t.Setenv("TEEREG_VERIFY_AT", "1767229200")
	stdout, stderr, err = run(t, "quote", "verify")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if field(t, stdout, "verdict") != "valid" || !strings.Contains(stderr, "it is NOT Intel's SGX Root CA") {
		t.Fatalf("stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}

	// A debug TD verifies as invalid: exit status 2, the verdict printed.
	if _, _, err := run(t, "quote", "devtee", "--out-quote", q, "--out-collateral", c, "--out-root", r, "--debug-td", "--at", "1767225600"); err != nil {
		t.Fatal(err)
	}
	stdout, _, err = run(t, "quote", "verify", "--quote", q, "--collateral", c, "--root", r, "--at", "1767229200", "--json")
	if exitCode(err) != exitInvalid || !strings.Contains(err.Error(), "DEBUG_TD") {
		t.Fatalf("debug TD: exit %d, %v", exitCode(err), err)
	}
	var doc struct {
		Valid   bool   `json:"valid"`
		Failure string `json:"failure"`
	}
	if json.Unmarshal([]byte(stdout), &doc) != nil || doc.Valid || doc.Failure != "DEBUG_TD" {
		t.Fatalf("debug TD JSON:\n%s", stdout)
	}
}

func TestQuoteVerifyErrors(t *testing.T) {
	dir := t.TempDir()
	q, c, r := filepath.Join(dir, "q.bin"), filepath.Join(dir, "c.json"), filepath.Join(dir, "root.der")
	if _, _, err := run(t, "quote", "devtee", "--out-quote", q, "--out-collateral", c, "--out-root", r, "--at", "1767225600"); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(q)
	short := filepath.Join(dir, "short.bin")
	os.WriteFile(short, raw[:700], 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"tcb_info": 1}`), 0o644)

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"truncated quote", []string{"--quote", short, "--collateral", c, "--root", r, "--at", "1767229200"}, "quote verify: verify quote: QuoteTruncated("},
		{"malformed collateral", []string{"--quote", q, "--collateral", bad, "--root", r}, "collateral file"},
		{"missing quote", []string{"--quote", filepath.Join(dir, "none"), "--collateral", c, "--root", r}, "no such file"},
		{"bad time", []string{"--quote", q, "--collateral", c, "--root", r, "--at", "yesterday"}, "--at"},
		{"collateral not yet valid", []string{"--quote", q, "--collateral", c, "--root", r, "--at", "1767225000"}, "quote verify: upload root CA CRL: CrlNotValidNow("},
		{"root not a certificate", []string{"--quote", q, "--collateral", c, "--root", q}, "--root"},
		{"no quote flag", []string{"--collateral", c}, `Required flag "quote" not set`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, append([]string{"quote", "verify"}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != 1 {
				t.Fatalf("got %v (exit %d), want %q", err, exitCode(err), tc.want)
			}
		})
	}
	t.Run("unknown status", func(t *testing.T) {
		_, _, err := run(t, "quote", "devtee", "--out-quote", q, "--out-collateral", c, "--out-root", r, "--status", "Fine")
		if err == nil || !strings.Contains(err.Error(), `unknown TCB status "Fine"`) {
			t.Fatalf("got %v", err)
		}
	})
}

func TestQuoteHelp(t *testing.T) {
	for _, cmd := range [][]string{{"quote", "verify"}, {"quote", "devtee"}, {"collateral", "push"}} {
		stdout, _, err := run(t, append(cmd, "--help")...)
		if err != nil || !strings.Contains(stdout, "Example:") || !strings.Contains(stdout, "teereg "+strings.Join(cmd, " ")) {
			t.Errorf("%v --help: %v\n%s", cmd, err, stdout)
		}
	}
}
