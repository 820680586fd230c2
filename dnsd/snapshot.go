package dnsd

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/miekg/dns"
)

// State is the indexed, verified state a zone is built from: what the
// database said at one indexed block.
type State struct {
	// BlockNumber and BlockTime are the indexer's cursor.
	BlockNumber uint64
	BlockTime   int64
	// Instances are the rows of the active_instances view.
	Instances []Instance
	// CACertificate is the ca_certificate of the newest PKI version (DER, or
	// PEM), nil if no PKI was published.
	CACertificate []byte
	PKIVersion    int64
}

// Instance is one active instance.
type Instance struct {
	ID           []byte // sha256(PubKey)
	WorkloadID   []byte
	PubKey       []byte
	Label        string
	IPv4, IPv6   []netip.Addr
	Port         uint16
	RegisteredAt int64
}

// Snapshot is an immutable, fully precomputed zone: every response is
// assembled from byte slices built here. It is shared by all goroutines and
// never changed after Build returns.
type Snapshot struct {
	// Serial is the SOA serial: the block number modulo 2^32.
	Serial uint32
	// Block is the indexed block the snapshot was built from.
	Block uint64
	// BlockTime is that block's timestamp (Unix seconds).
	BlockTime int64
	// Built is when Build ran.
	Built time.Time
	// Instances is the number of instances served; Skipped the number of
	// active rows that could not be served (invalid label or addresses,
	// duplicate or reserved label).
	Instances, Skipped int
	// HasTLSA reports whether a CA certificate was published and parsed.
	HasTLSA bool

	zone     string // canonical apex
	apexWire []byte
	nodes    map[string]*node // key: lower-cased wire name
	// soaAuth is the SOA for negative answers without its owner name: type,
	// class, TTL, RDLENGTH and RDATA. The owner is a pointer into the question.
	soaAuth []byte
	// records is every record of the zone in canonical order, SOA first, for
	// AXFR and the zone file.
	records []dns.RR
}

// node is one name of the zone; a node without rrsets is an empty
// non-terminal (NODATA, not NXDOMAIN).
type node struct {
	rrsets []rrset // sorted by type
	any    rrset   // every rrset, for QTYPE ANY
}

// rrset is the precomputed answer to one (name, type): the answer section
// with owner names compressed to the question name (offset 12), and
// additional records (glue, SRV targets) that are sent only if they fit.
type rrset struct {
	qtype   uint16
	an      []byte
	anCount uint16
	ad      []byte
	adCount uint16
}

// maxRRsetWire bounds a precomputed answer section so that every response
// fits a TCP message (65535 bytes) with room for the question and OPT.
const maxRRsetWire = 65535 - headerLen - maxName - 4 - 11 - 64

func (n *node) lookup(qtype uint16) *rrset {
	for i := range n.rrsets {
		if n.rrsets[i].qtype == qtype {
			return &n.rrsets[i]
		}
	}
	return nil
}

// zoneParams are the parts of Config a snapshot is built from.
type zoneParams struct {
	zone        string
	nameServers []NameServer
	mbox        string
	ttl, negTTL uint32
	services    []string
}

func paramsFrom(c Config) zoneParams {
	return zoneParams{
		zone:        c.Zone,
		nameServers: c.NameServers,
		mbox:        c.SOAMbox,
		ttl:         uint32(c.TTL / time.Second),
		negTTL:      uint32(c.NegativeTTL / time.Second),
		services:    c.Services,
	}
}

// builder collects records per name before they are packed.
type builder struct {
	p       zoneParams
	log     *slog.Logger
	names   map[string]map[uint16][]dns.RR // canonical name -> type -> records
	extra   map[string]map[uint16][]dns.RR // additional records per (name, type)
	skipped int
	buf     []byte // packing scratch; one record is at most 64 KiB
}

func (b *builder) add(rr dns.RR) {
	name := rr.Header().Name
	if b.names[name] == nil {
		b.names[name] = map[uint16][]dns.RR{}
	}
	t := rr.Header().Rrtype
	b.names[name][t] = append(b.names[name][t], rr)
}

func (b *builder) ensure(name string) {
	if b.names[name] == nil {
		b.names[name] = map[uint16][]dns.RR{}
	}
}

func (b *builder) hdr(name string, t uint16) dns.RR_Header {
	return dns.RR_Header{Name: name, Rrtype: t, Class: dns.ClassINET, Ttl: b.p.ttl}
}

// Build makes the snapshot of st. Rows that cannot be served are skipped and
// logged; Build itself only fails on a zone it cannot pack, which a valid
// configuration never produces.
func Build(p zoneParams, st *State, log *slog.Logger) (*Snapshot, error) {
	b := &builder{p: p, log: log, names: map[string]map[uint16][]dns.RR{}, extra: map[string]map[uint16][]dns.RR{}, buf: make([]byte, 65536)}
	zone := p.zone
	serial := uint32(st.BlockNumber) // RFC 1982 arithmetic wraps; see doc.go

	mname := p.nameServers[0].Name
	soa := &dns.SOA{Hdr: b.hdr(zone, dns.TypeSOA), Ns: mname, Mbox: p.mbox, Serial: serial,
		Refresh: soaRefresh, Retry: soaRetry, Expire: soaExpire, Minttl: p.negTTL}
	b.add(soa)
	reserved := map[string]string{}
	var glue []dns.RR
	for _, ns := range p.nameServers {
		b.add(&dns.NS{Hdr: b.hdr(zone, dns.TypeNS), Ns: ns.Name})
		if !dns.IsSubDomain(zone, ns.Name) {
			continue
		}
		reserved[ns.Name] = "name server"
		for _, a := range ns.Addrs {
			rr := addrRR(b.hdr(ns.Name, 0), a)
			b.add(rr)
			glue = append(glue, rr)
		}
	}
	if len(glue) > 0 {
		b.extra[zone] = map[uint16][]dns.RR{dns.TypeNS: glue}
	}
	instancesName := InstancesLabel + "." + zone
	reserved[instancesName] = "instance list"
	b.ensure(instancesName)
	for _, s := range p.services {
		b.ensure("_" + s + "._tcp." + zone)
	}

	// The view guarantees nothing about duplicates while the mirror is
	// between states; the newest registration of a label wins.
	insts := slices.Clone(st.Instances)
	slices.SortStableFunc(insts, func(a, b Instance) int {
		if c := strings.Compare(a.Label, b.Label); c != 0 {
			return c
		}
		if a.RegisteredAt != b.RegisteredAt {
			return -cmpInt(a.RegisteredAt, b.RegisteredAt)
		}
		return bytes.Compare(a.ID, b.ID)
	})

	var tlsaData string
	hasTLSA := false
	if len(st.CACertificate) > 0 {
		spki, err := caSPKI(st.CACertificate)
		if err != nil {
			log.Warn("dnsd: PKI CA certificate does not parse; serving no TLSA", "pki_version", st.PKIVersion, "err", err)
		} else {
			sum := sha256.Sum256(spki)
			tlsaData = hex.EncodeToString(sum[:])
			hasTLSA = true
		}
	}

	var all4, all6 []netip.Addr
	served := 0
	prev := ""
	for _, in := range insts {
		if in.Label == prev {
			b.skip(in, "another active instance holds the label")
			continue
		}
		prev = in.Label
		if !isLDH(in.Label) {
			b.skip(in, "label is not a lower-case LDH label")
			continue
		}
		name := in.Label + "." + zone
		if what, ok := reserved[name]; ok {
			b.skip(in, "label is reserved for the "+what)
			continue
		}
		if len(name) > 254 {
			b.skip(in, "name too long for the zone")
			continue
		}
		if in.Port == 0 {
			b.skip(in, "port 0")
			continue
		}
		v4, v6, ok := validAddrs(in)
		if !ok {
			b.skip(in, "invalid endpoint address")
			continue
		}
		served++
		b.ensure(name)
		for _, a := range v4 {
			b.add(addrRR(b.hdr(name, 0), a))
		}
		for _, a := range v6 {
			b.add(addrRR(b.hdr(name, 0), a))
		}
		all4 = append(all4, v4...)
		all6 = append(all6, v6...)
		key := sha256.Sum256(in.PubKey)
		b.add(&dns.TXT{Hdr: b.hdr(name, dns.TypeTXT), Txt: []string{"workload=0x" + hex.EncodeToString(in.WorkloadID)}})
		b.add(&dns.TXT{Hdr: b.hdr(name, dns.TypeTXT), Txt: []string{"key=sha256:" + hex.EncodeToString(key[:])}})
		b.add(&dns.PTR{Hdr: b.hdr(instancesName, dns.TypePTR), Ptr: name})
		for _, s := range p.services {
			b.add(&dns.SRV{Hdr: b.hdr("_"+s+"._tcp."+zone, dns.TypeSRV), Priority: 0, Weight: 0, Port: in.Port, Target: name})
		}
		if hasTLSA {
			b.add(&dns.TLSA{Hdr: b.hdr("_"+strconv.Itoa(int(in.Port))+"._tcp."+name, dns.TypeTLSA),
				Usage: 2, Selector: 1, MatchingType: 1, Certificate: tlsaData})
		}
		// SRV targets' addresses go in the additional section when they fit.
		for _, s := range p.services {
			srv := "_" + s + "._tcp." + zone
			if b.extra[srv] == nil {
				b.extra[srv] = map[uint16][]dns.RR{}
			}
			for _, a := range append(slices.Clone(v4), v6...) {
				b.extra[srv][dns.TypeSRV] = append(b.extra[srv][dns.TypeSRV], addrRR(b.hdr(name, 0), a))
			}
		}
	}
	for _, a := range dedupAddrs(all4) {
		b.add(addrRR(b.hdr(instancesName, 0), a))
	}
	for _, a := range dedupAddrs(all6) {
		b.add(addrRR(b.hdr(instancesName, 0), a))
	}

	s := &Snapshot{
		Serial: serial, Block: st.BlockNumber, BlockTime: st.BlockTime, Built: time.Now(),
		Instances: served, Skipped: b.skipped, HasTLSA: hasTLSA, zone: zone,
		nodes: map[string]*node{},
	}
	if err := b.pack(s, soa); err != nil {
		return nil, err
	}
	return s, nil
}

func (b *builder) skip(in Instance, why string) {
	b.skipped++
	b.log.Warn("dnsd: not serving active instance", "instance", hex.EncodeToString(in.ID), "label", in.Label, "reason", why)
}

// pack turns the collected records into the snapshot's nodes and wire bytes.
func (b *builder) pack(s *Snapshot, soa *dns.SOA) error {
	apex := make([]byte, 256)
	n, err := dns.PackDomainName(s.zone, apex, 0, nil, false)
	if err != nil {
		return fmt.Errorf("pack zone name %s: %w", s.zone, err)
	}
	s.apexWire = apex[:n]

	negSOA := *soa
	negSOA.Hdr.Ttl = min(b.p.ttl, b.p.negTTL)
	if s.soaAuth, err = b.packOwnerless(&negSOA); err != nil {
		return err
	}

	// Every ancestor of a name up to the apex exists (empty non-terminals).
	for name := range b.names {
		for n := name; n != s.zone && dns.IsSubDomain(s.zone, n); {
			i, _ := dns.NextLabel(n, 0)
			n = n[i:]
			b.ensure(n)
		}
	}
	// Canonical order (RFC 4034 6.1): by labels from the right, so the zone
	// file and AXFR list a name's parent before it.
	type sortName struct{ name, key string }
	names := make([]sortName, 0, len(b.names))
	for name := range b.names {
		labels := dns.SplitDomainName(name)
		slices.Reverse(labels)
		names = append(names, sortName{name, strings.Join(labels, "\x00")})
	}
	slices.SortFunc(names, func(x, y sortName) int { return strings.Compare(x.key, y.key) })

	s.records = append(s.records, soa)
	for _, sn := range names {
		name := sn.name
		types := make([]uint16, 0, len(b.names[name]))
		for t := range b.names[name] {
			types = append(types, t)
		}
		slices.Sort(types)
		nd := &node{}
		for _, t := range types {
			rrs := b.names[name][t]
			set, kept, err := b.packSet(rrs, b.extra[name][t])
			if err != nil {
				return err
			}
			if kept < len(rrs) {
				b.log.Warn("dnsd: RRset too large for one TCP message; serving part of it", "name", name, "type", dns.TypeToString[t], "records", len(rrs), "served", kept)
			}
			nd.rrsets = append(nd.rrsets, set)
			if len(nd.any.an)+len(set.an) <= maxRRsetWire {
				nd.any.an = append(nd.any.an, set.an...)
				nd.any.anCount += set.anCount
			}
			for _, rr := range rrs[:kept] {
				if t != dns.TypeSOA {
					s.records = append(s.records, rr)
				}
			}
		}
		wire := make([]byte, 256)
		n, err := dns.PackDomainName(name, wire, 0, nil, false)
		if err != nil {
			return fmt.Errorf("pack name %s: %w", name, err)
		}
		s.nodes[string(wire[:n])] = nd
	}
	return nil
}

// packSet packs the records of one RRset (and its additional records) for
// an answer whose question name is the owner. It keeps as many records as
// fit maxRRsetWire and returns how many.
func (b *builder) packSet(rrs, extra []dns.RR) (rrset, int, error) {
	set := rrset{qtype: rrs[0].Header().Rrtype}
	kept := 0
	for _, rr := range rrs {
		w, err := b.packOwnerless(rr)
		if err != nil {
			return set, 0, err
		}
		if len(set.an)+2+len(w) > maxRRsetWire {
			break
		}
		set.an = append(set.an, 0xC0, headerLen) // pointer to the question name
		set.an = append(set.an, w...)
		set.anCount++
		kept++
	}
	for _, rr := range extra {
		n, err := dns.PackRR(rr, b.buf, 0, nil, false)
		if err != nil {
			return set, 0, fmt.Errorf("pack additional %s: %w", rr, err)
		}
		if len(set.ad)+n > maxRRsetWire {
			break
		}
		set.ad = append(set.ad, b.buf[:n]...)
		set.adCount++
	}
	return set, kept, nil
}

// packOwnerless packs rr without compression and returns it without its
// owner name: type, class, TTL, RDLENGTH, RDATA.
func (b *builder) packOwnerless(rr dns.RR) ([]byte, error) {
	h := rr.Header()
	name := h.Name
	h.Name = "." // records are the builder's own until Build returns
	n, err := dns.PackRR(rr, b.buf, 0, nil, false)
	h.Name = name
	if err != nil {
		return nil, fmt.Errorf("pack %s: %w", rr, err)
	}
	return slices.Clone(b.buf[1:n]), nil
}

func addrRR(h dns.RR_Header, a netip.Addr) dns.RR {
	if a.Is4() {
		h.Rrtype = dns.TypeA
		return &dns.A{Hdr: h, A: a.AsSlice()}
	}
	h.Rrtype = dns.TypeAAAA
	return &dns.AAAA{Hdr: h, AAAA: a.AsSlice()}
}

// validAddrs returns the instance's addresses if every one is of its family
// and usable as an endpoint, deduplicated in order.
func validAddrs(in Instance) (v4, v6 []netip.Addr, ok bool) {
	for _, a := range in.IPv4 {
		a = a.Unmap()
		if !a.Is4() || a.IsUnspecified() {
			return nil, nil, false
		}
		v4 = append(v4, a)
	}
	for _, a := range in.IPv6 {
		if !a.Is6() || a.Is4In6() || a.IsUnspecified() || a.Zone() != "" {
			return nil, nil, false
		}
		v6 = append(v6, a)
	}
	return dedupAddrs(v4), dedupAddrs(v6), true
}

func dedupAddrs(in []netip.Addr) []netip.Addr {
	out := slices.Clone(in)
	slices.SortFunc(out, netip.Addr.Compare)
	return slices.Compact(out)
}

// caSPKI returns the DER SubjectPublicKeyInfo of a certificate given as DER
// or PEM.
func caSPKI(cert []byte) ([]byte, error) {
	if blk, _ := pem.Decode(cert); blk != nil {
		cert = blk.Bytes
	}
	c, err := x509.ParseCertificate(cert)
	if err != nil {
		return nil, fmt.Errorf("parse CA certificate: %w", err)
	}
	return c.RawSubjectPublicKeyInfo, nil
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Zone returns the canonical zone apex.
func (s *Snapshot) Zone() string { return s.zone }

// Records returns every record of the zone in canonical order, SOA first (not
// repeated at the end). The slice must not be modified.
func (s *Snapshot) Records() []dns.RR { return s.records }

// WriteZone writes the snapshot as an RFC 1035 master file, which any
// authoritative server (for example CoreDNS's file plugin) can load.
func (s *Snapshot) WriteZone(w io.Writer) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "; teereg dnsd snapshot of %s at block %d (serial %d)\n$ORIGIN %s\n", s.zone, s.Block, s.Serial, s.zone)
	for _, rr := range s.records {
		buf.WriteString(rr.String())
		buf.WriteByte('\n')
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write zone file: %w", err)
	}
	return nil
}

// putHeader writes a DNS header.
func putHeader(b []byte, id, flags, qd, an, ns, ar uint16) {
	binary.BigEndian.PutUint16(b[0:], id)
	binary.BigEndian.PutUint16(b[2:], flags)
	binary.BigEndian.PutUint16(b[4:], qd)
	binary.BigEndian.PutUint16(b[6:], an)
	binary.BigEndian.PutUint16(b[8:], ns)
	binary.BigEndian.PutUint16(b[10:], ar)
}
