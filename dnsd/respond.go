package dnsd

import (
	"encoding/binary"
	"net/netip"
	"sync/atomic"
)

// handler answers requests from the current snapshot. It is safe for
// concurrent use; it never touches the database.
type handler struct {
	snap    atomic.Pointer[Snapshot]
	udpSize int // our largest UDP response and advertised EDNS size
	axfr    []netip.Prefix
	rrl     *rateLimiter // nil: off
	m       *metrics
}

// transport is where a request came from.
type transport int

const (
	udp transport = iota
	tcp
)

// outcome tells the server what to do with a request besides sending resp.
type outcome int

const (
	sendResponse outcome = iota
	dropRequest
	startTransfer // an allowed AXFR or IXFR over TCP: stream the zone
)

// maxTCPMessage is the largest DNS message over TCP.
const maxTCPMessage = 65535

// answer handles one request and appends the response to dst[:0]. For
// startTransfer the returned query says what to transfer.
func (h *handler) answer(dst, req []byte, from netip.Addr, tr transport) ([]byte, outcome, *query) {
	var q query
	switch err := parseQuery(req, &q); err {
	case nil:
	case errDrop:
		h.m.dropped(reasonMalformed)
		return nil, dropRequest, nil
	default:
		// Header only: nothing after the header can be trusted, not even
		// the OPT record (RFC 6891 7).
		resp := dst[:headerLen]
		flags := flagQR | q.flags&(0xF<<11|flagRD) | rcodeFormErr
		putHeader(resp, q.id, flags, 0, 0, 0, 0)
		h.m.count(0, rcodeFormErr, tr)
		return resp, sendResponse, nil
	}

	rcode := rcodeNoError
	aa := false
	var set *rrset
	var s *Snapshot
	zoneOff := -1
	var lname [maxName]byte
	qname := lowerName(lname[:], q.question[:q.qnameLen])

	switch {
	case q.opcode != opcodeQuery:
		rcode = rcodeNotImp
	case q.edns && q.ednsVersion > 0:
		rcode = rcodeBadVers
	case q.qtype == typeOPT:
		rcode = rcodeFormErr
	case q.qclass != classIN && q.qclass != classANY:
		rcode = rcodeRefused
	case q.qtype >= 128 && q.qtype <= 250 || q.qtype == 253 || q.qtype == 254:
		rcode = rcodeNotImp // meta types and MAILA/MAILB
	default:
		s = h.snap.Load()
		if s == nil {
			rcode = rcodeServFail
			break
		}
		zoneOff = zoneOffset(qname, s.apexWire)
		if zoneOff < 0 {
			rcode = rcodeRefused
			break
		}
		if q.qtype == typeAXFR || q.qtype == typeIXFR {
			return h.transfer(dst, &q, s, zoneOff, from, tr)
		}
		aa = true
		nd := s.nodes[string(qname)]
		switch {
		case nd == nil:
			rcode = rcodeNXDomain
		case q.qtype == typeANY:
			if nd.any.anCount > 0 {
				set = &nd.any
			}
		default:
			set = nd.lookup(q.qtype)
		}
	}

	if tr == udp && h.rrl != nil {
		switch h.rrl.check(from) {
		case rrlDrop:
			h.m.dropped(reasonRRL)
			return nil, dropRequest, nil
		case rrlSlip:
			h.m.slipped()
			resp := h.assemble(dst, &q, rcode, aa, nil, nil, 0, tr)
			binary.BigEndian.PutUint16(resp[2:], binary.BigEndian.Uint16(resp[2:])|flagTC)
			return resp, sendResponse, nil
		}
	}
	var soa []byte
	if aa && set == nil {
		soa = s.soaAuth
	}
	resp := h.assemble(dst, &q, rcode, aa, set, soa, zoneOff, tr)
	return resp, sendResponse, nil
}

// transfer answers AXFR and IXFR. Over UDP an IXFR gets the current SOA (RFC
// 1995 2: the client then retries over TCP) and an AXFR is refused (RFC 5936
// 4.2: AXFR is TCP only).
func (h *handler) transfer(dst []byte, q *query, s *Snapshot, zoneOff int, from netip.Addr, tr transport) ([]byte, outcome, *query) {
	if zoneOff != 0 {
		// A transfer of a name inside the zone that is not its apex.
		return h.assemble(dst, q, rcodeNotAuth, false, nil, nil, 0, tr), sendResponse, nil
	}
	soaSet := s.nodes[string(s.apexWire)].lookup(typeSOA)
	if tr == udp {
		if q.qtype == typeIXFR {
			return h.assemble(dst, q, rcodeNoError, true, soaSet, nil, 0, tr), sendResponse, nil
		}
		return h.assemble(dst, q, rcodeNotImp, false, nil, nil, 0, tr), sendResponse, nil
	}
	if !allowed(h.axfr, from) {
		h.m.transfer("refused")
		return h.assemble(dst, q, rcodeRefused, false, nil, nil, 0, tr), sendResponse, nil
	}
	if q.qtype == typeIXFR && q.hasIXFRSOA && !serialLess(q.ixfrSerial, s.Serial) {
		// The client is up to date: the current SOA alone (RFC 1995 4).
		return h.assemble(dst, q, rcodeNoError, true, soaSet, nil, 0, tr), sendResponse, nil
	}
	return nil, startTransfer, q
}

// assemble writes the response: header, the client's question verbatim,
// the answer, the SOA in the authority section of a negative answer (owner:
// a pointer to the apex inside the question name), additional records if
// they fit, and an OPT record if the request had one. A response that does
// not fit the transport is sent with TC set and empty sections.
func (h *handler) assemble(dst []byte, q *query, rcode int, aa bool, set *rrset, soa []byte, zoneOff int, tr transport) []byte {
	limit := maxTCPMessage
	if tr == udp {
		limit = 512
		if q.edns {
			limit = max(512, min(int(q.udpSize), h.udpSize))
		}
	}
	flags := uint16(flagQR) | q.flags&(0xF<<11|flagRD|flagCD) | uint16(rcode&0xF)
	if aa {
		flags |= flagAA
	}
	resp := append(dst[:0], make([]byte, headerLen)...)
	resp = append(resp, q.question...)
	optLen := 0
	if q.edns {
		optLen = 11
	}
	var an, ns, ar uint16
	body := len(resp) + optLen
	if set != nil {
		body += len(set.an)
	}
	if soa != nil {
		body += 2 + len(soa)
	}
	if body > limit {
		flags |= flagTC
		h.m.truncated()
	} else {
		if set != nil {
			resp = append(resp, set.an...)
			an = set.anCount
		}
		if soa != nil {
			resp = append(resp, 0xC0|byte((headerLen+zoneOff)>>8), byte(headerLen+zoneOff))
			resp = append(resp, soa...)
			ns = 1
		}
		if set != nil && set.adCount > 0 && len(resp)+len(set.ad)+optLen <= limit {
			resp = append(resp, set.ad...)
			ar = set.adCount
		}
	}
	if q.edns {
		// Root owner, OPT, our payload size, extended RCODE, version 0, the
		// DO bit copied (RFC 3225), no options.
		var opt [11]byte
		binary.BigEndian.PutUint16(opt[1:], typeOPT)
		binary.BigEndian.PutUint16(opt[3:], uint16(h.udpSize))
		ttl := uint32(rcode>>4) << 24
		if q.do {
			ttl |= ednsDO
		}
		binary.BigEndian.PutUint32(opt[5:], ttl)
		resp = append(resp, opt[:]...)
		ar++
	}
	putHeader(resp, q.id, flags, 1, an, ns, ar)
	h.m.count(q.qtype, rcode, tr)
	return resp
}

// allowed reports whether a is inside one of the prefixes.
func allowed(prefixes []netip.Prefix, a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range prefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// serialLess is RFC 1982 serial number arithmetic: a < b.
func serialLess(a, b uint32) bool {
	return a != b && (a < b && b-a < 1<<31 || a > b && a-b > 1<<31)
}
