// Package dcap drives the on-chain Intel TDX DCAP verifier
// (contracts/dcap: DcapCollateralParser, DcapCollateralStore,
// DcapPckChainVerifier, DcapQuoteVerifier) from Go, through the abigen
// bindings.
//
//   - PushCollateral uploads a collateral file (package attest/collateral) to
//     a deployed DcapCollateralStore: root CA CRL, PCK CRL, TCB info, QE
//     identity, one mined transaction each, skipping what the store provably
//     holds already.
//   - CallVerifyQuote verifies a quote with a deployed DcapQuoteVerifier by
//     eth_call.
//   - VerifyAt and Simulator verify a quote as if at any time, on an
//     in-process chain: go-ethereum's simulated backend cannot seal blocks in
//     the past (it stamps them with the wall clock), so the deployments,
//     uploads and verifyQuote calls run inside eth_simulateV1 blocks whose
//     timestamp is overridden. The EVM, the bytecode and the rules (Osaka,
//     see WithOsaka) are the real ones; nothing is persisted.
//
// Failures name their step and decode the contracts' custom errors
// (StepError, RevertError): "upload TCB info: CollateralNotNewer(17,
// 1750329147)", "verify quote: QuoteTruncated(636, 48)". A well-formed quote
// that does not verify is not an error but a Result with Valid false and the
// verifier's failure code.
package dcap
