// Package tdxguest gets TDX DCAP quotes from the TDX hardware of the machine
// it runs on (inside a TD), through go-tdx-guest's client: the Linux
// configfs-tsm report interface (/sys/kernel/config/tsm/report) when present,
// else the /dev/tdx_guest device. On a machine without TDX, Quote returns an
// error wrapping ErrUnavailable.
package tdxguest

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-tdx-guest/client"

	"github.com/teereg/teereg/attest/tdxquote"
)

// ErrUnavailable is wrapped by errors of Quote when the machine offers no TDX
// guest interface.
var ErrUnavailable = errors.New("no TDX guest interface (neither configfs-tsm nor /dev/tdx_guest)")

// Provider is the part of go-tdx-guest's client.QuoteProvider that Quoter
// uses. Tests substitute it.
type Provider interface {
	IsSupported() error
	GetRawQuote(reportData [64]byte) ([]byte, error)
}

// Quoter gets quotes from TDX hardware. It implements attest.Quoter. The zero
// value is not usable; call New.
type Quoter struct {
	provider Provider
	// fallback is go-tdx-guest's /dev/tdx_guest path, used when the
	// provider is not supported.
	fallback func(reportData [64]byte) ([]byte, error)
}

// New returns a Quoter using go-tdx-guest's configfs-tsm provider, falling
// back to /dev/tdx_guest. It does not touch the hardware; Quote does.
func New() (*Quoter, error) {
	p, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("tdxguest: getting quote provider: %w", err)
	}
	return &Quoter{provider: p, fallback: deviceQuote}, nil
}

// NewWithProvider returns a Quoter using p only (no device fallback).
func NewWithProvider(p Provider) *Quoter { return &Quoter{provider: p} }

// deviceQuote gets a quote through /dev/tdx_guest.
func deviceQuote(reportData [64]byte) ([]byte, error) {
	dev, err := client.OpenDevice()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	defer dev.Close()
	return client.GetRawQuote(dev, reportData)
}

type result struct {
	quote []byte
	err   error
}

// Quote asks the TDX module for a TD report with reportData and has the
// quoting enclave turn it into a quote. The hardware call cannot be
// interrupted: when ctx ends first, Quote returns ctx's error and the call
// finishes in the background. The returned quote is checked to be a TDX
// quote (version 4 or 5, TEE type TDX); it is not verified.
func (q *Quoter) Quote(ctx context.Context, reportData [64]byte) ([]byte, error) {
	if q == nil || q.provider == nil {
		return nil, errors.New("tdxguest: Quoter not created with New")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("tdxguest: quote: %w", err)
	}
	ch := make(chan result, 1)
	go func() {
		raw, err := q.get(reportData)
		ch <- result{raw, err}
	}()
	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("tdxguest: quote: %w", ctx.Err())
	case r := <-ch:
		if r.err != nil {
			return nil, fmt.Errorf("tdxguest: quote: %w", r.err)
		}
		if err := checkQuote(r.quote); err != nil {
			return nil, fmt.Errorf("tdxguest: quote: %w", err)
		}
		return r.quote, nil
	}
}

func (q *Quoter) get(reportData [64]byte) ([]byte, error) {
	supportErr := q.provider.IsSupported()
	if supportErr == nil {
		return q.provider.GetRawQuote(reportData)
	}
	if q.fallback == nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, supportErr)
	}
	raw, err := q.fallback(reportData)
	if err != nil && errors.Is(err, ErrUnavailable) {
		return nil, fmt.Errorf("%w (configfs-tsm: %v)", err, supportErr)
	}
	return raw, err
}

// checkQuote makes sure the interface returned a TDX quote and not, say, an
// SEV-SNP report from configfs-tsm on another kind of machine.
func checkQuote(raw []byte) error {
	h, err := tdxquote.ParseHeader(raw)
	if err != nil {
		return err
	}
	if h.Version != 4 && h.Version != 5 {
		return fmt.Errorf("got quote version %d, want 4 or 5", h.Version)
	}
	if h.TEEType != tdxquote.TEETypeTDX {
		return fmt.Errorf("got TEE type %#x, want %#x (TDX)", h.TEEType, tdxquote.TEETypeTDX)
	}
	return nil
}
