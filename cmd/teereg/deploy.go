package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/deploy"
)

// deployCommand is `teereg deploy`: the contracts of a new deployment, and
// the deployment record the services read with --deployment.
func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the contracts (DCAP verifier pinning a root CA, Registry, ArtifactStore) and write the deployment record",
		UsageText: "teereg deploy --rpc-url URL (--root-ca FILE [--allow-other-root] | --quote-verifier ADDRESS) [--admin ADDRESS] [--instance-ttl 24h]\n" +
			"       [--chain-id ID] [--out deployment.json [--force]] (--private-key HEX | --private-key-file FILE | --keystore FILE) [--timeout 10m] [--json]",
		Description: `Deploys, in order, DcapCollateralParser, DcapCollateralStore pinning the root
CA (its ROOT_CA_HASH is the certificate's SHA-256, fixed for the life of the
deployment), DcapPckChainVerifier and DcapQuoteVerifier; then the Registry
using that verifier, owned by --admin, and the ArtifactStore bound to the
Registry. With --quote-verifier ADDRESS (an IQuoteVerifier already on chain)
the DCAP contracts are not deployed and --root-ca is not allowed.

--root-ca is DER or PEM (one certificate). Anything but Intel's SGX Root CA
(DER SHA-256 44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3)
is refused unless --allow-other-root is given: that is for test chains only,
since the verifier then accepts quotes that root signs. The certificate must
be a self-signed P-256 CA that has not expired; everything is checked before
the first transaction.

--admin owns the Registry and signs every governance transaction: use a
multisig or a hardware-held key, not the deploying hot key (the default).
--instance-ttl is a duration (24h) or seconds, from 1 minute to 365 days.

The deployment record (addresses, first block, chain id, RPC URL) is written
to --out, mode 0644, atomically; an existing file is never overwritten
without --force, and the directory must be writable before anything is sent.
The services take it as --deployment (TEEREG_DEPLOYMENT). The RPC URL is
recorded as given: if it holds an API key, mind who can read the file.

After deploying, the Registry's owner, TTL and verifier and the store's
pinned root are read back from chain and compared. Prints a summary, or the
record and the parameters as JSON with --json. The collateral store starts
empty: push collateral next (` + "`teereg collateral push`" + `).

Signer: --private-key HEX (better TEEREG_PRIVATE_KEY), --private-key-file
FILE, or --keystore FILE with --password-file FILE (or
TEEREG_KEYSTORE_PASSWORD). It pays for six contract deployments.

Examples:
   curl -fsSLO https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.cer
   TEEREG_PRIVATE_KEY=0x… teereg deploy --rpc-url https://rpc.example.net \
       --root-ca Intel_SGX_Provisioning_Certification_RootCA.cer \
       --admin 0xYourMultisig… --instance-ttl 24h --out /etc/teereg/deployment.json
   teereg deploy --rpc-url http://127.0.0.1:8545 --root-ca dev-root.der --allow-other-root \
       --private-key-file deployer.key --out test-deployment.json --json
   teereg deploy --rpc-url $RPC --quote-verifier 0x9fE4… --keystore deployer.json --out deployment.json`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "rpc-url", EnvVars: []string{"TEEREG_RPC_URL"}, Usage: "JSON-RPC endpoint of the chain to deploy to"},
			&cli.Uint64Flag{Name: "chain-id", EnvVars: []string{"TEEREG_CHAIN_ID"}, Usage: "expected chain id; a node on another chain is refused before anything is sent"},
			&cli.StringFlag{Name: "root-ca", EnvVars: []string{"TEEREG_ROOT_CA"}, Usage: "root CA certificate FILE to pin, DER or PEM (Intel's SGX Root CA in production)"},
			&cli.BoolFlag{Name: "allow-other-root", EnvVars: []string{"TEEREG_ALLOW_OTHER_ROOT"}, Usage: "pin a root that is not Intel's SGX Root CA (test chains only)"},
			&cli.StringFlag{Name: "quote-verifier", EnvVars: []string{"TEEREG_QUOTE_VERIFIER"}, Usage: "use this deployed IQuoteVerifier ADDRESS instead of deploying the DCAP contracts (excludes --root-ca)"},
			&cli.StringFlag{Name: "admin", EnvVars: []string{"TEEREG_ADMIN"}, Usage: "registry admin ADDRESS (default: the deploying account)"},
			&cli.StringFlag{Name: "instance-ttl", Value: "24h", EnvVars: []string{"TEEREG_INSTANCE_TTL"}, Usage: "lifetime of instance records: a DURATION or seconds, 1m to 365 days"},
			&cli.StringFlag{Name: "out", Value: "deployment.json", EnvVars: []string{"TEEREG_DEPLOYMENT_OUT"}, Usage: "deployment record FILE to write"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite an existing --out file"},
		}, append(signerFlags(),
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, EnvVars: []string{"TEEREG_TX_TIMEOUT"}, Usage: "how long to wait for all deployments to be mined"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		)...),
		Action: func(c *cli.Context) error {
			if err := runDeploy(c); err != nil {
				return fmt.Errorf("deploy: %w", err)
			}
			return nil
		},
	}
}

// deployRoot is the root CA a deployment pins.
type deployRoot struct {
	Subject  string    `json:"subject"`
	SHA256   string    `json:"sha256"`
	Intel    bool      `json:"intel"`
	NotAfter time.Time `json:"notAfter"`
	der      []byte
}

// deployReport is what `teereg deploy --json` prints.
type deployReport struct {
	// Deployment is the record exactly as written to Out.
	Deployment  *deploymentRecord `json:"deployment"`
	Out         string            `json:"out"`
	Deployer    common.Address    `json:"deployer"`
	Admin       common.Address    `json:"admin"`
	InstanceTTL uint64            `json:"instanceTtl"`
	RootCA      *deployRoot       `json:"rootCa,omitempty"`
}

func runDeploy(c *cli.Context) error {
	// Everything that can be checked offline is, before anything is sent.
	rpcURL := c.String("rpc-url")
	if rpcURL == "" {
		return errors.New("no JSON-RPC endpoint: give --rpc-url (or TEEREG_RPC_URL)")
	}
	rootPath, qvFlag := c.String("root-ca"), c.String("quote-verifier")
	var cfg deploy.Config
	var root *deployRoot
	switch {
	case rootPath != "" && qvFlag != "":
		return errors.New("--root-ca and --quote-verifier exclude each other: --root-ca deploys a DCAP verifier pinning that root, --quote-verifier uses one already deployed")
	case rootPath == "" && qvFlag == "":
		return errors.New("no quote verifier: give --root-ca FILE (deploy the DCAP verifier pinning it; Intel's SGX Root CA in production) or --quote-verifier ADDRESS")
	case rootPath != "":
		var err error
		if root, err = loadDeployRoot(rootPath, c.Bool("allow-other-root"), time.Now()); err != nil {
			return err
		}
		cfg.RootCA = root.der
	default:
		qv, err := parseAddress("--quote-verifier", qvFlag)
		if err != nil {
			return err
		}
		if qv == (common.Address{}) {
			return errors.New("--quote-verifier is the zero address")
		}
		cfg.QuoteVerifier = qv
	}
	if a := c.String("admin"); a != "" {
		admin, err := parseAddress("--admin", a)
		if err != nil {
			return err
		}
		if admin == (common.Address{}) {
			return errors.New("--admin is the zero address (leave --admin out to make the deploying account the admin)")
		}
		cfg.Admin = admin
	}
	ttl, err := parseTTL(c.String("instance-ttl"))
	if err != nil {
		return fmt.Errorf("--instance-ttl: %w", err)
	}
	if ttl < 60 || ttl > 365*24*3600 {
		return fmt.Errorf("--instance-ttl: %d seconds is outside the Registry's range, 1 minute to 365 days", ttl)
	}
	cfg.InstanceTTL = time.Duration(ttl) * time.Second

	out := c.String("out")
	if out == "" {
		return errors.New("--out is empty: give the FILE to write the deployment record to")
	}
	key, err := signerKey(c)
	if err != nil {
		return err
	}

	rec, err := reserveRecord(out, c.Bool("force"))
	if err != nil {
		return err
	}
	defer rec.abandon()
	from := crypto.PubkeyToAddress(key.PublicKey)
	admin := cfg.Admin
	if admin == (common.Address{}) {
		admin = from
	}

	ctx := c.Context
	client, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", redactURL(rpcURL), err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id of %s (is the node up?): %w", redactURL(rpcURL), err)
	}
	if want := c.Uint64("chain-id"); want != 0 && chainID.Uint64() != want {
		return fmt.Errorf("the node at %s serves chain %d, not --chain-id %d; nothing was sent", redactURL(rpcURL), chainID, want)
	}
	balance, err := client.BalanceAt(ctx, from, nil)
	if err != nil {
		return fmt.Errorf("balance of the deployer %s: %w", from, err)
	}
	if balance.Sign() == 0 {
		return fmt.Errorf("the deployer %s has no funds on chain %d to pay for the deployment; nothing was sent", from, chainID)
	}
	if cfg.QuoteVerifier != (common.Address{}) {
		code, err := client.CodeAt(ctx, cfg.QuoteVerifier, nil)
		if err != nil {
			return fmt.Errorf("code of --quote-verifier %s: %w", cfg.QuoteVerifier, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("--quote-verifier %s: no contract at that address on chain %d; nothing was sent", cfg.QuoteVerifier, chainID)
		}
	}
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("nonce of the deployer %s: %w", from, err)
	}

	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	dctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
	defer cancel()
	d, err := deploy.Deploy(dctx, client, auth, cfg)
	if err != nil {
		err = trimPrefix(err, "deploy: ")
		after, nerr := client.PendingNonceAt(ctx, from)
		if nerr == nil && after == nonce {
			return fmt.Errorf("%w (no transaction was sent)", err)
		}
		// Contracts may be on chain that no record lists: say where to look.
		return fmt.Errorf("%w; transactions may have been sent by %s from nonce %d on chain %d (look them up in a block explorer or with `cast nonce`/`cast receipt`): no deployment record was written", err, from, nonce, chainID)
	}

	record := &deploymentRecord{Deployment: d, RPC: rpcURL, ChainID: chainID.Uint64()}
	blob, err := json.MarshalIndent(record, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment record: %w", err)
	}
	blob = append(blob, '\n')
	if err := rec.commit(blob); err != nil {
		// The contracts are deployed: never lose where.
		fmt.Fprintf(c.App.ErrWriter, "the contracts are deployed, but the record could not be written; here it is:\n%s", blob)
		return fmt.Errorf("contracts deployed, but writing the deployment record: %w", err)
	}

	rep := &deployReport{Deployment: record, Out: out, Deployer: from, Admin: admin, InstanceTTL: ttl, RootCA: root}
	if c.Bool("json") {
		if err := writeJSON(c.App.Writer, rep); err != nil {
			return err
		}
	} else if err := printDeploy(c.App.Writer, rep); err != nil {
		return err
	}
	if err := readBack(ctx, client, rep); err != nil {
		return fmt.Errorf("the record was written to %s, but the deployment does not read back as configured: %w", out, err)
	}
	return nil
}

// readBack runs checkDeployed within a minute, retrying while the node
// answers that there is no code yet (a load-balanced endpoint may ask a
// node a block behind the one that served the receipts).
func readBack(ctx context.Context, client *ethclient.Client, rep *deployReport) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		err := checkDeployed(ctx, client, rep)
		if !errors.Is(err, bind.ErrNoCode) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(2 * time.Second):
		}
	}
}

// loadDeployRoot reads the root CA to pin (DER or PEM) and checks it is one
// DcapCollateralStore accepts and, unless otherRoot, Intel's SGX Root CA.
func loadDeployRoot(path string, otherRoot bool, now time.Time) (*deployRoot, error) {
	cert, err := loadCertificate(path)
	if err != nil {
		return nil, fmt.Errorf("--root-ca: %w", err)
	}
	sum := sha256.Sum256(cert.Raw)
	root := &deployRoot{Subject: cert.Subject.String(), SHA256: hex.EncodeToString(sum[:]),
		Intel: hex.EncodeToString(sum[:]) == intelRootHex, NotAfter: cert.NotAfter.UTC(), der: cert.Raw}
	if !root.Intel && !otherRoot {
		return nil, fmt.Errorf("--root-ca %s is not Intel's SGX Root CA: its DER SHA-256 is %s, Intel's is %s (subject %q); pinning it makes the verifier accept quotes that root signs; give --allow-other-root to pin it anyway (test chains only)",
			path, root.SHA256, intelRootHex, root.Subject)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	switch {
	case !ok || pub.Curve != elliptic.P256():
		return nil, fmt.Errorf("--root-ca %s: the key is not ECDSA P-256, the only kind the DCAP contracts verify", path)
	case !cert.IsCA:
		return nil, fmt.Errorf("--root-ca %s: not a CA certificate (basic constraints)", path)
	case !bytes.Equal(cert.RawIssuer, cert.RawSubject):
		return nil, fmt.Errorf("--root-ca %s: not a root: issued by %q, not by itself (%q)", path, cert.Issuer, cert.Subject)
	case cert.CheckSignatureFrom(cert) != nil:
		return nil, fmt.Errorf("--root-ca %s: not self-signed: %v", path, cert.CheckSignatureFrom(cert))
	case now.After(cert.NotAfter):
		return nil, fmt.Errorf("--root-ca %s expired on %s", path, cert.NotAfter.UTC().Format(time.RFC3339))
	}
	return root, nil
}

// intelRootHex is intelRootSHA256 as plain lower-case hex, as sha256sum prints it.
var intelRootHex = strings.ToLower(strings.ReplaceAll(intelRootSHA256, ":", ""))

// trimmedError drops a prefix from an error's message (deploy.Deploy's
// "deploy: ", which the command's own prefix repeats) and unwraps to it.
type trimmedError struct {
	msg string
	err error
}

func (e *trimmedError) Error() string { return e.msg }
func (e *trimmedError) Unwrap() error { return e.err }

func trimPrefix(err error, prefix string) error {
	if msg, ok := strings.CutPrefix(err.Error(), prefix); ok {
		return &trimmedError{msg, err}
	}
	return err
}

// pendingRecord is a deployment record file reserved before deploying: a
// temporary file next to it (so the directory is known to be writable) that
// commit moves into place.
type pendingRecord struct {
	path  string
	tmp   *os.File
	force bool
	done  bool
}

func reserveRecord(path string, force bool) (*pendingRecord, error) {
	if fi, err := os.Lstat(path); err == nil {
		if !force {
			return nil, fmt.Errorf("--out %s already exists: a deployment record is precious; choose another --out, or --force to overwrite it", path)
		}
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("--out %s exists and is not a regular file", path)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("--out: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("--out %s: cannot write in its directory: %w", path, err)
	}
	return &pendingRecord{path: path, tmp: tmp, force: force}, nil
}

// commit writes blob and moves it to the record's path, mode 0644. Without
// force it fails rather than replace a file that appeared meanwhile.
func (p *pendingRecord) commit(blob []byte) error {
	name := p.tmp.Name()
	if _, err := p.tmp.Write(blob); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := p.tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("chmod %s: %w", name, err)
	}
	if err := p.tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", name, err)
	}
	if err := p.tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", name, err)
	}
	if p.force {
		if err := os.Rename(name, p.path); err != nil {
			return err
		}
	} else {
		// link(2) refuses an existing target, unlike rename(2).
		err := os.Link(name, p.path)
		switch {
		case errors.Is(err, os.ErrExist):
			return fmt.Errorf("%s appeared while deploying; the record is left in %s", p.path, name)
		case err != nil:
			// A file system without hard links: check, then rename.
			if _, serr := os.Lstat(p.path); !errors.Is(serr, os.ErrNotExist) {
				return fmt.Errorf("%s appeared while deploying; the record is left in %s", p.path, name)
			}
			if err := os.Rename(name, p.path); err != nil {
				return err
			}
		default:
			os.Remove(name)
		}
	}
	p.done = true
	if dir, err := os.Open(filepath.Dir(p.path)); err == nil {
		dir.Sync()
		dir.Close()
	}
	return nil
}

// abandon removes the temporary file unless it was committed or kept.
func (p *pendingRecord) abandon() {
	if p.done {
		return
	}
	p.tmp.Close()
	if fi, err := os.Stat(p.tmp.Name()); err == nil && fi.Size() == 0 {
		os.Remove(p.tmp.Name())
	}
}

// printDeploy writes the human summary.
func printDeploy(out io.Writer, rep *deployReport) error {
	d := rep.Deployment
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "chain id\t%d\n", d.ChainID)
	fmt.Fprintf(w, "rpc\t%s\n", redactURL(d.RPC))
	fmt.Fprintf(w, "deployer\t%s\n", rep.Deployer)
	if rep.Admin == rep.Deployer {
		fmt.Fprintf(w, "admin\t%s (the deployer; hand it to a multisig with `teereg admin ownership`)\n", rep.Admin)
	} else {
		fmt.Fprintf(w, "admin\t%s\n", rep.Admin)
	}
	fmt.Fprintf(w, "instance ttl\t%s (%d s)\n", time.Duration(rep.InstanceTTL)*time.Second, rep.InstanceTTL)
	if r := rep.RootCA; r != nil {
		whose := "Intel's SGX Root CA"
		if !r.Intel {
			whose = "NOT Intel's SGX Root CA: test chains only"
		}
		fmt.Fprintf(w, "root CA\tsha256 %s (%s)\n", r.SHA256, whose)
		fmt.Fprintf(w, "\t%s, until %s\n", r.Subject, r.NotAfter.Format(time.DateOnly))
	}
	fmt.Fprintf(w, "registry\t%s\n", d.Registry)
	fmt.Fprintf(w, "artifact store\t%s\n", d.ArtifactStore)
	fmt.Fprintf(w, "quote verifier\t%s\n", d.QuoteVerifier)
	if d.CollateralStore != (common.Address{}) {
		fmt.Fprintf(w, "collateral store\t%s\n", d.CollateralStore)
		fmt.Fprintf(w, "pck chain verifier\t%s\n", d.PckChainVerifier)
		fmt.Fprintf(w, "collateral parser\t%s\n", d.CollateralParser)
	}
	fmt.Fprintf(w, "block\t%d\n", d.Block)
	fmt.Fprintf(w, "record\t%s\n", rep.Out)
	if err := w.Flush(); err != nil {
		return err
	}
	if d.CollateralStore != (common.Address{}) {
		fmt.Fprintf(out, "next: the collateral store is empty; push collateral with\n  teereg collateral push --collateral FILE --rpc-url URL --collateral-store %s\n", d.CollateralStore)
	}
	return nil
}

// checkDeployed reads the deployment back: the Registry's owner, TTL and
// verifier, the ArtifactStore's registry and the store's pinned root.
func checkDeployed(ctx context.Context, client *ethclient.Client, rep *deployReport) error {
	d, opts := rep.Deployment, &bind.CallOpts{Context: ctx}
	reg, err := bindings.NewRegistryCaller(d.Registry, client)
	if err != nil {
		return err
	}
	if owner, err := reg.Owner(opts); err != nil {
		return fmt.Errorf("Registry.owner(): %w", err)
	} else if owner != rep.Admin {
		return fmt.Errorf("Registry.owner() is %s, want %s", owner, rep.Admin)
	}
	if ttl, err := reg.InstanceTtl(opts); err != nil {
		return fmt.Errorf("Registry.instanceTtl(): %w", err)
	} else if ttl != rep.InstanceTTL {
		return fmt.Errorf("Registry.instanceTtl() is %d, want %d", ttl, rep.InstanceTTL)
	}
	if qv, err := reg.QuoteVerifier(opts); err != nil {
		return fmt.Errorf("Registry.quoteVerifier(): %w", err)
	} else if qv != d.QuoteVerifier {
		return fmt.Errorf("Registry.quoteVerifier() is %s, want %s", qv, d.QuoteVerifier)
	}
	store, err := bindings.NewArtifactStoreCaller(d.ArtifactStore, client)
	if err != nil {
		return err
	}
	if r, err := store.Registry(opts); err != nil {
		return fmt.Errorf("ArtifactStore.registry(): %w", err)
	} else if r != d.Registry {
		return fmt.Errorf("ArtifactStore.registry() is %s, want %s", r, d.Registry)
	}
	if rep.RootCA != nil {
		coll, err := bindings.NewDcapCollateralStoreCaller(d.CollateralStore, client)
		if err != nil {
			return err
		}
		h, err := coll.ROOTCAHASH(opts)
		if err != nil {
			return fmt.Errorf("DcapCollateralStore.ROOT_CA_HASH(): %w", err)
		}
		if got := hex.EncodeToString(h[:]); got != rep.RootCA.SHA256 {
			return fmt.Errorf("DcapCollateralStore.ROOT_CA_HASH() is %s, want %s", got, rep.RootCA.SHA256)
		}
	}
	return nil
}
