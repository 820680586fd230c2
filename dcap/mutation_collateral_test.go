package dcap_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/dcap"
)

var mutableFields = []string{
	collateral.FieldRootCACRL, collateral.FieldPCKCRL,
	collateral.FieldTCBInfo, collateral.FieldTCBInfoSignature,
	collateral.FieldQEIdentity, collateral.FieldQEIdentitySignature,
}

// probeCollateral flips every step-th byte of every upload argument of c and
// requires that the upload reverts or the quote then fails to verify.
func probeCollateral(t *testing.T, quote []byte, c *collateral.Collateral, root []byte, at time.Time, step int) {
	t.Helper()
	var muts []dcap.CollateralMutation
	for _, f := range mutableFields {
		n, err := dcap.MutableFieldSize(c, f)
		if err != nil {
			t.Fatal(err)
		}
		for pos := 0; pos < n; pos += step {
			muts = append(muts, dcap.CollateralMutation{Field: f, Pos: pos, Mask: 0x01})
		}
	}
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	out, err := s.ProbeCollateralMutations(context.Background(), quote, c, root, at, muts)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	var bad []string
	for i, o := range out {
		m := muts[i]
		switch {
		case o.UploadErr != nil:
			counts[m.Field+": upload reverted"]++
			if revertName(o.UploadErr) == "" {
				t.Errorf("%s byte %d: upload failed without a decoded revert: %v", m.Field, m.Pos, o.UploadErr)
			}
		case o.VerifyErr != nil:
			counts[m.Field+": later step failed"]++
		case !o.Verdict.Valid:
			counts[m.Field+": invalid verdict "+o.Verdict.Failure]++
		default:
			bad = append(bad, fmt.Sprintf("%s byte %d: uploaded and the quote still verifies (%s)", m.Field, m.Pos, o.Verdict.TCBStatus))
		}
	}
	t.Logf("%d mutations in %s: %v", len(muts), time.Since(start).Round(time.Millisecond), counts)
	if len(bad) > 0 {
		t.Errorf("%d collateral mutations went unnoticed:\n  %s", len(bad), strings.Join(bad, "\n  "))
	}
}

// TestMutationDevCollateral flips every byte of every piece of dev TEE
// collateral that is uploaded (CRLs, TCB info and QE identity JSON, their
// signatures).
func TestMutationDevCollateral(t *testing.T) {
	d := newDev(t, "collateral-mutation", devEpoch, nil)
	probeCollateral(t, d.quote(t, [64]byte{9}), d.collateral(t, nil), d.root(), d.verifyAt(), 1)

	// The probe itself notices an upload that goes through: a no-op
	// "mutation" uploads and the quote verifies.
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out, err := s.ProbeCollateralMutations(context.Background(), d.quote(t, [64]byte{9}), d.collateral(t, nil), d.root(), d.verifyAt(), []dcap.CollateralMutation{
		{Field: collateral.FieldTCBInfo, Pos: 3, Mask: 0x01},
		{Field: collateral.FieldTCBInfo, Pos: 5, Mask: 0x00},
		{Field: collateral.FieldTCBInfo, Pos: 7, Mask: 0x01},
	})
	if err != nil {
		t.Fatal(err)
	}
	if out[0].UploadErr == nil || out[1].UploadErr != nil || out[1].Verdict == nil || !out[1].Verdict.Valid || out[2].UploadErr == nil {
		t.Fatalf("probe self-check: %+v", out)
	}
}

// TestMutationRealCollateral does the same on the phala vector's Intel
// collateral (every 61st byte with -short).
func TestMutationRealCollateral(t *testing.T) {
	v := loadVector(t, "phala-uptodate")
	step := 1
	if testing.Short() {
		step = 61
	}
	probeCollateral(t, v.quote, v.coll, intelRoot(t).Raw, v.verifyAt, step)
}
