package dcap_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/deploy"
)

// signedEnd is the end of a quote's header, body and signature data: every
// byte before it is covered by a signature, a certificate chain or a length
// that frames them; what follows is padding.
func signedEnd(t testing.TB, quote []byte) int {
	t.Helper()
	n := tdxquote.HeaderSize + tdxquote.BodySize
	return n + 4 + int(binary.LittleEndian.Uint32(quote[n:]))
}

// region names the part of a v4 quote a position falls in.
func region(t testing.TB, quote []byte, pos int) string {
	t.Helper()
	q, err := tdxquote.Parse(quote)
	if err != nil {
		t.Fatal(err)
	}
	const sigData = tdxquote.HeaderSize + tdxquote.BodySize + 4
	qeReport := sigData + 64 + 64 + 6
	auth := qeReport + tdxquote.EnclaveReportSize + 64 + 2
	pem := auth + len(q.QEAuthData) + 6
	switch {
	case pos < tdxquote.HeaderSize:
		return "header"
	case pos < tdxquote.HeaderSize+tdxquote.BodySize:
		return "body"
	case pos < sigData:
		return "signature data length"
	case pos < sigData+64:
		return "quote signature"
	case pos < sigData+128:
		return "attestation key"
	case pos < qeReport:
		return "certification data type and size"
	case pos < qeReport+tdxquote.EnclaveReportSize:
		return "QE report"
	case pos < qeReport+tdxquote.EnclaveReportSize+64:
		return "QE report signature"
	case pos < auth:
		return "QE auth data size"
	case pos < auth+len(q.QEAuthData):
		return "QE auth data"
	case pos < pem:
		return "PCK chain type and size"
	case pos < pem+len(q.PCKCertChain):
		return "PCK chain (PEM)"
	}
	return "padding"
}

// flip returns quote with the byte at pos XORed with mask.
func flip(quote []byte, pos int, mask byte) []byte {
	m := append([]byte(nil), quote...)
	m[pos] ^= mask
	return m
}

// survivors lists the positions whose flip still verified as valid.
type survivors map[int]*dcap.Result

func (s survivors) describe(t testing.TB, quote []byte) string {
	var pos []int
	for p := range s {
		pos = append(pos, p)
	}
	sort.Ints(pos)
	var b strings.Builder
	for _, p := range pos {
		fmt.Fprintf(&b, "\n  position %d (%s): %#02x", p, region(t, quote, p), quote[p])
	}
	return b.String()
}

// devStack is a normally deployed DCAP verifier on a simulated chain at
// wall-clock time, with dev TEE collateral valid now.
type devStack struct {
	c      *chain
	d      *devEnv
	dep    *deploy.Deployment
	quote  []byte
	verify common.Address
	want   *dcap.Result // the unmutated quote's verdict
}

func newDevStack(t testing.TB, seed string) *devStack {
	t.Helper()
	c := newChain(t)
	d := newDev(t, seed, time.Now(), nil)
	dep := c.deployDCAP(d.root())
	c.push(dep, d.collateral(t, nil))
	var rd [64]byte
	copy(rd[:], seed)
	s := &devStack{c: c, d: d, dep: dep, quote: d.quote(t, rd), verify: dep.QuoteVerifier}
	var err error
	s.want, err = dcap.CallVerifyQuote(context.Background(), c.client, s.verify, s.quote, nil)
	if err != nil || !s.want.Valid {
		t.Fatalf("unmutated dev quote: %v %+v", err, s.want)
	}
	return s
}

// callAll verifies each quote with one eth_call, in parallel.
func (s *devStack) callAll(t testing.TB, quotes [][]byte) []dcap.Outcome {
	t.Helper()
	out := make([]dcap.Outcome, len(quotes))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				r, err := dcap.CallVerifyQuote(context.Background(), s.c.client, s.verify, quotes[i], nil)
				out[i] = dcap.Outcome{Result: r, Err: err}
			}
		})
	}
	for i := range quotes {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// byRegion counts positions per quote region, for the logs.
func byRegion(t testing.TB, quote []byte, positions []int) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, p := range positions {
		m[region(t, quote, p)]++
	}
	return m
}

// judge checks that every outcome is a rejection (an invalid verdict or a
// decoded revert of verifyQuote). It returns the mutants that verified.
func judge(t testing.TB, positions []int, out []dcap.Outcome) survivors {
	t.Helper()
	surv := survivors{}
	for i, o := range out {
		switch {
		case o.Err != nil:
			if stepOf(o.Err) != dcap.StepVerifyQuote || revertName(o.Err) == "" {
				t.Errorf("position %d: not a decoded verifyQuote revert: %v", positions[i], o.Err)
			}
		case o.Result.Valid:
			surv[positions[i]] = o.Result
		}
	}
	return surv
}

// TestMutationDevQuote flips every byte of a dev quote's header, body and
// signature data, one at a time (bit 0, then all bits), and verifies each
// mutant with one eth_call against a verifier deployed normally on the
// simulated chain: every mutant must be rejected.
func TestMutationDevQuote(t *testing.T) {
	s := newDevStack(t, "mutation")
	end := signedEnd(t, s.quote)
	for _, mask := range []byte{0x01, 0xff} {
		t.Run(fmt.Sprintf("xor %#02x", mask), func(t *testing.T) {
			positions := make([]int, end)
			quotes := make([][]byte, end)
			for i := range end {
				positions[i], quotes[i] = i, flip(s.quote, i, mask)
			}
			start := time.Now()
			out := s.callAll(t, quotes)
			surv := judge(t, positions, out)
			reverted := 0
			for _, o := range out {
				if o.Err != nil {
					reverted++
				}
			}
			t.Logf("%d positions in %s: %d reverted, %d invalid verdicts, %d valid; positions by region: %v",
				end, time.Since(start).Round(time.Millisecond), reverted, end-reverted-len(surv), len(surv), byRegion(t, s.quote, positions))
			if len(surv) > 0 {
				t.Errorf("%d mutants verified as valid:%s", len(surv), surv.describe(t, s.quote))
			}
		})
	}
	// Padding after the signature data is not signed: flipping it must not
	// change the verdict (it is what real quotes carry).
	padded := append(append([]byte(nil), s.quote...), make([]byte, 64)...)
	r, err := dcap.CallVerifyQuote(context.Background(), s.c.client, s.verify, flip(padded, len(padded)-1, 0xff), nil)
	if err != nil || !r.Valid {
		t.Fatalf("padding changed the verdict: %v %+v", err, r)
	}
}

// TestMutationRealQuote flips every byte (bit 0) of the phala quote's header,
// body and signature data and verifies each mutant through VerifyEachAt at
// the vector's verify_at (one simulation deploys and uploads once, then runs
// one verifyQuote call per mutant). With -short, every 37th position.
func TestMutationRealQuote(t *testing.T) {
	v := loadVector(t, "phala-uptodate")
	root := intelRoot(t).Raw
	end := signedEnd(t, v.quote)
	step := 1
	if testing.Short() {
		step = 37
	}
	var positions []int
	var quotes [][]byte
	for i := 0; i < end; i += step {
		positions = append(positions, i)
		quotes = append(quotes, flip(v.quote, i, 0x01))
	}
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	out, err := s.VerifyEachAt(context.Background(), quotes, v.coll, root, v.verifyAt)
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.VerifyAt(context.Background(), v.quote, v.coll, root, v.verifyAt)
	if err != nil || !want.Valid {
		t.Fatalf("unmutated quote: %v %+v", err, want)
	}
	surv := judge(t, positions, out)
	t.Logf("%d of %d positions in %s; by region: %v", len(positions), end, time.Since(start).Round(time.Millisecond), byRegion(t, v.quote, positions))
	if len(surv) > 0 {
		t.Errorf("%d mutants verified as valid:%s", len(surv), surv.describe(t, v.quote))
	}
}
