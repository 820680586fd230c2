package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/registry"
	"github.com/teereg/teereg/registry/kms"
)

func secretCommand() *cli.Command {
	return &cli.Command{
		Name:  "secret",
		Usage: "manage the secrets configurations reference",
		Subcommands: []*cli.Command{
			secretEncryptCommand(),
		},
	}
}

func secretEncryptCommand() *cli.Command {
	return &cli.Command{
		Name:      "encrypt",
		Usage:     "encrypt a secret to the app's secrets key (on-chain PKI), optionally store it as an artifact",
		UsageText: "teereg secret encrypt [--in FILE] [--out FILE] (--rpc-url URL --registry ADDRESS | --deployment FILE | --database-url URL) [--upload --artifact-store ADDRESS (--private-key HEX | --keystore FILE)] [--json]",
		Description: `Reads the secret (exact bytes, at most 16293; nothing is trimmed: use printf,
not echo, to avoid a trailing newline) from --in or stdin and seals it with
HPKE to the secretsPublicKey of the current on-chain PKI (docs/kms.md, "Secret
envelopes"). The PKI is read with an eth_call to Registry.pki() at the latest
block when a JSON-RPC endpoint is given (--rpc-url or --deployment), else from
the indexer's database (--database-url).

Prints the secret id — the lower-case hex sha256 of the envelope, also its
artifact hash — and the template line that references it:

   {{ secret "<secret id>" }}

--out writes the envelope's bytes to a file. --upload stores the envelope in
the ArtifactStore (ArtifactStore.store, signed by an admin or metadata writer
with --private-key / TEEREG_PRIVATE_KEY or --keystore) and waits for it to be
mined. At least one of --out and --upload is required: the envelope is never
only printed.

Examples:
   printf '%s' "$DB_PASSWORD" | TEEREG_PRIVATE_KEY=… teereg secret encrypt \
       --deployment .devnet/deployment.json --upload
   teereg secret encrypt --in api-token.txt --out api-token.env \
       --database-url postgres://localhost/teereg --json`,
		Flags: append(registryDeploymentFlags(),
			&cli.StringFlag{Name: "in", Value: "-", Usage: "read the secret from `FILE` (- for stdin)"},
			&cli.StringFlag{Name: "out", Usage: "write the envelope to `FILE` (created, mode 0644; the envelope is public)"},
			&cli.StringFlag{Name: "database-url", EnvVars: []string{"TEEREG_DATABASE_URL", "DATABASE_URL"}, Usage: "read the PKI from the indexer's PostgreSQL `URL` when no JSON-RPC endpoint is given"},
			&cli.BoolFlag{Name: "upload", Usage: "store the envelope as an artifact (ArtifactStore.store)"},
			&cli.StringFlag{Name: "private-key", EnvVars: []string{"TEEREG_PRIVATE_KEY"}, Usage: "signer's private key, HEX (--upload)"},
			&cli.StringFlag{Name: "keystore", EnvVars: []string{"TEEREG_KEYSTORE"}, Usage: "signer's encrypted keystore FILE (--upload)"},
			&cli.StringFlag{Name: "password-file", EnvVars: []string{"TEEREG_KEYSTORE_PASSWORD_FILE"}, Usage: "FILE holding the keystore password (else TEEREG_KEYSTORE_PASSWORD)"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		),
		Action: runSecretEncrypt,
	}
}

// secretResult is what `secret encrypt --json` prints.
type secretResult struct {
	SecretID    string          `json:"secretId"`
	Template    string          `json:"template"`
	Size        int             `json:"envelopeSize"`
	PKIVersion  uint64          `json:"pkiVersion"`
	PKISource   string          `json:"pkiSource"`
	Out         string          `json:"out,omitempty"`
	Transaction *common.Hash    `json:"transaction,omitempty"`
	Block       uint64          `json:"block,omitempty"`
	Store       *common.Address `json:"artifactStore,omitempty"`
}

func runSecretEncrypt(c *cli.Context) error {
	ctx := c.Context
	if c.String("out") == "" && !c.Bool("upload") {
		return errors.New("secret encrypt: give --out FILE and/or --upload: the envelope must go somewhere")
	}
	secret, err := readSecret(c.String("in"), c.App.Reader)
	if err != nil {
		return fmt.Errorf("secret encrypt: %w", err)
	}
	defer clear(secret)

	var rpcURL string
	var regAddr, storeAddr common.Address
	if p := c.String("deployment"); p != "" {
		rec, err := readDeployment(p)
		if err != nil {
			return fmt.Errorf("secret encrypt: %w", err)
		}
		rpcURL, regAddr, storeAddr = rec.RPC, rec.Registry, rec.ArtifactStore
	}
	if c.IsSet("rpc-url") {
		rpcURL = c.String("rpc-url")
	}
	for name, dst := range map[string]*common.Address{"registry": &regAddr, "artifact-store": &storeAddr} {
		if v := c.String(name); v != "" {
			if !common.IsHexAddress(v) {
				return fmt.Errorf("secret encrypt: --%s: %q is not an address", name, v)
			}
			*dst = common.HexToAddress(v)
		}
	}

	var client *ethclient.Client
	if rpcURL != "" {
		if client, err = ethclient.DialContext(ctx, rpcURL); err != nil {
			return fmt.Errorf("secret encrypt: connect to %s: %w", rpcURL, err)
		}
		defer client.Close()
	}
	res := &secretResult{}
	var pki kms.PKI
	switch {
	case client != nil:
		if regAddr == (common.Address{}) {
			return errors.New("secret encrypt: reading the PKI on chain needs --registry (or --deployment)")
		}
		reg, err := bindings.NewRegistryCaller(regAddr, client)
		if err != nil {
			return fmt.Errorf("secret encrypt: %w", err)
		}
		p, err := reg.Pki(&bind.CallOpts{Context: ctx})
		if err != nil {
			return fmt.Errorf("secret encrypt: Registry(%s).pki(): %w", regAddr, err)
		}
		pki, res.PKIVersion, res.PKISource = kms.PKI{CACertificate: p.CaCertificate, SecretsPublicKey: p.SecretsPublicKey}, p.Version, "chain"
	case c.String("database-url") != "":
		pool, err := pgxpool.New(ctx, c.String("database-url"))
		if err != nil {
			return fmt.Errorf("secret encrypt: database: %w", err)
		}
		defer pool.Close()
		db := registry.NewDB(pool)
		if pki, res.PKIVersion, err = db.PKI(ctx); err != nil {
			return fmt.Errorf("secret encrypt: %w", err)
		}
		res.PKISource = "database"
		if storeAddr == (common.Address{}) && c.Bool("upload") {
			if dep, err := db.Deployment(ctx); err == nil {
				storeAddr = dep.ArtifactStore
			}
		}
	default:
		return errors.New("secret encrypt: no PKI source: give --rpc-url and --registry, --deployment, or --database-url")
	}
	if res.PKIVersion == 0 {
		return fmt.Errorf("secret encrypt: no PKI is published on chain (read from the %s): nothing to encrypt to", res.PKISource)
	}
	env, err := kms.EncryptSecret(pki.SecretsPublicKey, secret)
	if err != nil {
		return fmt.Errorf("secret encrypt: PKI version %d: %w", res.PKIVersion, err)
	}
	res.SecretID, res.Size = kms.SecretID(env), len(env)
	res.Template = fmt.Sprintf("{{ secret %q }}", res.SecretID)

	if out := c.String("out"); out != "" {
		if err := os.WriteFile(out, env, 0o644); err != nil {
			return fmt.Errorf("secret encrypt: --out: %w", err)
		}
		res.Out = out
	}
	if c.Bool("upload") {
		if client == nil {
			return errors.New("secret encrypt: --upload needs a JSON-RPC endpoint: --rpc-url or --deployment")
		}
		if storeAddr == (common.Address{}) {
			return errors.New("secret encrypt: --upload needs --artifact-store (or --deployment)")
		}
		tx, block, err := uploadArtifact(ctx, c, client, storeAddr, env)
		if err != nil {
			return fmt.Errorf("secret encrypt: upload to ArtifactStore %s: %w", storeAddr, err)
		}
		h := tx.Hash()
		res.Transaction, res.Block, res.Store = &h, block, &storeAddr
	}
	return printSecret(c.App.Writer, res, c.Bool("json"))
}

// readSecret reads the secret from path ("-": r), refusing empty input and
// more than an envelope can hold.
func readSecret(path string, r io.Reader) ([]byte, error) {
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("--in: %w", err)
		}
		defer f.Close()
		r = f
	}
	if r == nil {
		r = os.Stdin
	}
	b, err := io.ReadAll(io.LimitReader(r, kms.MaxSecretSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading the secret: %w", err)
	}
	if len(b) == 0 {
		return nil, errors.New("the secret is empty")
	}
	if len(b) > kms.MaxSecretSize {
		clear(b)
		return nil, fmt.Errorf("the secret is more than %d bytes, the most an envelope holds", kms.MaxSecretSize)
	}
	return b, nil
}

func uploadArtifact(ctx context.Context, c *cli.Context, client *ethclient.Client, store common.Address, env []byte) (*types.Transaction, uint64, error) {
	key, err := signerKey(c)
	if err != nil {
		return nil, 0, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("chain id: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return nil, 0, err
	}
	auth.Context = ctx
	art, err := bindings.NewArtifactStore(store, client)
	if err != nil {
		return nil, 0, err
	}
	tx, err := art.Store(auth, env)
	if err != nil {
		return nil, 0, fmt.Errorf("store: %w", decodeRevert(err))
	}
	rcpt, err := bind.WaitMined(ctx, client, tx)
	if err != nil {
		return tx, 0, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return tx, 0, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return tx, rcpt.BlockNumber.Uint64(), nil
}

// decodeRevert names an ArtifactStore custom error when the node returned
// its revert data.
func decodeRevert(err error) error {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok || len(s) < 10 {
		return err
	}
	abi, aerr := bindings.ArtifactStoreMetaData.GetAbi()
	if aerr != nil {
		return err
	}
	for name, e := range abi.Errors {
		if fmt.Sprintf("0x%x", e.ID[:4]) == s[:10] {
			return fmt.Errorf("%w (%s)", err, name)
		}
	}
	return err
}

func printSecret(w io.Writer, res *secretResult, asJSON bool) error {
	if asJSON {
		return writeJSON(w, res)
	}
	lines := [][2]string{
		{"secret id", res.SecretID},
		{"template", res.Template},
		{"envelope", fmt.Sprintf("%d bytes, PKI version %d (from the %s)", res.Size, res.PKIVersion, res.PKISource)},
	}
	if res.Out != "" {
		lines = append(lines, [2]string{"written to", res.Out})
	}
	if res.Transaction != nil {
		lines = append(lines, [2]string{"artifact", fmt.Sprintf("stored in %s, tx %s, block %d", res.Store, res.Transaction, res.Block)})
	}
	for _, l := range lines {
		if _, err := fmt.Fprintf(w, "%-11s %s\n", l[0], l[1]); err != nil {
			return err
		}
	}
	return nil
}
