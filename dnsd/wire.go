package dnsd

import (
	"encoding/binary"
	"errors"
)

// The request parser works on the raw message without allocating: the hot
// path answers from precomputed wire bytes, so a miekg/dns unpack (which
// allocates a Msg, its sections and every name) would dominate the cost of a
// query. The parser is strict where NSD and Knot are: anything that is not a
// well-formed message is FORMERR (or dropped when there is no header to
// answer to). It is fuzzed against miekg/dns in wire_fuzz_test.go.

const (
	headerLen = 12
	maxName   = 255

	flagQR = 1 << 15
	flagAA = 1 << 10
	flagTC = 1 << 9
	flagRD = 1 << 8
	flagCD = 1 << 4

	typeOPT  = 41
	typeSOA  = 6
	typeIXFR = 251
	typeAXFR = 252
	typeANY  = 255

	classIN  = 1
	classANY = 255

	opcodeQuery = 0

	rcodeNoError  = 0
	rcodeFormErr  = 1
	rcodeServFail = 2
	rcodeNXDomain = 3
	rcodeNotImp   = 4
	rcodeRefused  = 5
	rcodeNotAuth  = 9
	rcodeBadVers  = 16 // extended: header 0, OPT 1

	ednsDO = 1 << 15
)

// errDrop means the message gets no answer at all: it is too short to have an
// ID, or it is a response (answering responses invites loops).
var errDrop = errors.New("drop")

// errFormat means the message is malformed: answer FORMERR.
var errFormat = errors.New("malformed message")

// query is a parsed request. Slices point into the request buffer.
type query struct {
	id     uint16
	flags  uint16 // as received
	opcode int
	// question is the raw question (name, type, class), copied into the
	// response verbatim so the client sees its own case (0x20).
	question []byte
	qnameLen int // wire length of the name at the start of question
	qtype    uint16
	qclass   uint16

	edns        bool
	ednsVersion uint8
	ednsExtRc   uint8
	udpSize     uint16
	do          bool
	// optOther counts records in the additional section other than OPT; they
	// are parsed for well-formedness and otherwise ignored (no TSIG).
	optOther int
	optLen   int // OPT RDATA length (options are ignored)

	// ixfrSerial is the serial of the SOA in the authority section of an IXFR
	// request.
	ixfrSerial uint32
	hasIXFRSOA bool
}

// parseQuery parses msg into q. It returns errDrop, errFormat or nil.
func parseQuery(msg []byte, q *query) error {
	if len(msg) < headerLen {
		return errDrop
	}
	*q = query{
		id:     binary.BigEndian.Uint16(msg[0:]),
		flags:  binary.BigEndian.Uint16(msg[2:]),
		qclass: 0,
	}
	if q.flags&flagQR != 0 {
		return errDrop
	}
	q.opcode = int(q.flags>>11) & 0xF
	qd := binary.BigEndian.Uint16(msg[4:])
	an := binary.BigEndian.Uint16(msg[6:])
	ns := binary.BigEndian.Uint16(msg[8:])
	ar := binary.BigEndian.Uint16(msg[10:])
	if qd != 1 {
		return errFormat
	}
	off := headerLen
	n, err := questionName(msg, off)
	if err != nil {
		return err
	}
	if off+n+4 > len(msg) {
		return errFormat
	}
	q.qnameLen = n
	q.question = msg[off : off+n+4]
	q.qtype = binary.BigEndian.Uint16(msg[off+n:])
	q.qclass = binary.BigEndian.Uint16(msg[off+n+2:])
	off += n + 4

	if q.opcode == opcodeQuery {
		// A query carries nothing in the answer section, and in the authority
		// section at most the client's SOA of an IXFR (RFC 1995).
		if an != 0 || ns > 1 || ns == 1 && q.qtype != typeIXFR {
			return errFormat
		}
	}
	for i := 0; i < int(an)+int(ns); i++ {
		var rr rrHeader
		if off, err = skipRR(msg, off, &rr); err != nil {
			return err
		}
		if q.qtype == typeIXFR && rr.typ == typeSOA && rr.rdlen >= 22 {
			// The serial is the first of the five 32-bit fields that end the
			// SOA RDATA; MNAME and RNAME before them may be compressed.
			q.ixfrSerial = binary.BigEndian.Uint32(msg[rr.rdata+rr.rdlen-20:])
			q.hasIXFRSOA = true
		}
	}
	for i := 0; i < int(ar); i++ {
		var rr rrHeader
		if off, err = skipRR(msg, off, &rr); err != nil {
			return err
		}
		if rr.typ != typeOPT {
			q.optOther++
			continue
		}
		// RFC 6891 6.1.1: one OPT, owned by the root.
		if q.edns || !rr.rootOwner {
			return errFormat
		}
		q.edns = true
		q.udpSize = rr.class
		q.ednsExtRc = uint8(rr.ttl >> 24)
		q.ednsVersion = uint8(rr.ttl >> 16)
		q.do = rr.ttl&ednsDO != 0
		q.optLen = rr.rdlen
		if err := checkOptions(msg[rr.rdata : rr.rdata+rr.rdlen]); err != nil {
			return err
		}
	}
	if off != len(msg) {
		return errFormat // trailing garbage
	}
	return nil
}

// questionName returns the wire length of the uncompressed name at off. A
// compression pointer in the question could only point into the header, so
// it is malformed, as are the reserved label types.
func questionName(msg []byte, off int) (int, error) {
	start := off
	for {
		if off >= len(msg) {
			return 0, errFormat
		}
		l := int(msg[off])
		if l&0xC0 != 0 {
			return 0, errFormat
		}
		off += 1 + l
		if off-start > maxName {
			return 0, errFormat
		}
		if l == 0 {
			return off - start, nil
		}
	}
}

type rrHeader struct {
	rootOwner bool
	typ       uint16
	class     uint16
	ttl       uint32
	rdata     int // offset
	rdlen     int
}

// skipRR checks the structure of the resource record at off and returns the
// offset after it. Owner names may be compressed (the pointer must point
// backwards, as every pointer in a message does).
func skipRR(msg []byte, off int, rr *rrHeader) (int, error) {
	start := off
	nameLen := 0
	for {
		if off >= len(msg) {
			return 0, errFormat
		}
		l := int(msg[off])
		switch {
		case l&0xC0 == 0xC0:
			if off+2 > len(msg) {
				return 0, errFormat
			}
			ptr := int(binary.BigEndian.Uint16(msg[off:]) & 0x3FFF)
			if ptr < headerLen || ptr >= start {
				return 0, errFormat
			}
			off += 2
		case l&0xC0 != 0:
			return 0, errFormat
		default:
			off += 1 + l
			nameLen += 1 + l
			if nameLen > maxName {
				return 0, errFormat
			}
			if l != 0 {
				continue
			}
		}
		break
	}
	rr.rootOwner = off-start == 1 && msg[start] == 0
	if off+10 > len(msg) {
		return 0, errFormat
	}
	rr.typ = binary.BigEndian.Uint16(msg[off:])
	rr.class = binary.BigEndian.Uint16(msg[off+2:])
	rr.ttl = binary.BigEndian.Uint32(msg[off+4:])
	rr.rdlen = int(binary.BigEndian.Uint16(msg[off+8:]))
	rr.rdata = off + 10
	off = rr.rdata + rr.rdlen
	if off > len(msg) {
		return 0, errFormat
	}
	return off, nil
}

// checkOptions checks that the OPT RDATA is a sequence of well-framed
// options. Their content is ignored (RFC 6891 6.1.2: unknown options are
// ignored; dnsd implements none).
func checkOptions(b []byte) error {
	for len(b) > 0 {
		if len(b) < 4 {
			return errFormat
		}
		l := int(binary.BigEndian.Uint16(b[2:]))
		if 4+l > len(b) {
			return errFormat
		}
		b = b[4+l:]
	}
	return nil
}

// lowerName writes the lower-cased wire name into dst and returns it.
func lowerName(dst []byte, name []byte) []byte {
	dst = dst[:len(name)]
	for i, c := range name {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// zoneOffset returns the offset in the lower-cased wire name at which the
// zone apex (lower-cased wire form) starts, or -1 if name is not at or below
// the apex. Only label boundaries count: "xexample.com" is not below
// "example.com".
func zoneOffset(name, apex []byte) int {
	off := 0
	for off < len(name) {
		if len(name)-off == len(apex) {
			if string(name[off:]) == string(apex) {
				return off
			}
			return -1
		}
		if len(name)-off < len(apex) {
			return -1
		}
		off += 1 + int(name[off])
	}
	return -1
}
