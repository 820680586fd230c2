package dnsd

import (
	"testing"

	"github.com/miekg/dns"
)

// TestEDNSCompliance runs the checks of ISC's EDNS compliance tester
// (genreport / ednscomp.isc.org) against the zone apex, with the
// expectations it has of a compliant authoritative server.
func TestEDNSCompliance(t *testing.T) {
	c := newChain(t)
	populate(c)
	s, _ := startServer(t, testConfig(c.url))
	waitSerial(t, s, c.commit())

	soaQuery := func(opts ...func(*dns.Msg)) *dns.Msg {
		m := new(dns.Msg)
		m.SetQuestion(testZone, dns.TypeSOA)
		m.RecursionDesired = false
		for _, o := range opts {
			o(m)
		}
		return m
	}
	edns := func(version uint8, do bool, options ...dns.EDNS0) func(*dns.Msg) {
		return func(m *dns.Msg) {
			o := &dns.OPT{Hdr: dns.RR_Header{Name: ".", Rrtype: dns.TypeOPT}}
			o.SetUDPSize(4096)
			o.SetVersion(version)
			o.SetDo(do)
			o.Option = options
			m.Extra = append(m.Extra, o)
		}
	}
	unknownOpt := &dns.EDNS0_LOCAL{Code: 100, Data: []byte{}}
	isSOA := func(r *dns.Msg) bool {
		return len(r.Answer) == 1 && r.Answer[0].Header().Rrtype == dns.TypeSOA && r.Authoritative
	}

	for _, tc := range []struct {
		name    string
		network string
		msg     *dns.Msg
		check   func(t *testing.T, r *dns.Msg)
	}{
		{"dns (plain, no EDNS)", "udp", soaQuery(), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || r.IsEdns0() != nil {
				t.Errorf("rcode %s soa %v opt %v: want NOERROR, the SOA, no OPT", dns.RcodeToString[r.Rcode], isSOA(r), r.IsEdns0())
			}
		}},
		{"edns", "udp", soaQuery(edns(0, false)), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || opt == nil || opt.Version() != 0 || len(opt.Option) != 0 {
				t.Errorf("rcode %s soa %v opt %v: want NOERROR, the SOA, an OPT version 0 without options", dns.RcodeToString[r.Rcode], isSOA(r), opt)
			}
		}},
		{"edns1 (version 1: BADVERS)", "udp", soaQuery(edns(1, false)), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeBadVers || opt == nil || opt.Version() != 0 || len(r.Answer) != 0 {
				t.Errorf("rcode %s opt %v answers %d: want BADVERS, OPT version 0, no answer", dns.RcodeToString[r.Rcode], opt, len(r.Answer))
			}
		}},
		{"ednsopt (unknown option)", "udp", soaQuery(edns(0, false, unknownOpt)), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || opt == nil || len(opt.Option) != 0 {
				t.Errorf("rcode %s soa %v opt %v: want NOERROR, the SOA, the unknown option not echoed", dns.RcodeToString[r.Rcode], isSOA(r), opt)
			}
		}},
		{"edns1opt (version 1 and unknown option)", "udp", soaQuery(edns(1, false, unknownOpt)), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeBadVers || opt == nil || opt.Version() != 0 || len(opt.Option) != 0 {
				t.Errorf("rcode %s opt %v: want BADVERS, OPT version 0, no option", dns.RcodeToString[r.Rcode], opt)
			}
		}},
		{"do (DNSSEC OK echoed)", "udp", soaQuery(edns(0, true)), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || opt == nil || !opt.Do() {
				t.Errorf("rcode %s soa %v opt %v: want NOERROR, the SOA, DO set", dns.RcodeToString[r.Rcode], isSOA(r), opt)
			}
		}},
		{"ednsflags (unknown EDNS flag cleared)", "udp", soaQuery(func(m *dns.Msg) {
			edns(0, false)(m)
			m.Extra[0].Header().Ttl |= 0x40 // Z bit
		}), func(t *testing.T, r *dns.Msg) {
			opt := r.IsEdns0()
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || opt == nil || opt.Hdr.Ttl&0x7FFF != 0 {
				t.Errorf("rcode %s soa %v opt %v: want NOERROR, the SOA, the Z flags clear", dns.RcodeToString[r.Rcode], isSOA(r), opt)
			}
		}},
		{"optlist (NSID, ECS, EXPIRE, COOKIE)", "udp", soaQuery(edns(0, false,
			&dns.EDNS0_NSID{Code: dns.EDNS0NSID},
			&dns.EDNS0_SUBNET{Code: dns.EDNS0SUBNET, Family: 1, SourceNetmask: 24, Address: []byte{192, 0, 2, 0}},
			&dns.EDNS0_EXPIRE{Code: dns.EDNS0EXPIRE, Empty: true},
			&dns.EDNS0_COOKIE{Code: dns.EDNS0COOKIE, Cookie: "0123456789abcdef"},
		)), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || r.IsEdns0() == nil {
				t.Errorf("rcode %s soa %v: want NOERROR and the SOA", dns.RcodeToString[r.Rcode], isSOA(r))
			}
		}},
		{"zflag (header Z bit cleared)", "udp", soaQuery(func(m *dns.Msg) { m.Zero = true }), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || r.Zero {
				t.Errorf("rcode %s soa %v Z %v: want NOERROR, the SOA, Z clear", dns.RcodeToString[r.Rcode], isSOA(r), r.Zero)
			}
		}},
		{"type666 (unknown type: NODATA)", "udp", soaQuery(edns(0, false), func(m *dns.Msg) { m.Question[0].Qtype = 666 }), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || len(r.Answer) != 0 || len(r.Ns) != 1 || r.Ns[0].Header().Rrtype != dns.TypeSOA || !r.Authoritative {
				t.Errorf("rcode %s answer %v ns %v: want NOERROR, no answer, the SOA in authority", dns.RcodeToString[r.Rcode], r.Answer, r.Ns)
			}
		}},
		{"opcode (unknown opcode: NOTIMP)", "udp", soaQuery(func(m *dns.Msg) { m.Opcode = 15 }), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeNotImplemented || len(r.Answer) != 0 || r.Opcode != 15 {
				t.Errorf("rcode %s opcode %d answers %d: want NOTIMP, opcode 15 echoed, no answer", dns.RcodeToString[r.Rcode], r.Opcode, len(r.Answer))
			}
		}},
		{"ednsopcode (unknown opcode with EDNS)", "udp", soaQuery(edns(0, false), func(m *dns.Msg) { m.Opcode = 15 }), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeNotImplemented || r.IsEdns0() == nil {
				t.Errorf("rcode %s opt %v: want NOTIMP with OPT", dns.RcodeToString[r.Rcode], r.IsEdns0())
			}
		}},
		{"tcp (plain over TCP)", "tcp", soaQuery(), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) {
				t.Errorf("rcode %s soa %v", dns.RcodeToString[r.Rcode], isSOA(r))
			}
		}},
		{"ednstcp (EDNS over TCP)", "tcp", soaQuery(edns(0, false)), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || r.IsEdns0() == nil {
				t.Errorf("rcode %s soa %v opt %v", dns.RcodeToString[r.Rcode], isSOA(r), r.IsEdns0())
			}
		}},
		{"edns@512 (small buffer)", "udp", soaQuery(func(m *dns.Msg) { m.SetEdns0(512, true) }), func(t *testing.T, r *dns.Msg) {
			if r.Rcode != dns.RcodeSuccess || !isSOA(r) || r.Truncated || r.Len() > 512 {
				t.Errorf("rcode %s soa %v TC %v len %d", dns.RcodeToString[r.Rcode], isSOA(r), r.Truncated, r.Len())
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := exchange(t, s, tc.network, tc.msg)
			if !r.Response || r.RecursionAvailable {
				t.Errorf("QR %v RA %v", r.Response, r.RecursionAvailable)
			}
			tc.check(t, r)
		})
	}
}
