package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/deploy"
)

// deploymentRecord is what `teereg deploy` and `teereg devnet` write to
// deployment.json, and what services read with --deployment instead of one
// flag per address.
type deploymentRecord struct {
	*deploy.Deployment
	RPC     string `json:"rpc"`
	ChainID uint64 `json:"chainId"`
}

func readDeployment(path string) (*deploymentRecord, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment record: %w", err)
	}
	rec := &deploymentRecord{Deployment: &deploy.Deployment{}}
	if err := json.Unmarshal(blob, rec); err != nil {
		return nil, fmt.Errorf("parse deployment record %s: %w", path, err)
	}
	if rec.Registry == (common.Address{}) {
		return nil, fmt.Errorf("deployment record %s has no registry address", path)
	}
	return rec, nil
}

// deploymentFlags are the flags that say which deployment a service follows.
func deploymentFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "deployment", EnvVars: []string{"TEEREG_DEPLOYMENT"}, Usage: "deployment.json written by `teereg deploy` or `teereg devnet` (sets the addresses, start block, chain id and RPC URL unless given)"},
		&cli.StringFlag{Name: "rpc-url", EnvVars: []string{"TEEREG_RPC_URL"}, Usage: "JSON-RPC endpoint (http(s):// or ws(s)://; WebSocket gets new blocks pushed)"},
		&cli.Uint64Flag{Name: "chain-id", EnvVars: []string{"TEEREG_CHAIN_ID"}, Usage: "expected chain id; a node on another chain is a fatal error"},
		&cli.StringFlag{Name: "registry", EnvVars: []string{"TEEREG_REGISTRY"}, Usage: "Registry contract address"},
		&cli.StringFlag{Name: "artifact-store", EnvVars: []string{"TEEREG_ARTIFACT_STORE"}, Usage: "ArtifactStore contract address"},
		&cli.StringFlag{Name: "collateral-store", EnvVars: []string{"TEEREG_COLLATERAL_STORE"}, Usage: "DcapCollateralStore contract address (optional)"},
		&cli.Uint64Flag{Name: "start-block", EnvVars: []string{"TEEREG_START_BLOCK"}, Usage: "deployment block: the first block to index"},
	}
}

// followed resolves the deployment flags.
type followed struct {
	RPC                                      string
	ChainID                                  uint64
	Registry, ArtifactStore, CollateralStore common.Address
	StartBlock                               uint64
}

func resolveDeployment(c *cli.Context) (followed, error) {
	f, err := deploymentFromFlags(c)
	if err != nil {
		return f, err
	}
	if f.RPC == "" {
		return f, fmt.Errorf("no JSON-RPC endpoint: give --rpc-url or --deployment")
	}
	if f.Registry == (common.Address{}) {
		return f, fmt.Errorf("no registry address: give --registry or --deployment")
	}
	return f, nil
}

// deploymentFromFlags reads --deployment, then lets each of the other
// deployment flags the command has override its field. Nothing is required.
func deploymentFromFlags(c *cli.Context) (followed, error) {
	var f followed
	if p := c.String("deployment"); p != "" {
		rec, err := readDeployment(p)
		if err != nil {
			return f, err
		}
		f = followed{RPC: rec.RPC, ChainID: rec.ChainID, Registry: rec.Registry, ArtifactStore: rec.ArtifactStore,
			CollateralStore: rec.CollateralStore, StartBlock: rec.Block}
	}
	addr := func(name string, dst *common.Address) error {
		s := c.String(name)
		if s == "" {
			return nil
		}
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--%s: %q is not an address", name, s)
		}
		*dst = common.HexToAddress(s)
		return nil
	}
	for name, dst := range map[string]*common.Address{"registry": &f.Registry, "artifact-store": &f.ArtifactStore, "collateral-store": &f.CollateralStore} {
		if err := addr(name, dst); err != nil {
			return f, err
		}
	}
	if c.IsSet("rpc-url") {
		f.RPC = c.String("rpc-url")
	}
	if c.IsSet("chain-id") {
		f.ChainID = c.Uint64("chain-id")
	}
	if c.IsSet("start-block") {
		f.StartBlock = c.Uint64("start-block")
	}
	return f, nil
}

// redactURL keeps the scheme and host of an endpoint for logs and errors:
// providers put API keys in the path, the query or the userinfo.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(endpoint)"
	}
	if u.Path == "" && u.RawQuery == "" && u.User == nil {
		return u.Scheme + "://" + u.Host
	}
	return u.Scheme + "://" + u.Host + "/…"
}
