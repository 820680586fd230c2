package dnsd

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/miekg/dns"
)

// population is the fixture most tests serve: two active instances and one
// of each way an instance stops being served.
type population struct {
	alpha, beta                               instance
	revoked, expired, disallowed, noRole, old instance
	tlsa                                      string
}

func populate(c *chain) population {
	var p population
	p.alpha = c.addInstance(instance{label: "alpha", v4: []string{"198.51.100.1", "198.51.100.2"}, v6: []string{"2001:db8::a"}, port: 8443})
	p.beta = c.addInstance(instance{label: "beta", v4: []string{"198.51.100.3"}, port: 9443})
	p.revoked = c.addInstance(instance{label: "gone", v4: []string{"203.0.113.1"}, status: 2})
	p.expired = c.addInstance(instance{label: "stale", v4: []string{"203.0.113.2"}, expiresIn: -1})
	p.disallowed = c.addInstance(instance{label: "rogue", v4: []string{"203.0.113.3"}, workload: bytesOf(0xee, 32)})
	otherOp := bytesOf(0x0b, 20)
	c.exec(`INSERT INTO roles (account, roles, block_number) VALUES ($1, 2, 1)`, otherOp) // metadata writer only
	p.noRole = c.addInstance(instance{label: "norole", v4: []string{"203.0.113.4"}, operator: otherOp})
	// An old, revoked holder of beta's label: only the active one is served.
	p.old = c.addInstance(instance{label: "beta", v4: []string{"203.0.113.5"}, status: 2, pubkey: []byte("old beta key"), registered: -100})
	p.tlsa = c.publishPKI(1)
	return p
}

func TestServesActiveInstances(t *testing.T) {
	c := newChain(t)
	p := populate(c)
	block := c.commit()
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, block)

	for _, network := range []string{"udp", "tcp"} {
		t.Run(network, func(t *testing.T) {
			r := ask(t, s, network, "alpha."+testZone, dns.TypeA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{
				"alpha.peers.example.\t45\tIN\tA\t198.51.100.1",
				"alpha.peers.example.\t45\tIN\tA\t198.51.100.2",
			})
			r = ask(t, s, network, "alpha."+testZone, dns.TypeAAAA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{"alpha.peers.example.\t45\tIN\tAAAA\t2001:db8::a"})

			r = ask(t, s, network, "alpha."+testZone, dns.TypeTXT)
			wantAnswer(t, r, dns.RcodeSuccess, []string{
				`alpha.peers.example.` + "\t45\tIN\tTXT\t" + `"key=sha256:` + hex.EncodeToString(p.alpha.id()) + `"`,
				`alpha.peers.example.` + "\t45\tIN\tTXT\t" + `"workload=0x` + strings.Repeat("1c", 32) + `"`,
			})

			r = ask(t, s, network, "_app._tcp."+testZone, dns.TypeSRV)
			wantAnswer(t, r, dns.RcodeSuccess, []string{
				"_app._tcp.peers.example.\t45\tIN\tSRV\t0 0 8443 alpha.peers.example.",
				"_app._tcp.peers.example.\t45\tIN\tSRV\t0 0 9443 beta.peers.example.",
			})
			// The targets' addresses ride along in the additional section.
			var extra []string
			for _, rr := range r.Extra {
				if rr.Header().Rrtype != dns.TypeOPT {
					extra = append(extra, rr.String())
				}
			}
			slices.Sort(extra)
			wantStrings(t, "SRV additional", extra, []string{
				"alpha.peers.example.\t45\tIN\tA\t198.51.100.1",
				"alpha.peers.example.\t45\tIN\tA\t198.51.100.2",
				"alpha.peers.example.\t45\tIN\tAAAA\t2001:db8::a",
				"beta.peers.example.\t45\tIN\tA\t198.51.100.3",
			})

			r = ask(t, s, network, "_8443._tcp.alpha."+testZone, dns.TypeTLSA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{"_8443._tcp.alpha.peers.example.\t45\tIN\tTLSA\t2 1 1 " + p.tlsa})
			r = ask(t, s, network, "_9443._tcp.beta."+testZone, dns.TypeTLSA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{"_9443._tcp.beta.peers.example.\t45\tIN\tTLSA\t2 1 1 " + p.tlsa})

			r = ask(t, s, network, "instances."+testZone, dns.TypeA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{
				"instances.peers.example.\t45\tIN\tA\t198.51.100.1",
				"instances.peers.example.\t45\tIN\tA\t198.51.100.2",
				"instances.peers.example.\t45\tIN\tA\t198.51.100.3",
			})
			r = ask(t, s, network, "instances."+testZone, dns.TypePTR)
			wantAnswer(t, r, dns.RcodeSuccess, []string{
				"instances.peers.example.\t45\tIN\tPTR\talpha.peers.example.",
				"instances.peers.example.\t45\tIN\tPTR\tbeta.peers.example.",
			})
			// The active holder of "beta", not the revoked one.
			r = ask(t, s, network, "beta."+testZone, dns.TypeA)
			wantAnswer(t, r, dns.RcodeSuccess, []string{"beta.peers.example.\t45\tIN\tA\t198.51.100.3"})

			for _, gone := range []instance{p.revoked, p.expired, p.disallowed, p.noRole} {
				r := ask(t, s, network, gone.label+"."+testZone, dns.TypeA)
				wantNegative(t, r, dns.RcodeNameError)
				r = ask(t, s, network, "_8443._tcp."+gone.label+"."+testZone, dns.TypeTLSA)
				wantNegative(t, r, dns.RcodeNameError)
			}
		})
	}
}

func TestApexAndNameServers(t *testing.T) {
	c := newChain(t)
	populate(c)
	block := c.commit()
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, block)

	r := ask(t, s, "udp", testZone, dns.TypeSOA)
	wantAnswer(t, r, dns.RcodeSuccess, []string{
		fmt.Sprintf("peers.example.\t45\tIN\tSOA\tns1.peers.example. hostmaster.example.org. %d 300 60 1209600 15", block),
	})
	r = ask(t, s, "udp", testZone, dns.TypeNS)
	wantAnswer(t, r, dns.RcodeSuccess, []string{
		"peers.example.\t45\tIN\tNS\tns1.peers.example.",
		"peers.example.\t45\tIN\tNS\tns2.other.example.",
	})
	if len(r.Extra) != 1 || r.Extra[0].String() != "ns1.peers.example.\t45\tIN\tA\t192.0.2.53" {
		t.Errorf("NS additional = %v, want the glue of ns1 only", r.Extra)
	}
	r = ask(t, s, "udp", "ns1."+testZone, dns.TypeA)
	wantAnswer(t, r, dns.RcodeSuccess, []string{"ns1.peers.example.\t45\tIN\tA\t192.0.2.53"})
}

func TestNegativeAnswers(t *testing.T) {
	c := newChain(t)
	populate(c)
	block := c.commit()
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, block)

	// Names that exist without the type: NODATA. Names that do not: NXDOMAIN.
	for _, tc := range []struct {
		name  string
		qtype uint16
		rcode int
	}{
		{"alpha." + testZone, dns.TypeMX, dns.RcodeSuccess},
		{"beta." + testZone, dns.TypeAAAA, dns.RcodeSuccess}, // no IPv6 endpoint
		{testZone, dns.TypeA, dns.RcodeSuccess},
		{"_tcp." + testZone, dns.TypeA, dns.RcodeSuccess},                 // empty non-terminal
		{"_tcp.alpha." + testZone, dns.TypeTLSA, dns.RcodeSuccess},        // empty non-terminal
		{"_app._tcp." + testZone, dns.TypeTLSA, dns.RcodeSuccess},         // service name
		{"_443._tcp.alpha." + testZone, dns.TypeTLSA, dns.RcodeNameError}, // wrong port
		{"nobody." + testZone, dns.TypeA, dns.RcodeNameError},
		{"deep.alpha." + testZone, dns.TypeA, dns.RcodeNameError},
		{"_other._tcp." + testZone, dns.TypeSRV, dns.RcodeNameError},
	} {
		r := ask(t, s, "udp", tc.name, tc.qtype)
		t.Run(tc.name+"/"+dns.TypeToString[tc.qtype], func(t *testing.T) { wantNegative(t, r, tc.rcode) })
	}

	// Outside the zone: REFUSED, not authoritative, nothing else.
	for _, name := range []string{"example.", "other.example.", "xpeers.example.", "."} {
		r := ask(t, s, "udp", name, dns.TypeA)
		if r.Rcode != dns.RcodeRefused || r.Authoritative || len(r.Answer)+len(r.Ns) != 0 {
			t.Errorf("%s: rcode %s aa %v answer %v ns %v, want REFUSED without records", name, dns.RcodeToString[r.Rcode], r.Authoritative, r.Answer, r.Ns)
		}
	}
}

func TestCaseInsensitive(t *testing.T) {
	c := newChain(t)
	populate(c)
	block := c.commit()
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, block)

	for _, name := range []string{"ALPHA.PEERS.EXAMPLE.", "aLpHa.PeErS.eXaMpLe."} {
		r := ask(t, s, "udp", name, dns.TypeA)
		if r.Question[0].Name != name {
			t.Errorf("question echoed as %q, want the client's %q", r.Question[0].Name, name)
		}
		if r.Rcode != dns.RcodeSuccess || len(r.Answer) != 2 || !r.Authoritative {
			t.Fatalf("%s: rcode %s answers %d aa %v", name, dns.RcodeToString[r.Rcode], len(r.Answer), r.Authoritative)
		}
		for _, rr := range r.Answer {
			if !strings.EqualFold(rr.Header().Name, "alpha.peers.example.") {
				t.Errorf("answer owner %q", rr.Header().Name)
			}
		}
	}
	r := ask(t, s, "udp", "NoBody.Peers.Example.", dns.TypeA)
	wantNegative(t, r, dns.RcodeNameError)
}

// TestFollowsTheChain checks that every way an instance stops being active
// removes it from every answer at the next indexed block, and that a new
// registration appears at once.
func TestFollowsTheChain(t *testing.T) {
	c := newChain(t)
	p := populate(c)
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())

	present := func(label string) bool {
		r := ask(t, s, "udp", label+"."+testZone, dns.TypeA)
		srv := ask(t, s, "udp", "_app._tcp."+testZone, dns.TypeSRV)
		inSRV := false
		for _, rr := range srv.Answer {
			if rr.(*dns.SRV).Target == label+"."+testZone {
				inSRV = true
			}
		}
		ptr := ask(t, s, "tcp", "instances."+testZone, dns.TypePTR)
		inPTR := false
		for _, rr := range ptr.Answer {
			if rr.(*dns.PTR).Ptr == label+"."+testZone {
				inPTR = true
			}
		}
		byName := r.Rcode == dns.RcodeSuccess && len(r.Answer) > 0
		if byName != inSRV || byName != inPTR {
			t.Fatalf("%s: inconsistent answers: A %v, SRV %v, PTR %v", label, byName, inSRV, inPTR)
		}
		return byName
	}
	if !present("alpha") || !present("beta") {
		t.Fatal("alpha and beta should be served")
	}

	// Revocation.
	c.setStatus(p.alpha, 2)
	waitSerial(t, s, c.commit())
	if present("alpha") {
		t.Error("revoked alpha still served")
	}
	// Workload removed from the allowlist.
	gamma := c.addInstance(instance{label: "gamma", v4: []string{"198.51.100.7"}, workload: bytesOf(0x77, 32)})
	c.exec(`INSERT INTO workloads (workload_id, config_hash, block_number) VALUES ($1, $2, $3)`, gamma.workload, bytesOf(1, 32), c.block+1)
	waitSerial(t, s, c.commit())
	if !present("gamma") {
		t.Fatal("new instance gamma not served")
	}
	c.exec(`DELETE FROM workloads WHERE workload_id = $1`, gamma.workload)
	waitSerial(t, s, c.commit())
	if present("gamma") {
		t.Error("gamma served after its workload was removed")
	}
	// Operator role revoked.
	c.exec(`UPDATE roles SET roles = 2 WHERE account = $1`, c.operator)
	waitSerial(t, s, c.commit())
	if present("beta") {
		t.Error("beta served after its operator lost the role")
	}
	c.exec(`UPDATE roles SET roles = 3 WHERE account = $1`, c.operator)
	waitSerial(t, s, c.commit())
	if !present("beta") {
		t.Fatal("beta not served after its operator got the role back")
	}
	// Expiry by block time: beta expires 3600 s after registration; blocks
	// are 12 s apart. Jump the chain past it.
	c.time += 3600
	waitSerial(t, s, c.commit())
	if present("beta") {
		t.Error("beta served after expires_at passed the block time")
	}
}

func TestServfailUntilIndexed(t *testing.T) {
	c := newChain(t)
	s, reg := startServer(t, testConfig(c.url))
	// No cursor row: nothing to serve yet.
	deadline := time.Now().Add(5 * time.Second)
	for {
		if metricValue(t, reg, "dnsd_snapshot_reloads_total", `result="not_indexed"`) >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no reload attempt within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	r := ask(t, s, "udp", "alpha."+testZone, dns.TypeA)
	if r.Rcode != dns.RcodeServerFailure || len(r.Answer) != 0 {
		t.Fatalf("before the first block: %s with %d answers, want SERVFAIL", dns.RcodeToString[r.Rcode], len(r.Answer))
	}
	c.addInstance(instance{label: "alpha", v4: []string{"198.51.100.1"}})
	waitSerial(t, s, c.commit())
	r = ask(t, s, "udp", "alpha."+testZone, dns.TypeA)
	wantAnswer(t, r, dns.RcodeSuccess, []string{"alpha.peers.example.\t45\tIN\tA\t198.51.100.1"})
}

// TestDatabaseOutage cuts the database off: the last snapshot keeps being
// served and the metrics say it is stale; when the database is back the
// server catches up by itself.
func TestDatabaseOutage(t *testing.T) {
	c := newChain(t)
	populate(c)
	cfg := testConfig(c.url)
	cfg.PollInterval = 200 * time.Millisecond
	s, reg := startServer(t, cfg)
	waitSerial(t, s, c.commit())

	var dbName string
	if err := c.pool.QueryRow(t.Context(), "SELECT current_database()").Scan(&dbName); err != nil {
		t.Fatal(err)
	}
	// The cut is made from the maintenance database: a database cannot
	// lock itself out.
	admin, err := pgx.Connect(t.Context(), otherDatabase(t, c.url, "postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(context.Background())
	ident := pgx.Identifier{dbName}.Sanitize()
	if _, err := admin.Exec(t.Context(), `ALTER DATABASE `+ident+` ALLOW_CONNECTIONS false`); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(t.Context(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, dbName); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for metricValue(t, reg, "dnsd_snapshot_stale", "") != 1 || metricValue(t, reg, "dnsd_database_up", "") != 0 {
		if time.Now().After(deadline) {
			t.Fatal("metrics do not report the outage within 10s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, network := range []string{"udp", "tcp"} {
		r := ask(t, s, network, "alpha."+testZone, dns.TypeA)
		if r.Rcode != dns.RcodeSuccess || len(r.Answer) != 2 {
			t.Fatalf("%s during the outage: %s with %d answers, want the last snapshot's 2", network, dns.RcodeToString[r.Rcode], len(r.Answer))
		}
	}
	time.Sleep(300 * time.Millisecond) // a failed poll or two
	if age := metricValue(t, reg, "dnsd_snapshot_age_seconds", ""); age < 0.3 {
		t.Errorf("snapshot age %v during the outage, want it to grow", age)
	}

	// Back: a change made while dnsd was cut off is picked up.
	if _, err := admin.Exec(t.Context(), `ALTER DATABASE `+ident+` ALLOW_CONNECTIONS true`); err != nil {
		t.Fatal(err)
	}
	c.pool.Reset() // the test's own connections were cut off too
	c.addInstance(instance{label: "delta", v4: []string{"198.51.100.9"}})
	block := c.commit()
	waitSerial(t, s, block)
	r := ask(t, s, "udp", "delta."+testZone, dns.TypeA)
	wantAnswer(t, r, dns.RcodeSuccess, []string{"delta.peers.example.\t45\tIN\tA\t198.51.100.9"})
	if v := metricValue(t, reg, "dnsd_snapshot_stale", ""); v != 0 {
		t.Errorf("dnsd_snapshot_stale = %v after recovery", v)
	}
}

func TestTruncationAndTCPFallback(t *testing.T) {
	c := newChain(t)
	for i := range 60 {
		c.addInstance(instance{label: fmt.Sprintf("node-%03d", i), v4: []string{fmt.Sprintf("198.51.100.%d", i+1)}, port: 10000 + i})
	}
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())

	// 60 SRV records are about 2.6 KB: too large for 512 or 1232 bytes.
	for _, opts := range [][]func(*dns.Msg){nil, {withEDNS(1232, false)}, {withEDNS(4096, false)}} {
		r := ask(t, s, "udp", "_app._tcp."+testZone, dns.TypeSRV, opts...)
		if !r.Truncated || len(r.Answer) != 0 || r.Rcode != dns.RcodeSuccess {
			t.Errorf("UDP (edns %v): TC %v, %d answers, %s: want TC with no answer", r.IsEdns0() != nil, r.Truncated, len(r.Answer), dns.RcodeToString[r.Rcode])
		}
		if (opts != nil) != (r.IsEdns0() != nil) {
			t.Errorf("OPT in response: %v, in query: %v", r.IsEdns0() != nil, opts != nil)
		}
	}
	r := ask(t, s, "tcp", "_app._tcp."+testZone, dns.TypeSRV)
	if r.Truncated || len(r.Answer) != 60 {
		t.Fatalf("TCP: TC %v with %d answers, want all 60", r.Truncated, len(r.Answer))
	}
	// The 60 addresses of instances.<zone> fit 1232 bytes but not 512.
	r = ask(t, s, "udp", "instances."+testZone, dns.TypeA)
	if !r.Truncated {
		t.Errorf("60 A records without EDNS: not truncated")
	}
	r = ask(t, s, "udp", "instances."+testZone, dns.TypeA, withEDNS(1232, false))
	if r.Truncated || len(r.Answer) != 60 {
		t.Errorf("60 A records with EDNS 1232: TC %v, %d answers", r.Truncated, len(r.Answer))
	}
	// A client offering more than 1232 still gets at most 1232 over UDP.
	if opt := r.IsEdns0(); opt == nil || opt.UDPSize() != 1232 {
		t.Errorf("advertised UDP size %v, want 1232", opt)
	}
}

func TestZoneTransferAndNotify(t *testing.T) {
	c := newChain(t)
	populate(c)
	// A secondary that records the NOTIFYs it gets.
	sec, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer sec.Close()
	notified := make(chan uint32, 16)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, from, err := sec.ReadFrom(buf)
			if err != nil {
				return
			}
			m := new(dns.Msg)
			if m.Unpack(buf[:n]) != nil || m.Opcode != dns.OpcodeNotify || len(m.Answer) != 1 {
				continue
			}
			resp := new(dns.Msg)
			resp.SetReply(m)
			out, _ := resp.Pack()
			sec.WriteTo(out, from)
			notified <- m.Answer[0].(*dns.SOA).Serial
		}
	}()
	cfg := testConfig(c.url)
	cfg.Notify = []string{sec.LocalAddr().String()}
	s, reg := startServer(t, cfg)
	block := c.commit()
	waitSerial(t, s, block)
	wantNotify(t, notified, block)

	tr := new(dns.Transfer)
	m := new(dns.Msg)
	m.SetAxfr("PEERS.example.")
	env, err := tr.In(m, s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	var got []dns.RR
	for e := range env {
		if e.Error != nil {
			t.Fatal(e.Error)
		}
		got = append(got, e.RR...)
	}
	if len(got) < 3 || got[0].Header().Rrtype != dns.TypeSOA || got[len(got)-1].Header().Rrtype != dns.TypeSOA {
		t.Fatalf("AXFR: %d records, want SOA ... SOA", len(got))
	}
	// Every answer the server gives is in the transfer, and nothing else.
	want := []string{
		"alpha.peers.example.\t45\tIN\tA\t198.51.100.1",
		"beta.peers.example.\t45\tIN\tA\t198.51.100.3",
		"_app._tcp.peers.example.\t45\tIN\tSRV\t0 0 9443 beta.peers.example.",
		"ns1.peers.example.\t45\tIN\tA\t192.0.2.53",
		"instances.peers.example.\t45\tIN\tPTR\talpha.peers.example.",
	}
	texts := rrStrings(got)
	for _, w := range want {
		if !slices.Contains(texts, w) {
			t.Errorf("AXFR lacks %q", w)
		}
	}
	for _, x := range texts {
		if strings.Contains(x, "203.0.113.") {
			t.Errorf("AXFR has a record of an inactive instance: %q", x)
		}
	}
	if len(got)-1 != len(s.Snapshot().Records()) {
		t.Errorf("AXFR has %d records, snapshot %d (+ closing SOA)", len(got), len(s.Snapshot().Records()))
	}
	// The server counts the transfer after writing its last message, which
	// the client may read first.
	for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		v := metricValue(t, reg, "dnsd_transfers_total", `result="ok"`)
		if v == 1 {
			break
		}
		if v > 1 || time.Now().After(deadline) {
			t.Errorf("dnsd_transfers_total{ok} = %v, want 1", v)
			break
		}
	}

	// IXFR from the current serial: just the SOA. Over UDP: the SOA.
	ix := new(dns.Msg)
	ix.SetIxfr(testZone, uint32(block), "ns1.peers.example.", "hostmaster.example.org.")
	for _, network := range []string{"udp", "tcp"} {
		r := exchange(t, s, network, ix)
		if len(r.Answer) != 1 || r.Answer[0].(*dns.SOA).Serial != uint32(block) {
			t.Errorf("IXFR over %s at current serial: %v, want the SOA", network, r.Answer)
		}
	}

	// A new block: a new NOTIFY with its serial.
	c.addInstance(instance{label: "epsilon", v4: []string{"198.51.100.77"}})
	block = c.commit()
	waitSerial(t, s, block)
	wantNotify(t, notified, block)

	// Transfers from elsewhere are refused; AXFR over UDP is not done; AXFR
	// of a name below the apex is NOTAUTH.
	cfg2 := testConfig(c.url)
	cfg2.AXFRAllow = nil
	s2, _ := startServer(t, cfg2)
	waitSerial(t, s2, block)
	r := exchange(t, s2, "tcp", m)
	if r.Rcode != dns.RcodeRefused || len(r.Answer) != 0 {
		t.Errorf("AXFR from a client not in the allowlist: %s", dns.RcodeToString[r.Rcode])
	}
	r = exchange(t, s, "udp", m)
	if r.Rcode != dns.RcodeNotImplemented || len(r.Answer) != 0 {
		t.Errorf("AXFR over UDP: %s", dns.RcodeToString[r.Rcode])
	}
	sub := new(dns.Msg)
	sub.SetAxfr("alpha." + testZone)
	r = exchange(t, s, "tcp", sub)
	if r.Rcode != dns.RcodeNotAuth {
		t.Errorf("AXFR of a name below the apex: %s, want NOTAUTH", dns.RcodeToString[r.Rcode])
	}
}

func wantNotify(t *testing.T, ch chan uint32, serial int64) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case got := <-ch:
			if int64(got) == serial {
				return
			}
		case <-timeout:
			t.Fatalf("no NOTIFY with serial %d within 5s", serial)
		}
	}
}

func TestRateLimiting(t *testing.T) {
	c := newChain(t)
	populate(c)
	cfg := testConfig(c.url)
	cfg.RRLRate = 5
	cfg.RRLSlip = 2
	s, reg := startServer(t, cfg)
	waitSerial(t, s, c.commit())

	conn, err := net.Dial("udp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const sent = 40
	m := new(dns.Msg)
	m.SetQuestion("alpha."+testZone, dns.TypeA)
	for i := range sent {
		m.Id = uint16(i + 1)
		out, _ := m.Pack()
		if _, err := conn.Write(out); err != nil {
			t.Fatal(err)
		}
	}
	answered, truncated := 0, 0
	buf := make([]byte, 4096)
	for {
		conn.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		n, err := conn.Read(buf)
		if err != nil {
			break
		}
		r := new(dns.Msg)
		if err := r.Unpack(buf[:n]); err != nil {
			t.Fatal(err)
		}
		if r.Truncated {
			truncated++
		} else {
			answered++
		}
	}
	// 5 tokens at once (plus what refills while sending); half of the rest
	// slip as TC, the other half are dropped.
	if answered < 5 || answered > 10 {
		t.Errorf("%d full answers to %d queries at 5/s, want 5 to 10", answered, sent)
	}
	if truncated < (sent-answered)/2-2 || truncated > (sent-answered)/2+2 {
		t.Errorf("%d truncated answers, want about half of the %d limited", truncated, sent-answered)
	}
	if d := metricValue(t, reg, "dnsd_dropped_total", `reason="rrl"`); int(d) != sent-answered-truncated {
		t.Errorf("dnsd_dropped_total{rrl} = %v, want %d", d, sent-answered-truncated)
	}
	// TCP is not limited.
	for range 10 {
		if r := ask(t, s, "tcp", "alpha."+testZone, dns.TypeA); len(r.Answer) != 2 {
			t.Fatal("TCP answer limited")
		}
	}
}

func TestRateLimitingOffByDefault(t *testing.T) {
	c := newChain(t)
	populate(c)
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())
	for i := range 200 {
		if r := ask(t, s, "udp", "alpha."+testZone, dns.TypeA); len(r.Answer) != 2 || r.Truncated {
			t.Fatalf("query %d limited without --rrl-rate", i)
		}
	}
}

func TestTCPLimits(t *testing.T) {
	c := newChain(t)
	populate(c)
	cfg := testConfig(c.url)
	cfg.TCPMaxConns = 2
	cfg.TCPIdleTimeout = 300 * time.Millisecond
	s, reg := startServer(t, cfg)
	waitSerial(t, s, c.commit())

	query := func(conn net.Conn) error {
		m := new(dns.Msg)
		m.SetQuestion("alpha."+testZone, dns.TypeA)
		dc := &dns.Conn{Conn: conn}
		if err := dc.WriteMsg(m); err != nil {
			return err
		}
		conn.SetReadDeadline(time.Now().Add(2 * time.Second))
		r, err := dc.ReadMsg()
		if err != nil {
			return err
		}
		if len(r.Answer) != 2 {
			return fmt.Errorf("%d answers", len(r.Answer))
		}
		return nil
	}
	var conns []net.Conn
	for range 2 {
		conn, err := net.Dial("tcp", s.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if err := query(conn); err != nil {
			t.Fatalf("connection within the limit: %v", err)
		}
		conns = append(conns, conn)
	}
	third, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if err := query(third); err == nil {
		t.Error("a third connection was served with a limit of 2")
	}
	third.Close()
	if v := metricValue(t, reg, "dnsd_tcp_connections_refused_total", ""); v != 1 {
		t.Errorf("dnsd_tcp_connections_refused_total = %v", v)
	}
	// Pipelining: two queries, then two answers, on one connection.
	if err := query(conns[0]); err != nil {
		t.Fatal(err)
	}
	// Idle connections are closed after the timeout, freeing their slots.
	time.Sleep(600 * time.Millisecond)
	conns[0].SetReadDeadline(time.Now().Add(time.Second))
	if _, err := conns[0].Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("idle connection read: %v, want EOF (closed by the server)", err)
	}
	conn, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := query(conn); err != nil {
		t.Errorf("new connection after the idle ones were closed: %v", err)
	}
}

func TestMetrics(t *testing.T) {
	c := newChain(t)
	populate(c)
	cfg := testConfig(c.url)
	cfg.MetricsListen = "127.0.0.1:0"
	s, _ := startServer(t, cfg)
	block := c.commit()
	waitSerial(t, s, block)
	for range 3 {
		ask(t, s, "udp", "alpha."+testZone, dns.TypeA)
	}
	ask(t, s, "tcp", "nobody."+testZone, dns.TypeAAAA)
	ask(t, s, "udp", "example.com.", dns.TypeA)

	resp, err := http.Get("http://" + s.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := map[string]string{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(k, "#") {
			got[k] = v
		}
	}
	for k, v := range map[string]string{
		`dnsd_queries_total{qtype="A",rcode="NOERROR",transport="udp"}`:     "3",
		`dnsd_queries_total{qtype="AAAA",rcode="NXDOMAIN",transport="tcp"}`: "1",
		`dnsd_queries_total{qtype="A",rcode="REFUSED",transport="udp"}`:     "1",
		`dnsd_snapshot_serial`:    strconv.FormatInt(block, 10),
		`dnsd_snapshot_instances`: "2",
		`dnsd_database_up`:        "1",
		`dnsd_snapshot_stale`:     "0",
	} {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if age, err := strconv.ParseFloat(got["dnsd_snapshot_age_seconds"], 64); err != nil || age < 0 || age > 60 {
		t.Errorf("dnsd_snapshot_age_seconds = %q", got["dnsd_snapshot_age_seconds"])
	}
}

// TestConcurrentQueriesDuringReloads races queries against snapshot swaps
// (run with -race).
func TestConcurrentQueriesDuringReloads(t *testing.T) {
	c := newChain(t)
	populate(c)
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				r := ask(t, s, "udp", "beta."+testZone, dns.TypeA)
				if r.Rcode != dns.RcodeSuccess || len(r.Answer) != 1 {
					t.Errorf("beta: %s, %d answers", dns.RcodeToString[r.Rcode], len(r.Answer))
					return
				}
			}
		})
	}
	for i := range 10 {
		c.addInstance(instance{label: fmt.Sprintf("churn-%d", i), v4: []string{"198.51.100.200"}})
		waitSerial(t, s, c.commit())
	}
	close(stop)
	wg.Wait()
}

func wantAnswer(t *testing.T, r *dns.Msg, rcode int, want []string) {
	t.Helper()
	if r.Rcode != rcode {
		t.Fatalf("%s: rcode %s, want %s", r.Question[0].Name, dns.RcodeToString[r.Rcode], dns.RcodeToString[rcode])
	}
	if !r.Authoritative {
		t.Errorf("%s: AA not set", r.Question[0].Name)
	}
	if r.RecursionAvailable || r.AuthenticatedData || r.Truncated {
		t.Errorf("%s: unexpected flags RA %v AD %v TC %v", r.Question[0].Name, r.RecursionAvailable, r.AuthenticatedData, r.Truncated)
	}
	got := rrStrings(r.Answer)
	slices.Sort(got)
	wantStrings(t, r.Question[0].Name+" "+dns.TypeToString[r.Question[0].Qtype], got, want)
	if len(r.Ns) != 0 {
		t.Errorf("positive answer with authority %v", r.Ns)
	}
}

func wantStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got  %q\n want %q", what, got, want)
	}
}

// wantNegative checks an authoritative NXDOMAIN or NODATA: no answer, the
// zone's SOA in the authority section with the negative TTL.
func wantNegative(t *testing.T, r *dns.Msg, rcode int) {
	t.Helper()
	name := r.Question[0].Name + " " + dns.TypeToString[r.Question[0].Qtype]
	if r.Rcode != rcode || !r.Authoritative || len(r.Answer) != 0 {
		t.Errorf("%s: rcode %s aa %v answers %d, want %s aa without answers", name, dns.RcodeToString[r.Rcode], r.Authoritative, len(r.Answer), dns.RcodeToString[rcode])
		return
	}
	if len(r.Ns) != 1 {
		t.Errorf("%s: authority %v, want the SOA", name, r.Ns)
		return
	}
	soa, ok := r.Ns[0].(*dns.SOA)
	if !ok || !strings.EqualFold(soa.Hdr.Name, testZone) || soa.Hdr.Ttl != 15 || soa.Minttl != 15 {
		t.Errorf("%s: authority %v, want the SOA of %s with TTL 15", name, r.Ns[0], testZone)
	}
}
