package main

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teereg/teereg/internal/foundry"
)

// startAnvil starts anvil for t (skipping t when Foundry is not installed)
// and connects to it; both stop when t ends.
func startAnvil(ctx context.Context, t *testing.T) (*foundry.Anvil, *ethclient.Client) {
	t.Helper()
	anvil, err := foundry.StartAnvil(ctx, foundry.AnvilConfig{})
	if errors.Is(err, foundry.ErrNotInstalled) {
		t.Skipf("%v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(anvil.Stop)
	client, err := ethclient.DialContext(ctx, anvil.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return anvil, client
}
