package indexer

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

type nopRegisterer struct{}

func (nopRegisterer) Register(prometheus.Collector) error  { return nil }
func (nopRegisterer) MustRegister(...prometheus.Collector) {}
func (nopRegisterer) Unregister(prometheus.Collector) bool { return true }

func readCounter(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

const childEnv = "TEEREG_INDEXER_TEST_CHILD"

// runChild is the indexer process of the crash test: the test binary
// re-executed, configured by the environment, running until killed.
func runChild() int {
	pool, err := pgxpool.New(context.Background(), os.Getenv("CHILD_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	client, err := rpc.Dial(os.Getenv("CHILD_RPC"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	cfg := Config{
		Contracts:    Contracts{Registry: common.HexToAddress(os.Getenv("CHILD_REGISTRY")), ArtifactStore: common.HexToAddress(os.Getenv("CHILD_ARTIFACTS"))},
		InitialRange: 1, MaxRange: 1, Confirmations: 0, PollInterval: 20 * time.Millisecond,
	}
	ix, err := New(cfg, pool, client, slog.New(slog.NewTextHandler(os.Stderr, nil)), prometheus.NewRegistry())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := ix.Run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

type dtoMetric struct{ dto.Metric }
