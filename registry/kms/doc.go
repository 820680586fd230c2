// Package kms is the registry's key management: it holds an app's secrets
// key (HPKE, opens the secrets admins encrypt to the on-chain
// secretsPublicKey) and CA key (signs instance certificates under the
// on-chain caCertificate).
//
// Keys come from one of two bootstraps:
//
//   - file mode (devnet): LoadOrCreateKeyFile reads a 0600 key file, or
//     creates one, and NewUnsealed serves it;
//   - Shamir M-of-N: Split makes a fresh key set, shares both private keys
//     among N custodians (each share encrypted to a custodian's Ethereum
//     key) and returns the public Manifest. NewSealed starts a KMS that
//     holds nothing secret until M custodians submit their shares
//     (DecryptShare, SignSubmission on their side; SubmitShare or the
//     NewHandler endpoints on the KMS's). Each share is checked on arrival
//     against the manifest's Feldman commitments, so a forged share is
//     rejected and attributed to its signer instead of poisoning the
//     recovery.
//
// The secret envelope (EncryptSecret, OpenSecret) and the submission
// format are specified in docs/kms.md.
package kms
