package main

import (
	"bytes"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/dnsd"
)

// runDnsdFlags parses args with the dnsd command's flags and returns the
// config they make.
func runDnsdFlags(t *testing.T, args ...string) (dnsd.Config, error) {
	t.Helper()
	cmd := dnsdCommand()
	var cfg dnsd.Config
	var cfgErr error
	cmd.Action = func(c *cli.Context) error {
		cfg, cfgErr = dnsdConfig(c)
		return nil
	}
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{cmd}, Writer: &bytes.Buffer{}, ErrWriter: &bytes.Buffer{}}
	if err := app.Run(append([]string{"teereg", "dnsd"}, args...)); err != nil {
		return cfg, err
	}
	return cfg, cfgErr
}

func TestDnsdFlags(t *testing.T) {
	cfg, err := runDnsdFlags(t, "--database-url", "postgres://x/y", "--zone", "Peers.Example.com",
		"--ns", "ns1.peers.example.com=192.0.2.53", "--ns", "ns1.peers.example.com=2001:db8::53", "--ns", "ns2.example.net",
		"--ttl", "2m", "--service", "app,db", "--axfr-allow", "10.0.0.0/8,192.0.2.7", "--notify", "192.0.2.10:53",
		"--rrl-rate", "12.5", "--tcp-max-conns", "7")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DatabaseURL != "postgres://x/y" || cfg.Zone != "Peers.Example.com" || cfg.TTL != 2*time.Minute || cfg.RRLRate != 12.5 || cfg.TCPMaxConns != 7 {
		t.Errorf("config %+v", cfg)
	}
	if cfg.Listen != dnsd.DefaultListen || cfg.NegativeTTL != dnsd.DefaultNegativeTTL || cfg.TCPIdleTimeout != dnsd.DefaultTCPIdleTimeout {
		t.Errorf("defaults not applied: %+v", cfg)
	}
	if len(cfg.NameServers) != 2 || cfg.NameServers[0].Name != "ns1.peers.example.com" ||
		!slices.Equal(cfg.NameServers[0].Addrs, []netip.Addr{netip.MustParseAddr("192.0.2.53"), netip.MustParseAddr("2001:db8::53")}) ||
		cfg.NameServers[1].Name != "ns2.example.net" || len(cfg.NameServers[1].Addrs) != 0 {
		t.Errorf("name servers %+v", cfg.NameServers)
	}
	if !slices.Equal(cfg.Services, []string{"app", "db"}) || !slices.Equal(cfg.Notify, []string{"192.0.2.10:53"}) {
		t.Errorf("services %v notify %v", cfg.Services, cfg.Notify)
	}
	if !slices.Equal(cfg.AXFRAllow, []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.7/32")}) {
		t.Errorf("axfr allow %v", cfg.AXFRAllow)
	}
}

func TestDnsdFlagsFromEnvironment(t *testing.T) {
	t.Setenv("TEEREG_DATABASE_URL", "postgres://env/db")
	t.Setenv("TEEREG_DNSD_ZONE", "peers.example")
	t.Setenv("TEEREG_DNSD_NS", "ns.example.net")
	t.Setenv("TEEREG_DNSD_LISTEN", "0.0.0.0:53")
	t.Setenv("TEEREG_DNSD_RRL_RATE", "3")
	cfg, err := runDnsdFlags(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DatabaseURL != "postgres://env/db" || cfg.Zone != "peers.example" || cfg.Listen != "0.0.0.0:53" || cfg.RRLRate != 3 || len(cfg.NameServers) != 1 {
		t.Errorf("config from the environment: %+v", cfg)
	}
}

func TestDnsdFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--zone", "peers.example", "--ns", "ns.example.net"},                                               // no database
		{"--database-url", "postgres://x", "--zone", "peers.example", "--ns", "bad..name"},                  // bad NS
		{"--database-url", "postgres://x", "--zone", "peers.example", "--ns", "ns.example.net=nope"},        // bad IP
		{"--database-url", "postgres://x", "--zone", "p.example", "--ns", "n.example", "--axfr-allow", "x"}, // bad CIDR
	} {
		if _, err := runDnsdFlags(t, args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	// A name server inside the zone without an address is refused by New.
	cfg, err := runDnsdFlags(t, "--database-url", "postgres://x", "--zone", "peers.example", "--ns", "ns1.peers.example", "--listen", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dnsd.New(cfg, nil, nil); err == nil || !strings.Contains(err.Error(), "glue") {
		t.Errorf("in-zone NS without address: %v", err)
	}
}

func TestDnsdHelp(t *testing.T) {
	var out bytes.Buffer
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{dnsdCommand()}, Writer: &out}
	if err := app.Run([]string{"teereg", "dnsd", "--help"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Examples:", "--dump-zone", "TEEREG_DNSD_ZONE", "_<port>._tcp.<label>.ZONE", "--rrl-rate"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
