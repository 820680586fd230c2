package main

import (
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net/netip"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/agent"
	"github.com/teereg/teereg/attest"
	"github.com/teereg/teereg/attest/tdxguest"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/devnet"
)

func agentCommand() *cli.Command {
	return &cli.Command{
		Name:  "agent",
		Usage: "run inside an instance: attest, register, provision, find peers, re-attest",
		Description: `Makes the instance's key (kept in --data-dir), gets a TDX quote binding it to
this chain, registry and operator (--tee tdx: the TDX module through
go-tdx-guest; --tee devtee: the dev TEE of a running devnet), registers it
through the operator's key, asks the registry for its configuration and TLS
certificate (written to --data-dir: config, cert.pem, ca.pem, tls-key.pem),
resolves its peers over DNS (peers.json), and re-attests when --renew-at of
its record's lifetime has passed.

Examples:
   # join a running devnet (make devnet) as a fourth instance
   teereg agent --deployment .devnet/deployment.json --tee devtee --devtee-state .devnet/devtee.json \
       --operator-key 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d \
       --label node-4 --ipv4 127.0.0.1 --port 9004 --data-dir /tmp/node-4
   # inside a TDX VM
   teereg agent --tee tdx --rpc-url https://rpc.example --registry 0x… --operator-key … \
       --registry-url https://registry.example --dns-server 10.0.0.53:53 --zone peers.example.com \
       --label db-1 --ipv4 10.0.0.11 --port 5432`,
		Flags: append(deploymentFlags(),
			&cli.StringFlag{Name: "tee", Value: "tdx", EnvVars: []string{"TEEREG_TEE"}, Usage: "quote source: tdx or devtee"},
			&cli.StringFlag{Name: "devtee-state", Value: ".devnet/devtee.json", EnvVars: []string{"TEEREG_DEVTEE_STATE"}, Usage: "with --tee devtee: the devnet's devtee.json"},
			&cli.StringFlag{Name: "operator-key", EnvVars: []string{"TEEREG_OPERATOR_KEY"}, Required: true, Usage: "hex private key of the operator that sends registerInstance"},
			&cli.StringFlag{Name: "registry-url", Value: "http://127.0.0.1:8390", EnvVars: []string{"TEEREG_REGISTRY_URL"}, Usage: "the provisioning service"},
			&cli.StringFlag{Name: "dns-server", Value: "127.0.0.1:5353", EnvVars: []string{"TEEREG_DNS_SERVER"}, Usage: "dnsd address (host:port) for peer discovery; empty: none"},
			&cli.StringFlag{Name: "zone", Value: "teereg.test.", EnvVars: []string{"TEEREG_ZONE"}, Usage: "the peers' DNS zone"},
			&cli.StringFlag{Name: "service", Value: "teereg", EnvVars: []string{"TEEREG_SERVICE"}, Usage: "SRV service name (_<service>._tcp.<zone>)"},
			&cli.StringFlag{Name: "label", EnvVars: []string{"TEEREG_LABEL"}, Required: true, Usage: "the instance's DNS label"},
			&cli.StringSliceFlag{Name: "ipv4", EnvVars: []string{"TEEREG_IPV4"}, Usage: "IPv4 endpoint (repeatable)"},
			&cli.StringSliceFlag{Name: "ipv6", EnvVars: []string{"TEEREG_IPV6"}, Usage: "IPv6 endpoint (repeatable)"},
			&cli.UintFlag{Name: "port", EnvVars: []string{"TEEREG_PORT"}, Required: true, Usage: "the service port peers connect to"},
			&cli.StringFlag{Name: "data-dir", Value: "/var/lib/teereg-agent", EnvVars: []string{"TEEREG_DATA_DIR"}, Usage: "keys and provisioned files"},
			&cli.Float64Flag{Name: "renew-at", Value: 0.5, EnvVars: []string{"TEEREG_RENEW_AT"}, Usage: "re-attest after this fraction of the record's lifetime"},
			&cli.BoolFlag{Name: "once", Usage: "register, provision and resolve peers once, then exit"},
		),
		Action: runAgent,
	}
}

func runAgent(c *cli.Context) error {
	ctx := c.Context
	f, err := resolveDeployment(c)
	if err != nil {
		return err
	}
	var quoter attest.Quoter
	switch c.String("tee") {
	case "tdx":
		q, err := tdxguest.New()
		if err != nil {
			return fmt.Errorf("agent: TDX quote provider: %w", err)
		}
		quoter = q
	case "devtee":
		st, err := devnet.ReadDevTEEState(c.String("devtee-state"))
		if err != nil {
			return fmt.Errorf("agent: %w", err)
		}
		_, p, err := st.Platform()
		if err != nil {
			return fmt.Errorf("agent: %w", err)
		}
		quoter = p
	default:
		return fmt.Errorf("--tee must be tdx or devtee")
	}
	op, err := parseKey(c.String("operator-key"))
	if err != nil {
		return fmt.Errorf("--operator-key: %w", err)
	}
	if c.Uint("port") == 0 || c.Uint("port") > 65535 {
		return fmt.Errorf("--port must be 1..65535")
	}
	ep := bindings.IRegistryEndpoints{Port: uint16(c.Uint("port"))}
	for _, s := range c.StringSlice("ipv4") {
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is4() {
			return fmt.Errorf("--ipv4 %q is not an IPv4 address", s)
		}
		ep.Ipv4 = append(ep.Ipv4, a.As4())
	}
	for _, s := range c.StringSlice("ipv6") {
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is6() || a.Is4In6() {
			return fmt.Errorf("--ipv6 %q is not an IPv6 address", s)
		}
		ep.Ipv6 = append(ep.Ipv6, a.As16())
	}
	if len(ep.Ipv4)+len(ep.Ipv6) == 0 {
		return fmt.Errorf("give at least one --ipv4 or --ipv6 endpoint")
	}
	client, err := ethclient.DialContext(ctx, f.RPC)
	if err != nil {
		return fmt.Errorf("agent: connect to %s: %w", redactURL(f.RPC), err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("agent: chain id: %w", err)
	}
	if f.ChainID != 0 && (!chainID.IsUint64() || chainID.Uint64() != f.ChainID) {
		return fmt.Errorf("agent: the node is on chain %s, not %d", chainID, f.ChainID)
	}
	a, err := agent.New(agent.Config{
		DataDir: c.String("data-dir"), Quoter: quoter, Label: c.String("label"), Endpoints: ep,
		Chain: client, ChainID: new(big.Int).Set(chainID), Registry: f.Registry, Operator: op,
		RegistryURL: c.String("registry-url"), DNSServer: c.String("dns-server"), Zone: c.String("zone"), Service: c.String("service"),
		RenewAt: c.Float64("renew-at"),
	}, slog.Default().With("instance", c.String("label")))
	if err != nil {
		return err
	}
	if !c.Bool("once") {
		return a.Run(ctx)
	}
	if _, err := a.Register(ctx); err != nil {
		return err
	}
	p, err := a.Provision(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "instance %s registered and provisioned as %s (config %d bytes, certificate until %s)\n",
		a.InstanceID(), p.DNSName, len(p.Config), p.Leaf.NotAfter.UTC().Format("2006-01-02 15:04 UTC"))
	if c.String("dns-server") != "" {
		peers, err := a.Peers(ctx)
		if err != nil {
			return err
		}
		for _, pe := range peers {
			fmt.Fprintf(c.App.Writer, "peer %s:%d %v\n", pe.Name, pe.Port, pe.Addrs)
		}
	}
	return nil
}

func parseKey(s string) (*ecdsa.PrivateKey, error) {
	return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
}
