package dnsd

import (
	"encoding/binary"
	"encoding/hex"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/prometheus/client_golang/prometheus"
)

// offlineHandler is a handler serving a fixed snapshot, without a database.
func offlineHandler(t testing.TB) *handler {
	t.Helper()
	cfg, err := testConfig("postgres://unused").withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	st := &State{BlockNumber: 4242, BlockTime: 1, CACertificate: newCA(t)}
	for i, label := range []string{"alpha", "beta", "gamma"} {
		st.Instances = append(st.Instances, Instance{
			ID: []byte{byte(i)}, WorkloadID: []byte{1, 2}, PubKey: []byte{4, byte(i)}, Label: label, Port: 8443,
			IPv4: []netip.Addr{netip.AddrFrom4([4]byte{198, 51, 100, byte(i)})},
			IPv6: []netip.Addr{netip.MustParseAddr("2001:db8::1")},
		})
	}
	snap, err := Build(paramsFrom(cfg), st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	h := &handler{udpSize: cfg.UDPSize, axfr: cfg.AXFRAllow, m: newMetrics(prometheus.NewRegistry(), func() *Snapshot { return snap })}
	h.snap.Store(snap)
	return h
}

// checkResponse checks what holds for any request, well-formed or not.
func checkResponse(t *testing.T, h *handler, req []byte, tr transport) {
	out := make([]byte, 0, 65535)
	resp, act, _ := h.answer(out, req, netip.MustParseAddr("127.0.0.1"), tr)
	var q query
	perr := parseQuery(req, &q)
	if act == dropRequest {
		if resp != nil {
			t.Fatal("dropped request with a response")
		}
		if perr != errDrop {
			t.Fatalf("dropped a request the parser accepted (%v)", perr)
		}
		return
	}
	if act == startTransfer {
		if tr != tcp || q.qtype != typeAXFR && q.qtype != typeIXFR {
			t.Fatalf("transfer started for qtype %d over %v", q.qtype, tr)
		}
		return
	}
	if len(resp) < headerLen || binary.BigEndian.Uint16(resp) != binary.BigEndian.Uint16(req) {
		t.Fatalf("response %x does not carry the request id", resp)
	}
	r := new(dns.Msg)
	if err := r.Unpack(resp); err != nil {
		t.Fatalf("response does not unpack: %v\nrequest  %x\nresponse %x", err, req, resp)
	}
	if !r.Response || r.Zero || r.RecursionAvailable {
		t.Fatalf("response flags: %v", r.MsgHdr)
	}
	limit := maxTCPMessage
	if tr == udp {
		limit = 512
		if q.edns {
			limit = max(512, min(int(q.udpSize), h.udpSize))
		}
	}
	if len(resp) > limit {
		t.Fatalf("%d-byte response over a %d-byte limit", len(resp), limit)
	}

	// A malformed request is answered FORMERR. miekg/dns is the oracle for
	// "malformed", except for what dnsd reads only for framing: option
	// contents and records other than OPT (RFC 6891 6.1.2: ignored).
	var m dns.Msg
	merr := m.Unpack(req)
	exempt := perr == nil && (q.optLen > 0 || q.optOther > 0 || binary.BigEndian.Uint16(req[8:]) > 0)
	if merr != nil && !exempt && r.Rcode != dns.RcodeFormatError {
		t.Fatalf("miekg/dns rejects the request (%v) but it was answered %s\nrequest %x", merr, dns.RcodeToString[r.Rcode], req)
	}
	if r.Rcode == dns.RcodeFormatError {
		return
	}
	if perr != nil {
		t.Fatalf("parser rejected the request (%v) but it was answered %s", perr, dns.RcodeToString[r.Rcode])
	}
	// Accepted: the question is echoed exactly, and the parse agrees with
	// miekg/dns where it has one.
	if len(r.Question) != 1 {
		t.Fatalf("answered %s without the question", dns.RcodeToString[r.Rcode])
	}
	if merr == nil {
		if len(m.Question) != 1 || m.Question[0] != r.Question[0] {
			t.Fatalf("question %v echoed as %v", m.Question, r.Question)
		}
		if (m.IsEdns0() != nil) != (r.IsEdns0() != nil) {
			t.Fatalf("OPT in request %v, in response %v", m.IsEdns0() != nil, r.IsEdns0() != nil)
		}
		if o := m.IsEdns0(); o != nil && o.Do() != r.IsEdns0().Do() {
			t.Fatal("DO bit not mirrored")
		}
	}
	if r.Authoritative {
		for _, rr := range r.Answer {
			if !strings.EqualFold(rr.Header().Name, r.Question[0].Name) {
				t.Fatalf("answer owner %s for question %s", rr.Header().Name, r.Question[0].Name)
			}
		}
	}
}

func fuzzSeeds() [][]byte {
	var seeds [][]byte
	add := func(m *dns.Msg) {
		b, err := m.Pack()
		if err != nil {
			panic(err)
		}
		seeds = append(seeds, b)
	}
	for _, q := range []struct {
		name  string
		qtype uint16
	}{
		{"alpha.peers.example.", dns.TypeA}, {"ALPHA.peers.EXAMPLE.", dns.TypeAAAA}, {"alpha.peers.example.", dns.TypeTXT},
		{"_app._tcp.peers.example.", dns.TypeSRV}, {"_8443._tcp.beta.peers.example.", dns.TypeTLSA},
		{"instances.peers.example.", dns.TypeANY}, {"peers.example.", dns.TypeSOA}, {"peers.example.", dns.TypeNS},
		{"nope.peers.example.", dns.TypeA}, {"example.com.", dns.TypeA}, {"peers.example.", dns.TypeAXFR},
		{"peers.example.", 666},
	} {
		m := new(dns.Msg)
		m.SetQuestion(q.name, q.qtype)
		add(m)
		m.SetEdns0(4096, true)
		add(m)
	}
	m := new(dns.Msg)
	m.SetIxfr("peers.example.", 1, "a.", "b.")
	add(m)
	m = new(dns.Msg)
	m.SetQuestion("peers.example.", dns.TypeSOA)
	m.SetEdns0(1232, false)
	m.IsEdns0().Option = []dns.EDNS0{&dns.EDNS0_COOKIE{Code: dns.EDNS0COOKIE, Cookie: "0011223344556677"}}
	m.IsEdns0().SetVersion(1)
	add(m)
	m.Opcode = dns.OpcodeUpdate
	add(m)
	return seeds
}

// FuzzAnswer feeds raw packets to the request handler: it must never panic,
// and must answer every malformed packet with FORMERR or drop it.
func FuzzAnswer(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, false)
		f.Add(s, true)
	}
	for _, g := range garbage {
		f.Add(mustHex(g.hex), false)
	}
	h := offlineHandler(f)
	f.Fuzz(func(t *testing.T, req []byte, overTCP bool) {
		tr := udp
		if overTCP {
			tr = tcp
		}
		checkResponse(t, h, req, tr)
	})
}

// garbage are malformed requests and what dnsd must do with them.
var garbage = []struct {
	name string
	hex  string
	drop bool // else FORMERR
}{
	{"empty", "", true},
	{"short header", "1234010000010000000000", true},
	{"response bit", "1234800000010000000000000000010001", true},
	{"no question", "123400000000000000000000", false},
	{"two questions", "1234000000020000000000000000010001000000010001", false},
	{"question cut short", "1234000000010000000000000570656572", false},
	{"type and class missing", "12340000000100000000000000", false},
	{"pointer in question", "123400000001000000000000c00c00010001", false},
	{"extended label type", "1234000000010000000000004161000001000100", false},
	{"name over 255 bytes", "123400000001000000000000" + strings.Repeat("3f"+strings.Repeat("61", 63), 5) + "0000010001", false},
	{"answer record in a query", "12340000000100010000000000000100010000010001000000000000", false},
	{"authority record in an A query", "12340000000100000001000000000100010000010001000000000000", false},
	{"two OPT records", "1234000000010000000000020000010001" + "0000291000000000000000" + "0000291000000000000000", false},
	{"OPT not owned by the root", "1234000000010000000000010000010001" + "01610000291000000000000000", false},
	{"OPT option overruns RDATA", "1234000000010000000000010000010001" + "00002910000000000000050064000400aa", false},
	{"OPT RDATA cut short", "1234000000010000000000010000010001" + "000029100000000000000a0064", false},
	{"additional count with no record", "1234000000010000000000010000010001", false},
	{"trailing garbage", "1234000000010000000000000000010001deadbeef", false},
	{"forward compression pointer", "1234000000010000000000010000010001" + "c0ff0001000100000000000000", false},
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func TestGarbage(t *testing.T) {
	h := offlineHandler(t)
	for _, g := range garbage {
		t.Run(g.name, func(t *testing.T) {
			req := mustHex(g.hex)
			for _, tr := range []transport{udp, tcp} {
				resp, act, _ := h.answer(make([]byte, 0, 65535), req, netip.MustParseAddr("192.0.2.1"), tr)
				if g.drop {
					if act != dropRequest {
						t.Fatalf("answered %x, want no answer", resp)
					}
					continue
				}
				r := new(dns.Msg)
				if act != sendResponse || r.Unpack(resp) != nil {
					t.Fatalf("outcome %v, response %x: want a FORMERR response", act, resp)
				}
				if r.Rcode != dns.RcodeFormatError || r.Id != 0x1234 || !r.Response || len(r.Question)+len(r.Answer)+len(r.Ns)+len(r.Extra) != 0 {
					t.Fatalf("response %v: want a header-only FORMERR with the id", r)
				}
				checkResponse(t, h, req, tr)
			}
		})
	}
	// Random bytes, and random corruptions of valid requests.
	rng := rand.New(rand.NewPCG(1, 2))
	seeds := fuzzSeeds()
	for i := range 20000 {
		var req []byte
		if i%2 == 0 {
			req = make([]byte, rng.IntN(80))
			for j := range req {
				req[j] = byte(rng.Uint32())
			}
		} else {
			req = append([]byte(nil), seeds[rng.IntN(len(seeds))]...)
			for range 1 + rng.IntN(4) {
				req[rng.IntN(len(req))] = byte(rng.Uint32())
			}
			if rng.IntN(4) == 0 {
				req = req[:rng.IntN(len(req))]
			}
		}
		if len(req) >= 2 {
			req[0], req[1] = 0x12, 0x34
		}
		if len(req) >= 3 && i%3 == 0 {
			req[2] &^= 0x80 // mostly queries, so the parser is reached
		}
		checkResponse(t, h, req, transport(i%2))
	}
}

// TestGarbageOverSockets sends malformed packets to a running server over
// UDP and TCP: FORMERR comes back, and the server keeps answering.
func TestGarbageOverSockets(t *testing.T) {
	c := newChain(t)
	populate(c)
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())
	uc, err := net.Dial("udp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer uc.Close()
	tc, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer tc.Close()
	buf := make([]byte, 65535)
	for _, g := range garbage {
		req := mustHex(g.hex)
		if _, err := uc.Write(req); err != nil {
			t.Fatal(err)
		}
		uc.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, err := uc.Read(buf)
		if g.drop {
			if err == nil {
				t.Errorf("%s: UDP answer %x, want none", g.name, buf[:n])
			}
		} else if err != nil || n != headerLen || buf[3]&0xF != rcodeFormErr {
			t.Errorf("%s: UDP %x, %v: want a 12-byte FORMERR", g.name, buf[:n], err)
		}
		if g.drop {
			continue // over TCP a dropped request ends the connection
		}
		frame := binary.BigEndian.AppendUint16(nil, uint16(len(req)))
		if _, err := tc.Write(append(frame, req...)); err != nil {
			t.Fatal(err)
		}
		tc.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := io.ReadFull(tc, buf[:2]); err != nil {
			t.Fatalf("%s: TCP: %v", g.name, err)
		}
		n = int(binary.BigEndian.Uint16(buf))
		if _, err := io.ReadFull(tc, buf[:n]); err != nil || buf[3]&0xF != rcodeFormErr {
			t.Errorf("%s: TCP %x, %v: want FORMERR", g.name, buf[:n], err)
		}
	}
	if r := ask(t, s, "udp", "alpha."+testZone, dns.TypeA); len(r.Answer) != 2 {
		t.Fatal("server stopped answering after the garbage")
	}
}
