package dnsd

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"time"

	"github.com/miekg/dns"
)

// Defaults of the Config fields that have one.
const (
	DefaultListen         = "127.0.0.1:5353"
	DefaultTTL            = 30 * time.Second
	DefaultNegativeTTL    = 30 * time.Second
	DefaultService        = "teereg"
	DefaultUDPSize        = 1232
	DefaultTCPMaxConns    = 128
	DefaultTCPIdleTimeout = 10 * time.Second
	DefaultPollInterval   = 30 * time.Second
	DefaultRRLSlip        = 2
	// InstancesLabel is the label, under the zone apex, of the name that
	// lists every active instance (A, AAAA and PTR).
	InstancesLabel = "instances"
)

// SOA timers. NOTIFY tells the secondaries about every new serial, so
// refresh is only a fallback.
const (
	soaRefresh = 300
	soaRetry   = 60
	soaExpire  = 1209600 // two weeks
)

// NameServer is one NS record of the zone. A name server inside the zone needs
// its addresses, which dnsd serves as glue.
type NameServer struct {
	Name  string       // fully qualified
	Addrs []netip.Addr // required when Name is inside the zone
}

// Config configures a Server. Zero values mean the documented default where
// there is one.
type Config struct {
	// DatabaseURL is the indexer's PostgreSQL (pgx connection string).
	DatabaseURL string
	// Listen is the UDP and TCP address to serve DNS on.
	Listen string
	// MetricsListen is the HTTP address of /metrics; empty disables it.
	MetricsListen string

	// Zone is the zone apex, e.g. "peers.example.com.".
	Zone string
	// NameServers are the zone's NS records; the first is the SOA MNAME.
	NameServers []NameServer
	// SOAMbox is the SOA RNAME, as a mailbox ("hostmaster@example.com") or a
	// domain name ("hostmaster.example.com."). Default hostmaster.<zone>.
	SOAMbox string
	// TTL of every positive record; NegativeTTL is the SOA minimum and the
	// TTL of the SOA in negative answers (RFC 2308).
	TTL, NegativeTTL time.Duration
	// Services are the SRV service names: _<service>._tcp.<zone>.
	Services []string

	// AXFRAllow lists the client prefixes that may transfer the zone (TCP).
	AXFRAllow []netip.Prefix
	// Notify lists the secondaries (host:port) sent a NOTIFY on every new serial.
	Notify []string

	// RRLRate is the number of UDP responses per second each client prefix
	// (IPv4 /24, IPv6 /56) may receive; 0 disables rate limiting.
	RRLRate float64
	// RRLSlip: every RRLSlip-th limited response is sent truncated (TC) instead
	// of dropped, so a real client behind the prefix retries over TCP. 0 drops
	// every limited response. Default 2.
	RRLSlip int

	// TCPMaxConns bounds the concurrent TCP connections; TCPIdleTimeout closes
	// a connection that sends no complete query for that long.
	TCPMaxConns    int
	TCPIdleTimeout time.Duration
	// UDPSize is the largest UDP response dnsd sends and the payload size it
	// advertises in EDNS (default 1232, the DNS flag day 2020 value).
	UDPSize int
	// PollInterval is the period of the safety reload that runs even without
	// NOTIFY.
	PollInterval time.Duration
	// UDPWorkers is the number of goroutines reading the UDP socket (default
	// 2 × GOMAXPROCS).
	UDPWorkers int
}

// withDefaults returns c with defaults filled in and names canonicalized, or
// an error saying which field is wrong.
func (c Config) withDefaults() (Config, error) {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.TTL == 0 {
		c.TTL = DefaultTTL
	}
	if c.NegativeTTL == 0 {
		c.NegativeTTL = DefaultNegativeTTL
	}
	if c.UDPSize == 0 {
		c.UDPSize = DefaultUDPSize
	}
	if c.TCPMaxConns == 0 {
		c.TCPMaxConns = DefaultTCPMaxConns
	}
	if c.TCPIdleTimeout == 0 {
		c.TCPIdleTimeout = DefaultTCPIdleTimeout
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.Services == nil {
		c.Services = []string{DefaultService}
	}
	var errs []error
	if c.DatabaseURL == "" {
		errs = append(errs, errors.New("database URL is required"))
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		errs = append(errs, fmt.Errorf("listen address %q: %w", c.Listen, err))
	}
	zone, err := canonicalName(c.Zone)
	if err != nil || zone == "." {
		errs = append(errs, fmt.Errorf("zone %q: not a domain name below the root", c.Zone))
	}
	c.Zone = zone
	if len(c.NameServers) == 0 {
		errs = append(errs, errors.New("at least one name server (NS) is required"))
	}
	for i, ns := range c.NameServers {
		name, err := canonicalName(ns.Name)
		if err != nil {
			errs = append(errs, fmt.Errorf("name server %q: %w", ns.Name, err))
			continue
		}
		c.NameServers[i].Name = name
		if zone != "" && dns.IsSubDomain(zone, name) && len(ns.Addrs) == 0 {
			errs = append(errs, fmt.Errorf("name server %s is inside the zone and needs an address (NAME=IP) for glue", name))
		}
		if name == zone {
			errs = append(errs, fmt.Errorf("name server %s: the zone apex cannot be a name server name", name))
		}
	}
	mbox, err := soaMbox(c.SOAMbox, zone)
	if err != nil {
		errs = append(errs, err)
	}
	c.SOAMbox = mbox
	if c.TTL < time.Second || c.TTL > 7*24*time.Hour {
		errs = append(errs, fmt.Errorf("TTL %v: must be between 1s and 7 days", c.TTL))
	}
	if c.NegativeTTL < time.Second || c.NegativeTTL > 3*time.Hour {
		errs = append(errs, fmt.Errorf("negative TTL %v: must be between 1s and 3h (RFC 2308)", c.NegativeTTL))
	}
	seen := map[string]bool{}
	for i, s := range c.Services {
		s = strings.ToLower(strings.TrimPrefix(s, "_"))
		if !isLDH(s) {
			errs = append(errs, fmt.Errorf("service %q: must be a letters-digits-hyphens label (without the underscore)", c.Services[i]))
		}
		if seen[s] {
			errs = append(errs, fmt.Errorf("service %q given twice", s))
		}
		seen[s] = true
		c.Services[i] = s
	}
	for _, n := range c.Notify {
		if _, _, err := net.SplitHostPort(n); err != nil {
			errs = append(errs, fmt.Errorf("notify target %q: %w", n, err))
		}
	}
	if c.RRLRate < 0 {
		errs = append(errs, fmt.Errorf("RRL rate %v: must not be negative", c.RRLRate))
	}
	if c.RRLSlip == 0 {
		c.RRLSlip = DefaultRRLSlip
	}
	if c.RRLSlip < 0 {
		c.RRLSlip = 0 // explicit "never slip"
	}
	if c.TCPMaxConns < 1 {
		errs = append(errs, fmt.Errorf("TCP connection limit %d: must be at least 1", c.TCPMaxConns))
	}
	if c.TCPIdleTimeout < 0 {
		errs = append(errs, fmt.Errorf("TCP idle timeout %v: must be positive", c.TCPIdleTimeout))
	}
	if c.UDPSize < 512 || c.UDPSize > 65535 {
		errs = append(errs, fmt.Errorf("UDP size %d: must be between 512 and 65535", c.UDPSize))
	}
	if c.PollInterval < 0 {
		errs = append(errs, fmt.Errorf("poll interval %v: must be positive", c.PollInterval))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("dnsd config: %w", errors.Join(errs...))
	}
	return c, nil
}

// ParseNameServer parses a --ns value: NAME or NAME=IP.
func ParseNameServer(s string) (NameServer, error) {
	name, ip, hasIP := strings.Cut(s, "=")
	ns := NameServer{Name: name}
	if hasIP {
		a, err := netip.ParseAddr(ip)
		if err != nil {
			return ns, fmt.Errorf("name server %q: address: %w", s, err)
		}
		ns.Addrs = []netip.Addr{a.Unmap()}
	}
	if _, err := canonicalName(name); err != nil {
		return ns, fmt.Errorf("name server %q: %w", s, err)
	}
	return ns, nil
}

// MergeNameServers merges entries with the same name (one --ns per address),
// keeping the order of first appearance.
func MergeNameServers(in []NameServer) []NameServer {
	var out []NameServer
	idx := map[string]int{}
	for _, ns := range in {
		key := strings.ToLower(dns.Fqdn(ns.Name))
		if i, ok := idx[key]; ok {
			out[i].Addrs = append(out[i].Addrs, ns.Addrs...)
			continue
		}
		idx[key] = len(out)
		out = append(out, NameServer{Name: ns.Name, Addrs: append([]netip.Addr(nil), ns.Addrs...)})
	}
	return out
}

// canonicalName returns s lower-cased and fully qualified, or an error if it
// is not a valid domain name.
func canonicalName(s string) (string, error) {
	if s == "" {
		return "", errors.New("empty name")
	}
	if _, ok := dns.IsDomainName(s); !ok {
		return "", fmt.Errorf("%q is not a valid domain name", s)
	}
	return dns.CanonicalName(s), nil
}

// soaMbox turns a mailbox or domain name into the SOA RNAME.
func soaMbox(s, zone string) (string, error) {
	if s == "" {
		return "hostmaster." + zone, nil
	}
	if local, domain, ok := strings.Cut(s, "@"); ok {
		if local == "" || domain == "" {
			return "", fmt.Errorf("SOA mailbox %q: want user@domain", s)
		}
		s = strings.ReplaceAll(local, ".", `\.`) + "." + domain
	}
	name, err := canonicalName(s)
	if err != nil {
		return "", fmt.Errorf("SOA mailbox: %w", err)
	}
	return name, nil
}

// isLDH reports whether s is a 1–63 character letters-digits-hyphens label
// that neither starts nor ends with a hyphen (lower case only).
func isLDH(s string) bool {
	if len(s) == 0 || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
