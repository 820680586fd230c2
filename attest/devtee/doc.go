// Package devtee is a development TEE: it produces fully signed Intel TDX
// DCAP quotes (version 4) and the matching collateral for machines without
// TDX hardware, under a development root CA instead of Intel's.
//
// Nothing is bypassed. Every structure has Intel's format and every signature
// is real, so an Intel-conformant verifier accepts devtee quotes exactly when
// it is configured to trust the development root certificate
// (Authority.RootCertificate) instead of, or next to, the Intel SGX Root CA. A
// verifier that pins Intel's root rejects them. Never configure a production
// verifier with a development root.
//
// # Pieces
//
//   - Authority plays Intel: a self-signed root CA, a PCK Platform CA and a
//     TCB Signing certificate, with Intel's certificate profiles (subjects,
//     extensions and their order, key usages, basic constraints, AKI/SKI,
//     ecdsa-with-SHA256, P-256). It signs TCB info and QE identity
//     (Authority.Collateral) and issues CRLs.
//   - Platform plays one TDX machine: a PCK leaf certificate carrying Intel's
//     SGX extension (OID 1.2.840.113741.1.13.1: PPID, TCB with sgxtcbcomp01-16,
//     pcesvn and cpusvn, PCE-ID, FMSPC, SGX type, PlatformInstanceID and
//     Configuration as in certificates issued by Intel's Platform CA), a
//     quoting enclave (QE) with its own P-256 attestation key whose QE report
//     is signed by the PCK key, and the TDX module's TCB (TEE_TCB_SVN, MRSEAM).
//   - Platform.Quote, QuoteTD and QuoteBody produce quotes;
//     Platform implements attest.Quoter.
//
// # Certificate names
//
// The subject common names are Intel's ("Intel SGX Root CA", "Intel SGX PCK
// Platform CA", "Intel SGX PCK Certificate", "Intel SGX TCB Signing"), because
// verifiers select and check certificates by those names (go-tdx-guest
// requires them exactly, and Intel's QVL derives the PCK CA type from the
// issuer name). What tells the development hierarchy apart is the key (trust
// is anchored on the root certificate, never on names) and the other name
// attributes: O="Teereg Dev TEE - not Intel", L="Development only", ST="DEV",
// C="XX".
//
// # Determinism
//
// NewAuthority takes the randomness source. With NewDeterministicReader the
// keys, serial numbers and identifiers are reproducible, and since every
// signature is deterministic (RFC 6979), so are all certificates, CRLs,
// collateral and quotes: the same seed, time and sequence of calls give the
// same bytes. With crypto/rand.Reader keys are fresh.
//
// # Debug TDs
//
// TD_ATTRIBUTES bit 0 (DEBUG) is clear unless the caller sets it in
// TDReport.Attributes (tdxquote.TDAttributesDebug). A debug TD's quote is as
// validly signed as any other; rejecting it is the verifier's policy, and
// tests use such quotes to check that it does.
package devtee
