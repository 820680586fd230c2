package registry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

// ServiceClient is the JSON-RPC client a Service needs (*ethclient.Client).
type ServiceClient interface {
	ChainClient
	ChainID(ctx context.Context) (*big.Int, error)
}

// ServiceConfig is what `teereg registry` is made of.
type ServiceConfig struct {
	// Database is the indexer's PostgreSQL (read only).
	Database *pgxpool.Pool
	// PollInterval: the in-memory state reloads after every NOTIFY from the
	// indexer and at least this often (DefaultPollInterval).
	PollInterval time.Duration
	// Client reaches the chain the indexer follows.
	Client ServiceClient
	// ChainID, Registry and ArtifactStore, when set, must be what the
	// indexer's database follows; unset ones are taken from it.
	ChainID       uint64
	Registry      common.Address
	ArtifactStore common.Address
	// Confirmations: -1 reads the chain at the node's finalized block, n at
	// head − n (ChainConfig).
	Confirmations int
	RPCTimeout    time.Duration

	// Exactly one KMS bootstrap: a key file (created when missing; devnet)
	// or a Shamir manifest (sealed until the custodians submit shares).
	KMSKeyFile  string
	KMSManifest string

	// Storage configures the backends (Artifacts is set by the service).
	Storage storage.Options

	Zone          string
	CertValidity  time.Duration
	NonceTTL      time.Duration
	MaxChallenges int
	MaxChainLag   time.Duration
	// RenderedCacheBytes: the cache of rendered configurations (they hold
	// opened secrets); 0 disables it (Config.RenderedCacheBytes).
	RenderedCacheBytes int64

	Audit      io.Writer // JSON lines
	Log        *slog.Logger
	Registerer prometheus.Registerer
	Now        func() time.Time
}

// Service is a wired registry: the Server and what it was built from.
type Service struct {
	Server     *Server
	KMS        *kms.KMS
	DB         *DB
	Snapshot   *Snapshot
	Chain      *Chain
	Deployment Deployment
	// KeysCreated: file mode made new keys; their PKI must be published
	// with setPki before anything is provisioned.
	KeysCreated bool
	log         *slog.Logger
}

// NewService checks the deployment (database, node and configuration must
// agree), boots the KMS and builds the Server.
func NewService(ctx context.Context, cfg ServiceConfig) (*Service, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Database == nil || cfg.Client == nil {
		return nil, errors.New("registry: the indexer's database and a chain client are both required")
	}
	if (cfg.KMSKeyFile == "") == (cfg.KMSManifest == "") {
		return nil, errors.New("registry: give exactly one KMS bootstrap: a key file (file mode) or a manifest (Shamir mode)")
	}
	if cfg.Audit == nil {
		return nil, errors.New("registry: no audit writer")
	}
	db := NewDB(cfg.Database)
	dep, err := db.Deployment(ctx)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	if cfg.Registry != (common.Address{}) && cfg.Registry != dep.Registry {
		return nil, fmt.Errorf("registry: the indexer's database follows Registry %s, not %s", dep.Registry, cfg.Registry)
	}
	if cfg.ArtifactStore != (common.Address{}) && cfg.ArtifactStore != dep.ArtifactStore {
		return nil, fmt.Errorf("registry: the indexer's database follows ArtifactStore %s, not %s", dep.ArtifactStore, cfg.ArtifactStore)
	}
	if cfg.ChainID != 0 && cfg.ChainID != dep.ChainID {
		return nil, fmt.Errorf("registry: the indexer's database follows chain %d, not %d", dep.ChainID, cfg.ChainID)
	}
	id, err := cfg.Client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("registry: chain id of the node: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != dep.ChainID {
		return nil, fmt.Errorf("registry: the node serves chain %s, the indexer's database follows chain %d", id, dep.ChainID)
	}
	chain, err := NewChain(cfg.Client, ChainConfig{Registry: dep.Registry, ArtifactStore: dep.ArtifactStore,
		Confirmations: cfg.Confirmations, Timeout: cfg.RPCTimeout})
	if err != nil {
		return nil, err
	}
	svc := &Service{DB: db, Chain: chain, Deployment: dep, log: cfg.Log}
	if err := svc.bootKMS(ctx, cfg); err != nil {
		return nil, err
	}
	svc.Snapshot = NewSnapshot(cfg.Database, cfg.PollInterval, cfg.Log, cfg.Registerer)
	if err := svc.Snapshot.Load(ctx); err != nil && !errors.Is(err, ErrNotIndexed) {
		return nil, fmt.Errorf("registry: %w", err)
	}
	arts := &CachedArtifacts{Snapshot: svc.Snapshot, Source: &Artifacts{DB: db, Chain: chain}, MaxBytes: 16 << 20}
	sopts := cfg.Storage
	sopts.Artifacts = arts
	if sopts.Logger == nil {
		sopts.Logger = cfg.Log
	}
	svc.Server, err = New(Config{
		KMS: svc.KMS, State: svc.Snapshot, Chain: chain, Configs: storage.NewResolver(sopts), Artifacts: arts,
		Audit: NewAuditor(cfg.Audit), Zone: cfg.Zone, CertValidity: cfg.CertValidity, NonceTTL: cfg.NonceTTL,
		MaxChallenges: cfg.MaxChallenges, MaxChainLag: cfg.MaxChainLag, RenderedCacheBytes: cfg.RenderedCacheBytes,
		Log: cfg.Log, Registerer: cfg.Registerer, Now: cfg.Now,
	})
	if err != nil {
		return nil, err
	}
	return svc, nil
}

// Run keeps the in-memory state current until ctx ends (Snapshot.Run).
func (svc *Service) Run(ctx context.Context) { svc.Snapshot.Run(ctx) }

func (svc *Service) bootKMS(ctx context.Context, cfg ServiceConfig) error {
	log := cfg.Log.With("component", "kms")
	onChain, version, err := svc.Chain.PKI(ctx)
	if err != nil {
		return fmt.Errorf("registry: reading the on-chain PKI: %w", err)
	}
	if cfg.KMSKeyFile != "" {
		keys, created, err := kms.LoadOrCreateKeyFile(cfg.KMSKeyFile, log)
		if err != nil {
			return fmt.Errorf("registry: %w", err)
		}
		svc.KMS, svc.KeysCreated = kms.NewUnsealed(keys, log), created
		if mine := keys.PKI(); version == 0 || !mine.Equal(onChain) {
			log.Error("The KMS keys are not the on-chain PKI: provisioning is refused (pki_mismatch) until an admin publishes them",
				"onchain_version", version, "publish", fmt.Sprintf("cast send %s 'setPki(bytes,bytes,bytes)' 0x%x 0x%x 0x --private-key $ADMIN_KEY",
					svc.Deployment.Registry, mine.CACertificate, mine.SecretsPublicKey))
		}
		return nil
	}
	data, err := os.ReadFile(cfg.KMSManifest)
	if err != nil {
		return fmt.Errorf("registry: KMS manifest: %w", err)
	}
	m, err := kms.ParseManifest(data)
	if err != nil {
		return fmt.Errorf("registry: KMS manifest %s: %w", cfg.KMSManifest, err)
	}
	if version == 0 {
		return errors.New("registry: no PKI is published on chain; publish the manifest's PKI (setPki) before starting a sealed KMS")
	}
	svc.KMS, err = kms.NewSealed(kms.SealedConfig{
		Manifest:   m,
		Expected:   onChain,
		Domain:     kms.Domain{ChainID: svc.Deployment.ChainID, Registry: svc.Deployment.Registry},
		Custodians: &Custodians{DB: svc.DB, Chain: svc.Chain},
		Log:        log,
	})
	if err != nil {
		return fmt.Errorf("registry: %w (on-chain PKI version %d)", err, version)
	}
	log.Warn("KMS is sealed: provisioning is refused (kms_sealed) until the custodians submit their shares to POST /v1/kms/unseal",
		"threshold", m.Threshold, "custodians", len(m.Custodians))
	return nil
}

// AdminHandler serves the admin listener: the KMS endpoints (GET
// /v1/kms/status, POST /v1/kms/unseal), GET /metrics from gatherer (when
// not nil) and GET /healthz (200 when unsealed, 503 while sealed).
func (svc *Service) AdminHandler(gatherer prometheus.Gatherer) http.Handler {
	mux := http.NewServeMux()
	kh := kms.NewHandler(svc.KMS, svc.log)
	mux.Handle("/v1/kms/", kh)
	if gatherer != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		st := svc.KMS.Status()
		code := http.StatusOK
		if st.Sealed {
			code = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(map[string]any{"sealed": st.Sealed, "mode": st.Mode})
	})
	return mux
}
