// Package attest holds what consumers of TDX attestation share: the Quoter
// interface. Its subpackages produce quotes and collateral:
//
//   - tdxguest: quotes from TDX hardware (configfs-tsm or /dev/tdx_guest);
//   - devtee: a development TEE producing Intel-format quotes and collateral
//     under a development root CA, for machines without TDX;
//   - tdxquote: the v4 quote binary format;
//   - collateral: the collateral file format.
//
// Verification happens on chain; nothing here verifies a quote for trust.
package attest

import "context"

// Quoter produces a TDX DCAP quote whose TD report carries reportData in its
// REPORTDATA field. Implementations: *tdxguest.Quoter (hardware) and
// *devtee.Platform (development).
type Quoter interface {
	Quote(ctx context.Context, reportData [64]byte) ([]byte, error)
}
