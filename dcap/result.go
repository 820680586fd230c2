package dcap

import (
	"bytes"
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/bindings"
)

// TCBStatuses are the names of IQuoteVerifier.TcbStatus values, by value.
var tcbStatusNames = [...]string{
	"UpToDate",
	"SWHardeningNeeded",
	"ConfigurationNeeded",
	"ConfigurationAndSWHardeningNeeded",
	"OutOfDate",
	"OutOfDateConfigurationNeeded",
	"Revoked",
}

// TCBStatusName returns the name of an IQuoteVerifier.TcbStatus value, as
// Intel spells it ("UpToDate", "OutOfDate", ...).
func TCBStatusName(s uint8) string {
	if int(s) < len(tcbStatusNames) {
		return tcbStatusNames[s]
	}
	return fmt.Sprintf("TcbStatus(%d)", s)
}

// Result is the outcome of verifying one quote on chain.
type Result struct {
	// Valid is the verdict: every signature, the certificate chain and the
	// collateral verified.
	Valid bool `json:"valid"`
	// Failure is the verifier's failure code when Valid is false
	// ("QUOTE_SIGNATURE", "PCK_REVOKED", "TCB_INFO_EXPIRED", ...).
	Failure string `json:"failure,omitempty"`
	// TCBStatus is the platform's converged TCB status, set when Valid.
	// Relying parties apply their own policy to it (the Registry accepts
	// UpToDate and SWHardeningNeeded by default; Revoked is a valid verdict).
	TCBStatus string `json:"tcbStatus,omitempty"`
	// AdvisoryIDs are the Intel security advisories of the matched TCB level.
	AdvisoryIDs []string `json:"advisoryIds"`
	// Report is the quote's TD report, also when the verdict is invalid.
	Report Report `json:"report"`
	// WorkloadID is the Registry's workload identity of the TD report:
	// keccak256(MRTD ‖ RTMR0-3 ‖ MRCONFIGID ‖ XFAM ‖ TD_ATTRIBUTES).
	WorkloadID common.Hash `json:"workloadId"`
	// GasUsed is the gas of the verifyQuote transaction (intrinsic gas
	// included), zero when the verification ran as an eth_call.
	GasUsed uint64 `json:"gasUsed,omitempty"`
	// Steps lists the deployments and uploads that preceded the
	// verification, with their gas, when VerifyAt ran them.
	Steps []StepGas `json:"steps,omitempty"`
}

// StepGas is the gas one transaction of a verification's setup used.
type StepGas struct {
	Step    string `json:"step"`
	GasUsed uint64 `json:"gasUsed"`
}

// Report holds the TD report fields of a quote, in lower-case hex.
type Report struct {
	TEETCBSVN     string `json:"teeTcbSvn"`
	MRTD          string `json:"mrTd"`
	RTMR0         string `json:"rtMr0"`
	RTMR1         string `json:"rtMr1"`
	RTMR2         string `json:"rtMr2"`
	RTMR3         string `json:"rtMr3"`
	MRConfigID    string `json:"mrConfigId"`
	MROwner       string `json:"mrOwner"`
	MROwnerConfig string `json:"mrOwnerConfig"`
	XFAM          string `json:"xfam"`
	TDAttributes  string `json:"tdAttributes"`
	ReportData    string `json:"reportData"`
}

// decodeVerdict decodes the return data of verifyQuote.
func decodeVerdict(ret []byte) (*Result, error) {
	parsed, err := bindings.DcapQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("parsing verifier ABI: %w", err)
	}
	out, err := parsed.Unpack("verifyQuote", ret)
	if err != nil {
		return nil, fmt.Errorf("decoding verdict (%d bytes): %w", len(ret), err)
	}
	if len(out) != 1 {
		return nil, fmt.Errorf("decoding verdict: %d values, want 1", len(out))
	}
	v := *abi.ConvertType(out[0], new(bindings.IQuoteVerifierVerdict)).(*bindings.IQuoteVerifierVerdict)
	return resultFromVerdict(v), nil
}

func resultFromVerdict(v bindings.IQuoteVerifierVerdict) *Result {
	r := &Result{
		Valid:       v.Valid,
		AdvisoryIDs: v.AdvisoryIds,
		Report: Report{
			TEETCBSVN:     hex.EncodeToString(v.Report.TeeTcbSvn[:]),
			MRTD:          hex.EncodeToString(v.Report.MrTd),
			RTMR0:         hex.EncodeToString(v.Report.RtMr0),
			RTMR1:         hex.EncodeToString(v.Report.RtMr1),
			RTMR2:         hex.EncodeToString(v.Report.RtMr2),
			RTMR3:         hex.EncodeToString(v.Report.RtMr3),
			MRConfigID:    hex.EncodeToString(v.Report.MrConfigId),
			MROwner:       hex.EncodeToString(v.Report.MrOwner),
			MROwnerConfig: hex.EncodeToString(v.Report.MrOwnerConfig),
			XFAM:          hex.EncodeToString(v.Report.Xfam[:]),
			TDAttributes:  hex.EncodeToString(v.Report.TdAttributes[:]),
			ReportData:    hex.EncodeToString(v.Report.ReportData),
		},
		WorkloadID: crypto.Keccak256Hash(v.Report.MrTd, v.Report.RtMr0, v.Report.RtMr1, v.Report.RtMr2,
			v.Report.RtMr3, v.Report.MrConfigId, v.Report.Xfam[:], v.Report.TdAttributes[:]),
	}
	if r.AdvisoryIDs == nil {
		r.AdvisoryIDs = []string{}
	}
	if v.Valid {
		r.TCBStatus = TCBStatusName(v.TcbStatus)
	} else {
		r.Failure = string(bytes.TrimRight(v.Failure[:], "\x00"))
		if r.Failure == "" {
			r.Failure = "UNSPECIFIED"
		}
	}
	return r
}
