package dnsd

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/miekg/dns"
)

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func benchState(n int) *State {
	st := &State{BlockNumber: 1 << 33, BlockTime: 1, CACertificate: nil}
	for i := range n {
		st.Instances = append(st.Instances, Instance{
			ID: []byte{byte(i), byte(i >> 8)}, WorkloadID: []byte{1}, PubKey: []byte{byte(i), byte(i >> 8)},
			Label: fmt.Sprintf("node-%04d", i), Port: uint16(8000 + i%100),
			IPv4: []netip.Addr{netip.AddrFrom4([4]byte{10, byte(i >> 8), byte(i), 1})},
			IPv6: []netip.Addr{netip.AddrFrom16([16]byte{0xfd, 15: byte(i)})},
		})
	}
	return st
}

func params(t testing.TB) zoneParams {
	cfg, err := testConfig("postgres://unused").withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	return paramsFrom(cfg)
}

func BenchmarkBuild1000(b *testing.B) {
	p := params(b)
	st := benchState(1000)
	st.CACertificate = newCA(b)
	for b.Loop() {
		if _, err := Build(p, st, discard()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteZoneRoundTrip checks that the zone file holds exactly the
// records AXFR sends, in a form a master-file parser reads back.
func TestWriteZoneRoundTrip(t *testing.T) {
	st := benchState(50)
	st.CACertificate = newCA(t)
	snap, err := Build(params(t), st, discard())
	if err != nil {
		t.Fatal(err)
	}
	if snap.Serial != 0 || snap.Block != 1<<33 {
		t.Errorf("serial %d for block %d: want the block number mod 2^32", snap.Serial, snap.Block)
	}
	var buf bytes.Buffer
	if err := snap.WriteZone(&buf); err != nil {
		t.Fatal(err)
	}
	zp := dns.NewZoneParser(strings.NewReader(buf.String()), "", "")
	var got []string
	for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
		got = append(got, rr.String())
	}
	if err := zp.Err(); err != nil {
		t.Fatal(err)
	}
	want := rrStrings(snap.Records())
	if !slices.Equal(got, want) {
		t.Fatalf("zone file has %d records, snapshot %d", len(got), len(want))
	}
	// 50 instances: A, AAAA, 2 TXT, PTR, SRV, TLSA, and the 50 addresses
	// of each family at instances.<zone>; SOA, 2 NS, 1 glue.
	if len(want) != 50*7+100+4 {
		t.Errorf("%d records, want %d", len(want), 50*7+100+4)
	}
}

// TestBuildSkipsUnservable checks rows the database could hold but dnsd must
// not serve.
func TestBuildSkipsUnservable(t *testing.T) {
	good := Instance{ID: []byte{1}, Label: "ok", Port: 1, IPv4: []netip.Addr{netip.MustParseAddr("192.0.2.1")}}
	bad := []Instance{
		{ID: []byte{2}, Label: "UPPER", Port: 1},
		{ID: []byte{3}, Label: "-dash", Port: 1},
		{ID: []byte{4}, Label: "dot.ted", Port: 1},
		{ID: []byte{5}, Label: "", Port: 1},
		{ID: []byte{6}, Label: strings.Repeat("a", 64), Port: 1},
		{ID: []byte{7}, Label: "instances", Port: 1},
		{ID: []byte{8}, Label: "ns1", Port: 1}, // the in-zone name server
		{ID: []byte{9}, Label: "zeroport", Port: 0},
		{ID: []byte{10}, Label: "v6in4", Port: 1, IPv4: []netip.Addr{netip.MustParseAddr("2001:db8::1")}},
		{ID: []byte{11}, Label: "v4in6", Port: 1, IPv6: []netip.Addr{netip.MustParseAddr("::ffff:192.0.2.1")}},
		{ID: []byte{12}, Label: "unspec", Port: 1, IPv4: []netip.Addr{netip.IPv4Unspecified()}},
		{ID: []byte{13}, Label: "network", Port: 1, IPv4: []netip.Addr{{}}}, // a /24 in the database
		{ID: []byte{14}, Label: "ok", Port: 2, RegisteredAt: -1},            // older duplicate of "ok"
	}
	snap, err := Build(params(t), &State{Instances: append(bad, good)}, discard())
	if err != nil {
		t.Fatal(err)
	}
	if snap.Instances != 1 || snap.Skipped != len(bad) {
		t.Errorf("served %d, skipped %d; want 1 and %d", snap.Instances, snap.Skipped, len(bad))
	}
	for _, rr := range snap.Records() {
		if srv, ok := rr.(*dns.SRV); ok && srv.Port != 1 {
			t.Errorf("older duplicate served: %v", srv)
		}
		if ptr, ok := rr.(*dns.PTR); ok && ptr.Ptr != "ok."+testZone {
			t.Errorf("unservable instance listed: %v", ptr)
		}
	}
}

// FuzzBuild builds snapshots from arbitrary rows (labels, addresses, ports,
// CA bytes as the database may hold them): no panic, every served name is
// inside the zone and the zone file parses back.
func FuzzBuild(f *testing.F) {
	f.Add("alpha", []byte{192, 0, 2, 1}, []byte{}, uint16(443), []byte("not a certificate"))
	f.Add("instances", []byte{0, 0, 0, 0}, make([]byte, 16), uint16(0), []byte("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
	f.Add("a.b", []byte{1, 2, 3}, []byte{0xfe, 0x80, 15: 1}, uint16(65535), []byte{0x30, 0x82, 0x01})
	p := params(f)
	f.Fuzz(func(t *testing.T, label string, v4, v6 []byte, port uint16, ca []byte) {
		in := Instance{ID: []byte{1}, Label: label, Port: port, PubKey: v4}
		if a, ok := netip.AddrFromSlice(v4); ok {
			in.IPv4 = []netip.Addr{a}
		}
		if a, ok := netip.AddrFromSlice(v6); ok {
			in.IPv6 = []netip.Addr{a}
		}
		snap, err := Build(p, &State{BlockNumber: 7, Instances: []Instance{in, {ID: []byte{2}, Label: "fixed", Port: 1}}, CACertificate: ca}, discard())
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := snap.WriteZone(&buf); err != nil {
			t.Fatal(err)
		}
		zp := dns.NewZoneParser(&buf, "", "")
		n := 0
		for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
			if !dns.IsSubDomain(testZone, rr.Header().Name) {
				t.Fatalf("record outside the zone: %v", rr)
			}
			n++
		}
		if zp.Err() != nil || n != len(snap.Records()) {
			t.Fatalf("zone file: %v, %d of %d records", zp.Err(), n, len(snap.Records()))
		}
		if snap.Instances+snap.Skipped != 2 {
			t.Fatalf("served %d + skipped %d of 2", snap.Instances, snap.Skipped)
		}
	})
}
