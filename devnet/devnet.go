// Package devnet runs the whole teereg system on one machine: anvil, a
// throwaway PostgreSQL, the contracts with the dev TEE root pinned, the
// indexer, dnsd, the registry (KMS in file mode), a demo workload whose
// configuration lives on chain with a secret, and dev-TEE instances that
// register, provision and find each other over DNS. `teereg devnet` and the
// end-to-end tests (test/e2e) are both built on it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/agent"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/dnsd"
	"github.com/teereg/teereg/indexer"
	"github.com/teereg/teereg/internal/foundry"
	"github.com/teereg/teereg/internal/pgserver"
	"github.com/teereg/teereg/registry"
	"github.com/teereg/teereg/registry/kms"
)

// Config configures a devnet. Zero values take the defaults.
type Config struct {
	Dir            string // .devnet: deployment.json, KMS key file, instance data, audit log
	ChainPort      int    // 8545 (0 in tests: a free port)
	IndexerListen  string // 127.0.0.1:8380
	DNSListen      string // 127.0.0.1:5353
	RegistryListen string // 127.0.0.1:8390
	Zone           string // teereg.test.
	Service        string // teereg
	Instances      int    // 3
	InstanceTTL    time.Duration
	Confirmations  int // blocks the indexer waits before calling a block final (2)
	// AgentRenewAt is the agents' re-attestation point (agent.Config.RenewAt).
	AgentRenewAt float64
	// Story receives the human-readable account of what happens; Log the services' logs.
	Story io.Writer
	Log   *slog.Logger
}

func (c *Config) defaults() {
	if c.Dir == "" {
		c.Dir = ".devnet"
	}
	if c.IndexerListen == "" {
		c.IndexerListen = "127.0.0.1:8380"
	}
	if c.DNSListen == "" {
		c.DNSListen = "127.0.0.1:5353"
	}
	if c.RegistryListen == "" {
		c.RegistryListen = "127.0.0.1:8390"
	}
	if c.Zone == "" {
		c.Zone = "teereg.test."
	}
	if c.Service == "" {
		c.Service = "teereg"
	}
	if c.Instances == 0 {
		c.Instances = 3
	}
	if c.InstanceTTL == 0 {
		c.InstanceTTL = time.Hour
	}
	if c.Confirmations == 0 {
		c.Confirmations = 2
	}
	if c.Story == nil {
		c.Story = io.Discard
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
}

// Devnet is a running system.
type Devnet struct {
	cfg Config

	Anvil       *foundry.Anvil
	Client      *ethclient.Client
	RPC         *rpc.Client // WebSocket, for the indexer
	ChainID     *big.Int
	Admin       *ecdsa.PrivateKey
	Operator    *ecdsa.PrivateKey
	Deployment  *deploy.Deployment
	Authority   *devtee.Authority
	Platform    *devtee.Platform
	Postgres    *pgserver.Server
	DatabaseURL string
	Pool        *pgxpool.Pool
	Indexer     *indexer.Indexer
	DNS         *dnsd.Server
	Registry    *registry.Service
	IndexerURL  string
	RegistryURL string
	DNSAddr     string
	WorkloadID  common.Hash
	ConfigHash  common.Hash
	Secret      string // the demo secret the configuration template references
	Agents      []*agent.Agent

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	errs    chan error
	closers []func() error
}

func (d *Devnet) say(format string, args ...any) { fmt.Fprintf(d.cfg.Story, format+"\n", args...) }

// Start brings the whole system up and runs the instances' first
// registration, provisioning and peer discovery. Close stops everything.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	cfg.defaults()
	d := &Devnet{cfg: cfg, errs: make(chan error, 8)}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	// Runs last: everything else removed its files by then.
	d.closers = append(d.closers, func() error { return ignoreNotExist(removeIfEmpty(cfg.Dir)) })
	steps := []func(context.Context, context.Context) error{d.startChain, d.deploy, d.startDatabase, d.startIndexer,
		d.startRegistry, d.allowDemoWorkload, d.startDNS, d.startInstances}
	for _, step := range steps {
		if err := step(ctx, runCtx); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Err reports the first service that stopped on its own.
func (d *Devnet) Err() <-chan error { return d.errs }

func (d *Devnet) goRun(name string, run func() error) {
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := run(); err != nil {
			select {
			case d.errs <- fmt.Errorf("%s: %w", name, err):
			default:
			}
		}
	}()
}

// Close stops every service and removes what the devnet made, except the
// instances' data directory under Dir (removed too).
func (d *Devnet) Close() error {
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	var errs []error
	for i := len(d.closers) - 1; i >= 0; i-- {
		errs = append(errs, d.closers[i]())
	}
	return errors.Join(errs...)
}

func (d *Devnet) startChain(ctx, _ context.Context) error {
	a, err := foundry.StartAnvil(ctx, foundry.AnvilConfig{Port: d.cfg.ChainPort, BlockTime: 0})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.Anvil = a
	d.closers = append(d.closers, func() error { a.Stop(); return nil })
	if d.Client, err = ethclient.DialContext(ctx, a.URL); err != nil {
		return fmt.Errorf("devnet: connect to anvil: %w", err)
	}
	d.closers = append(d.closers, func() error { d.Client.Close(); return nil })
	if d.RPC, err = indexer.Dial(ctx, strings.Replace(a.URL, "http://", "ws://", 1)); err != nil {
		return fmt.Errorf("devnet: connect to anvil: %w", err)
	}
	d.closers = append(d.closers, func() error { d.RPC.Close(); return nil })
	d.ChainID = new(big.Int).SetUint64(a.ChainID)
	if d.Admin, err = crypto.HexToECDSA(foundry.DevPrivateKeys[0]); err != nil {
		return err
	}
	if d.Operator, err = crypto.HexToECDSA(foundry.DevPrivateKeys[1]); err != nil {
		return err
	}
	d.say("chain       anvil (Osaka), chain id %d, %s", a.ChainID, a.URL)
	return nil
}

// Auth returns a transactor for key.
func (d *Devnet) Auth(ctx context.Context, key *ecdsa.PrivateKey) *bind.TransactOpts {
	a, err := bind.NewKeyedTransactorWithChainID(key, d.ChainID)
	if err != nil {
		panic(err)
	}
	a.Context = ctx
	return a
}

// Mine returns a function that waits for a binding call's transaction and
// requires success: d.Mine(ctx)(reg.Pause(auth)).
func (d *Devnet) Mine(ctx context.Context) func(*types.Transaction, error) (*types.Receipt, error) {
	return func(tx *types.Transaction, err error) (*types.Receipt, error) {
		if err != nil {
			return nil, agent.DecodeRevert(err)
		}
		r, err := agent.WaitMined(ctx, d.Client, tx)
		if err != nil {
			return nil, err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("transaction %s reverted", tx.Hash())
		}
		return r, nil
	}
}

func (d *Devnet) deploy(ctx, _ context.Context) error {
	seed := make([]byte, 32)
	if _, err := rand.Read(seed); err != nil {
		return err
	}
	state := DevTEEState{Seed: seed, Created: time.Now().UTC().Truncate(time.Second)}
	var err error
	if d.Authority, d.Platform, err = state.Platform(); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	// `teereg agent --tee devtee --devtee-state <dir>/devtee.json` joins this devnet with the same platform.
	statePath := filepath.Join(d.cfg.Dir, "devtee.json")
	blob, _ := json.Marshal(state)
	if err := os.WriteFile(statePath, blob, 0o600); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.closers = append(d.closers, func() error { return ignoreNotExist(os.Remove(statePath)) })
	root := d.Authority.RootCertificate().Raw
	d.Deployment, err = deploy.Deploy(ctx, d.Client, d.Auth(ctx, d.Admin), deploy.Config{InstanceTTL: d.cfg.InstanceTTL, RootCA: root})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.say("contracts   registry %s, artifact store %s, block %d", d.Deployment.Registry, d.Deployment.ArtifactStore, d.Deployment.Block)
	d.say("            DCAP verifier %s pins the dev TEE root CA (sha256 %x)", d.Deployment.QuoteVerifier, sha256.Sum256(root))
	coll, err := d.Authority.Collateral(d.Platform, time.Now(), 30*24*time.Hour, nil)
	if err != nil {
		return fmt.Errorf("devnet: dev collateral: %w", err)
	}
	uploads, err := dcap.PushCollateral(ctx, d.Client, d.Auth(ctx, d.Admin), d.Deployment.CollateralStore, coll)
	if err != nil {
		return fmt.Errorf("devnet: push collateral: %w", err)
	}
	d.say("collateral  %d uploads: the dev platform's TCB info, QE identity, PCK CA and CRLs, verified on chain", len(uploads))
	reg, err := bindings.NewRegistry(d.Deployment.Registry, d.Client)
	if err != nil {
		return err
	}
	if _, err := d.Mine(ctx)(reg.GrantRoles(d.Auth(ctx, d.Admin), crypto.PubkeyToAddress(d.Operator.PublicKey), big.NewInt(1))); err != nil {
		return fmt.Errorf("devnet: grant operator: %w", err)
	}
	d.say("operator    %s (anvil dev account 1) may register instances", crypto.PubkeyToAddress(d.Operator.PublicKey))
	return nil
}

// DevTEEState is what re-creates the devnet's dev TEE platform in another
// process: the seed its keys derive from and its creation time. It signs
// quotes the devnet's chain accepts, so it is as secret as a devnet can have.
type DevTEEState struct {
	Seed    []byte    `json:"seed"`
	Created time.Time `json:"created"`
}

// DevFMSPC is the devnet platform's FMSPC.
var DevFMSPC = [6]byte{0x00, 0x90, 0x6e, 0xd5, 0x00, 0x00}

// Platform re-creates the authority and its platform.
func (s DevTEEState) Platform() (*devtee.Authority, *devtee.Platform, error) {
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader(s.Seed), s.Created)
	if err != nil {
		return nil, nil, fmt.Errorf("dev TEE authority: %w", err)
	}
	p, err := a.NewPlatform(DevFMSPC, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("dev TEE platform: %w", err)
	}
	return a, p, nil
}

// ReadDevTEEState reads the devtee.json a devnet writes.
func ReadDevTEEState(path string) (DevTEEState, error) {
	var s DevTEEState
	blob, err := os.ReadFile(path)
	if err != nil {
		return s, fmt.Errorf("read dev TEE state: %w", err)
	}
	if err := json.Unmarshal(blob, &s); err != nil || len(s.Seed) == 0 {
		return s, fmt.Errorf("parse dev TEE state %s: not a devnet's devtee.json (%v)", path, err)
	}
	return s, nil
}

// RegistryBinding returns the registry binding.
func (d *Devnet) RegistryBinding() *bindings.Registry {
	r, err := bindings.NewRegistry(d.Deployment.Registry, d.Client)
	if err != nil {
		panic(err)
	}
	return r
}

func (d *Devnet) startDatabase(ctx, _ context.Context) error {
	srv, err := pgserver.Start(ctx)
	if err != nil {
		return fmt.Errorf("devnet: PostgreSQL: %w", err)
	}
	d.Postgres = srv
	d.closers = append(d.closers, srv.Stop)
	d.DatabaseURL = srv.URL("postgres")
	if d.Pool, err = pgxpool.New(ctx, d.DatabaseURL); err != nil {
		return fmt.Errorf("devnet: database: %w", err)
	}
	d.closers = append(d.closers, func() error { d.Pool.Close(); return nil })
	d.say("database    throwaway PostgreSQL at %s", d.DatabaseURL)
	return nil
}

func serveHTTP(d *Devnet, addr string, h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	d.closers = append(d.closers, srv.Close)
	go srv.Serve(ln) //nolint:errcheck // ends with Close
	return "http://" + ln.Addr().String(), nil
}

func (d *Devnet) startIndexer(ctx, runCtx context.Context) error {
	cfg := indexer.Config{
		Contracts:     indexer.Contracts{Registry: d.Deployment.Registry, ArtifactStore: d.Deployment.ArtifactStore, CollateralStore: d.Deployment.CollateralStore},
		StartBlock:    d.Deployment.Block,
		ChainID:       d.ChainID.Uint64(),
		Confirmations: d.cfg.Confirmations,
		PollInterval:  50 * time.Millisecond,
	}
	ix, err := indexer.New(cfg, d.Pool, d.RPC, d.cfg.Log.With("service", "indexer"), prometheus.NewRegistry())
	if err != nil {
		return err
	}
	d.Indexer = ix
	d.goRun("indexer", func() error { return ix.Run(runCtx) })
	if d.IndexerURL, err = serveHTTP(d, d.cfg.IndexerListen, indexer.NewAPI(d.Pool, ix.Status, 10, d.cfg.Log).Handler()); err != nil {
		return fmt.Errorf("devnet: indexer API: %w", err)
	}
	// Wait until the deployment is indexed: the registry reads it.
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if err := d.WaitIndexed(ctx, head); err != nil {
		return err
	}
	d.say("indexer     %s (following from block %d, %d confirmations)", d.IndexerURL, d.Deployment.Block, d.cfg.Confirmations)
	return nil
}

// WaitIndexed waits until the indexer has committed block n.
func (d *Devnet) WaitIndexed(ctx context.Context, n uint64) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		var got int64
		err := d.Pool.QueryRow(ctx, `SELECT block_number FROM cursor`).Scan(&got)
		if err == nil && uint64(got) >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: the indexer did not reach block %d: %w", n, ctx.Err())
		case err := <-d.errs:
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (d *Devnet) startRegistry(ctx, runCtx context.Context) error {
	audit, err := os.OpenFile(filepath.Join(d.cfg.Dir, "audit.jsonl"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("devnet: audit log: %w", err)
	}
	d.closers = append(d.closers, func() error {
		return errors.Join(audit.Close(), os.Remove(audit.Name()))
	})
	keyFile := filepath.Join(d.cfg.Dir, "kms-key.pem")
	_ = os.Remove(keyFile) // every devnet is a new deployment with new keys
	d.closers = append(d.closers, func() error { return ignoreNotExist(os.Remove(keyFile)) })
	svc, err := registry.NewService(ctx, registry.ServiceConfig{
		Database: d.Pool, Client: d.Client, Confirmations: 0, KMSKeyFile: keyFile, Zone: d.cfg.Zone,
		Audit: audit, Log: d.cfg.Log.With("service", "registry"), Registerer: prometheus.NewRegistry(),
	})
	if err != nil {
		return fmt.Errorf("devnet: registry: %w", err)
	}
	d.Registry = svc
	d.goRun("registry", func() error { svc.Run(runCtx); return nil })
	// Publish the KMS's PKI on chain: the CA instances' certificates chain
	// to and the key admins encrypt secrets to.
	pki := svc.KMS.PKI()
	if _, err := d.Mine(ctx)(d.RegistryBinding().SetPki(d.Auth(ctx, d.Admin), pki.CACertificate, pki.SecretsPublicKey, nil)); err != nil {
		return fmt.Errorf("devnet: publish the PKI: %w", err)
	}
	if d.RegistryURL, err = serveHTTP(d, d.cfg.RegistryListen, svc.Server.Handler()); err != nil {
		return fmt.Errorf("devnet: registry: %w", err)
	}
	d.say("kms         file mode (%s); app CA and secrets key published on chain as PKI v1", keyFile)
	d.say("registry    %s (audit log %s)", d.RegistryURL, filepath.Join(d.cfg.Dir, "audit.jsonl"))
	return nil
}

// removeIfEmpty removes dir when nothing else is left in it.
func removeIfEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) > 0 {
		return err
	}
	return os.Remove(dir)
}

func ignoreNotExist(err error) error {
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// allowDemoWorkload stores a secret (encrypted to the on-chain secrets key)
// and a configuration template referencing it in the ArtifactStore, lists
// onchain://artifacts as a storage backend, and allowlists the dev TEE's TD.
func (d *Devnet) allowDemoWorkload(ctx, _ context.Context) error {
	store, err := bindings.NewArtifactStore(d.Deployment.ArtifactStore, d.Client)
	if err != nil {
		return err
	}
	reg := d.RegistryBinding()
	secret := make([]byte, 16)
	_, _ = rand.Read(secret)
	d.Secret = fmt.Sprintf("demo-password-%x", secret)
	envelope, err := kms.EncryptSecret(d.Registry.KMS.PKI().SecretsPublicKey, []byte(d.Secret))
	if err != nil {
		return err
	}
	if _, err := d.Mine(ctx)(store.Store(d.Auth(ctx, d.Admin), envelope)); err != nil {
		return fmt.Errorf("devnet: store the secret: %w", err)
	}
	template := fmt.Sprintf("{\n  \"service\": %q,\n  \"peers\": \"_%s._tcp.%s\",\n  \"databasePassword\": \"{{ secret %q }}\"\n}\n",
		"demo", d.cfg.Service, d.cfg.Zone, kms.SecretID(envelope))
	d.ConfigHash = sha256.Sum256([]byte(template))
	if _, err := d.Mine(ctx)(store.Store(d.Auth(ctx, d.Admin), []byte(template))); err != nil {
		return fmt.Errorf("devnet: store the configuration: %w", err)
	}
	if _, err := d.Mine(ctx)(reg.AddStorageBackend(d.Auth(ctx, d.Admin), "onchain://artifacts")); err != nil {
		return fmt.Errorf("devnet: add the storage backend: %w", err)
	}
	quote, err := d.Platform.Quote(ctx, [64]byte{})
	if err != nil {
		return err
	}
	q, err := tdxquote.Parse(quote)
	if err != nil {
		return err
	}
	d.WorkloadID = q.Body.WorkloadID()
	if _, err := d.Mine(ctx)(reg.AllowWorkload(d.Auth(ctx, d.Admin), d.WorkloadID, d.ConfigHash)); err != nil {
		return fmt.Errorf("devnet: allowlist the workload: %w", err)
	}
	d.say("workload    %s allowlisted (the dev TEE's default TD)", d.WorkloadID)
	d.say("config      %s: a template stored on chain (onchain://artifacts) with one secret encrypted to the KMS", d.ConfigHash)
	return nil
}

func (d *Devnet) startDNS(_, runCtx context.Context) error {
	srv, err := dnsd.New(dnsd.Config{DatabaseURL: d.DatabaseURL, Listen: d.cfg.DNSListen, Zone: d.cfg.Zone,
		NameServers: []dnsd.NameServer{{Name: "ns1." + d.cfg.Zone, Addrs: []netip.Addr{netip.MustParseAddr("127.0.0.1")}}}, Services: []string{d.cfg.Service},
		TTL: 5 * time.Second, NegativeTTL: 5 * time.Second}, d.cfg.Log.With("service", "dnsd"), prometheus.NewRegistry())
	if err != nil {
		return fmt.Errorf("devnet: dnsd: %w", err)
	}
	d.DNS = srv
	d.DNSAddr = srv.Addr().String()
	d.goRun("dnsd", func() error { return srv.Run(runCtx) })
	d.say("dns         dnsd serves %s on %s (udp+tcp)", d.cfg.Zone, d.DNSAddr)
	return nil
}

// NewAgent makes an instance agent on the dev TEE with its own data directory.
func (d *Devnet) NewAgent(label string, port uint16) (*agent.Agent, error) {
	return agent.New(agent.Config{
		DataDir: filepath.Join(d.cfg.Dir, "instances", label), Quoter: d.Platform, Label: label,
		Endpoints: bindings.IRegistryEndpoints{Ipv4: [][4]byte{{127, 0, 0, 1}}, Port: port},
		Chain:     d.Client, ChainID: d.ChainID, Registry: d.Deployment.Registry, Operator: d.Operator,
		RegistryURL: d.RegistryURL, DNSServer: d.DNSAddr, Zone: d.cfg.Zone, Service: d.cfg.Service, RenewAt: d.cfg.AgentRenewAt,
	}, d.cfg.Log.With("instance", label))
}

func (d *Devnet) startInstances(ctx, _ context.Context) error {
	_ = os.RemoveAll(filepath.Join(d.cfg.Dir, "instances"))
	d.closers = append(d.closers, func() error { return os.RemoveAll(filepath.Join(d.cfg.Dir, "instances")) })
	for i := 1; i <= d.cfg.Instances; i++ {
		label := fmt.Sprintf("node-%d", i)
		a, err := d.NewAgent(label, uint16(9000+i))
		if err != nil {
			return err
		}
		d.Agents = append(d.Agents, a)
		rcpt, err := a.Register(ctx)
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", label, err)
		}
		d.say("%-11s quote from the dev TEE verified on chain; registered in block %d (gas %d), instance %s", label, rcpt.BlockNumber, rcpt.GasUsed, a.InstanceID().TerminalString())
		p, err := a.Provision(ctx)
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", label, err)
		}
		d.say("            provisioned: %d bytes of config (secret resolved), certificate for %s until %s",
			len(p.Config), p.DNSName, p.Leaf.NotAfter.UTC().Format("2006-01-02 15:04 UTC"))
	}
	for _, a := range d.Agents {
		peers, err := a.Peers(ctx)
		if err != nil {
			return fmt.Errorf("devnet: peers: %w", err)
		}
		names := make([]string, len(peers))
		for i, p := range peers {
			names[i] = fmt.Sprintf("%s:%d", p.Name, p.Port)
		}
		d.say("%-11s finds its peers over DNS: %s", a.Label(), strings.Join(names, ", "))
	}
	return nil
}
