package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/registry"
	"github.com/teereg/teereg/registry/storage"
)

// Default listeners of `teereg registry`.
const (
	defaultRegistryListen      = "127.0.0.1:8390"
	defaultRegistryAdminListen = "127.0.0.1:8391"
)

func registryCommand() *cli.Command {
	return &cli.Command{
		Name:      "registry",
		Usage:     "serve instance provisioning: configuration, secrets and a TLS certificate for instances the chain allows",
		UsageText: "teereg registry --database-url URL --rpc-url URL --zone ZONE (--kms-key-file FILE | --kms-manifest FILE) [flags]",
		Description: `The relying party. An instance asks POST /v1/challenge for a nonce, then
POST /v1/provision with its attested public key, a CSR and its signature over
("teereg provision v1" ‖ nonce ‖ sha256(CSR)). The registry checks the
signature and uses up the nonce, then the instance's on-chain record: from the
indexer's database (kept in memory, reloaded on every NOTIFY teereg_state),
confirmed by eth_call at the latest final block when the database is stale
(--max-chain-lag) or the rows are not final. It must be Active, unexpired (at
the block time and by the wall clock), of an allowlisted workload, of an
accepted TCB status, and its operator must hold the operator role; any doubt
refuses with 403 and a code (unknown_instance, revoked, expired,
workload_not_allowed, operator_not_authorized, tcb_not_accepted,
stale_chain_view, bad_signature, replayed_nonce).

The answer, sealed with HPKE to the attested key: the workload's configuration
(fetched by its on-chain hash from the storage backends listed on chain, in
order, every {{ secret "<id>" }} opened by the KMS) and a certificate for
<label>.ZONE signed by the app CA (--cert-validity, never past the instance's
expiry). docs/registry.md and docs/openapi.yaml describe the protocol.

KMS: --kms-key-file reads (or creates, mode 0600) a key file (devnet); new
keys must be published with setPki before anything is provisioned (the log
prints the cast command). --kms-manifest starts sealed (503 kms_sealed) until
the custodians (KMS_CUSTODIAN_ROLE, bit 2) submit their shares to the admin
listener's POST /v1/kms/unseal.

Every decision is one JSON line on --audit-log, written before the answer is
sent; SIGHUP reopens the file (for logrotate). The admin listener
(--admin-listen) serves /v1/kms/status,
/v1/kms/unseal, /healthz and /metrics: keep it off the public network.

Storage credentials come from the environment: TEEREG_S3_ACCESS_KEY_ID,
TEEREG_S3_SECRET_ACCESS_KEY, TEEREG_S3_SESSION_TOKEN (or AWS_*),
TEEREG_VAULT_TOKEN (or VAULT_TOKEN), TEEREG_GITHUB_TOKEN (or GITHUB_TOKEN).

Examples:
   teereg registry --deployment .devnet/deployment.json --database-url postgres://localhost/teereg \
       --zone peers.example.com --kms-key-file /var/lib/teereg/kms.pem --confirmations 0
   TEEREG_DATABASE_URL=postgres://… TEEREG_RPC_URL=https://node.example teereg registry \
       --zone peers.example.com --kms-manifest /etc/teereg/kms-manifest.json \
       --listen 0.0.0.0:8390 --tls-cert /etc/teereg/tls.crt --tls-key /etc/teereg/tls.key \
       --audit-log /var/log/teereg/audit.jsonl
   curl -s 127.0.0.1:8391/v1/kms/status`,
		Flags: append(registryDeploymentFlags(),
			&cli.StringFlag{Name: "database-url", Required: true, EnvVars: []string{"TEEREG_DATABASE_URL", "DATABASE_URL"}, Usage: "the indexer's PostgreSQL `URL` (read only)"},
			&cli.StringFlag{Name: "zone", Required: true, EnvVars: []string{"TEEREG_REGISTRY_ZONE"}, Usage: "dnsd's zone `NAME`: certificates are for <label>.NAME"},
			&cli.StringFlag{Name: "kms-key-file", EnvVars: []string{"TEEREG_KMS_KEY_FILE"}, Usage: "file mode: the KMS key `FILE` (created, mode 0600, when missing)"},
			&cli.StringFlag{Name: "kms-manifest", EnvVars: []string{"TEEREG_KMS_MANIFEST"}, Usage: "Shamir mode: the KMS manifest `FILE` (start sealed)"},
			&cli.StringFlag{Name: "listen", Value: defaultRegistryListen, EnvVars: []string{"TEEREG_REGISTRY_LISTEN"}, Usage: "`ADDRESS` of the provisioning API"},
			&cli.StringFlag{Name: "tls-cert", EnvVars: []string{"TEEREG_REGISTRY_TLS_CERT"}, Usage: "serve the provisioning API over TLS with this certificate `FILE` (PEM chain)"},
			&cli.StringFlag{Name: "tls-key", EnvVars: []string{"TEEREG_REGISTRY_TLS_KEY"}, Usage: "the TLS private key `FILE` (PEM)"},
			&cli.StringFlag{Name: "admin-listen", Value: defaultRegistryAdminListen, EnvVars: []string{"TEEREG_REGISTRY_ADMIN_LISTEN"}, Usage: "`ADDRESS` of the admin API: KMS status and unseal, /healthz, /metrics (empty: off, not allowed with --kms-manifest)"},
			&cli.StringFlag{Name: "audit-log", Value: "-", EnvVars: []string{"TEEREG_REGISTRY_AUDIT_LOG"}, Usage: "append the audit JSON lines to `FILE` (- for stdout)"},
			&cli.DurationFlag{Name: "cert-validity", Value: registry.DefaultCertValidity, EnvVars: []string{"TEEREG_REGISTRY_CERT_VALIDITY"}, Usage: "lifetime of instance certificates (capped by the instance's expiry)"},
			&cli.DurationFlag{Name: "nonce-ttl", Value: registry.DefaultNonceTTL, EnvVars: []string{"TEEREG_REGISTRY_NONCE_TTL"}, Usage: "how long a challenge nonce is valid"},
			&cli.IntFlag{Name: "max-challenges", Value: registry.DefaultMaxChallenges, EnvVars: []string{"TEEREG_REGISTRY_MAX_CHALLENGES"}, Usage: "unused challenges held at most (more: 503 too_many_challenges)"},
			&cli.DurationFlag{Name: "max-chain-lag", Value: registry.DefaultMaxChainLag, EnvVars: []string{"TEEREG_REGISTRY_MAX_CHAIN_LAG"}, Usage: "a database whose last block is older than this is stale: grants are confirmed on chain"},
			&cli.IntFlag{Name: "confirmations", Value: -1, EnvVars: []string{"TEEREG_CONFIRMATIONS"}, Usage: "the chain is read at the node's finalized block (-1) or at head - N"},
			&cli.DurationFlag{Name: "rpc-timeout", Value: 10 * time.Second, EnvVars: []string{"TEEREG_REGISTRY_RPC_TIMEOUT"}, Usage: "timeout of one on-chain confirmation (all its calls)"},
			&cli.DurationFlag{Name: "poll-interval", Value: registry.DefaultPollInterval, EnvVars: []string{"TEEREG_REGISTRY_POLL_INTERVAL"}, Usage: "reload the state from the database this often even without a NOTIFY"},
			&cli.DurationFlag{Name: "storage-timeout", Value: storage.DefaultRequestTimeout, EnvVars: []string{"TEEREG_STORAGE_TIMEOUT"}, Usage: "timeout of one storage backend fetch"},
			&cli.Int64Flag{Name: "storage-max-size", Value: storage.DefaultMaxSize, EnvVars: []string{"TEEREG_STORAGE_MAX_SIZE"}, Usage: "largest configuration accepted, in bytes"},
			&cli.Int64Flag{Name: "storage-cache-bytes", Value: 64 << 20, EnvVars: []string{"TEEREG_STORAGE_CACHE_BYTES"}, Usage: "in-memory cache of verified configurations (content addressed), in bytes; 0 disables"},
			&cli.Int64Flag{Name: "config-cache-bytes", Value: 16 << 20, EnvVars: []string{"TEEREG_REGISTRY_CONFIG_CACHE_BYTES"}, Usage: "in-memory cache of rendered configurations (they hold opened secrets), by configuration hash, in bytes; 0 disables (every request opens its secrets)"},
			&cli.StringFlag{Name: "github-api-url", Value: storage.DefaultGitHubAPIURL, EnvVars: []string{"TEEREG_GITHUB_API_URL"}, Usage: "GitHub REST API base `URL` of github:// backends"},
		),
		Action: runRegistry,
	}
}

// registryDeploymentFlags are the deployment flags the registry uses: the
// node, and optional addresses checked against the indexer's database.
func registryDeploymentFlags() []cli.Flag {
	keep := []string{"deployment", "rpc-url", "chain-id", "registry", "artifact-store"}
	var out []cli.Flag
	for _, f := range deploymentFlags() {
		if slices.Contains(keep, f.Names()[0]) {
			out = append(out, f)
		}
	}
	return out
}

// registrySettings is what the flags say, before anything is opened.
type registrySettings struct {
	RPC, DatabaseURL        string
	Listen, AdminListen     string
	TLSCert, TLSKey         string
	AuditLog                string
	Service                 registry.ServiceConfig // without Database, Client, Audit, Log, Registerer
	ChainID                 uint64
	Registry, ArtifactStore common.Address
}

func registryConfig(c *cli.Context) (*registrySettings, error) {
	s := &registrySettings{
		DatabaseURL: c.String("database-url"), Listen: c.String("listen"), AdminListen: c.String("admin-listen"),
		TLSCert: c.String("tls-cert"), TLSKey: c.String("tls-key"), AuditLog: c.String("audit-log"),
	}
	if p := c.String("deployment"); p != "" {
		rec, err := readDeployment(p)
		if err != nil {
			return nil, err
		}
		s.RPC, s.ChainID, s.Registry, s.ArtifactStore = rec.RPC, rec.ChainID, rec.Registry, rec.ArtifactStore
	}
	if c.IsSet("rpc-url") {
		s.RPC = c.String("rpc-url")
	}
	if c.IsSet("chain-id") {
		s.ChainID = c.Uint64("chain-id")
	}
	for name, dst := range map[string]*common.Address{"registry": &s.Registry, "artifact-store": &s.ArtifactStore} {
		if v := c.String(name); v != "" {
			if !common.IsHexAddress(v) {
				return nil, fmt.Errorf("--%s: %q is not an address", name, v)
			}
			*dst = common.HexToAddress(v)
		}
	}
	if s.RPC == "" {
		return nil, errors.New("no JSON-RPC endpoint: give --rpc-url or --deployment (grants are confirmed on chain)")
	}
	keyFile, manifest := c.String("kms-key-file"), c.String("kms-manifest")
	if (keyFile == "") == (manifest == "") {
		return nil, errors.New("give exactly one of --kms-key-file (file mode) and --kms-manifest (Shamir mode)")
	}
	if manifest != "" && s.AdminListen == "" {
		return nil, errors.New("--kms-manifest needs --admin-listen: the custodians unseal the KMS there")
	}
	if (s.TLSCert == "") != (s.TLSKey == "") {
		return nil, errors.New("give both --tls-cert and --tls-key, or neither")
	}
	if s.Listen == "" {
		return nil, errors.New("--listen is empty")
	}
	if c.Int64("storage-max-size") <= 0 || c.Int64("storage-cache-bytes") < 0 || c.Int64("config-cache-bytes") < 0 {
		return nil, errors.New("--storage-max-size must be positive, --storage-cache-bytes and --config-cache-bytes not negative")
	}
	for _, name := range []string{"cert-validity", "nonce-ttl", "max-chain-lag", "rpc-timeout", "poll-interval", "storage-timeout"} {
		if c.Duration(name) <= 0 {
			return nil, fmt.Errorf("--%s must be positive", name)
		}
	}
	if c.Int("max-challenges") <= 0 {
		return nil, errors.New("--max-challenges must be positive")
	}
	if c.Int("confirmations") < -1 {
		return nil, errors.New("--confirmations: -1 (finalized tag) or a block count")
	}
	s.Service = registry.ServiceConfig{
		ChainID: s.ChainID, Registry: s.Registry, ArtifactStore: s.ArtifactStore,
		Confirmations: c.Int("confirmations"), RPCTimeout: c.Duration("rpc-timeout"), PollInterval: c.Duration("poll-interval"),
		KMSKeyFile: keyFile, KMSManifest: manifest,
		Storage: storage.Options{
			RequestTimeout: c.Duration("storage-timeout"), MaxSize: c.Int64("storage-max-size"),
			CacheBytes: c.Int64("storage-cache-bytes"), GitHubAPIURL: c.String("github-api-url"),
			Credentials: storage.CredentialsFromEnv(nil),
		},
		Zone: c.String("zone"), CertValidity: c.Duration("cert-validity"), NonceTTL: c.Duration("nonce-ttl"),
		MaxChallenges: c.Int("max-challenges"), MaxChainLag: c.Duration("max-chain-lag"),
		RenderedCacheBytes: c.Int64("config-cache-bytes"),
	}
	return s, nil
}

// openAudit opens the audit log: stdout for "-", else the file in append
// mode (created 0600), which reopen (on SIGHUP) opens again by its path so
// logrotate can move it away. reopen is nil for stdout.
func openAudit(path string, stdout io.Writer) (w io.Writer, reopen func() error, closeFn func() error, err error) {
	if path == "-" {
		return stdout, nil, func() error { return nil }, nil
	}
	f := &auditFile{path: path}
	if err := f.reopen(); err != nil {
		return nil, nil, nil, fmt.Errorf("--audit-log: %w", err)
	}
	return f, f.reopen, f.close, nil
}

// auditFile is an append-only file that can be reopened by path. A write
// error reaches the registry, which then refuses to grant (audit_unavailable).
type auditFile struct {
	path string
	mu   sync.Mutex
	f    *os.File
}

func (a *auditFile) Write(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return 0, fmt.Errorf("audit log %s is closed", a.path)
	}
	return a.f.Write(p)
}

// reopen opens the path again (a new file after a rotation) and closes the
// old file; on failure the old file stays in use.
func (a *auditFile) reopen() error {
	f, err := os.OpenFile(a.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open audit log: %w", err)
	}
	a.mu.Lock()
	old := a.f
	a.f = f
	a.mu.Unlock()
	if old != nil {
		if err := old.Close(); err != nil {
			return fmt.Errorf("close the rotated audit log: %w", err)
		}
	}
	return nil
}

func (a *auditFile) close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return nil
	}
	err := a.f.Close()
	a.f = nil
	return err
}

func runRegistry(c *cli.Context) error {
	ctx := c.Context
	log := slog.Default().With("service", "registry")
	s, err := registryConfig(c)
	if err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	audit, reopenAudit, closeAudit, err := openAudit(s.AuditLog, c.App.Writer)
	if err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	defer closeAudit()
	if reopenAudit != nil {
		hup := make(chan os.Signal, 1)
		signal.Notify(hup, syscall.SIGHUP)
		defer signal.Stop(hup)
		go func() {
			for range hup {
				if err := reopenAudit(); err != nil {
					log.Error("registry: SIGHUP: reopening the audit log failed; still writing to the old file", "path", s.AuditLog, "err", err)
				} else {
					log.Info("registry: SIGHUP: audit log reopened", "path", s.AuditLog)
				}
			}
		}()
	}
	pool, err := pgxpool.New(ctx, s.DatabaseURL)
	if err != nil {
		return fmt.Errorf("registry: database: %w", err)
	}
	defer pool.Close()
	client, err := ethclient.DialContext(ctx, s.RPC)
	if err != nil {
		return fmt.Errorf("registry: connect to %s: %w", s.RPC, err)
	}
	defer client.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cfg := s.Service
	cfg.Database, cfg.Client, cfg.Audit, cfg.Log, cfg.Registerer = pool, client, audit, log, reg
	svc, err := registry.NewService(ctx, cfg)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go svc.Run(ctx)

	errc := make(chan error, 2)
	var servers []*http.Server
	serve := func(name, addr string, h http.Handler, tls bool) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("registry: listen on %s (%s): %w", addr, name, err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
			WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
		servers = append(servers, srv)
		scheme := "http"
		if tls {
			scheme = "https"
		}
		log.Info("registry: serving", "api", name, "url", scheme+"://"+ln.Addr().String())
		go func() {
			var err error
			if tls {
				err = srv.ServeTLS(ln, s.TLSCert, s.TLSKey)
			} else {
				err = srv.Serve(ln)
			}
			if !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("registry: %s server: %w", name, err)
			}
		}()
		return nil
	}
	if err := serve("provisioning", s.Listen, svc.Server.Handler(), s.TLSCert != ""); err != nil {
		return err
	}
	if s.AdminListen != "" {
		if err := serve("admin", s.AdminListen, svc.AdminHandler(reg), false); err != nil {
			return err
		}
	}
	log.Info("registry: running", "registry", svc.Deployment.Registry, "chain", svc.Deployment.ChainID,
		"kms", svc.KMS.Status().Mode, "sealed", svc.KMS.Sealed(), "zone", s.Service.Zone)
	select {
	case <-ctx.Done():
		err = nil
	case err = <-errc:
	}
	sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer scancel()
	for _, srv := range servers {
		_ = srv.Shutdown(sctx)
	}
	return err
}
