package agent

import (
	"context"
	"encoding/json"
	"fmt"
	"net/netip"
	"path/filepath"
	"sort"
	"strings"

	"github.com/miekg/dns"
)

// Peer is an instance found through DNS.
type Peer struct {
	Name  string       `json:"name"`
	Port  uint16       `json:"port"`
	Addrs []netip.Addr `json:"addrs"`
}

// Peers resolves _<service>._tcp.<zone> SRV and the targets' A/AAAA records
// at the configured server (over UDP, falling back to TCP when truncated),
// and writes them to DataDir/peers.json.
func (a *Agent) Peers(ctx context.Context) ([]Peer, error) {
	peers, err := LookupPeers(ctx, a.cfg.DNSServer, a.cfg.Zone, a.cfg.Service)
	if err != nil {
		return nil, err
	}
	blob, _ := json.MarshalIndent(peers, "", "  ")
	if err := writeFileAtomic(filepath.Join(a.cfg.DataDir, "peers.json"), blob, 0o644); err != nil {
		return nil, fmt.Errorf("agent: write peers.json: %w", err)
	}
	return peers, nil
}

// LookupPeers resolves the service's instances at server.
func LookupPeers(ctx context.Context, server, zone, service string) ([]Peer, error) {
	srvName := dns.Fqdn("_" + service + "._tcp." + strings.TrimSuffix(zone, "."))
	srv, err := query(ctx, server, srvName, dns.TypeSRV)
	if err != nil {
		return nil, err
	}
	var peers []Peer
	for _, rr := range srv.Answer {
		s, ok := rr.(*dns.SRV)
		if !ok {
			continue
		}
		p := Peer{Name: strings.TrimSuffix(s.Target, "."), Port: s.Port}
		for _, t := range []uint16{dns.TypeA, dns.TypeAAAA} {
			m, err := query(ctx, server, s.Target, t)
			if err != nil {
				return nil, err
			}
			for _, rr := range m.Answer {
				switch r := rr.(type) {
				case *dns.A:
					if a, ok := netip.AddrFromSlice(r.A.To4()); ok {
						p.Addrs = append(p.Addrs, a)
					}
				case *dns.AAAA:
					if a, ok := netip.AddrFromSlice(r.AAAA); ok {
						p.Addrs = append(p.Addrs, a)
					}
				}
			}
		}
		peers = append(peers, p)
	}
	sort.Slice(peers, func(i, j int) bool { return peers[i].Name < peers[j].Name })
	return peers, nil
}

func query(ctx context.Context, server, name string, qtype uint16) (*dns.Msg, error) {
	m := new(dns.Msg)
	m.SetQuestion(name, qtype)
	m.SetEdns0(1232, false)
	c := &dns.Client{Net: "udp"}
	r, _, err := c.ExchangeContext(ctx, m, server)
	if err == nil && r.Truncated {
		c.Net = "tcp"
		r, _, err = c.ExchangeContext(ctx, m, server)
	}
	if err != nil {
		return nil, fmt.Errorf("DNS %s %s at %s: %w", dns.TypeToString[qtype], name, server, err)
	}
	if r.Rcode != dns.RcodeSuccess && r.Rcode != dns.RcodeNameError {
		return nil, fmt.Errorf("DNS %s %s at %s: %s", dns.TypeToString[qtype], name, server, dns.RcodeToString[r.Rcode])
	}
	return r, nil
}
