package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/bindings"
)

func workloadCommand() *cli.Command {
	return &cli.Command{
		Name:  "workload",
		Usage: "work with workload identities",
		Description: `A workload identity (workloadId) names what runs in a TD:
keccak256(MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3 ‖ MRCONFIGID ‖ XFAM ‖ TD_ATTRIBUTES),
as Registry.workloadIdOf computes it. The admin allowlists identities with
` + "`teereg admin workload allow`" + `.

Example:
   teereg workload id --quote quote.bin`,
		Subcommands: []*cli.Command{workloadIDCommand()},
	}
}

// measurementFlags are the TD report fields a workload id covers, in the
// order it hashes them.
var measurementFlags = []struct{ name, usage string }{
	{"mrtd", "MRTD, 48 bytes of HEX"},
	{"rtmr0", "RTMR0, 48 bytes of HEX"},
	{"rtmr1", "RTMR1, 48 bytes of HEX"},
	{"rtmr2", "RTMR2, 48 bytes of HEX"},
	{"rtmr3", "RTMR3, 48 bytes of HEX"},
	{"mr-config-id", "MRCONFIGID, 48 bytes of HEX"},
	{"xfam", "XFAM, 8 bytes of HEX as they appear in the quote"},
	{"td-attributes", "TD_ATTRIBUTES, 8 bytes of HEX as they appear in the quote"},
}

func workloadIDCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "quote", EnvVars: []string{"TEEREG_QUOTE"}, Usage: "TDX quote FILE (binary or hex text; - reads standard input)"},
	}
	for _, m := range measurementFlags {
		flags = append(flags, &cli.StringFlag{Name: m.name, Usage: m.usage + " (0 for all zeros)"})
	}
	flags = append(flags,
		&cli.BoolFlag{Name: "check", Usage: "also ask the registry: its workloadIdOf of the same fields, and whether the identity is allowlisted (needs --deployment or --rpc-url and --registry)"},
		&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
	)
	for _, f := range deploymentFlags() {
		switch f.Names()[0] {
		case "deployment", "rpc-url", "chain-id", "registry":
			flags = append(flags, f)
		}
	}
	return &cli.Command{
		Name:      "id",
		Usage:     "compute the workload id of a TDX quote or of measurement values",
		UsageText: "teereg workload id (--quote FILE | --mrtd HEX --rtmr0 HEX --rtmr1 HEX --rtmr2 HEX --rtmr3 HEX --mr-config-id HEX --xfam HEX --td-attributes HEX) [--check --deployment FILE] [--json]",
		Description: `Prints keccak256(MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3 ‖ MRCONFIGID ‖ XFAM ‖
TD_ATTRIBUTES), the Registry's workloadIdOf, of a quote's TD report, or of
the eight values given as flags (all eight are required; "0" stands for all
zeros). XFAM and TD_ATTRIBUTES are the 8 bytes as the quote carries them
(little-endian), as ` + "`teereg quote verify`" + ` prints them. Nothing is verified:
the quote is only parsed.

With --check the registry computes the id too (an eth_call of workloadIdOf)
and says whether the identity is allowlisted, and with which config hash.

Examples:
   teereg workload id --quote quote.bin
   teereg workload id --quote quote.bin --check --deployment .devnet/deployment.json
   teereg workload id --mrtd 0x5f… --rtmr0 0x… --rtmr1 0x… --rtmr2 0x… --rtmr3 0 \
       --mr-config-id 0 --xfam e702060000000000 --td-attributes 0000001000000000`,
		Flags:  flags,
		Action: runWorkloadID,
	}
}

// tdMeasurements are the TD report fields a workload id covers.
type tdMeasurements struct {
	MRTD, RTMR0, RTMR1, RTMR2, RTMR3, MRConfigID [48]byte
	XFAM, TDAttributes                           [8]byte
}

// workloadID is Registry.workloadIdOf of m.
func (m *tdMeasurements) workloadID() common.Hash {
	return crypto.Keccak256Hash(m.MRTD[:], m.RTMR0[:], m.RTMR1[:], m.RTMR2[:], m.RTMR3[:], m.MRConfigID[:], m.XFAM[:], m.TDAttributes[:])
}

// tdReport is m as the registry's workloadIdOf takes it (the fields it does
// not hash left empty).
func (m *tdMeasurements) tdReport() bindings.IQuoteVerifierTdReport {
	return bindings.IQuoteVerifierTdReport{MrTd: m.MRTD[:], RtMr0: m.RTMR0[:], RtMr1: m.RTMR1[:], RtMr2: m.RTMR2[:], RtMr3: m.RTMR3[:],
		MrConfigId: m.MRConfigID[:], MrOwner: make([]byte, 48), MrOwnerConfig: make([]byte, 48), Xfam: m.XFAM, TdAttributes: m.TDAttributes,
		ReportData: make([]byte, 64)}
}

func (m *tdMeasurements) fields() namedValues {
	return namedValues{{"mrTd", m.MRTD[:]}, {"rtMr0", m.RTMR0[:]}, {"rtMr1", m.RTMR1[:]}, {"rtMr2", m.RTMR2[:]}, {"rtMr3", m.RTMR3[:]},
		{"mrConfigId", m.MRConfigID[:]}, {"xfam", m.XFAM[:]}, {"tdAttributes", m.TDAttributes[:]}}
}

// measurementsOfQuote parses a quote (binary, or hex text) and takes its
// TD report's measurements.
func measurementsOfQuote(data []byte) (*tdMeasurements, error) {
	if t := bytes.TrimSpace(data); len(t) > 0 && isHexText(t) {
		b, err := hex.DecodeString(strings.TrimPrefix(string(t), "0x"))
		if err != nil {
			return nil, fmt.Errorf("hex quote: %w", err)
		}
		data = b
	}
	q, err := tdxquote.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("parse TDX quote: %w", err)
	}
	b := &q.Body
	return &tdMeasurements{MRTD: b.MRTD, RTMR0: b.RTMR[0], RTMR1: b.RTMR[1], RTMR2: b.RTMR[2], RTMR3: b.RTMR[3],
		MRConfigID: b.MRConfigID, XFAM: b.XFAM, TDAttributes: b.TDAttributes}, nil
}

func isHexText(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("0x"))
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return len(b) > 0
}

// readQuoteArg reads the quote file at path ("-": r).
func readQuoteArg(path string, r io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(r, 1<<20))
	}
	return os.ReadFile(path)
}

// measurementsOf reads the measurements from --quote or from the eight
// measurement flags; quoteFlag names the quote flag of the command.
func measurementsOf(c *cli.Context, quoteFlag string) (*tdMeasurements, error) {
	var given []string
	for _, f := range measurementFlags {
		if c.IsSet(f.name) {
			given = append(given, "--"+f.name)
		}
	}
	if path := c.String(quoteFlag); path != "" {
		if len(given) > 0 {
			return nil, fmt.Errorf("give either --%s or the measurement flags, not both (%s)", quoteFlag, strings.Join(given, ", "))
		}
		data, err := readQuoteArg(path, c.App.Reader)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", quoteFlag, err)
		}
		m, err := measurementsOfQuote(data)
		if err != nil {
			return nil, fmt.Errorf("--%s %s: %w", quoteFlag, path, err)
		}
		return m, nil
	}
	if len(given) == 0 {
		return nil, fmt.Errorf("give --%s FILE, or all of --mrtd, --rtmr0, --rtmr1, --rtmr2, --rtmr3, --mr-config-id, --xfam and --td-attributes", quoteFlag)
	}
	m := &tdMeasurements{}
	dst := [][]byte{m.MRTD[:], m.RTMR0[:], m.RTMR1[:], m.RTMR2[:], m.RTMR3[:], m.MRConfigID[:], m.XFAM[:], m.TDAttributes[:]}
	var missing []string
	for i, f := range measurementFlags {
		if !c.IsSet(f.name) {
			missing = append(missing, "--"+f.name)
			continue
		}
		s := strings.TrimSpace(c.String(f.name))
		if s == "0" {
			continue
		}
		b, err := parseHex("--"+f.name, s, len(dst[i]))
		if err != nil {
			return nil, err
		}
		copy(dst[i], b)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing %s: a workload id covers all eight values (0 stands for all zeros)", strings.Join(missing, ", "))
	}
	return m, nil
}

// parseHex decodes 0x-optional hex of exactly size bytes (any size when
// size < 0), naming flag in errors.
func parseHex(flag, s string, size int) ([]byte, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if t == "" {
		return nil, fmt.Errorf("%s is empty", flag)
	}
	b, err := hex.DecodeString(t)
	if err != nil {
		var ie hex.InvalidByteError
		switch {
		case errors.As(err, &ie):
			return nil, fmt.Errorf("%s: %q is not hex (bad character %q)", flag, s, rune(ie))
		case errors.Is(err, hex.ErrLength):
			return nil, fmt.Errorf("%s: %q has an odd number of hex digits", flag, s)
		}
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	if size >= 0 && len(b) != size {
		return nil, fmt.Errorf("%s is %d bytes, want %d (%d hex digits)", flag, len(b), size, 2*size)
	}
	return b, nil
}

func parseHash(flag, s string) (common.Hash, error) {
	b, err := parseHex(flag, s, 32)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

// workloadIDReport is the output of `workload id`.
type workloadIDReport struct {
	WorkloadID   common.Hash      `json:"workloadId"`
	Source       string           `json:"source"`
	Measurements namedValues      `json:"measurements"`
	OnChain      *workloadOnChain `json:"onChain,omitempty"`
}

type workloadOnChain struct {
	Registry     common.Address `json:"registry"`
	WorkloadIdOf common.Hash    `json:"workloadIdOf"`
	Matches      bool           `json:"matches"`
	Allowlisted  bool           `json:"allowlisted"`
	ConfigHash   *common.Hash   `json:"configHash,omitempty"`
}

func runWorkloadID(c *cli.Context) error {
	m, err := measurementsOf(c, "quote")
	if err != nil {
		return fmt.Errorf("workload id: %w", err)
	}
	rep := workloadIDReport{WorkloadID: m.workloadID(), Source: "flags", Measurements: m.fields()}
	if c.String("quote") != "" {
		rep.Source = "quote " + c.String("quote")
	}
	if c.Bool("check") {
		dep, err := resolveDeployment(c)
		if err != nil {
			return fmt.Errorf("workload id: --check: %w", err)
		}
		client, err := ethclient.DialContext(c.Context, dep.RPC)
		if err != nil {
			return fmt.Errorf("workload id: connect to %s: %w", dep.RPC, err)
		}
		defer client.Close()
		if dep.ChainID != 0 {
			id, err := client.ChainID(c.Context)
			if err != nil {
				return fmt.Errorf("workload id: chain id of %s: %w", dep.RPC, err)
			}
			if id.Uint64() != dep.ChainID {
				return fmt.Errorf("workload id: the node at %s serves chain %d, but the deployment is on chain %d", dep.RPC, id, dep.ChainID)
			}
		}
		reg, err := bindings.NewRegistryCaller(dep.Registry, client)
		if err != nil {
			return fmt.Errorf("workload id: %w", err)
		}
		opts := &bind.CallOpts{Context: c.Context}
		id, err := reg.WorkloadIdOf(opts, m.tdReport())
		if err != nil {
			return fmt.Errorf("workload id: registry %s workloadIdOf: %w", dep.Registry, err)
		}
		cfg, err := reg.ConfigHashOf(opts, id)
		if err != nil {
			return fmt.Errorf("workload id: registry %s configHashOf: %w", dep.Registry, err)
		}
		rep.OnChain = &workloadOnChain{Registry: dep.Registry, WorkloadIdOf: id, Matches: id == rep.WorkloadID, Allowlisted: cfg != [32]byte{}}
		if rep.OnChain.Allowlisted {
			h := common.Hash(cfg)
			rep.OnChain.ConfigHash = &h
		}
	}
	out := c.App.Writer
	if c.Bool("json") {
		if err := writeJSON(out, rep); err != nil {
			return fmt.Errorf("workload id: %w", err)
		}
	} else {
		w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintf(w, "workload id\t%s\n", rep.WorkloadID.Hex())
		fmt.Fprintf(w, "from\t%s\n", rep.Source)
		for _, f := range rep.Measurements {
			fmt.Fprintf(w, "  %s\t%s\n", f.Name, textValue(f.Value, false))
		}
		if o := rep.OnChain; o != nil {
			verdict := "matches"
			if !o.Matches {
				verdict = "DIFFERS: " + o.WorkloadIdOf.Hex()
			}
			fmt.Fprintf(w, "registry\t%s workloadIdOf %s\n", o.Registry.Hex(), verdict)
			if o.Allowlisted {
				fmt.Fprintf(w, "allowlisted\tyes, config hash %s\n", o.ConfigHash.Hex())
			} else {
				fmt.Fprintf(w, "allowlisted\tno\n")
			}
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("workload id: %w", err)
		}
	}
	if rep.OnChain != nil && !rep.OnChain.Matches {
		return fmt.Errorf("workload id: the registry computes %s, not %s", rep.OnChain.WorkloadIdOf, rep.WorkloadID)
	}
	return nil
}
