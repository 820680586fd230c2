package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/dcap"
)

// intelRootSHA256 is the SHA-256 fingerprint of the Intel SGX Root CA
// certificate (valid until 2049).
const intelRootSHA256 = "44:A0:19:6B:2B:99:F8:89:B8:E1:49:E9:5B:80:7A:35:0E:74:24:96:43:99:E8:85:A7:CB:B8:CC:FA:B6:74:D3"

// exitInvalid is the exit status of `quote verify` for a quote that does not
// verify (1 is for errors).
const exitInvalid = 2

func quoteCommand() *cli.Command {
	return &cli.Command{
		Name:  "quote",
		Usage: "verify TDX quotes with the on-chain DCAP verifier, make dev TEE quotes",
		Subcommands: []*cli.Command{
			quoteVerifyCommand(),
			quoteDevteeCommand(),
		},
	}
}

func quoteVerifyCommand() *cli.Command {
	return &cli.Command{
		Name:      "verify",
		Usage:     "verify a TDX quote through the DCAP contracts on an in-process chain, as if at a given time",
		UsageText: "teereg quote verify --quote FILE --collateral FILE [--at UNIX] [--root FILE] [--json]",
		Description: `Runs the real contracts (DcapCollateralParser, DcapCollateralStore,
DcapPckChainVerifier, DcapQuoteVerifier) in go-ethereum's EVM on an in-process
Osaka chain: one simulated block at --at deploys them pinning the root CA,
uploads the collateral file and calls verifyQuote. Nothing touches a network.

The root CA is the trust anchor. Give it with --root (DER or PEM). Without
--root the self-signed certificate that ends the collateral's TCB info issuer
chain is pinned, with a warning: the collateral then vouches for itself, and
the verdict only means something if that root is one you trust (the output
says whether it is Intel's SGX Root CA).

Prints the verdict, TCB status, advisories, the TD report's measurements, the
Registry workload id and gas. Exit status: 0 valid, 2 invalid, 1 error (e.g. a
malformed quote or collateral the store refuses; the message names the step
and the contract's error).

Example:
   teereg quote verify --quote quote.bin --collateral collateral.json \
       --root intel-sgx-root-ca.der --at 1752919234
   teereg quote devtee --out-quote q.bin --out-collateral c.json --out-root root.der
   teereg quote verify --quote q.bin --collateral c.json --root root.der --json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "quote", Required: true, EnvVars: []string{"TEEREG_QUOTE"}, Usage: "raw quote FILE (binary, as the TD's quoting enclave produced it)"},
			&cli.StringFlag{Name: "collateral", Required: true, EnvVars: []string{"TEEREG_COLLATERAL"}, Usage: "collateral FILE (teereg's collateral JSON)"},
			&cli.StringFlag{Name: "at", EnvVars: []string{"TEEREG_VERIFY_AT"}, Usage: "verification time: UNIX seconds or RFC 3339 (default: now)"},
			&cli.StringFlag{Name: "root", EnvVars: []string{"TEEREG_ROOT_CA"}, Usage: "root CA certificate FILE to pin, DER or PEM (default: the collateral's own root, with a warning)"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		},
		Action: runQuoteVerify,
	}
}

// rootInfo describes the pinned root.
type rootInfo struct {
	Subject string `json:"subject"`
	SHA256  string `json:"sha256"`
	Intel   bool   `json:"intel"`
	// Source is "file" (--root) or "collateral".
	Source string `json:"source"`
}

func describeRoot(cert *x509.Certificate, source string) rootInfo {
	fp := fingerprint(cert.Raw)
	return rootInfo{Subject: cert.Subject.String(), SHA256: fp, Intel: fp == intelRootSHA256, Source: source}
}

func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

func runQuoteVerify(c *cli.Context) error {
	quote, err := os.ReadFile(c.String("quote"))
	if err != nil {
		return fmt.Errorf("quote verify: %w", err)
	}
	coll, err := collateral.Load(c.String("collateral"))
	if err != nil {
		return fmt.Errorf("quote verify: %w", err)
	}
	at, err := parseTime(c.String("at"), time.Now())
	if err != nil {
		return fmt.Errorf("quote verify: --at: %w", err)
	}
	var root rootInfo
	var rootDER []byte
	if path := c.String("root"); path != "" {
		cert, err := loadCertificate(path)
		if err != nil {
			return fmt.Errorf("quote verify: --root: %w", err)
		}
		rootDER, root = cert.Raw, describeRoot(cert, "file")
	} else {
		cert, err := dcap.RootFromCollateral(coll)
		if err != nil {
			return fmt.Errorf("quote verify: no --root given and the collateral's chain does not end in a self-signed root (%w): give the root CA to pin with --root", err)
		}
		rootDER, root = cert.Raw, describeRoot(cert, "collateral")
		whose := "it is NOT Intel's SGX Root CA: the verdict says nothing about Intel hardware"
		if root.Intel {
			whose = "it is Intel's SGX Root CA"
		}
		fmt.Fprintf(c.App.ErrWriter, "warning: no --root given: pinning the root that ends the collateral's %s (%s), SHA-256 %s; %s. Pass --root to pin a root you trust.\n",
			collateral.FieldTCBInfoIssuerChain, root.Subject, root.SHA256, whose)
	}

	r, err := dcap.VerifyAt(c.Context, quote, coll, rootDER, at)
	if err != nil {
		return fmt.Errorf("quote verify: %w", err)
	}
	out := c.App.Writer
	if c.Bool("json") {
		doc := struct {
			*dcap.Result
			VerifiedAt int64    `json:"verifiedAt"`
			Root       rootInfo `json:"root"`
		}{r, at.Unix(), root}
		if err := writeJSON(out, doc); err != nil {
			return fmt.Errorf("quote verify: %w", err)
		}
	} else {
		printVerdict(out, r, at, root)
	}
	if !r.Valid {
		return cli.Exit(fmt.Sprintf("teereg: quote verify: the quote does not verify: %s", r.Failure), exitInvalid)
	}
	return nil
}

func printVerdict(out io.Writer, r *dcap.Result, at time.Time, root rootInfo) {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	verdict := "valid"
	if !r.Valid {
		verdict = "INVALID: " + r.Failure
	}
	fmt.Fprintf(w, "verdict\t%s\n", verdict)
	if r.Valid {
		fmt.Fprintf(w, "tcb status\t%s\n", r.TCBStatus)
		adv := "none"
		if len(r.AdvisoryIDs) > 0 {
			adv = strings.Join(r.AdvisoryIDs, ", ")
		}
		fmt.Fprintf(w, "advisories\t%s\n", adv)
	}
	fmt.Fprintf(w, "verified at\t%s (%d)\n", at.UTC().Format(time.RFC3339), at.Unix())
	whose := "not Intel's"
	if root.Intel {
		whose = "Intel SGX Root CA"
	}
	fmt.Fprintf(w, "root CA\t%s (%s, from %s)\n", root.SHA256, whose, root.Source)
	fmt.Fprintf(w, "workload id\t%s\n", r.WorkloadID.Hex())
	rep := r.Report
	for _, f := range [][2]string{
		{"MRTD", rep.MRTD}, {"RTMR0", rep.RTMR0}, {"RTMR1", rep.RTMR1}, {"RTMR2", rep.RTMR2}, {"RTMR3", rep.RTMR3},
		{"MRCONFIGID", rep.MRConfigID}, {"MROWNER", rep.MROwner}, {"MROWNERCONFIG", rep.MROwnerConfig},
		{"XFAM", rep.XFAM}, {"TD_ATTRIBUTES", rep.TDAttributes}, {"TEE_TCB_SVN", rep.TEETCBSVN}, {"REPORTDATA", rep.ReportData},
	} {
		fmt.Fprintf(w, "%s\t%s\n", f[0], f[1])
	}
	fmt.Fprintf(w, "gas verifyQuote\t%d\n", r.GasUsed)
	for _, s := range r.Steps {
		fmt.Fprintf(w, "gas %s\t%d\n", s.Step, s.GasUsed)
	}
	w.Flush()
}

// parseTime reads UNIX seconds or RFC 3339; empty means def.
func parseTime(s string, def time.Time) (time.Time, error) {
	if s == "" {
		return def, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither UNIX seconds nor RFC 3339", s)
	}
	return t, nil
}

// loadCertificate reads one certificate, DER or PEM.
func loadCertificate(path string) (*x509.Certificate, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if trimmed := bytes.TrimSpace(data); bytes.HasPrefix(trimmed, []byte("-----BEGIN ")) {
		block, rest := pem.Decode(trimmed)
		switch {
		case block == nil:
			return nil, fmt.Errorf("%s: malformed PEM", path)
		case block.Type != "CERTIFICATE":
			return nil, fmt.Errorf("%s: PEM block %q, want CERTIFICATE", path, block.Type)
		case len(bytes.TrimSpace(rest)) != 0:
			return nil, fmt.Errorf("%s: more than one PEM block: give the certificate alone", path)
		}
		data = block.Bytes
	}
	cert, err := x509.ParseCertificate(data)
	if err != nil {
		return nil, fmt.Errorf("%s is not a certificate: %w", path, err)
	}
	return cert, nil
}

func quoteDevteeCommand() *cli.Command {
	return &cli.Command{
		Name:      "devtee",
		Usage:     "write a development TEE quote, its collateral and root CA, to try the verifier without TDX hardware",
		UsageText: "teereg quote devtee --out-quote FILE --out-collateral FILE --out-root FILE [--report-data HEX] [--at UNIX] [--status STATUS] [--seed TEXT]",
		Description: `Creates a development authority (a root CA standing in for Intel's, a PCK
Platform CA and a TCB Signing key, package attest/devtee), one platform, a
fully signed Intel-format v4 quote carrying --report-data, and collateral
under which the platform has TCB status --status, issued at --at and valid
for --validity. Writes the quote (binary), the collateral (JSON) and the root
certificate (DER). With --seed the output is reproducible.

Never pin a development root in production: anyone can make quotes under it.

Example:
   teereg quote devtee --out-quote q.bin --out-collateral c.json --out-root root.der \
       --report-data 00ff --status SWHardeningNeeded --seed demo
   teereg quote verify --quote q.bin --collateral c.json --root root.der`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out-quote", Required: true, Usage: "quote output FILE"},
			&cli.StringFlag{Name: "out-collateral", Required: true, Usage: "collateral output FILE"},
			&cli.StringFlag{Name: "out-root", Required: true, Usage: "root CA certificate output FILE (DER)"},
			&cli.StringFlag{Name: "report-data", EnvVars: []string{"TEEREG_REPORT_DATA"}, Usage: "REPORTDATA, up to 64 bytes of HEX (zero-padded)"},
			&cli.StringFlag{Name: "at", EnvVars: []string{"TEEREG_DEVTEE_AT"}, Usage: "creation and collateral issue time: UNIX seconds or RFC 3339 (default: now)"},
			&cli.DurationFlag{Name: "validity", Value: 30 * 24 * time.Hour, EnvVars: []string{"TEEREG_DEVTEE_VALIDITY"}, Usage: "how long the collateral is valid"},
			&cli.StringFlag{Name: "status", Value: string(devtee.UpToDate), EnvVars: []string{"TEEREG_DEVTEE_STATUS"}, Usage: "platform TCB STATUS: UpToDate, SWHardeningNeeded, ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate, OutOfDateConfigurationNeeded or Revoked"},
			&cli.StringSliceFlag{Name: "advisory", Usage: "advisory ID of the platform's TCB level (repeatable)"},
			&cli.StringFlag{Name: "seed", EnvVars: []string{"TEEREG_DEVTEE_SEED"}, Usage: "deterministic seed TEXT (default: fresh keys)"},
			&cli.BoolFlag{Name: "debug-td", Usage: "mark the TD as debuggable (the verifier rejects it: DEBUG_TD)"},
		},
		Action: runQuoteDevtee,
	}
}

func runQuoteDevtee(c *cli.Context) error {
	var reportData [64]byte
	if s := strings.TrimPrefix(c.String("report-data"), "0x"); s != "" {
		b, err := hex.DecodeString(s)
		if err != nil {
			return fmt.Errorf("quote devtee: --report-data: %w", err)
		}
		if len(b) > len(reportData) {
			return fmt.Errorf("quote devtee: --report-data is %d bytes, at most 64", len(b))
		}
		copy(reportData[:], b)
	}
	at, err := parseTime(c.String("at"), time.Now())
	if err != nil {
		return fmt.Errorf("quote devtee: --at: %w", err)
	}
	status := devtee.TCBStatus(c.String("status"))
	var rnd io.Reader = rand.Reader
	if seed := c.String("seed"); seed != "" {
		rnd = devtee.NewDeterministicReader([]byte(seed))
	}
	authority, err := devtee.NewAuthority(rnd, at)
	if err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	cfg := devtee.DefaultPlatformConfig()
	if c.Bool("debug-td") {
		cfg.TD.Attributes |= tdxquote.TDAttributesDebug
	}
	platform, err := authority.NewPlatform([6]byte{0xb0, 0xc0, 0x6f, 0, 0, 0}, &cfg)
	if err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	quote, err := platform.Quote(c.Context, reportData)
	if err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	coll, err := authority.Collateral(platform, at, c.Duration("validity"), &devtee.CollateralOptions{TCBStatus: status, AdvisoryIDs: c.StringSlice("advisory")})
	if err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	if err := os.WriteFile(c.String("out-quote"), quote, 0o644); err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	if err := coll.WriteFile(c.String("out-collateral")); err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	root := authority.RootCertificate()
	if err := os.WriteFile(c.String("out-root"), root.Raw, 0o644); err != nil {
		return fmt.Errorf("quote devtee: %w", err)
	}
	issued := at.UTC().Truncate(time.Second)
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "quote\t%s (%d bytes)\n", c.String("out-quote"), len(quote))
	fmt.Fprintf(w, "collateral\t%s (TCB status %s, valid %s to %s)\n", c.String("out-collateral"), status,
		issued.Format(time.RFC3339), issued.Add(c.Duration("validity")).Format(time.RFC3339))
	fmt.Fprintf(w, "root CA\t%s (development root, SHA-256 %s)\n", c.String("out-root"), fingerprint(root.Raw))
	w.Flush()
	fmt.Fprintf(c.App.Writer, "\ntry:\n  teereg quote verify --quote %s --collateral %s --root %s --at %d\n",
		c.String("out-quote"), c.String("out-collateral"), c.String("out-root"), issued.Add(time.Minute).Unix())
	return nil
}
