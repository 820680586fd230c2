package dcap_test

import (
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"

	"github.com/teereg/teereg/internal/benchsummary"
)

// TestBenchGas prints gas figures on the Osaka rules (`make bench-gas`):
// a full verification of each real vector with the PCK CA cached by the
// collateral push, a repeat, and with the CA not cached; the deployments and
// uploads; and Registry.registerInstance through the real verifier with a
// dev TEE quote bound to the operator. It measures, it asserts nothing about
// the amounts. Runs only with TEEREG_BENCH=1.
func TestBenchGas(t *testing.T) {
	if os.Getenv("TEEREG_BENCH") != "1" {
		t.Skip("set TEEREG_BENCH=1 (make bench-gas) to print gas figures")
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	defer w.Flush()
	fmt.Fprintln(w, "gas (Osaka rules; transaction gas: execution, intrinsic and calldata)\t")

	t.Run("real vectors", func(t *testing.T) { benchRealVectors(t, w) })
	benchRegister(t, w)
}

// benchRealVectors verifies the real vectors at their verify_at on the
// simulator: with the PCK CA cached, repeated, and not cached.
func benchRealVectors(t *testing.T, w io.Writer) {
	ctx := context.Background()
	root := intelRoot(t).Raw // skips without ../shared
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, name := range realVectors() {
		v := loadVector(t, name)
		g, err := s.BenchVerify(ctx, v.quote, v.coll, root, v.verifyAt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fmt.Fprintf(w, "%s (%d-byte quote, at %d)\t\n", name, len(v.quote), v.verifyAt.Unix())
		fmt.Fprintf(w, "  verifyQuote, PCK CA not yet cached\t%9d\n", g.Uncached)
		fmt.Fprintf(w, "  verifyQuote, PCK CA cached (first after the push)\t%9d\n", g.Cached)
		if err := benchsummary.Record("gas", "verifyQuote "+name+" (uncached / cached CA)", fmt.Sprintf("%d / %d", g.Uncached, g.Cached), "<= 1,000,000"); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(w, "  verifyQuote, cached, repeated\t%9d\n", g.Repeat)
		fmt.Fprintf(w, "    of which execution (cached; minus 21000 and calldata)\t%9d\n", g.Cached-intrinsicGas(t, v.quote))
		for _, st := range g.Steps {
			fmt.Fprintf(w, "  %s\t%9d\n", st.Step, st.GasUsed)
		}
	}

}

// benchRegister registers an instance through the real verifier, on a
// normally deployed system: a dev TEE quote whose REPORTDATA binds key,
// chain, registry and operator, its workload allowlisted first.
func benchRegister(t *testing.T, w io.Writer) {
	ctx := context.Background()
	c := newChain(t)
	d := newDev(t, "bench", time.Now(), nil)
	dep := c.deployDCAP(d.root())
	ups := c.push(dep, d.collateral(t, nil))
	call := &bind.CallOpts{Context: ctx}
	reg, err := bindings.NewRegistry(dep.Registry, c.backend)
	if err != nil {
		t.Fatal(err)
	}
	opRole, _ := reg.OPERATORROLE(call)
	operator := c.auth.From
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(dcap.ExplainError(err))
		}
		rcpt, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s failed: %v", tx.Hash(), err)
		}
		return rcpt
	}
	mine(reg.GrantRoles(c.auth, operator, opRole))
	key, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pubkey := key.PublicKey().Bytes()
	reportData, err := reg.ReportDataFor(call, pubkey, operator)
	if err != nil {
		t.Fatal(err)
	}
	quote := d.quote(t, [64]byte(reportData))
	verdict, err := dcap.CallVerifyQuote(ctx, c.client, dep.QuoteVerifier, quote, nil)
	if err != nil || !verdict.Valid {
		t.Fatalf("dev quote: %v %+v", err, verdict)
	}
	mine(reg.AllowWorkload(c.auth, verdict.WorkloadID, sha256.Sum256([]byte("bench config"))))
	verifier, err := bindings.NewDcapQuoteVerifier(dep.QuoteVerifier, c.backend)
	if err != nil {
		t.Fatal(err)
	}
	verifyRcpt := mine(verifier.VerifyQuote(c.auth, quote))
	regRcpt := mine(reg.RegisterInstance(c.auth, quote, pubkey, "bench-1", bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, 1}}, Port: 443}))
	if inst, err := reg.Instance(call, sha256.Sum256(pubkey)); err != nil || inst.Status != 1 {
		t.Fatalf("instance not registered: %v", err)
	}
	fmt.Fprintf(w, "dev TEE (%d-byte quote), simulated chain at wall-clock time\t\n", len(quote))
	for _, u := range ups {
		fmt.Fprintf(w, "  %s\t%9d\n", u.Step, u.GasUsed)
	}
	fmt.Fprintf(w, "  verifyQuote (transaction)\t%9d\n", verifyRcpt.GasUsed)
	fmt.Fprintf(w, "    of which execution (minus 21000 and calldata)\t%9d\n", verifyRcpt.GasUsed-intrinsicGas(t, quote))
	fmt.Fprintf(w, "  Registry.registerInstance (verifies the quote)\t%9d\n", regRcpt.GasUsed)
	if err := benchsummary.Record("gas", "registerInstance with the DCAP verifier (dev TEE quote)", fmt.Sprint(regRcpt.GasUsed), "verifyQuote <= 1,000,000"); err != nil {
		t.Fatal(err)
	}
}

// intrinsicGas is 21000 plus the standard calldata cost of verifyQuote(quote)
// (4 per zero byte, 16 per other byte); the EIP-7623 floor does not apply
// when execution costs this much.
func intrinsicGas(t *testing.T, quote []byte) uint64 {
	t.Helper()
	parsed, err := bindings.DcapQuoteVerifierMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack("verifyQuote", quote)
	if err != nil {
		t.Fatal(err)
	}
	gas := uint64(21000)
	for _, b := range data {
		if b == 0 {
			gas += 4
		} else {
			gas += 16
		}
	}
	return gas
}
