package dcap_test

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
)

var pushSteps = []string{dcap.StepRootCACRL, dcap.StepPCKCRL, dcap.StepTCBInfo, dcap.StepQEIdentity}

func stepsOf(ups []dcap.Upload) (names []string, skipped []bool) {
	for _, u := range ups {
		names = append(names, u.Step)
		skipped = append(skipped, u.Skipped)
	}
	return names, skipped
}

// TestPushCollateral pushes dev TEE collateral to a normally deployed store:
// a first push sends all four uploads, pushing the same or older collateral
// again skips every step (the store holds it), newer collateral replaces it,
// and every failure names its step and the contract's decoded error.
func TestPushCollateral(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	d := newDev(t, "push", time.Now(), nil)
	dep := c.deployDCAP(d.root())
	quote := d.quote(t, [64]byte{7})

	// Nothing uploaded yet: the verdict says what is missing.
	r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil)
	if err != nil || r.Valid || r.Failure != "PCK_CA_UNTRUSTED" {
		t.Fatalf("before any upload: %v %+v", err, r)
	}

	first := d.collateral(t, nil)
	ups := c.push(dep, first)
	names, skipped := stepsOf(ups)
	if !slices.Equal(names, pushSteps) || slices.Contains(skipped, true) {
		t.Fatalf("first push: %+v", ups)
	}
	for _, u := range ups {
		if u.TxHash == nil || u.GasUsed == 0 || u.Block == 0 {
			t.Fatalf("first push step %s: %+v", u.Step, u)
		}
		rcpt, err := c.client.TransactionReceipt(ctx, *u.TxHash)
		if err != nil || rcpt.GasUsed != u.GasUsed {
			t.Fatalf("receipt of %s: %v", u.Step, err)
		}
		t.Logf("%s: gas %d", u.Step, u.GasUsed)
	}
	if r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil); err != nil || !r.Valid || r.TCBStatus != "UpToDate" {
		t.Fatalf("after the push: %v %+v", err, r)
	}

	// The same collateral again: all held, nothing sent.
	head := c.headTime()
	ups = c.push(dep, first)
	if _, skipped := stepsOf(ups); slices.Contains(skipped, false) {
		t.Fatalf("re-push: %+v", ups)
	}
	if !strings.Contains(ups[2].Reason, "tcbEvaluationDataNumber 17") || !strings.Contains(ups[0].Reason, "root CA CRL issued") {
		t.Fatalf("reasons: %q / %q", ups[0].Reason, ups[2].Reason)
	}
	if c.headTime() != head {
		t.Fatal("a re-push sent transactions")
	}

	// Newer collateral (issued at the chain's current time): all uploaded,
	// and the platform is now OutOfDate.
	newer := d.collateralAt(t, c.headTime(), &devtee.CollateralOptions{TCBStatus: devtee.OutOfDate})
	ups = c.push(dep, newer)
	if _, skipped := stepsOf(ups); slices.Contains(skipped, true) {
		t.Fatalf("newer push: %+v", ups)
	}
	if r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil); err != nil || r.TCBStatus != "OutOfDate" {
		t.Fatalf("after the newer push: %v %+v", err, r)
	}
	// The older collateral cannot come back: skipped, the store keeps the newer.
	ups = c.push(dep, first)
	if _, skipped := stepsOf(ups); slices.Contains(skipped, false) {
		t.Fatalf("older push: %+v", ups)
	}
	// A higher tcbEvaluationDataNumber wins even when issued earlier... but
	// the store needs it valid now; issued at the head time it is newer anyway.
	higher := d.collateralAt(t, c.headTime(), &devtee.CollateralOptions{TCBEvaluationDataNumber: 18})
	ups = c.push(dep, higher)
	if ups[2].Skipped || ups[3].Skipped {
		t.Fatalf("higher evaluation number: %+v", ups)
	}
	if r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil); err != nil || r.TCBStatus != "UpToDate" {
		t.Fatalf("after evaluation 18: %v %+v", err, r)
	}
	// Evaluation 17 issued later is older by the store's ordering: skipped.
	lower := d.collateralAt(t, c.headTime(), &devtee.CollateralOptions{TCBEvaluationDataNumber: 17})
	ups = c.push(dep, lower)
	if !ups[2].Skipped || !ups[3].Skipped || ups[0].Skipped || ups[1].Skipped {
		t.Fatalf("lower evaluation number: %+v", ups)
	}

	t.Run("tampered TCB info", func(t *testing.T) {
		bad := *d.collateralAt(t, c.headTime(), nil)
		bad.TCBInfoSignature = strings.Repeat("11", 64)
		ups, err := dcap.PushCollateral(ctx, c.backend, c.auth, dep.CollateralStore, &bad)
		if err == nil || err.Error() != "upload TCB info: InvalidCollateralSignature()" {
			t.Fatalf("got %v", err)
		}
		if names, _ := stepsOf(ups); !slices.Equal(names, pushSteps[:2]) {
			t.Fatalf("steps done before the failure: %+v", ups)
		}
	})
	t.Run("not yet valid", func(t *testing.T) {
		future := d.collateralAt(t, c.headTime().Add(time.Hour), nil)
		_, err := dcap.PushCollateral(ctx, c.backend, c.auth, dep.CollateralStore, future)
		if stepOf(err) != dcap.StepRootCACRL || revertName(err) != "CrlNotValidNow" {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("foreign authority", func(t *testing.T) {
		other := newDev(t, "push-other", time.Now(), nil).collateral(t, nil)
		_, err := dcap.PushCollateral(ctx, c.backend, c.auth, dep.CollateralStore, other)
		if err == nil || err.Error() != "upload root CA CRL: InvalidCollateralSignature()" {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("no store", func(t *testing.T) {
		_, err := dcap.PushCollateral(ctx, c.backend, c.auth, common.HexToAddress("0x1234"), first)
		if err == nil || !strings.Contains(err.Error(), "reading the collateral store") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("reverted on chain", func(t *testing.T) {
		// Too little gas: the transaction is mined and fails; the error
		// says so with its hash.
		auth := *c.auth
		auth.GasLimit = 60_000
		next := d.collateralAt(t, c.headTime(), nil)
		_, err := dcap.PushCollateral(ctx, c.backend, &auth, dep.CollateralStore, next)
		t.Log(err)
		if stepOf(err) != dcap.StepRootCACRL || !strings.Contains(err.Error(), "reverted in block") {
			t.Fatalf("got %v", err)
		}
	})
}

// TestRevokedPlatformCA revokes the PCK Platform CA after the chain cached it:
// the push of the newer collateral fails at the PCK CRL (its issuer is
// revoked), and quotes of that CA get PCK_CA_UNTRUSTED.
func TestRevokedPlatformCA(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	d := newDev(t, "revoked-ca", time.Now(), nil)
	dep := c.deployDCAP(d.root())
	c.push(dep, d.collateral(t, nil))
	quote := d.quote(t, [64]byte{8})
	if r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil); err != nil || !r.Valid {
		t.Fatalf("before revocation: %v %+v", err, r)
	}
	revoking := d.collateralAt(t, c.headTime(), &devtee.CollateralOptions{RevokedCASerials: []*big.Int{d.a.PlatformCACertificate().SerialNumber}})
	ups, err := dcap.PushCollateral(ctx, c.backend, c.auth, dep.CollateralStore, revoking)
	if stepOf(err) != dcap.StepPCKCRL || revertName(err) != "IntermediateRevoked" || len(ups) != 1 || ups[0].Skipped {
		t.Fatalf("push: %v %+v", err, ups)
	}
	r, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil)
	if err != nil || r.Valid || r.Failure != "PCK_CA_UNTRUSTED" {
		t.Fatalf("after revocation: %v %+v", err, r)
	}
	store, err := bindings.NewDcapCollateralStore(dep.CollateralStore, c.client)
	if err != nil {
		t.Fatal(err)
	}
	rootSubject, _ := store.ROOTSUBJECTHASH(&bind.CallOpts{Context: ctx})
	if revoked, err := store.IsRevoked(&bind.CallOpts{Context: ctx}, rootSubject, d.a.PlatformCACertificate().SerialNumber); err != nil || !revoked {
		t.Fatalf("store does not list the CA as revoked: %v", err)
	}
}
