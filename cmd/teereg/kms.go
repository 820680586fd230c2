package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/registry/kms"
)

// The Shamir M-of-N life cycle of the registry's KMS, from the command line:
// custodians hand over their public keys (kms public-key), an admin runs the
// ceremony (kms split) and publishes the PKI (admin set-pki --kms-manifest),
// and after every restart the custodians unseal the KMS (kms unseal).

func kmsCommand() *cli.Command {
	return &cli.Command{
		Name:  "kms",
		Usage: "the registry KMS in Shamir M-of-N mode: key ceremony, status and unsealing",
		Description: `The registry's KMS holds the app secrets key and the app CA key. In Shamir
mode (teereg registry --kms-manifest) both keys exist only in the registry's
memory: they are split M-of-N among custodians, each share encrypted to a
custodian's Ethereum key, and after every restart M custodians submit their
shares, each signed over a fresh nonce, until the KMS unseals. docs/kms.md
has the formats.

The life cycle:
   1. each custodian:  teereg kms public-key --keystore me.json
   2. an admin:        teereg kms split --threshold 2 --custodian 0x04… --custodian 0x04… --custodian 0x04… --out ceremony/
                       teereg admin set-pki --kms-manifest ceremony/manifest.json
                       teereg admin role grant --role kms-custodian --account 0x…   (each custodian)
                       give each custodian their ceremony/share-<i>-<address>.trk
   3. the registry:    teereg registry --kms-manifest ceremony/manifest.json --admin-listen 127.0.0.1:8391 …
   4. M custodians:    teereg kms unseal --admin-url http://127.0.0.1:8391 --share share-1-0x….trk --keystore me.json --deployment deployment.json`,
		Subcommands: []*cli.Command{kmsPublicKeyCommand(), kmsSplitCommand(), kmsStatusCommand(), kmsUnsealCommand()},
	}
}

func kmsPublicKeyCommand() *cli.Command {
	return &cli.Command{
		Name:      "public-key",
		Usage:     "print a custodian's public key, which the key ceremony encrypts the share to",
		UsageText: "teereg kms public-key (--private-key HEX | --private-key-file FILE | --keystore FILE) [--json]",
		Description: `Prints the uncompressed secp256k1 public key (0x04 ‖ X ‖ Y) and the address
of the custodian's Ethereum key. Give the public key to the admin who runs
` + "`teereg kms split`" + `; the address is the one granted the kms-custodian role.
Nothing leaves the machine.`,
		Flags: append(signerFlags(), &cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"}),
		Action: func(c *cli.Context) error {
			key, err := kmsSignerKey(c)
			if err != nil {
				return fmt.Errorf("kms public-key: %w", err)
			}
			pub, addr := hexutil.Encode(crypto.FromECDSAPub(&key.PublicKey)), crypto.PubkeyToAddress(key.PublicKey)
			if c.Bool("json") {
				return writeJSON(c.App.Writer, map[string]any{"publicKey": pub, "address": addr})
			}
			_, err = fmt.Fprintf(c.App.Writer, "public key  %s\naddress     %s\n", pub, addr)
			return err
		},
	}
}

// kmsSignerKey is signerKey, naming the key a custodian's.
func kmsSignerKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	key, err := signerKey(c)
	if errors.Is(err, errNoSigner) {
		return nil, fmt.Errorf("no custodian key (%w)", err)
	}
	return key, err
}

func kmsSplitCommand() *cli.Command {
	return &cli.Command{
		Name:      "split",
		Usage:     "key ceremony: generate the app keys and split them M-of-N among custodians",
		UsageText: "teereg kms split --threshold M --custodian PUBKEY [--custodian PUBKEY …] --out DIR [--ca-common-name NAME] [--ca-validity DURATION] [--json]",
		Description: `Generates a fresh app secrets key, app CA key and self-signed CA certificate,
splits both private keys M-of-N (Feldman-verifiable Shamir sharing over the
P-256 scalar field) and encrypts share i to the i-th --custodian. The private
keys are never written anywhere: from now on only M custodians together can
bring them back, into a sealed registry.

Writes into DIR (created; existing files are never overwritten):
   manifest.json                public: what teereg registry --kms-manifest reads,
                                and the PKI to publish with teereg admin set-pki --kms-manifest
   share-<i>-<address>.trk      custodian i's encrypted share (mode 0600); only that
                                custodian's key can decrypt it

PUBKEY is a custodian's secp256k1 public key as printed by teereg kms
public-key: 0x04 ‖ X ‖ Y (65 bytes), X ‖ Y (64 bytes) or compressed (33
bytes), in hex. --custodian is repeatable; its order is the shares' order.

Example:
   teereg kms split --threshold 2 --out ceremony/ \
       --custodian 0x04a1… --custodian 0x04b2… --custodian 0x04c3…`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "threshold", Required: true, Usage: "M: the shares needed to unseal"},
			&cli.StringSliceFlag{Name: "custodian", Required: true, Usage: "a custodian's secp256k1 public KEY, hex (repeatable, in share order)"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "DIRectory to write the manifest and the encrypted shares to"},
			&cli.StringFlag{Name: "ca-common-name", Value: kms.DefaultCACommonName, Usage: "the app CA certificate's common NAME"},
			&cli.DurationFlag{Name: "ca-validity", Value: kms.DefaultCAValidity, Usage: "the app CA certificate's validity"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		},
		Action: func(c *cli.Context) error {
			if err := kmsSplit(c); err != nil {
				return fmt.Errorf("kms split: %w", err)
			}
			return nil
		},
	}
}

func kmsSplit(c *cli.Context) error {
	var pubs []*ecdsa.PublicKey
	for i, s := range c.StringSlice("custodian") {
		pub, err := parseCustodianKey(s)
		if err != nil {
			return fmt.Errorf("--custodian #%d: %w", i+1, err)
		}
		pubs = append(pubs, pub)
	}
	if c.Duration("ca-validity") <= 0 {
		return errors.New("--ca-validity must be positive")
	}
	// Fail on an unusable directory before generating anything.
	dir := c.String("out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	res, err := kms.Split(c.Int("threshold"), pubs, kms.CAConfig{CommonName: c.String("ca-common-name"), Validity: c.Duration("ca-validity")})
	if err != nil {
		return err
	}
	manifest, err := res.Manifest.Marshal()
	if err != nil {
		return err
	}
	type shareFile struct {
		Index     int            `json:"index"`
		Custodian common.Address `json:"custodian"`
		File      string         `json:"file"`
	}
	files := map[string][]byte{"manifest.json": manifest}
	var shares []shareFile
	for _, sh := range res.Shares {
		name := fmt.Sprintf("share-%d-%s.trk", sh.Index, strings.ToLower(sh.Custodian.Hex()))
		files[name] = sh.Ciphertext
		shares = append(shares, shareFile{sh.Index, sh.Custodian, filepath.Join(dir, name)})
	}
	for name := range files {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			return fmt.Errorf("%s already exists: a ceremony's output is never overwritten; choose another --out", filepath.Join(dir, name))
		}
	}
	// The manifest last: its presence says the ceremony's output is whole.
	for _, sh := range shares {
		if err := writeNewFile(sh.File, files[filepath.Base(sh.File)], 0o600); err != nil {
			return err
		}
	}
	manifestPath := filepath.Join(dir, "manifest.json")
	if err := writeNewFile(manifestPath, manifest, 0o644); err != nil {
		return err
	}
	pki := res.Manifest.PKI()
	if c.Bool("json") {
		return writeJSON(c.App.Writer, map[string]any{
			"manifest": manifestPath, "threshold": res.Manifest.Threshold, "shares": shares,
			"caCertificate": hexutil.Bytes(pki.CACertificate), "secretsPublicKey": hexutil.Bytes(pki.SecretsPublicKey),
		})
	}
	w := c.App.Writer
	fmt.Fprintf(w, "Generated the app keys and split them %d-of-%d; the private keys were not written anywhere.\n\n", res.Manifest.Threshold, len(shares))
	fmt.Fprintf(w, "manifest  %s (public)\n", manifestPath)
	for _, sh := range shares {
		fmt.Fprintf(w, "share %-3d %s  for custodian %s\n", sh.Index, sh.File, sh.Custodian)
	}
	fmt.Fprintf(w, "\nNext:\n  teereg admin set-pki --kms-manifest %s\n", shellQuote(manifestPath))
	for _, sh := range shares {
		fmt.Fprintf(w, "  teereg admin role grant --role kms-custodian --account %s\n", sh.Custodian)
	}
	fmt.Fprintf(w, "  give each custodian their share file; then start the registry with --kms-manifest %s\n", shellQuote(manifestPath))
	return nil
}

// parseCustodianKey reads a secp256k1 public key: uncompressed with or
// without the 0x04 prefix, or compressed.
func parseCustodianKey(s string) (*ecdsa.PublicKey, error) {
	b, err := parseHex("the public key", s, -1)
	if err != nil {
		return nil, err
	}
	var pub *ecdsa.PublicKey
	switch len(b) {
	case 65:
		pub, err = crypto.UnmarshalPubkey(b)
	case 64:
		pub, err = crypto.UnmarshalPubkey(append([]byte{4}, b...))
	case 33:
		pub, err = crypto.DecompressPubkey(b)
	default:
		return nil, fmt.Errorf("%d bytes is not a secp256k1 public key (65 bytes 0x04 ‖ X ‖ Y, 64 bytes X ‖ Y, or 33 compressed); `teereg kms public-key` prints it", len(b))
	}
	if err != nil {
		return nil, fmt.Errorf("not a secp256k1 public key: %w", err)
	}
	return pub, nil
}

// writeNewFile writes a file that must not exist yet.
func writeNewFile(path string, data []byte, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func kmsAdminURLFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "admin-url", Value: "http://" + defaultRegistryAdminListen, EnvVars: []string{"TEEREG_REGISTRY_ADMIN_URL"}, Usage: "the registry's admin listener (--admin-listen)"},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, EnvVars: []string{"TEEREG_HTTP_TIMEOUT"}, Usage: "HTTP timeout"},
		&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
	}
}

func kmsStatusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "show whether the registry's KMS is sealed and which custodians have submitted",
		UsageText: "teereg kms status [--admin-url URL] [--json]",
		Flags:     kmsAdminURLFlags(),
		Action: func(c *cli.Context) error {
			kc, err := newKMSClient(c)
			if err != nil {
				return fmt.Errorf("kms status: %w", err)
			}
			st, err := kc.status(c)
			if err != nil {
				return fmt.Errorf("kms status: %w", err)
			}
			if c.Bool("json") {
				return writeJSON(c.App.Writer, st)
			}
			printKMSStatus(c.App.Writer, st)
			return nil
		},
	}
}

func printKMSStatus(w io.Writer, st *kms.Status) {
	switch {
	case st.Mode == kms.ModeFile:
		fmt.Fprintln(w, "KMS in file mode: unsealed (keys from a key file)")
		return
	case st.Sealed:
		fmt.Fprintf(w, "KMS sealed: %d of %d shares received\n", st.Received, st.Threshold)
	default:
		fmt.Fprintf(w, "KMS unsealed: %d of %d shares were submitted\n", st.Received, st.Threshold)
	}
	for _, a := range st.Submitted {
		fmt.Fprintf(w, "  submitted by %s\n", a)
	}
}

func kmsUnsealCommand() *cli.Command {
	flags := append([]cli.Flag{
		&cli.StringFlag{Name: "share", Required: true, EnvVars: []string{"TEEREG_KMS_SHARE"}, Usage: "this custodian's encrypted share FILE (from teereg kms split)"},
		&cli.StringFlag{Name: "deployment", EnvVars: []string{"TEEREG_DEPLOYMENT"}, Usage: "deployment record FILE: the chain id and Registry address the signature is bound to"},
		&cli.Uint64Flag{Name: "chain-id", EnvVars: []string{"TEEREG_CHAIN_ID"}, Usage: "the chain id the signature is bound to (instead of --deployment)"},
		&cli.StringFlag{Name: "registry", EnvVars: []string{"TEEREG_REGISTRY"}, Usage: "the Registry ADDRESS the signature is bound to (instead of --deployment)"},
	}, signerFlags()...)
	return &cli.Command{
		Name:      "unseal",
		Usage:     "submit this custodian's share to a sealed registry KMS",
		UsageText: "teereg kms unseal --share FILE (--deployment FILE | --chain-id N --registry ADDRESS) (--private-key HEX | --private-key-file FILE | --keystore FILE) [--admin-url URL] [--json]",
		Description: `Reads the KMS's current nonce, decrypts the share with the custodian's key,
signs (nonce, sha256 of the share) for this chain and Registry with
personal_sign, and submits it. The chain id and Registry address come from the
custodian's own configuration, never from the KMS, so a signature cannot be
replayed against another deployment; the nonce makes it single-use.

The KMS unseals when the threshold's last share arrives. Each refusal says
why: not a custodian on chain, the wrong share for this account, a forged
share, a share already submitted, or a nonce another custodian used first
(run the command again).

Example:
   teereg kms unseal --admin-url http://127.0.0.1:8391 --share share-1-0x….trk \
       --keystore ~/.foundry/keystores/custodian --deployment /etc/teereg/deployment.json`,
		Flags: append(flags, kmsAdminURLFlags()...),
		Action: func(c *cli.Context) error {
			if err := kmsUnseal(c); err != nil {
				return fmt.Errorf("kms unseal: %w", err)
			}
			return nil
		},
	}
}

func kmsUnseal(c *cli.Context) error {
	domain, err := kmsDomain(c)
	if err != nil {
		return err
	}
	key, err := kmsSignerKey(c)
	if err != nil {
		return err
	}
	encrypted, err := os.ReadFile(c.String("share"))
	if err != nil {
		return fmt.Errorf("--share: %w", err)
	}
	share, err := kms.DecryptShare(key, encrypted)
	if err != nil {
		return fmt.Errorf("--share %s with the key of %s: %w", c.String("share"), crypto.PubkeyToAddress(key.PublicKey), err)
	}
	defer clear(share)
	kc, err := newKMSClient(c)
	if err != nil {
		return err
	}
	st, err := kc.status(c)
	if err != nil {
		return err
	}
	if st.Mode != kms.ModeShamir || !st.Sealed || st.Nonce == nil {
		return fmt.Errorf("the KMS at %s is not sealed (mode %s, sealed %t): nothing to submit", kc.base, st.Mode, st.Sealed)
	}
	sub, err := kms.SignSubmission(key, domain, *st.Nonce, share)
	if err != nil {
		return err
	}
	body, err := json.Marshal(sub)
	if err != nil {
		return err
	}
	defer clear(body)
	after, err := kc.unseal(c, body)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, after)
	}
	fmt.Fprintf(c.App.Writer, "share accepted from %s\n", crypto.PubkeyToAddress(key.PublicKey))
	printKMSStatus(c.App.Writer, after)
	return nil
}

// kmsDomain is the (chain, Registry) an unseal signature is bound to.
func kmsDomain(c *cli.Context) (kms.Domain, error) {
	f, err := deploymentFromFlags(c)
	if err != nil {
		return kms.Domain{}, err
	}
	if f.ChainID == 0 || f.Registry == (common.Address{}) {
		return kms.Domain{}, errors.New("the signature needs the chain id and the Registry address: give --deployment, or --chain-id and --registry")
	}
	return kms.Domain{ChainID: f.ChainID, Registry: f.Registry}, nil
}

// kmsClient talks to the registry's KMS admin endpoints.
type kmsClient struct {
	base string
	http *http.Client
}

func newKMSClient(c *cli.Context) (*kmsClient, error) {
	u, err := parseHTTPURL("--admin-url", c.String("admin-url"))
	if err != nil {
		return nil, err
	}
	return &kmsClient{base: u.String(), http: &http.Client{Timeout: c.Duration("timeout")}}, nil
}

func (k *kmsClient) status(c *cli.Context) (*kms.Status, error) {
	req, err := http.NewRequestWithContext(c.Context, http.MethodGet, k.base+"/v1/kms/status", nil)
	if err != nil {
		return nil, err
	}
	var st kms.Status
	if err := k.do(req, &st); err != nil {
		return nil, fmt.Errorf("KMS status from %s: %w", k.base, err)
	}
	return &st, nil
}

func (k *kmsClient) unseal(c *cli.Context, body []byte) (*kms.Status, error) {
	req, err := http.NewRequestWithContext(c.Context, http.MethodPost, k.base+"/v1/kms/unseal", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	var st kms.Status
	if err := k.do(req, &st); err != nil {
		return nil, fmt.Errorf("submitting the share to %s: %w", k.base, err)
	}
	return &st, nil
}

// kmsRefusal is a non-200 answer of the KMS admin endpoints.
type kmsRefusal struct {
	HTTPStatus int
	Message    string
}

func (e *kmsRefusal) Error() string {
	return fmt.Sprintf("refused (HTTP %d): %s", e.HTTPStatus, e.Message)
}

func (k *kmsClient) do(req *http.Request, v any) error {
	resp, err := k.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	blob, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return fmt.Errorf("reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return &kmsRefusal{HTTPStatus: resp.StatusCode, Message: apiErrorMessage(blob)}
	}
	if err := json.Unmarshal(blob, v); err != nil {
		return fmt.Errorf("the answer is not a KMS status: %w", err)
	}
	return nil
}
