package devtee_test

import (
	"context"
	"fmt"
	"time"

	"github.com/teereg/teereg/attest/devtee"
)

// A development TDX machine: an authority standing in for Intel, one
// platform, a quote and the collateral to verify it. A verifier accepts the
// quote once it trusts a.RootCertificate().
func Example() {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("example")), now)
	if err != nil {
		panic(err)
	}
	p, err := a.NewPlatform([6]byte{0xb0, 0xc0, 0x6f, 0, 0, 0}, nil)
	if err != nil {
		panic(err)
	}
	var reportData [64]byte
	copy(reportData[:], "bind me")
	quote, err := p.Quote(context.Background(), reportData)
	if err != nil {
		panic(err)
	}
	coll, err := a.Collateral(p, now, 30*24*time.Hour, &devtee.CollateralOptions{TCBStatus: devtee.SWHardeningNeeded, AdvisoryIDs: []string{"INTEL-SA-00615"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(quote) > 4000, coll.Validate() == nil)
	fmt.Println(a.RootCertificate().Subject)
	// Output:
	// true true
	// CN=Intel SGX Root CA,O=Teereg Dev TEE - not Intel,L=Development only,ST=DEV,C=XX
}
