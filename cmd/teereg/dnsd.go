package main

import (
	"fmt"
	"log/slog"
	"net/netip"
	"os"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/dnsd"
)

func dnsdCommand() *cli.Command {
	return &cli.Command{
		Name:      "dnsd",
		Usage:     "serve authoritative DNS for peer discovery from the indexer's PostgreSQL",
		UsageText: "teereg dnsd --database-url URL --zone ZONE --ns NAME[=IP] [flags]",
		Description: `Answers, over UDP and TCP, for the application's zone from the state the
indexer mirrored: only active instances (status Active, not expired at the
last indexed block, workload allowlisted, operator holding the operator
role) are ever served. The zone is an in-memory snapshot rebuilt on every
NOTIFY teereg_state from the indexer (plus a safety poll); the SOA serial
is the last indexed block. If the database goes away the last snapshot keeps
being served; before the first indexed block every query gets SERVFAIL.

Names (ZONE = --zone):
   <label>.ZONE               A, AAAA of the instance's endpoints; TXT
                              "workload=0x<workloadId>" and
                              "key=sha256:<sha256 of the attested key>"
   instances.ZONE             A, AAAA of every active instance; PTR to each
                              <label>.ZONE
   _<service>._tcp.ZONE       SRV 0 0 <port> <label>.ZONE per instance
   _<port>._tcp.<label>.ZONE  TLSA 2 1 1 <sha256 of the app CA's public key>
   ZONE                       SOA, NS (from --ns)

Zone transfers (AXFR over TCP) are allowed to --axfr-allow; every new serial
is NOTIFYed to --notify. Metrics are on --metrics-listen at /metrics.

Examples:
   teereg dnsd --database-url postgres://indexer@db/teereg \
       --zone peers.example.com --ns ns1.peers.example.com=192.0.2.53 \
       --listen 0.0.0.0:53 --metrics-listen 127.0.0.1:9153
   TEEREG_DATABASE_URL=postgres://... teereg dnsd --zone peers.example.com \
       --ns ns1.example.net --axfr-allow 192.0.2.0/24 --notify 192.0.2.10:53 \
       --rrl-rate 20
   teereg dnsd --database-url postgres://... --zone peers.example.com \
       --ns ns1.example.net --dump-zone peers.zone   # write the zone file, exit
   dig @127.0.0.1 -p 5353 alpha.peers.example.com A`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "database-url", Required: true, EnvVars: []string{"TEEREG_DATABASE_URL", "DATABASE_URL"}, Usage: "the indexer's PostgreSQL `URL`"},
			&cli.StringFlag{Name: "listen", Value: dnsd.DefaultListen, EnvVars: []string{"TEEREG_DNSD_LISTEN"}, Usage: "UDP and TCP `ADDRESS` to serve DNS on"},
			&cli.StringFlag{Name: "zone", Required: true, EnvVars: []string{"TEEREG_DNSD_ZONE"}, Usage: "the zone `NAME` (apex)"},
			&cli.StringSliceFlag{Name: "ns", Required: true, EnvVars: []string{"TEEREG_DNSD_NS"}, Usage: "a name server of the zone, `NAME` or NAME=IP (an IP is required for a name inside the zone; repeat the flag for more addresses); the first is the SOA MNAME"},
			&cli.StringFlag{Name: "soa-mbox", EnvVars: []string{"TEEREG_DNSD_SOA_MBOX"}, Usage: "SOA responsible `MAILBOX`, user@domain or a domain name (default hostmaster.<zone>)"},
			&cli.DurationFlag{Name: "ttl", Value: dnsd.DefaultTTL, EnvVars: []string{"TEEREG_DNSD_TTL"}, Usage: "TTL of every record"},
			&cli.DurationFlag{Name: "negative-ttl", Value: dnsd.DefaultNegativeTTL, EnvVars: []string{"TEEREG_DNSD_NEGATIVE_TTL"}, Usage: "TTL of negative answers (SOA minimum)"},
			&cli.StringSliceFlag{Name: "service", Value: cli.NewStringSlice(dnsd.DefaultService), EnvVars: []string{"TEEREG_DNSD_SERVICE"}, Usage: "SRV service `NAME`s: _<name>._tcp.<zone>"},
			&cli.StringSliceFlag{Name: "axfr-allow", EnvVars: []string{"TEEREG_DNSD_AXFR_ALLOW"}, Usage: "`CIDR`s allowed to transfer the zone (AXFR over TCP)"},
			&cli.StringSliceFlag{Name: "notify", EnvVars: []string{"TEEREG_DNSD_NOTIFY"}, Usage: "secondaries (`HOST:PORT`) to NOTIFY of every new serial"},
			&cli.Float64Flag{Name: "rrl-rate", EnvVars: []string{"TEEREG_DNSD_RRL_RATE"}, Usage: "UDP responses per second per client /24 (IPv4) or /56 (IPv6); 0 disables rate limiting"},
			&cli.IntFlag{Name: "rrl-slip", Value: dnsd.DefaultRRLSlip, EnvVars: []string{"TEEREG_DNSD_RRL_SLIP"}, Usage: "send every Nth rate-limited response truncated instead of dropping it (-1: drop all)"},
			&cli.IntFlag{Name: "tcp-max-conns", Value: dnsd.DefaultTCPMaxConns, EnvVars: []string{"TEEREG_DNSD_TCP_MAX_CONNS"}, Usage: "concurrent TCP connections; more are closed at once"},
			&cli.DurationFlag{Name: "tcp-idle-timeout", Value: dnsd.DefaultTCPIdleTimeout, EnvVars: []string{"TEEREG_DNSD_TCP_IDLE_TIMEOUT"}, Usage: "close a TCP connection idle this long"},
			&cli.IntFlag{Name: "udp-size", Value: dnsd.DefaultUDPSize, EnvVars: []string{"TEEREG_DNSD_UDP_SIZE"}, Usage: "largest UDP response, advertised in EDNS"},
			&cli.DurationFlag{Name: "poll-interval", Value: dnsd.DefaultPollInterval, EnvVars: []string{"TEEREG_DNSD_POLL_INTERVAL"}, Usage: "reload the snapshot this often even without a notification"},
			&cli.StringFlag{Name: "metrics-listen", EnvVars: []string{"TEEREG_DNSD_METRICS_LISTEN"}, Usage: "HTTP `ADDRESS` for Prometheus /metrics (empty: off)"},
			&cli.StringFlag{Name: "dump-zone", EnvVars: []string{"TEEREG_DNSD_DUMP_ZONE"}, Usage: "write the current zone as a master `FILE` (- for stdout) and exit instead of serving"},
		},
		Action: runDnsd,
	}
}

// dnsdConfig turns the flags into a dnsd.Config.
func dnsdConfig(c *cli.Context) (dnsd.Config, error) {
	cfg := dnsd.Config{
		DatabaseURL:    c.String("database-url"),
		Listen:         c.String("listen"),
		MetricsListen:  c.String("metrics-listen"),
		Zone:           c.String("zone"),
		SOAMbox:        c.String("soa-mbox"),
		TTL:            c.Duration("ttl"),
		NegativeTTL:    c.Duration("negative-ttl"),
		Services:       c.StringSlice("service"),
		Notify:         c.StringSlice("notify"),
		RRLRate:        c.Float64("rrl-rate"),
		RRLSlip:        c.Int("rrl-slip"),
		TCPMaxConns:    c.Int("tcp-max-conns"),
		TCPIdleTimeout: c.Duration("tcp-idle-timeout"),
		UDPSize:        c.Int("udp-size"),
		PollInterval:   c.Duration("poll-interval"),
	}
	var nss []dnsd.NameServer
	for _, s := range c.StringSlice("ns") {
		ns, err := dnsd.ParseNameServer(s)
		if err != nil {
			return cfg, fmt.Errorf("--ns: %w", err)
		}
		nss = append(nss, ns)
	}
	cfg.NameServers = dnsd.MergeNameServers(nss)
	for _, s := range c.StringSlice("axfr-allow") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return cfg, fmt.Errorf("--axfr-allow %q: not a CIDR or an address: %w", s, err)
			}
			p = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		cfg.AXFRAllow = append(cfg.AXFRAllow, p.Masked())
	}
	return cfg, nil
}

func runDnsd(c *cli.Context) error {
	cfg, err := dnsdConfig(c)
	if err != nil {
		return fmt.Errorf("dnsd: %w", err)
	}
	log := slog.Default()
	if path := c.String("dump-zone"); path != "" {
		snap, err := dnsd.LoadSnapshot(c.Context, cfg, log)
		if err != nil {
			return fmt.Errorf("dnsd: dump zone: %w", err)
		}
		out := c.App.Writer
		if path != "-" {
			f, err := os.Create(path)
			if err != nil {
				return fmt.Errorf("dnsd: dump zone: %w", err)
			}
			defer f.Close()
			out = f
		}
		if err := snap.WriteZone(out); err != nil {
			return fmt.Errorf("dnsd: dump zone: %w", err)
		}
		log.Info("dnsd: zone written", "file", path, "serial", snap.Serial, "instances", snap.Instances)
		return nil
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	srv, err := dnsd.New(cfg, log, reg)
	if err != nil {
		return err
	}
	return srv.Run(c.Context)
}
