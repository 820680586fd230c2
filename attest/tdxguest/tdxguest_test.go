package tdxguest_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/attest"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxguest"
)

var _ attest.Quoter = (*tdxguest.Quoter)(nil)

func hasTDX() bool {
	for _, p := range []string{"/dev/tdx_guest", "/sys/kernel/config/tsm/report"} {
		if _, err := os.Stat(p); err == nil {
			return true
		}
	}
	return false
}

// TestNoHardware: on a machine without TDX the hardware quoter fails with
// ErrUnavailable and says what it looked for.
func TestNoHardware(t *testing.T) {
	if hasTDX() {
		t.Skip("this machine has a TDX guest interface; TestHardware covers it")
	}
	q, err := tdxguest.New()
	if err != nil {
		t.Fatal(err)
	}
	_, err = q.Quote(context.Background(), [64]byte{1})
	if !errors.Is(err, tdxguest.ErrUnavailable) {
		t.Fatalf("want ErrUnavailable, got %v", err)
	}
	for _, want := range []string{"configfs-tsm", "/dev/tdx_guest"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
}

// TestHardware runs only inside a TD.
func TestHardware(t *testing.T) {
	if !hasTDX() {
		t.Skip("no TDX guest interface on this machine")
	}
	q, err := tdxguest.New()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := q.Quote(context.Background(), [64]byte{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d-byte quote", len(raw))
}

// fakeProvider serves quotes from a dev TEE platform.
type fakeProvider struct {
	unsupported error
	quote       func([64]byte) ([]byte, error)
	block       chan struct{}
}

func (f *fakeProvider) IsSupported() error { return f.unsupported }
func (f *fakeProvider) GetRawQuote(rd [64]byte) ([]byte, error) {
	if f.block != nil {
		<-f.block
	}
	return f.quote(rd)
}

func TestProvider(t *testing.T) {
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("tdxguest")), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.NewPlatform([6]byte{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	devQuote := func(rd [64]byte) ([]byte, error) { return p.Quote(ctx, rd) }

	q := tdxguest.NewWithProvider(&fakeProvider{quote: devQuote})
	raw, err := q.Quote(ctx, [64]byte{9})
	if err != nil || len(raw) < 1000 {
		t.Fatalf("quote: %d bytes, %v", len(raw), err)
	}

	q = tdxguest.NewWithProvider(&fakeProvider{unsupported: errors.New("no tsm")})
	if _, err := q.Quote(ctx, [64]byte{}); !errors.Is(err, tdxguest.ErrUnavailable) || !strings.Contains(err.Error(), "no tsm") {
		t.Errorf("unsupported provider: %v", err)
	}

	// Something that is not a TDX quote (e.g. an SEV-SNP report) is refused.
	q = tdxguest.NewWithProvider(&fakeProvider{quote: func([64]byte) ([]byte, error) { return make([]byte, 1184), nil }})
	if _, err := q.Quote(ctx, [64]byte{}); err == nil || !strings.Contains(err.Error(), "version 0") {
		t.Errorf("non-TDX output: %v", err)
	}
	q = tdxguest.NewWithProvider(&fakeProvider{quote: func([64]byte) ([]byte, error) { return []byte{4, 0}, nil }})
	if _, err := q.Quote(ctx, [64]byte{}); err == nil || !strings.Contains(err.Error(), "shorter than") {
		t.Errorf("short output: %v", err)
	}
	q = tdxguest.NewWithProvider(&fakeProvider{quote: func([64]byte) ([]byte, error) { return nil, errors.New("busy") }})
	if _, err := q.Quote(ctx, [64]byte{}); err == nil || !strings.Contains(err.Error(), "busy") {
		t.Errorf("provider error: %v", err)
	}

	// A hung hardware call does not hold the caller past its context.
	block := make(chan struct{})
	defer close(block)
	q = tdxguest.NewWithProvider(&fakeProvider{quote: devQuote, block: block})
	cctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := q.Quote(cctx, [64]byte{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("hung provider: %v", err)
	}

	var zero tdxguest.Quoter
	if _, err := zero.Quote(ctx, [64]byte{}); err == nil {
		t.Error("zero Quoter worked")
	}
}
