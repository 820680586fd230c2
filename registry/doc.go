// Package registry is teereg's relying party (`teereg registry`): it hands an
// instance its configuration, its secrets and a TLS certificate if and only
// if the chain says the instance is verified, active, unexpired, of an
// allowlisted workload, of an accepted TCB status and run by an operator who
// still holds the operator role.
//
// The protocol (docs/registry.md, docs/openapi.yaml):
//
//  1. POST /v1/challenge returns a fresh single-use nonce (NonceTTL).
//  2. POST /v1/provision carries the attested public key, a CSR and an ECDSA
//     P-256 signature by the attested key over
//     sha256("teereg provision v1" ‖ nonce ‖ sha256(CSR)).
//  3. The Server checks the signature, uses up the nonce, then judges the
//     instance on the indexer's database (DB), confirmed by eth_call at the
//     newest final block (Chain) when the database is stale or its rows are
//     not final. Any doubt refuses, with a machine-readable Code.
//  4. The answer — the resolved configuration (fetched by hash from the
//     storage backends, every {{ secret "<id>" }} opened by the KMS) and a
//     certificate for <label>.<zone> signed by the app CA — is sealed with
//     HPKE to the attested key, so nothing between the instance and the
//     registry can read it.
//
// Every decision is written to the audit log (Auditor) before the answer is
// sent. Client (or Provision) is the instance side.
package registry
