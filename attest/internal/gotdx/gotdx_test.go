package gotdx_test

import (
	"strings"
	"testing"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/internal/gotdx"
	"github.com/teereg/teereg/attest/internal/tdxvectors"
)

// TestRealVectors runs go-tdx-guest v0.3.1's full verification (PCK chain to
// the pinned Intel root, root and PCK CRLs, collateral validity windows, TCB
// info and QE identity signatures and chains, quote and QE report signatures,
// QE report data, FMSPC, PCE-ID, MRSIGNERSEAM, SEAM attributes, TCB level
// matching, QE identity) on the real shared vectors with the collateral parsed
// by package collateral, at the vectors' verify_at times.
func TestRealVectors(t *testing.T) {
	root := tdxvectors.IntelRoot(t)
	load := func(name string) (*tdxvectors.Vector, *collateral.Collateral) {
		v := tdxvectors.Load(t, name)
		c, err := collateral.Load(v.CollateralPath)
		if err != nil {
			t.Fatal(err)
		}
		return v, c
	}

	t.Run("phala-uptodate", func(t *testing.T) {
		v, c := load("phala-uptodate")
		// As served, v0.3.1 stops at its case-sensitive FMSPC comparison:
		// Intel's TCB info says "B0C06F000000", the PCK certificate gives
		// "b0c06f000000". Everything before it (chains, CRLs, collateral
		// signatures, quote and QE report signatures) has passed by then.
		err := gotdx.Verify(v.Quote, c, root, v.Expected.VerifyTime(), gotdx.Options{})
		if err == nil || !strings.Contains(err.Error(), `FMSPC from PCK Certificate("b0c06f000000") is not equal to FMSPC value from Intel PCS's reported TDX TCB info("B0C06F000000")`) {
			t.Fatalf("want v0.3.1's FMSPC case mismatch, got %v", err)
		}
		// With the FMSPC case folded for v0.3.1's parsed copy only, the
		// verification runs to the end: UpToDate, as expected.json says.
		if err := gotdx.Verify(v.Quote, c, root, v.Expected.VerifyTime(), gotdx.Options{FoldFMSPCCase: true}); err != nil {
			t.Fatalf("full verification: %v", err)
		}
	})

	t.Run("automata-outofdate", func(t *testing.T) {
		v, c := load("automata-outofdate")
		// This TCB info carries the FMSPC in lower case already. v0.3.1
		// reports non-UpToDate statuses as errors; OutOfDate is the
		// expected status, and it is the last check before the QE identity.
		err := gotdx.Verify(v.Quote, c, root, v.Expected.VerifyTime(), gotdx.Options{})
		if err == nil || !strings.Contains(err.Error(), `TCB Status is not "UpToDate", found "OutOfDate"`) {
			t.Fatalf("want OutOfDate, got %v", err)
		}
	})

	t.Run("time outside collateral window", func(t *testing.T) {
		v, c := load("phala-uptodate")
		err := gotdx.Verify(v.Quote, c, root, v.Expected.VerifyTime().AddDate(0, 2, 0), gotdx.Options{FoldFMSPCCase: true})
		if err == nil || !strings.Contains(err.Error(), "expired") {
			t.Fatalf("want expiry, got %v", err)
		}
	})

	t.Run("tampered tcb info", func(t *testing.T) {
		v, c := load("phala-uptodate")
		c.TCBInfo = strings.Replace(c.TCBInfo, `"tcbEvaluationDataNumber":17`, `"tcbEvaluationDataNumber":18`, 1)
		err := gotdx.Verify(v.Quote, c, root, v.Expected.VerifyTime(), gotdx.Options{FoldFMSPCCase: true})
		if err == nil || !strings.Contains(err.Error(), "tcbInfo response verification failed") {
			t.Fatalf("want signature failure, got %v", err)
		}
	})
}
