package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/internal/foundry"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local chain with teereg deployed on it, until Ctrl-C",
		Description: `Starts anvil (Osaka) on 127.0.0.1, deploys the registry, the artifact store and
the DCAP quote verifier (pinning a fresh dev TEE root CA) with anvil's first
development account as admin, writes the addresses to
<dir>/deployment.json and keeps running until interrupted. Nothing is left
behind: anvil stops with it.

Example:
   teereg devnet --port 8545
   cast call $(jq -r .registry .devnet/deployment.json) 'owner()(address)' --rpc-url http://127.0.0.1:8545`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "port", Value: 8545, EnvVars: []string{"TEEREG_DEVNET_PORT"}, Usage: "JSON-RPC port of the local chain"},
			&cli.Uint64Flag{Name: "chain-id", Value: 31337, EnvVars: []string{"TEEREG_DEVNET_CHAIN_ID"}, Usage: "chain id of the local chain"},
			&cli.DurationFlag{Name: "instance-ttl", Value: deploy.DefaultInstanceTTL, EnvVars: []string{"TEEREG_INSTANCE_TTL"}, Usage: "lifetime of instance records"},
			&cli.StringFlag{Name: "dir", Value: ".devnet", EnvVars: []string{"TEEREG_DEVNET_DIR"}, Usage: "where to write deployment.json"},
			&cli.BoolFlag{Name: "anvil-log", EnvVars: []string{"TEEREG_DEVNET_ANVIL_LOG"}, Usage: "print anvil's own log"},
		},
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	ctx := c.Context
	out := c.App.Writer
	var anvilLog io.Writer
	if c.Bool("anvil-log") {
		anvilLog = c.App.ErrWriter
	}
	anvil, err := foundry.StartAnvil(ctx, foundry.AnvilConfig{Port: c.Int("port"), ChainID: c.Uint64("chain-id"), Log: anvilLog})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	defer anvil.Stop()
	fmt.Fprintf(out, "chain       anvil (Osaka), chain id %d, JSON-RPC %s\n", anvil.ChainID, anvil.URL)

	client, err := ethclient.DialContext(ctx, anvil.URL)
	if err != nil {
		return fmt.Errorf("devnet: connect to anvil: %w", err)
	}
	defer client.Close()
	key, err := crypto.HexToECDSA(foundry.DevPrivateKeys[0])
	if err != nil {
		return fmt.Errorf("devnet: dev key: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(anvil.ChainID))
	if err != nil {
		return fmt.Errorf("devnet: signer: %w", err)
	}
	// The devnet's quotes come from the dev TEE: its root CA is pinned instead of Intel's, and the
	// same on-chain verifier checks them.
	authority, err := devtee.NewAuthority(rand.Reader, time.Now())
	if err != nil {
		return fmt.Errorf("devnet: dev TEE authority: %w", err)
	}
	root := authority.RootCertificate().Raw
	start := time.Now()
	d, err := deploy.Deploy(ctx, client, auth, deploy.Config{InstanceTTL: c.Duration("instance-ttl"), RootCA: root})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	fmt.Fprintf(out, "admin       %s (anvil dev account 0)\n", auth.From)
	fmt.Fprintf(out, "registry    %s\n", d.Registry)
	fmt.Fprintf(out, "artifacts   %s\n", d.ArtifactStore)
	fmt.Fprintf(out, "verifier    %s (DCAP, dev root CA pinned: sha256 %x)\n", d.QuoteVerifier, sha256.Sum256(root))
	fmt.Fprintf(out, "collateral  %s\n", d.CollateralStore)
	fmt.Fprintf(out, "deployed    in block %d, %s\n", d.Block, time.Since(start).Round(time.Millisecond))

	dir := c.String("dir")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	record := struct {
		*deploy.Deployment
		RPC     string `json:"rpc"`
		ChainID uint64 `json:"chainId"`
	}{d, anvil.URL, anvil.ChainID}
	blob, err := json.MarshalIndent(record, "", "  ")
	if err != nil {
		return fmt.Errorf("devnet: encode deployment: %w", err)
	}
	path := filepath.Join(dir, "deployment.json")
	if err := os.WriteFile(path, append(blob, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	defer os.Remove(path)
	fmt.Fprintf(out, "written     %s\n\n", path)
	cast, err := foundry.Tool("cast")
	if err != nil {
		cast = "cast"
	} else if root, err := foundry.Root(); err == nil {
		if rel, err := filepath.Rel(root, cast); err == nil {
			cast = rel
		}
	}
	fmt.Fprintf(out, "try:\n  %s call %s 'owner()(address)' --rpc-url %s\n  %s call %s 'instanceTtl()(uint64)' --rpc-url %s\n\n",
		cast, d.Registry, anvil.URL, cast, d.Registry, anvil.URL)
	fmt.Fprintln(out, "running; Ctrl-C stops the chain and removes the deployment record.")

	<-ctx.Done()
	fmt.Fprintln(out, "\nstopping.")
	return nil
}
