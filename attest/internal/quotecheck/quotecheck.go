// Package quotecheck is an independent, test-only check of a TDX quote's
// cryptography with crypto/x509 and crypto/ecdsa: the PCK chain up to a
// pinned root, the QE report signature, the QE report data binding of the
// attestation key, and the quote signature. It evaluates no TCB status and is
// no substitute for a full verifier; tests use it to cross-check the parser and
// the dev TEE against a second implementation.
package quotecheck

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/google/go-tdx-guest/abi"
	pb "github.com/google/go-tdx-guest/proto/tdx"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/tdxquote"
)

// Result is what a successful check established.
type Result struct {
	Quote *tdxquote.Quote
	// Chain is leaf, intermediate CA, root as carried in the quote.
	Chain []*x509.Certificate
}

// Check verifies the quote's signatures and PCK chain against root at time now.
func Check(raw []byte, root *x509.Certificate, now time.Time) (*Result, error) {
	q, err := tdxquote.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("parsing quote: %w", err)
	}
	chain, err := collateral.ParseCertChain(q.PCKCertChain)
	if err != nil {
		return nil, fmt.Errorf("parsing PCK chain: %w", err)
	}
	if len(chain) != 3 {
		return nil, fmt.Errorf("PCK chain has %d certificates, want 3", len(chain))
	}
	if !chain[2].Equal(root) {
		return nil, errors.New("PCK chain root is not the pinned root")
	}
	roots := x509.NewCertPool()
	roots.AddCert(root)
	inter := x509.NewCertPool()
	inter.AddCert(chain[1])
	if _, err := chain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
		return nil, fmt.Errorf("verifying PCK chain: %w", err)
	}
	pck, ok := chain[0].PublicKey.(*ecdsa.PublicKey)
	if !ok || pck.Curve != elliptic.P256() {
		return nil, errors.New("PCK key is not ECDSA P-256")
	}
	qeReport, _ := q.QEReport.MarshalBinary()
	if !verifyRaw(pck, qeReport, q.QEReportSignature) {
		return nil, errors.New("QE report signature does not verify with the PCK key")
	}
	h := sha256.New()
	h.Write(q.AttestationKey[:])
	h.Write(q.QEAuthData)
	want := make([]byte, 64)
	copy(want, h.Sum(nil))
	if !bytes.Equal(q.QEReport.ReportData[:], want) {
		return nil, errors.New("QE report data is not SHA-256(attestation key || QE auth data) || zeros")
	}
	ak, err := RawP256Key(q.AttestationKey)
	if err != nil {
		return nil, err
	}
	if !verifyRaw(ak, q.SignedMessage(), q.Signature) {
		return nil, errors.New("quote signature does not verify with the attestation key")
	}
	return &Result{Quote: q, Chain: chain}, nil
}

// RawP256Key decodes a 64-byte X||Y public key.
func RawP256Key(xy [64]byte) (*ecdsa.PublicKey, error) {
	key, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, xy[:]...))
	if err != nil {
		return nil, fmt.Errorf("attestation key: %w", err)
	}
	return key, nil
}

// VerifyRaw checks a raw r||s ECDSA signature over SHA-256(msg).
func VerifyRaw(pub *ecdsa.PublicKey, msg []byte, sig [64]byte) bool { return verifyRaw(pub, msg, sig) }

func verifyRaw(pub *ecdsa.PublicKey, msg []byte, sig [64]byte) bool {
	d := sha256.Sum256(msg)
	return ecdsa.Verify(pub, d[:], new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:]))
}

// DiffGoTDXGuest decodes raw with go-tdx-guest's abi package and compares
// every field with q, which tdxquote decoded or encoded.
func DiffGoTDXGuest(raw []byte, q *tdxquote.Quote) error {
	anyQ, err := abi.QuoteToProto(raw)
	if err != nil {
		return fmt.Errorf("go-tdx-guest abi rejects the quote: %w", err)
	}
	g, ok := anyQ.(*pb.QuoteV4)
	if !ok {
		return fmt.Errorf("go-tdx-guest abi decoded a %T", anyQ)
	}
	eq := func(name string, a, b []byte) error {
		if !bytes.Equal(a, b) {
			return fmt.Errorf("%s: go-tdx-guest %x, tdxquote %x", name, a, b)
		}
		return nil
	}
	h, gb := g.GetHeader(), g.GetTdQuoteBody()
	qe := g.GetSignedData().GetCertificationData().GetQeReportCertificationData()
	rep := qe.GetQeReport()
	le16 := func(v uint16) []byte { return binary.LittleEndian.AppendUint16(nil, v) }
	checks := []error{
		eq("version", le16(uint16(h.GetVersion())), le16(q.Header.Version)),
		eq("tee type", binary.LittleEndian.AppendUint32(nil, h.GetTeeType()), binary.LittleEndian.AppendUint32(nil, q.Header.TEEType)),
		// go-tdx-guest names bytes 8-9 "pce_svn" and 10-11 "qe_svn"; we
		// follow the SGX v3 header (QE SVN first). Compare by position.
		eq("header bytes 8-9", h.GetPceSvn(), le16(q.Header.QESVN)),
		eq("header bytes 10-11", h.GetQeSvn(), le16(q.Header.PCESVN)),
		eq("qe vendor", h.GetQeVendorId(), q.Header.QEVendorID[:]),
		eq("user data", h.GetUserData(), q.Header.UserData[:]),
		eq("tee_tcb_svn", gb.GetTeeTcbSvn(), q.Body.TEETCBSVN[:]),
		eq("mr_seam", gb.GetMrSeam(), q.Body.MRSEAM[:]),
		eq("mr_signer_seam", gb.GetMrSignerSeam(), q.Body.MRSignerSEAM[:]),
		eq("seam_attributes", gb.GetSeamAttributes(), q.Body.SEAMAttributes[:]),
		eq("td_attributes", gb.GetTdAttributes(), q.Body.TDAttributes[:]),
		eq("xfam", gb.GetXfam(), q.Body.XFAM[:]),
		eq("mr_td", gb.GetMrTd(), q.Body.MRTD[:]),
		eq("mr_config_id", gb.GetMrConfigId(), q.Body.MRConfigID[:]),
		eq("mr_owner", gb.GetMrOwner(), q.Body.MROwner[:]),
		eq("mr_owner_config", gb.GetMrOwnerConfig(), q.Body.MROwnerConfig[:]),
		eq("report_data", gb.GetReportData(), q.Body.ReportData[:]),
		eq("signature", g.GetSignedData().GetSignature(), q.Signature[:]),
		eq("attestation key", g.GetSignedData().GetEcdsaAttestationKey(), q.AttestationKey[:]),
		eq("qe cpusvn", rep.GetCpuSvn(), q.QEReport.CPUSVN[:]),
		eq("qe attributes", rep.GetAttributes(), q.QEReport.Attributes[:]),
		eq("qe mrenclave", rep.GetMrEnclave(), q.QEReport.MREnclave[:]),
		eq("qe mrsigner", rep.GetMrSigner(), q.QEReport.MRSigner[:]),
		eq("qe report data", rep.GetReportData(), q.QEReport.ReportData[:]),
		eq("qe report signature", qe.GetQeReportSignature(), q.QEReportSignature[:]),
		eq("qe auth data", qe.GetQeAuthData().GetData(), q.QEAuthData),
		eq("pck chain", qe.GetPckCertificateChainData().GetPckCertChain(), q.PCKCertChain),
		eq("trailing", g.GetExtraBytes(), q.Trailing),
	}
	for i, r := range gb.GetRtmrs() {
		checks = append(checks, eq(fmt.Sprintf("rtmr%d", i), r, q.Body.RTMR[i][:]))
	}
	if rep.GetMiscSelect() != q.QEReport.MiscSelect || rep.GetIsvProdId() != uint32(q.QEReport.ISVProdID) || rep.GetIsvSvn() != uint32(q.QEReport.ISVSVN) {
		checks = append(checks, errors.New("qe miscselect/isvprodid/isvsvn differ"))
	}
	return errors.Join(checks...)
}
