package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/devnet"
	"github.com/teereg/teereg/internal/foundry"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run the whole system on this machine until Ctrl-C",
		Description: `Starts anvil (Osaka), a throwaway PostgreSQL, deploys the contracts with a
fresh dev TEE root CA pinned in the on-chain DCAP verifier, and runs the
indexer, dnsd and the registry (KMS in file mode). It allowlists a demo
workload whose configuration template and secret live on chain, then boots
dev-TEE instances that get quotes, register, provision their configuration
and certificates, and find each other over DNS. Ctrl-C stops everything and
leaves nothing behind (the chain, the database and the instances' files go).

Example:
   teereg devnet
   dig @127.0.0.1 -p 5353 _teereg._tcp.teereg.test SRV
   teereg status --indexer-url http://127.0.0.1:8380`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "port", Value: 8545, EnvVars: []string{"TEEREG_DEVNET_PORT"}, Usage: "JSON-RPC port of the local chain"},
			&cli.StringFlag{Name: "indexer-listen", Value: "127.0.0.1:8380", EnvVars: []string{"TEEREG_DEVNET_INDEXER_LISTEN"}, Usage: "indexer API"},
			&cli.StringFlag{Name: "dns-listen", Value: "127.0.0.1:5353", EnvVars: []string{"TEEREG_DEVNET_DNS_LISTEN"}, Usage: "dnsd (UDP and TCP)"},
			&cli.StringFlag{Name: "registry-listen", Value: "127.0.0.1:8390", EnvVars: []string{"TEEREG_DEVNET_REGISTRY_LISTEN"}, Usage: "registry service"},
			&cli.IntFlag{Name: "instances", Value: 3, EnvVars: []string{"TEEREG_DEVNET_INSTANCES"}, Usage: "dev-TEE instances to boot"},
			&cli.DurationFlag{Name: "instance-ttl", Value: deploy.DefaultInstanceTTL, EnvVars: []string{"TEEREG_INSTANCE_TTL"}, Usage: "lifetime of instance records"},
			&cli.StringFlag{Name: "dir", Value: ".devnet", EnvVars: []string{"TEEREG_DEVNET_DIR"}, Usage: "working directory (deployment.json, KMS key, audit log, instances)"},
		},
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	ctx := c.Context
	out := c.App.Writer
	fmt.Fprintln(out, "teereg devnet: the whole system on this machine")
	fmt.Fprintln(out)
	d, err := devnet.Start(ctx, devnet.Config{
		Dir: c.String("dir"), ChainPort: c.Int("port"), IndexerListen: c.String("indexer-listen"), DNSListen: c.String("dns-listen"),
		RegistryListen: c.String("registry-listen"), Instances: c.Int("instances"), InstanceTTL: c.Duration("instance-ttl"),
		Story: out, Log: slog.Default().With("devnet", true),
	})
	if err != nil {
		return err
	}
	defer func() {
		fmt.Fprintln(out, "\nstopping: instances, registry, dnsd, indexer, PostgreSQL and anvil.")
		if err := d.Close(); err != nil {
			fmt.Fprintln(c.App.ErrWriter, "teereg devnet:", err)
		}
	}()
	path := filepath.Join(c.String("dir"), "deployment.json")
	blob, err := json.MarshalIndent(deploymentRecord{Deployment: d.Deployment, RPC: d.Anvil.URL, ChainID: d.Anvil.ChainID}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(blob, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	defer os.Remove(path)
	cast, err := foundry.Tool("cast")
	if err != nil {
		cast = "cast"
	} else if root, err := foundry.Root(); err == nil {
		if rel, err := filepath.Rel(root, cast); err == nil {
			cast = rel
		}
	}
	dnsHost, dnsPort, err := net.SplitHostPort(d.DNSAddr)
	if err != nil {
		return fmt.Errorf("devnet: dnsd address %q: %w", d.DNSAddr, err)
	}
	fmt.Fprintf(out, `
everything is up. Try:
  # the instances, from dnsd; node-1's workload and key fingerprint
  dig @%[1]s -p %[2]s _teereg._tcp.teereg.test SRV +short
  dig @%[1]s -p %[2]s node-1.teereg.test TXT +short
  # the indexed state, and the system at a glance
  curl -s %[3]s/v1/instances | head -40
  bin/teereg status --indexer-url %[3]s
  # what the registry released to node-1 (its secret resolved)
  cat %[4]s/instances/node-1/config
  # the chain itself
  %[5]s call %[6]s 'isActive(bytes32)(bool)' %[7]s --rpc-url %[8]s
deployment record for teereg indexer/registry/admin --deployment: %[9]s

running; Ctrl-C stops everything.
`, dnsHost, dnsPort, d.IndexerURL, c.String("dir"), cast, d.Deployment.Registry, d.Agents[0].InstanceID(), d.Anvil.URL, path)
	select {
	case <-ctx.Done():
		return nil
	case err := <-d.Err():
		return fmt.Errorf("devnet: %w", err)
	}
}
