package main

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/indexer"
	"github.com/teereg/teereg/registry/kms"
)

// adminSigning is the part of every admin command's help about signing,
// dry runs and output.
const adminSigning = `
Where: --deployment FILE (as ` + "`teereg devnet`" + ` writes it) or --rpc-url and
--registry (--artifact-store for artifacts); TEEREG_DEPLOYMENT,
TEEREG_RPC_URL, TEEREG_REGISTRY and TEEREG_ARTIFACT_STORE work too.

Signer: --private-key HEX (better TEEREG_PRIVATE_KEY), --private-key-file
FILE, or --keystore FILE with --password-file FILE (or
TEEREG_KEYSTORE_PASSWORD).

Before sending, the call is simulated with eth_call from the signer; a call
that would revert is not sent, and its custom error is decoded, e.g.
"allowWorkload(bytes32,bytes32) would revert: Unauthorized(): 0x7099… is not
the registry admin". After sending, the receipt is printed: transaction hash,
block, gas used, status and the decoded events.

--dry-run prints the target, function, arguments, calldata and the
equivalent ` + "`cast send`" + ` command, simulates the call when it knows the sender
(the key, or --from ADDRESS for a multisig) and sends nothing. --json prints
all of it as JSON.`

func adminCommand() *cli.Command {
	return &cli.Command{
		Name:  "admin",
		Usage: "governance transactions: roles, workloads, storage backends, PKI, artifacts, policy, instances, pause, ownership",
		Description: `Every governance change of a deployment is one transaction to the Registry
or the ArtifactStore. Most need the registry admin (its owner); storage
backends and artifacts also take a metadata writer; anyone may expire an
instance or push collateral.
` + adminSigning + `

Examples:
   export TEEREG_DEPLOYMENT=.devnet/deployment.json TEEREG_PRIVATE_KEY=0x…
   teereg admin role grant --account 0x7099… --role operator
   teereg admin workload allow --quote quote.bin --config config.json
   teereg admin backend add --uri https://config.example.com/
   teereg admin set-pki --ca-cert ca.pem --secrets-public-key-file secrets.pub
   teereg admin artifact upload --file config.json
   teereg admin set-tcb-policy --policy UpToDate,SWHardeningNeeded
   teereg admin instance revoke --instance web-1 --dry-run`,
		Subcommands: []*cli.Command{
			adminRoleCommand(),
			adminWorkloadCommand(),
			adminBackendCommand(),
			adminSetPkiCommand(),
			adminArtifactCommand(),
			adminCollateralCommand(),
			adminSetTcbPolicyCommand(),
			adminSetTTLCommand(),
			adminSetQuoteVerifierCommand(),
			adminInstanceCommand(),
			adminPauseCommand("pause"),
			adminPauseCommand("unpause"),
			adminOwnershipCommand(),
		},
	}
}

// adminTx is one admin command that sends one transaction.
type adminTx struct {
	path        string // "admin workload allow", for errors
	name        string
	usage       string
	args        string // UsageText after the command path
	description string // what it does, and examples
	flags       []cli.Flag
	artifacts   bool // talks to the ArtifactStore
	build       func(c *cli.Context, s *txSession) (txCall, error)
}

func (a adminTx) command() *cli.Command {
	usageText := "teereg " + a.path
	if a.args != "" {
		usageText += " " + a.args
	}
	usageText += " [--deployment FILE | --rpc-url URL --registry ADDRESS] (--private-key HEX | --private-key-file FILE | --keystore FILE | --dry-run [--from ADDRESS]) [--json]"
	return &cli.Command{
		Name:        a.name,
		Usage:       a.usage,
		UsageText:   usageText,
		Description: a.description + "\n" + adminSigning,
		Flags:       append(a.flags, txFlags()...),
		Action: func(c *cli.Context) error {
			s, err := newTxSession(c, a.artifacts)
			if err != nil {
				return fmt.Errorf("%s: %w", a.path, err)
			}
			defer s.Close()
			call, err := a.build(c, s)
			if err != nil {
				return fmt.Errorf("%s: %w", a.path, err)
			}
			if err := s.send(call); err != nil {
				return fmt.Errorf("%s: %w", a.path, err)
			}
			return nil
		},
	}
}

// ---- roles ----

func adminRoleCommand() *cli.Command {
	role := func(verb, method string) *cli.Command {
		return adminTx{
			path: "admin role " + verb, name: verb,
			usage: verb + " registry roles to an account (admin only)",
			args:  "--account ADDRESS --role ROLE[,ROLE…]",
			description: fmt.Sprintf(`Calls Registry.%s(account, roles). ROLE is operator (bit 0: registers
and maintains instances), metadata-writer (bit 1: storage backends and
artifacts), kms-custodian (bit 2: unseals the KMS), or a bitmask (decimal or
0x-hex). --role is repeatable and takes comma-separated lists.

Examples:
   teereg admin role %s --account 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --role operator
   teereg admin role %s --account 0x3C44… --role metadata-writer,kms-custodian --dry-run`, method, verb, verb),
			flags: []cli.Flag{
				&cli.StringFlag{Name: "account", Required: true, Usage: "the account ADDRESS"},
				&cli.StringSliceFlag{Name: "role", Required: true, Usage: "ROLE: operator, metadata-writer, kms-custodian or a bitmask (repeatable)"},
			},
			build: func(c *cli.Context, s *txSession) (txCall, error) {
				account, err := parseAddress("--account", c.String("account"))
				if err != nil {
					return txCall{}, err
				}
				roles, err := parseRoles(c.StringSlice("role"))
				if err != nil {
					return txCall{}, err
				}
				return s.registryCall(method, account, roles)
			},
		}.command()
	}
	return &cli.Command{
		Name:  "role",
		Usage: "grant or revoke the operator, metadata-writer and kms-custodian roles",
		Description: `Examples:
   teereg admin role grant --account 0x7099… --role operator
   teereg admin role revoke --account 0x7099… --role operator,metadata-writer`,
		Subcommands: []*cli.Command{role("grant", "grantRoles"), role("revoke", "revokeRoles")},
	}
}

// parseRoles reads role names and bitmasks into one bitmap.
func parseRoles(specs []string) (*big.Int, error) {
	roles := new(big.Int)
	for _, spec := range specs {
		for _, tok := range strings.FieldsFunc(spec, func(r rune) bool { return r == ',' || r == '|' || r == '+' || r == ' ' }) {
			if bit, ok := roleBitOf(tok); ok {
				roles.SetBit(roles, bit, 1)
				continue
			}
			n, ok := new(big.Int).SetString(tok, 0)
			if !ok || n.Sign() < 0 || n.BitLen() > 256 {
				return nil, fmt.Errorf("--role: unknown role %q: want operator, metadata-writer, kms-custodian or a bitmask", tok)
			}
			roles.Or(roles, n)
		}
	}
	if roles.Sign() == 0 {
		return nil, errors.New("--role: no role given")
	}
	return roles, nil
}

func parseAddress(flag, s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s: %q is not an address (20 bytes of hex)", flag, s)
	}
	return common.HexToAddress(s), nil
}

// ---- workloads ----

func adminWorkloadCommand() *cli.Command {
	idFlags := func() []cli.Flag {
		return []cli.Flag{
			&cli.StringFlag{Name: "workload-id", Usage: "the workload id, 32 bytes of HEX"},
			&cli.StringFlag{Name: "quote", Usage: "take the workload id from this TDX quote FILE instead (see `teereg workload id`)"},
		}
	}
	cfgFlags := func() []cli.Flag {
		return []cli.Flag{
			&cli.StringFlag{Name: "config-hash", Usage: "sha256 of the configuration blob, 32 bytes of HEX"},
			&cli.StringFlag{Name: "config", Usage: "the configuration FILE, whose sha256 is the config hash"},
		}
	}
	withConfig := func(verb, method, usage, desc string) *cli.Command {
		return adminTx{
			path: "admin workload " + verb, name: verb, usage: usage,
			args:        "(--workload-id HEX | --quote FILE) (--config-hash HEX | --config FILE)",
			description: desc,
			flags:       append(idFlags(), cfgFlags()...),
			build: func(c *cli.Context, s *txSession) (txCall, error) {
				id, err := workloadIDArg(c)
				if err != nil {
					return txCall{}, err
				}
				cfg, info, err := configHashArg(c)
				if err != nil {
					return txCall{}, err
				}
				call, err := s.registryCall(method, id, cfg)
				call.Info = info
				return call, err
			},
		}.command()
	}
	return &cli.Command{
		Name:  "workload",
		Usage: "allowlist workload identities and map them to configuration hashes",
		Description: `Examples:
   teereg admin workload allow --quote quote.bin --config config.json
   teereg admin workload update --workload-id 0x… --config-hash 0x…
   teereg admin workload remove --workload-id 0x…`,
		Subcommands: []*cli.Command{
			withConfig("allow", "allowWorkload", "allowlist a workload identity with the sha256 of its configuration (admin only)",
				`Calls Registry.allowWorkload(workloadId, configHash). The workload id is
given, or computed from a quote; the config hash is given, or the sha256 of
a file.

Examples:
   teereg admin workload allow --workload-id 0x1c8f… --config-hash 0x9a2b…
   teereg admin workload allow --quote quote.bin --config config.json`),
			withConfig("update", "updateWorkloadConfig", "map an allowlisted workload to a new configuration hash (admin only)",
				`Calls Registry.updateWorkloadConfig(workloadId, configHash).

Example:
   teereg admin workload update --workload-id 0x1c8f… --config config-v2.json`),
			adminTx{
				path: "admin workload remove", name: "remove", usage: "remove a workload identity from the allowlist (admin only)",
				args: "(--workload-id HEX | --quote FILE)",
				description: `Calls Registry.removeWorkload(workloadId). Registered instances of it stay
until revalidated, revoked or expired.

Example:
   teereg admin workload remove --workload-id 0x1c8f…`,
				flags: idFlags(),
				build: func(c *cli.Context, s *txSession) (txCall, error) {
					id, err := workloadIDArg(c)
					if err != nil {
						return txCall{}, err
					}
					return s.registryCall("removeWorkload", id)
				},
			}.command(),
		},
	}
}

// workloadIDArg reads --workload-id or computes it from --quote.
func workloadIDArg(c *cli.Context) (common.Hash, error) {
	id, quote := c.String("workload-id"), c.String("quote")
	switch {
	case id != "" && quote != "":
		return common.Hash{}, errors.New("give either --workload-id or --quote, not both")
	case id != "":
		return parseHash("--workload-id", id)
	case quote != "":
		data, err := readQuoteArg(quote, c.App.Reader)
		if err != nil {
			return common.Hash{}, fmt.Errorf("--quote: %w", err)
		}
		m, err := measurementsOfQuote(data)
		if err != nil {
			return common.Hash{}, fmt.Errorf("--quote %s: %w", quote, err)
		}
		return m.workloadID(), nil
	}
	return common.Hash{}, errors.New("give --workload-id HEX or --quote FILE")
}

// configHashArg reads --config-hash or hashes --config.
func configHashArg(c *cli.Context) (common.Hash, namedValues, error) {
	h, file := c.String("config-hash"), c.String("config")
	switch {
	case h != "" && file != "":
		return common.Hash{}, nil, errors.New("give either --config-hash or --config, not both")
	case h != "":
		hash, err := parseHash("--config-hash", h)
		return hash, nil, err
	case file != "":
		data, err := os.ReadFile(file)
		if err != nil {
			return common.Hash{}, nil, fmt.Errorf("--config: %w", err)
		}
		return sha256.Sum256(data), namedValues{{"config file", fmt.Sprintf("%s (%d bytes)", file, len(data))}}, nil
	}
	return common.Hash{}, nil, errors.New("give --config-hash HEX or --config FILE")
}

// ---- storage backends ----

func adminBackendCommand() *cli.Command {
	backend := func(verb, method, usage, desc string) *cli.Command {
		return adminTx{
			path: "admin backend " + verb, name: verb, usage: usage, args: "--uri URI", description: desc,
			flags: []cli.Flag{&cli.StringFlag{Name: "uri", Required: true, Usage: "the backend URI (scheme file, ipfs, onchain, https, s3, vault or github)"}},
			build: func(c *cli.Context, s *txSession) (txCall, error) {
				uri := strings.TrimSpace(c.String("uri"))
				if uri == "" {
					return txCall{}, errors.New("--uri is empty")
				}
				return s.registryCall(method, uri)
			},
		}.command()
	}
	return &cli.Command{
		Name:  "backend",
		Usage: "add or remove storage backends (admin or metadata writer)",
		Description: `Examples:
   teereg admin backend add --uri https://config.example.com/teereg/
   teereg admin backend remove --uri s3://bucket/prefix/`,
		Subcommands: []*cli.Command{
			backend("add", "addStorageBackend", "append a storage backend to the ordered list (admin or metadata writer)",
				`Calls Registry.addStorageBackend(uri). The URI's scheme is one of file,
ipfs, onchain, https, s3, vault or github.

Example:
   teereg admin backend add --uri s3://bucket/prefix/`),
			backend("remove", "removeStorageBackend", "remove a storage backend, keeping the order of the others (admin or metadata writer)",
				`Calls Registry.removeStorageBackend(uri).

Example:
   teereg admin backend remove --uri s3://bucket/prefix/`),
		},
	}
}

// ---- PKI ----

func adminSetPkiCommand() *cli.Command {
	return adminTx{
		path: "admin set-pki", name: "set-pki", usage: "publish a new version of the application PKI (admin only)",
		args: "(--kms-manifest FILE | --ca-cert FILE (--secrets-public-key HEX | --secrets-public-key-file FILE)) [--kms-attestation FILE]",
		description: `Calls Registry.setPki(caCertificate, secretsPublicKey, kmsAttestation).
--ca-cert is the app CA certificate, PEM or DER (sent as DER); it must be a
CA certificate. The secrets public key is an uncompressed P-256 point
(65 bytes, 0x04 ‖ X ‖ Y), given as hex or as a file holding it in hex, raw,
or as a PEM PUBLIC KEY. --kms-manifest takes both from the manifest of a
Shamir key ceremony (teereg kms split) instead. --kms-attestation is the
evidence binding the keys to the KMS (any bytes; optional).

Examples:
   teereg admin set-pki --ca-cert ca.pem --secrets-public-key-file secrets.pub --kms-attestation kms.quote
   teereg admin set-pki --kms-manifest ceremony/manifest.json`,
		flags: []cli.Flag{
			&cli.StringFlag{Name: "kms-manifest", Usage: "the KMS manifest FILE of a Shamir key ceremony (teereg kms split): its CA certificate and secrets public key"},
			&cli.StringFlag{Name: "ca-cert", Usage: "app CA certificate FILE, PEM or DER"},
			&cli.StringFlag{Name: "secrets-public-key", Usage: "secrets public key: uncompressed P-256 point, HEX"},
			&cli.StringFlag{Name: "secrets-public-key-file", Usage: "FILE holding the secrets public key (hex, raw or PEM)"},
			&cli.StringFlag{Name: "kms-attestation", Usage: "KMS attestation FILE (optional)"},
		},
		build: func(c *cli.Context, s *txSession) (txCall, error) {
			cert, key, err := pkiArgs(c)
			if err != nil {
				return txCall{}, err
			}
			att := []byte{}
			if f := c.String("kms-attestation"); f != "" {
				if att, err = os.ReadFile(f); err != nil {
					return txCall{}, fmt.Errorf("--kms-attestation: %w", err)
				}
			}
			call, err := s.registryCall("setPki", cert.Raw, key, att)
			sum := sha256.Sum256(cert.Raw)
			call.Info = namedValues{
				{"ca subject", cert.Subject.String()},
				{"ca valid", fmt.Sprintf("%s to %s", cert.NotBefore.UTC().Format(time.RFC3339), cert.NotAfter.UTC().Format(time.RFC3339))},
				{"ca sha256", hexutil.Encode(sum[:])},
			}
			return call, err
		},
	}.command()
}

// pkiArgs reads the CA certificate and the secrets public key from
// --kms-manifest, or from --ca-cert and the secrets key flags.
func pkiArgs(c *cli.Context) (*x509.Certificate, []byte, error) {
	if path := c.String("kms-manifest"); path != "" {
		for _, f := range []string{"ca-cert", "secrets-public-key", "secrets-public-key-file"} {
			if c.String(f) != "" {
				return nil, nil, fmt.Errorf("--kms-manifest holds the whole PKI: give it without --%s", f)
			}
		}
		blob, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, fmt.Errorf("--kms-manifest: %w", err)
		}
		m, err := kms.ParseManifest(blob)
		if err != nil {
			return nil, nil, fmt.Errorf("--kms-manifest %s: %w", path, err)
		}
		pki := m.PKI()
		cert, err := x509.ParseCertificate(pki.CACertificate)
		if err != nil { // ParseManifest checked it; a failure here is a bug
			return nil, nil, fmt.Errorf("--kms-manifest %s: CA certificate: %w", path, err)
		}
		return cert, pki.SecretsPublicKey, nil
	}
	if c.String("ca-cert") == "" {
		return nil, nil, errors.New("give --kms-manifest FILE, or --ca-cert FILE with the secrets public key")
	}
	cert, err := readCACertificate(c.String("ca-cert"))
	if err != nil {
		return nil, nil, fmt.Errorf("--ca-cert: %w", err)
	}
	key, err := secretsPublicKeyArg(c)
	if err != nil {
		return nil, nil, err
	}
	return cert, key, nil
}

// readCACertificate reads one CA certificate, PEM or DER.
func readCACertificate(path string) (*x509.Certificate, error) {
	cert, err := loadCertificate(path)
	if err != nil {
		return nil, err
	}
	if !cert.IsCA {
		return nil, fmt.Errorf("%s (%s) is not a CA certificate", path, cert.Subject)
	}
	return cert, nil
}

// secretsPublicKeyArg reads and checks the secrets public key.
func secretsPublicKeyArg(c *cli.Context) ([]byte, error) {
	h, file := c.String("secrets-public-key"), c.String("secrets-public-key-file")
	var key []byte
	var err error
	switch {
	case h != "" && file != "":
		return nil, errors.New("give either --secrets-public-key or --secrets-public-key-file, not both")
	case h != "":
		if key, err = parseHex("--secrets-public-key", h, -1); err != nil {
			return nil, err
		}
	case file != "":
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("--secrets-public-key-file: %w", err)
		}
		if key, err = decodePublicKeyFile(data); err != nil {
			return nil, fmt.Errorf("--secrets-public-key-file %s: %w", file, err)
		}
	default:
		return nil, errors.New("give --secrets-public-key HEX or --secrets-public-key-file FILE")
	}
	if _, err := ecdh.P256().NewPublicKey(key); err != nil {
		return nil, fmt.Errorf("the secrets public key (%d bytes) is not an uncompressed P-256 point (65 bytes, 0x04 ‖ X ‖ Y): %w", len(key), err)
	}
	return key, nil
}

func decodePublicKeyFile(data []byte) ([]byte, error) {
	t := bytes.TrimSpace(data)
	switch {
	case bytes.HasPrefix(t, []byte("-----BEGIN")):
		block, _ := pem.Decode(t)
		if block == nil || block.Type != "PUBLIC KEY" {
			return nil, errors.New("want one PEM PUBLIC KEY block")
		}
		pub, err := x509.ParsePKIXPublicKey(block.Bytes)
		if err != nil {
			return nil, err
		}
		switch k := pub.(type) {
		case *ecdsa.PublicKey:
			e, err := k.ECDH()
			if err != nil {
				return nil, err
			}
			return e.Bytes(), nil
		case *ecdh.PublicKey:
			return k.Bytes(), nil
		}
		return nil, fmt.Errorf("a %T, want a P-256 key", pub)
	case isHexText(t):
		return parseHex("the key", string(t), -1)
	}
	return data, nil
}

// ---- artifacts ----

func adminArtifactCommand() *cli.Command {
	return &cli.Command{
		Name:  "artifact",
		Usage: "store or remove content-addressed blobs in the ArtifactStore (admin or metadata writer)",
		Description: `Examples:
   teereg admin artifact upload --file config.json
   teereg admin artifact remove --hash 0x9a2b…`,
		Subcommands: []*cli.Command{
			adminTx{
				path: "admin artifact upload", name: "upload", usage: "store a file in the ArtifactStore and print its sha256",
				args: "--file FILE", artifacts: true,
				description: `Calls ArtifactStore.store(data) with the file's bytes (at most 16 KiB).
The artifact is addressed by its sha256, printed before sending and in the
ArtifactStored event. "-" reads standard input.

Example:
   teereg admin artifact upload --file config.json`,
				flags: []cli.Flag{&cli.StringFlag{Name: "file", Required: true, Usage: "the FILE to store (- for standard input)"}},
				build: func(c *cli.Context, s *txSession) (txCall, error) {
					data, err := readFileArg(c.String("file"), c.App.Reader)
					if err != nil {
						return txCall{}, fmt.Errorf("--file: %w", err)
					}
					if len(data) == 0 {
						return txCall{}, fmt.Errorf("--file %s is empty", c.String("file"))
					}
					sum := sha256.Sum256(data)
					call, err := s.artifactStoreCall("store", data)
					call.Info = namedValues{{"sha256", sum[:]}, {"size", fmt.Sprintf("%d bytes", len(data))}}
					return call, err
				},
			}.command(),
			adminTx{
				path: "admin artifact remove", name: "remove", usage: "remove an artifact from the ArtifactStore",
				args: "(--hash HEX | --file FILE)", artifacts: true,
				description: `Calls ArtifactStore.remove(hash): the sha256 given, or that of a file.

Example:
   teereg admin artifact remove --hash 0x9a2b…`,
				flags: []cli.Flag{
					&cli.StringFlag{Name: "hash", Usage: "the artifact's sha256, 32 bytes of HEX"},
					&cli.StringFlag{Name: "file", Usage: "remove the artifact with this FILE's content"},
				},
				build: func(c *cli.Context, s *txSession) (txCall, error) {
					var hash common.Hash
					switch h, f := c.String("hash"), c.String("file"); {
					case h != "" && f != "":
						return txCall{}, errors.New("give either --hash or --file, not both")
					case h != "":
						var err error
						if hash, err = parseHash("--hash", h); err != nil {
							return txCall{}, err
						}
					case f != "":
						data, err := readFileArg(f, c.App.Reader)
						if err != nil {
							return txCall{}, fmt.Errorf("--file: %w", err)
						}
						hash = sha256.Sum256(data)
					default:
						return txCall{}, errors.New("give --hash HEX or --file FILE")
					}
					return s.artifactStoreCall("remove", hash)
				},
			}.command(),
		},
	}
}

func readFileArg(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(stdin, 1<<24))
	}
	return os.ReadFile(path)
}

// ---- collateral ----

// adminCollateralCommand offers `teereg collateral push` under admin too,
// where --deployment may stand in for --rpc-url and --collateral-store.
func adminCollateralCommand() *cli.Command {
	push := collateralPushCommand()
	for _, f := range push.Flags {
		if sf, ok := f.(*cli.StringFlag); ok && (sf.Name == "rpc-url" || sf.Name == "collateral-store") {
			sf.Required = false
		}
	}
	push.Flags = append(push.Flags,
		&cli.StringFlag{Name: "deployment", EnvVars: []string{"TEEREG_DEPLOYMENT"}, Usage: "deployment.json written by `teereg deploy` or `teereg devnet`: sets --rpc-url and --collateral-store unless given"})
	push.UsageText = "teereg admin collateral push --collateral FILE (--deployment FILE | --rpc-url URL --collateral-store ADDRESS) (--private-key HEX | --keystore FILE) [--json]"
	push.Description = `The same as ` + "`teereg collateral push`" + `, which see; here --deployment may give
the RPC URL and the collateral store.

` + push.Description + `
   teereg admin collateral push --collateral collateral.json --deployment .devnet/deployment.json`
	run := push.Action
	push.Action = func(c *cli.Context) error {
		if p := c.String("deployment"); p != "" {
			rec, err := readDeployment(p)
			if err != nil {
				return fmt.Errorf("collateral push: %w", err)
			}
			if !c.IsSet("rpc-url") && rec.RPC != "" {
				if err := c.Set("rpc-url", rec.RPC); err != nil {
					return err
				}
			}
			if !c.IsSet("collateral-store") && rec.CollateralStore != (common.Address{}) {
				if err := c.Set("collateral-store", rec.CollateralStore.Hex()); err != nil {
					return err
				}
			}
		}
		switch {
		case c.String("rpc-url") == "":
			return errors.New("collateral push: no JSON-RPC endpoint: give --rpc-url or --deployment")
		case c.String("collateral-store") == "":
			return errors.New("collateral push: no collateral store: give --collateral-store or a --deployment that has one")
		}
		return run(c)
	}
	return &cli.Command{
		Name:        "collateral",
		Usage:       "manage the DCAP collateral held on chain (as `teereg collateral`)",
		Description: "Example:\n   teereg admin collateral push --collateral collateral.json --deployment .devnet/deployment.json",
		Subcommands: []*cli.Command{push},
	}
}

// ---- policy ----

func adminSetTcbPolicyCommand() *cli.Command {
	return adminTx{
		path: "admin set-tcb-policy", name: "set-tcb-policy", usage: "set which TCB statuses registration accepts (admin only)",
		args: "--policy STATUS[,STATUS…]|BITMASK",
		description: `Calls Registry.setTcbPolicy(acceptedStatuses). --policy lists TCB statuses
by name (case-insensitive, comma-separated): UpToDate, SWHardeningNeeded,
ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate,
OutOfDateConfigurationNeeded; or gives the bitmask (bit i accepts status i),
decimal or 0x-hex. "default" is UpToDate,SWHardeningNeeded. Revoked can
never be accepted.

Examples:
   teereg admin set-tcb-policy --policy UpToDate,SWHardeningNeeded
   teereg admin set-tcb-policy --policy 0x07`,
		flags: []cli.Flag{&cli.StringFlag{Name: "policy", Required: true, Usage: "accepted TCB statuses: names or a bitmask"}},
		build: func(c *cli.Context, s *txSession) (txCall, error) {
			p, err := parseTcbPolicy(c.String("policy"))
			if err != nil {
				return txCall{}, fmt.Errorf("--policy: %w", err)
			}
			return s.registryCall("setTcbPolicy", p)
		},
	}.command()
}

// parseTcbPolicy reads TCB status names or a bitmask.
func parseTcbPolicy(s string) (uint8, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty: give TCB status names or a bitmask")
	}
	revoked := len(indexer.TcbStatusNames) - 1 // the last status, never acceptable
	all := uint8(1<<len(indexer.TcbStatusNames) - 1)
	var p uint8
	if n, err := strconv.ParseUint(s, 0, 64); err == nil {
		if n == 0 || n > uint64(all) {
			return 0, fmt.Errorf("bitmask %s: want 1 to %#x (bit i accepts status i: %s)", s, all&^(1<<revoked), strings.Join(indexer.TcbStatusNames[:revoked], ", "))
		}
		p = uint8(n)
	} else if strings.EqualFold(s, "default") {
		p = 1<<0 | 1<<1
	} else {
		for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '|' || r == '+' || r == ' ' }) {
			found := false
			for i, name := range indexer.TcbStatusNames {
				if strings.EqualFold(tok, name) {
					p |= 1 << i
					found = true
				}
			}
			if !found {
				return 0, fmt.Errorf("unknown TCB status %q: want %s, or a bitmask", tok, strings.Join(indexer.TcbStatusNames[:revoked], ", "))
			}
		}
	}
	if p&(1<<revoked) != 0 {
		return 0, errors.New("a policy can never accept Revoked")
	}
	return p, nil
}

// tcbPolicyNames names the statuses a policy accepts.
func tcbPolicyNames(p uint8) []string {
	var names []string
	for i := range 8 {
		if p&(1<<i) == 0 {
			continue
		}
		if i < len(indexer.TcbStatusNames) {
			names = append(names, indexer.TcbStatusNames[i])
		} else {
			names = append(names, fmt.Sprintf("bit %d", i))
		}
	}
	if len(names) == 0 {
		names = append(names, "none")
	}
	return names
}

func adminSetTTLCommand() *cli.Command {
	return adminTx{
		path: "admin set-ttl", name: "set-ttl", usage: "set the lifetime of new and renewed instance records (admin only)",
		args: "--ttl DURATION",
		description: `Calls Registry.setInstanceTtl(seconds). --ttl is a duration (90m, 24h,
168h) or seconds; from 1 minute to 365 days. Records already registered keep
their expiry until renewed.

Example:
   teereg admin set-ttl --ttl 24h`,
		flags: []cli.Flag{&cli.StringFlag{Name: "ttl", Required: true, Usage: "instance lifetime: a DURATION (24h) or seconds"}},
		build: func(c *cli.Context, s *txSession) (txCall, error) {
			ttl, err := parseTTL(c.String("ttl"))
			if err != nil {
				return txCall{}, fmt.Errorf("--ttl: %w", err)
			}
			return s.registryCall("setInstanceTtl", ttl)
		},
	}.command()
}

// parseTTL reads a duration or a number of seconds, in whole seconds.
func parseTTL(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		if n == 0 {
			return 0, errors.New("zero")
		}
		return n, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is neither a duration (24h) nor seconds", s)
	}
	if d <= 0 || d%time.Second != 0 {
		return 0, fmt.Errorf("%s is not a positive whole number of seconds", d)
	}
	return uint64(d / time.Second), nil
}

func adminSetQuoteVerifierCommand() *cli.Command {
	return adminTx{
		path: "admin set-quote-verifier", name: "set-quote-verifier", usage: "set the quote verifier registration uses (admin only)",
		args: "--verifier ADDRESS",
		description: `Calls Registry.setQuoteVerifier(verifier). The zero address disables
registration.

Example:
   teereg admin set-quote-verifier --verifier 0x9fE4…`,
		flags: []cli.Flag{&cli.StringFlag{Name: "verifier", Required: true, Usage: "the IQuoteVerifier contract ADDRESS"}},
		build: func(c *cli.Context, s *txSession) (txCall, error) {
			v, err := parseAddress("--verifier", c.String("verifier"))
			if err != nil {
				return txCall{}, err
			}
			return s.registryCall("setQuoteVerifier", v)
		},
	}.command()
}

// ---- instances ----

func adminInstanceCommand() *cli.Command {
	instance := func(verb, method, usage, desc string) *cli.Command {
		return adminTx{
			path: "admin instance " + verb, name: verb, usage: usage, args: "--instance ID|LABEL", description: desc,
			flags: []cli.Flag{&cli.StringFlag{Name: "instance", Required: true, Usage: "the instance ID (32 bytes of HEX) or the LABEL of an active instance"}},
			build: func(c *cli.Context, s *txSession) (txCall, error) {
				id, err := resolveInstance(s, c.String("instance"))
				if err != nil {
					return txCall{}, err
				}
				return s.registryCall(method, id)
			},
		}.command()
	}
	return &cli.Command{
		Name:  "instance",
		Usage: "revoke or expire instance records",
		Description: `Examples:
   teereg admin instance revoke --instance web-1
   teereg admin instance expire --instance 0x4b5c…`,
		Subcommands: []*cli.Command{
			instance("revoke", "revokeInstance", "revoke an instance for good (admin or its operator)",
				`Calls Registry.revokeInstance(instanceId). A revoked key can never register
again. Works while paused.

Examples:
   teereg admin instance revoke --instance web-1
   teereg admin instance revoke --instance 0x4b5c…`),
			instance("expire", "expireInstance", "mark an active instance past its expiry as expired (anyone)",
				`Calls Registry.expireInstance(instanceId), which frees its label.

Example:
   teereg admin instance expire --instance web-1`),
		},
	}
}

// resolveInstance takes an instance id, or looks a label up on chain.
func resolveInstance(s *txSession, v string) (common.Hash, error) {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "0x") || len(v) == 64 && isHexText([]byte(v)) {
		return parseHash("--instance", v)
	}
	if v == "" {
		return common.Hash{}, errors.New("--instance is empty")
	}
	reg, err := s.registryCaller()
	if err != nil {
		return common.Hash{}, fmt.Errorf("look up label %q: %w", v, err)
	}
	id, err := reg.InstanceIdByLabel(s.callOpts(), v)
	if err != nil {
		return common.Hash{}, fmt.Errorf("look up label %q: %w", v, err)
	}
	if id == [32]byte{} {
		return common.Hash{}, fmt.Errorf("--instance: no active instance holds the label %q (give an instance id for an inactive one)", v)
	}
	return id, nil
}

// ---- pause ----

func adminPauseCommand(verb string) *cli.Command {
	desc := `Calls Registry.pause(): registration, endpoint updates and metadata writes
(storage backends, artifacts) stop; revocation and expiry keep working.

Example:
   teereg admin pause`
	usage := "pause registration, endpoint updates and metadata writes (admin only)"
	if verb == "unpause" {
		desc = "Calls Registry.unpause().\n\nExample:\n   teereg admin unpause"
		usage = "lift a pause (admin only)"
	}
	return adminTx{
		path: "admin " + verb, name: verb, usage: usage, description: desc,
		build: func(c *cli.Context, s *txSession) (txCall, error) { return s.registryCall(verb) },
	}.command()
}

// ---- ownership ----

func adminOwnershipCommand() *cli.Command {
	return &cli.Command{
		Name:  "ownership",
		Usage: "hand the admin role over in two steps",
		Description: `The new admin requests the handover (valid 48 hours), then the current
admin completes it. One-step transfer and renouncing are disabled.

Example:
   TEEREG_PRIVATE_KEY=<new admin's key> teereg admin ownership request
   TEEREG_PRIVATE_KEY=<current admin's key> teereg admin ownership complete --new-admin 0x90F7…`,
		Subcommands: []*cli.Command{
			adminTx{
				path: "admin ownership request", name: "request", usage: "request the admin role (signed by the new admin)",
				description: `Calls Registry.requestOwnershipHandover() from the signer, the would-be
admin. The request expires after 48 hours.

Example:
   TEEREG_PRIVATE_KEY=<new admin's key> teereg admin ownership request`,
				build: func(c *cli.Context, s *txSession) (txCall, error) { return s.registryCall("requestOwnershipHandover") },
			}.command(),
			adminTx{
				path: "admin ownership complete", name: "complete", usage: "hand the admin role to an account that requested it (current admin)",
				args: "--new-admin ADDRESS",
				description: `Calls Registry.completeOwnershipHandover(newAdmin).

Example:
   teereg admin ownership complete --new-admin 0x90F79bf6EB2c4f870365E785982E1f101E93b906`,
				flags: []cli.Flag{&cli.StringFlag{Name: "new-admin", Required: true, Usage: "the ADDRESS that requested the handover"}},
				build: func(c *cli.Context, s *txSession) (txCall, error) {
					a, err := parseAddress("--new-admin", c.String("new-admin"))
					if err != nil {
						return txCall{}, err
					}
					return s.registryCall("completeOwnershipHandover", a)
				},
			}.command(),
			adminTx{
				path: "admin ownership cancel", name: "cancel", usage: "withdraw the signer's handover request",
				description: `Calls Registry.cancelOwnershipHandover() from the signer.

Example:
   TEEREG_PRIVATE_KEY=<new admin's key> teereg admin ownership cancel`,
				build: func(c *cli.Context, s *txSession) (txCall, error) { return s.registryCall("cancelOwnershipHandover") },
			}.command(),
		},
	}
}
