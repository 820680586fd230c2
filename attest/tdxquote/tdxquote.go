// Package tdxquote encodes and decodes Intel TDX DCAP quotes, version 4, in
// Intel's binary layout (Intel TDX DCAP Quoting Library API, "Quote Format"):
//
//	header                 48 bytes
//	TD quote body         584 bytes
//	signature data length   4 bytes, uint32 LE
//	signature data:
//	  quote signature      64 bytes, ECDSA P-256 r||s over SHA-256(header||body), by the attestation key
//	  attestation key      64 bytes, P-256 X||Y
//	  certification data   uint16 LE type = 6, uint32 LE size, then:
//	    QE report          384 bytes (SGX report body)
//	    QE report signature 64 bytes, r||s over SHA-256(QE report), by the PCK key
//	    QE auth data       uint16 LE size, then the data
//	    certification data uint16 LE type = 5, uint32 LE size, then PEM PCK chain (leaf, CA, root)
//
// Real quotes may be followed by padding (the buffer handed out by the quote
// generation service); Parse keeps it in Quote.Trailing.
//
// The package decodes and encodes only; it verifies no signature.
package tdxquote

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"golang.org/x/crypto/sha3"
)

// Layout constants.
const (
	Version4                  = 4
	AttestationKeyECDSA       = 2          // ECDSA-256-with-P-256 curve
	TEETypeTDX                = 0x00000081 // TEE type of TDX quotes (SGX is 0)
	CertDataQEReport          = 6          // QE report certification data
	CertDataPCKChain          = 5          // concatenated PCK certificate chain (PEM)
	HeaderSize                = 48
	BodySize                  = 584
	EnclaveReportSize         = 384
	SignatureSize             = 64
	AttestationKeySize        = 64
	signedDataMinSize         = SignatureSize + AttestationKeySize + 6 + EnclaveReportSize + SignatureSize + 2 + 6
	MinSize                   = HeaderSize + BodySize + 4 + signedDataMinSize
	maxSignedDataSize         = 1 << 20 // a real signed part is ~4.3 KiB
	TDAttributesDebug         = 1 << 0  // TD_ATTRIBUTES bit 0: the TD is debuggable (its secrets are not protected)
	TDAttributesSEPTVEDisable = 1 << 28 // TD_ATTRIBUTES bit 28: SEPT_VE_DISABLE
)

// IntelQEVendorID is the QE vendor ID of Intel's quoting enclave,
// 939A7233-F79C-4CA9-940A-0DB3957F0607.
func IntelQEVendorID() [16]byte {
	return [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}
}

// Header is the 48-byte quote header.
type Header struct {
	Version            uint16
	AttestationKeyType uint16
	TEEType            uint32
	// QESVN and PCESVN occupy bytes 8-11 as in the SGX v3 header; the v4
	// specification marks them reserved and real TDX quotes carry zeros.
	QESVN      uint16
	PCESVN     uint16
	QEVendorID [16]byte
	// UserData: for Intel's quote generation library the first 16 bytes are
	// the platform's QE ID.
	UserData [20]byte
}

// Body is the 584-byte TD quote body (the TD report as carried in a v4 quote).
type Body struct {
	TEETCBSVN      [16]byte
	MRSEAM         [48]byte
	MRSignerSEAM   [48]byte
	SEAMAttributes [8]byte
	TDAttributes   [8]byte
	XFAM           [8]byte
	MRTD           [48]byte
	MRConfigID     [48]byte
	MROwner        [48]byte
	MROwnerConfig  [48]byte
	RTMR           [4][48]byte
	ReportData     [64]byte
}

// Debug reports whether TD_ATTRIBUTES marks the TD as debuggable.
func (b *Body) Debug() bool {
	return binary.LittleEndian.Uint64(b.TDAttributes[:])&TDAttributesDebug != 0
}

// EnclaveReport is the 384-byte SGX report body (here: the QE's report).
type EnclaveReport struct {
	CPUSVN     [16]byte
	MiscSelect uint32
	Reserved1  [28]byte
	Attributes [16]byte
	MREnclave  [32]byte
	Reserved2  [32]byte
	MRSigner   [32]byte
	Reserved3  [96]byte
	ISVProdID  uint16
	ISVSVN     uint16
	Reserved4  [60]byte
	ReportData [64]byte
}

// Quote is a decoded v4 quote.
type Quote struct {
	Header         Header
	Body           Body
	Signature      [64]byte // r||s by the attestation key over SHA-256(header||body)
	AttestationKey [64]byte // X||Y
	QEReport       EnclaveReport
	// QEReportSignature is r||s by the PCK leaf key over SHA-256(QE report).
	QEReportSignature [64]byte
	QEAuthData        []byte
	// PCKCertChain is the type-5 certification data as carried: PEM
	// certificates leaf, intermediate CA, root, often with a trailing NUL.
	PCKCertChain []byte
	// Trailing holds bytes after the signature data (padding); not signed.
	Trailing []byte
}

// MarshalBinary encodes the header.
func (h *Header) MarshalBinary() ([]byte, error) {
	b := make([]byte, HeaderSize)
	binary.LittleEndian.PutUint16(b[0:], h.Version)
	binary.LittleEndian.PutUint16(b[2:], h.AttestationKeyType)
	binary.LittleEndian.PutUint32(b[4:], h.TEEType)
	binary.LittleEndian.PutUint16(b[8:], h.QESVN)
	binary.LittleEndian.PutUint16(b[10:], h.PCESVN)
	copy(b[12:28], h.QEVendorID[:])
	copy(b[28:48], h.UserData[:])
	return b, nil
}

func (h *Header) decode(b []byte) {
	h.Version = binary.LittleEndian.Uint16(b[0:])
	h.AttestationKeyType = binary.LittleEndian.Uint16(b[2:])
	h.TEEType = binary.LittleEndian.Uint32(b[4:])
	h.QESVN = binary.LittleEndian.Uint16(b[8:])
	h.PCESVN = binary.LittleEndian.Uint16(b[10:])
	copy(h.QEVendorID[:], b[12:28])
	copy(h.UserData[:], b[28:48])
}

// fields lists the body's fields in wire order.
func (b *Body) fields() [][]byte {
	f := [][]byte{b.TEETCBSVN[:], b.MRSEAM[:], b.MRSignerSEAM[:], b.SEAMAttributes[:], b.TDAttributes[:],
		b.XFAM[:], b.MRTD[:], b.MRConfigID[:], b.MROwner[:], b.MROwnerConfig[:]}
	for i := range b.RTMR {
		f = append(f, b.RTMR[i][:])
	}
	return append(f, b.ReportData[:])
}

// MarshalBinary encodes the body.
func (b *Body) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, BodySize)
	for _, f := range b.fields() {
		out = append(out, f...)
	}
	return out, nil
}

func (b *Body) decode(in []byte) {
	off := 0
	for _, f := range b.fields() {
		off += copy(f, in[off:])
	}
}

// MarshalBinary encodes the report.
func (r *EnclaveReport) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, EnclaveReportSize)
	b = append(b, r.CPUSVN[:]...)
	b = binary.LittleEndian.AppendUint32(b, r.MiscSelect)
	b = append(b, r.Reserved1[:]...)
	b = append(b, r.Attributes[:]...)
	b = append(b, r.MREnclave[:]...)
	b = append(b, r.Reserved2[:]...)
	b = append(b, r.MRSigner[:]...)
	b = append(b, r.Reserved3[:]...)
	b = binary.LittleEndian.AppendUint16(b, r.ISVProdID)
	b = binary.LittleEndian.AppendUint16(b, r.ISVSVN)
	b = append(b, r.Reserved4[:]...)
	b = append(b, r.ReportData[:]...)
	return b, nil
}

func (r *EnclaveReport) decode(b []byte) {
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:])
	copy(r.Reserved1[:], b[20:48])
	copy(r.Attributes[:], b[48:64])
	copy(r.MREnclave[:], b[64:96])
	copy(r.Reserved2[:], b[96:128])
	copy(r.MRSigner[:], b[128:160])
	copy(r.Reserved3[:], b[160:256])
	r.ISVProdID = binary.LittleEndian.Uint16(b[256:])
	r.ISVSVN = binary.LittleEndian.Uint16(b[258:])
	copy(r.Reserved4[:], b[260:320])
	copy(r.ReportData[:], b[320:384])
}

// SignedMessage returns header||body, the bytes the quote signature covers.
func (q *Quote) SignedMessage() []byte {
	h, _ := q.Header.MarshalBinary()
	b, _ := q.Body.MarshalBinary()
	return append(h, b...)
}

// MarshalBinary encodes the quote, Trailing included.
func (q *Quote) MarshalBinary() ([]byte, error) {
	if len(q.QEAuthData) > 0xffff {
		return nil, fmt.Errorf("QE auth data is %d bytes, more than a uint16 size allows", len(q.QEAuthData))
	}
	qeReport, _ := q.QEReport.MarshalBinary()
	// Certification data type 6: QE report, its signature, auth data, nested type 5.
	var cert6 []byte
	cert6 = append(cert6, qeReport...)
	cert6 = append(cert6, q.QEReportSignature[:]...)
	cert6 = binary.LittleEndian.AppendUint16(cert6, uint16(len(q.QEAuthData)))
	cert6 = append(cert6, q.QEAuthData...)
	cert6 = binary.LittleEndian.AppendUint16(cert6, CertDataPCKChain)
	cert6 = binary.LittleEndian.AppendUint32(cert6, uint32(len(q.PCKCertChain)))
	cert6 = append(cert6, q.PCKCertChain...)

	var signed []byte
	signed = append(signed, q.Signature[:]...)
	signed = append(signed, q.AttestationKey[:]...)
	signed = binary.LittleEndian.AppendUint16(signed, CertDataQEReport)
	signed = binary.LittleEndian.AppendUint32(signed, uint32(len(cert6)))
	signed = append(signed, cert6...)
	if len(signed) > maxSignedDataSize {
		return nil, fmt.Errorf("signature data is %d bytes, more than the %d allowed", len(signed), maxSignedDataSize)
	}

	out := q.SignedMessage()
	out = binary.LittleEndian.AppendUint32(out, uint32(len(signed)))
	out = append(out, signed...)
	return append(out, q.Trailing...), nil
}

// Parse decodes a v4 TDX quote with ECDSA-P256 attestation key and QE report
// certification data (type 6 wrapping type 5), the only kind TDX hardware
// produces. It checks every length field against the data and returns an
// error naming what is wrong. Bytes after the signature data are kept in
// Trailing. Parse verifies no signature.
func Parse(data []byte) (*Quote, error) {
	if len(data) < HeaderSize {
		return nil, fmt.Errorf("quote is %d bytes, shorter than a %d-byte header", len(data), HeaderSize)
	}
	q := new(Quote)
	q.Header.decode(data[:HeaderSize])
	if err := q.Header.check(); err != nil {
		return nil, err
	}
	if len(data) < MinSize {
		return nil, fmt.Errorf("quote is %d bytes, shorter than the %d-byte minimum", len(data), MinSize)
	}
	q.Body.decode(data[HeaderSize : HeaderSize+BodySize])
	r := reader{b: data[HeaderSize+BodySize:], what: "quote"}
	sigLen := r.u32("signature data length")
	signed := r.bytes(int(sigLen), "signature data")
	if r.err != nil {
		return nil, r.err
	}
	q.Trailing = r.rest()

	s := reader{b: signed, what: "signature data"}
	copy(q.Signature[:], s.bytes(SignatureSize, "quote signature"))
	copy(q.AttestationKey[:], s.bytes(AttestationKeySize, "attestation key"))
	certType := s.u16("certification data type")
	if s.err == nil && certType != CertDataQEReport {
		return nil, fmt.Errorf("certification data type is %d, want %d (QE report certification data)", certType, CertDataQEReport)
	}
	certLen := s.u32("certification data size")
	cert6 := s.bytes(int(certLen), "certification data")
	if s.err != nil {
		return nil, s.err
	}
	if n := len(s.rest()); n != 0 {
		return nil, fmt.Errorf("signature data has %d bytes after the certification data", n)
	}

	c := reader{b: cert6, what: "QE report certification data"}
	if rep := c.bytes(EnclaveReportSize, "QE report"); rep != nil {
		q.QEReport.decode(rep)
	}
	copy(q.QEReportSignature[:], c.bytes(SignatureSize, "QE report signature"))
	authLen := c.u16("QE auth data size")
	q.QEAuthData = bytes.Clone(c.bytes(int(authLen), "QE auth data"))
	innerType := c.u16("PCK certification data type")
	if c.err == nil && innerType != CertDataPCKChain {
		return nil, fmt.Errorf("QE report certification data carries certification data type %d, want %d (PCK certificate chain)", innerType, CertDataPCKChain)
	}
	chainLen := c.u32("PCK certificate chain size")
	q.PCKCertChain = bytes.Clone(c.bytes(int(chainLen), "PCK certificate chain"))
	if c.err != nil {
		return nil, c.err
	}
	if n := len(c.rest()); n != 0 {
		return nil, fmt.Errorf("QE report certification data has %d bytes after the PCK certificate chain", n)
	}
	q.Trailing = bytes.Clone(q.Trailing)
	if len(q.Trailing) == 0 {
		q.Trailing = nil
	}
	return q, nil
}

func (h *Header) check() error {
	switch {
	case h.Version != Version4:
		return fmt.Errorf("unsupported quote version %d (want %d)", h.Version, Version4)
	case h.TEEType != TEETypeTDX:
		return fmt.Errorf("TEE type is %#x, want %#x (TDX)", h.TEEType, TEETypeTDX)
	case h.AttestationKeyType != AttestationKeyECDSA:
		return fmt.Errorf("attestation key type is %d, want %d (ECDSA-256-with-P-256)", h.AttestationKeyType, AttestationKeyECDSA)
	}
	return nil
}

// ErrTruncated is wrapped by errors for data that ends before a field.
var ErrTruncated = errors.New("truncated")

// reader consumes little-endian fields and remembers the first error.
type reader struct {
	b    []byte
	what string
	err  error
}

func (r *reader) bytes(n int, field string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%s: %s needs %d bytes, %d left: %w", r.what, field, n, len(r.b), ErrTruncated)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u16(field string) uint16 {
	if b := r.bytes(2, field); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32(field string) uint32 {
	if b := r.bytes(4, field); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) rest() []byte { return r.b }

// ParseHeader decodes the 48-byte header at the start of data without
// checking its version or type (for callers that accept other quote versions).
func ParseHeader(data []byte) (Header, error) {
	var h Header
	if len(data) < HeaderSize {
		return h, fmt.Errorf("quote is %d bytes, shorter than a %d-byte header: %w", len(data), HeaderSize, ErrTruncated)
	}
	h.decode(data[:HeaderSize])
	return h, nil
}

// WorkloadID is the body's workload identity as the Registry defines it
// (IRegistry.workloadIdOf, the Flashtestations definition):
// keccak256(MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3 ‖ MRCONFIGID ‖ XFAM ‖ TDATTRIBUTES),
// the 8-byte fields as they appear in the quote.
func (b *Body) WorkloadID() [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, f := range [][]byte{b.MRTD[:], b.RTMR[0][:], b.RTMR[1][:], b.RTMR[2][:], b.RTMR[3][:], b.MRConfigID[:], b.XFAM[:], b.TDAttributes[:]} {
		h.Write(f)
	}
	return [32]byte(h.Sum(nil))
}
