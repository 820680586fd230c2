package devtee

import (
	"crypto/x509/pkix"
	"encoding/asn1"
)

// OIDSGXExtension is the PCK certificate's SGX extension. Its sub-OIDs:
//
//	.1      PPID (OCTET STRING, 16)
//	.2      TCB (SEQUENCE): .2.1-.2.16 sgxtcbcomp01-16 (INTEGER), .2.17 pcesvn (INTEGER), .2.18 cpusvn (OCTET STRING, 16)
//	.3      PCE-ID (OCTET STRING, 2)
//	.4      FMSPC (OCTET STRING, 6)
//	.5      SGX Type (ENUMERATED: 0 standard, 1 scalable, 2 scalable with integrity)
//	.6      PlatformInstanceID (OCTET STRING, 16)    platform-CA certificates only
//	.7      Configuration (SEQUENCE): .7.1 dynamicPlatform, .7.2 cachedKeys, .7.3 SMTEnabled (BOOLEAN)
func OIDSGXExtension() asn1.ObjectIdentifier { return sgxOID() }

func sgxOID(sub ...int) asn1.ObjectIdentifier {
	return append(asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}, sub...)
}

// SGX types.
const (
	SGXTypeStandard          = 0
	SGXTypeScalable          = 1
	SGXTypeScalableIntegrity = 2
)

// sgxExtensionInput is what the SGX extension records.
type sgxExtensionInput struct {
	ppid               [16]byte
	cpuSVN             [16]byte // also the 16 sgxtcbcomp values
	pceSVN             uint16
	pceID              [2]byte
	fmspc              [6]byte
	sgxType            int
	platformInstanceID [16]byte
	dynamicPlatform    bool
	cachedKeys         bool
	smtEnabled         bool
}

// extSGX encodes the SGX extension exactly as in PCK certificates issued by
// Intel's PCK Platform CA.
func extSGX(in sgxExtensionInput) pkix.Extension {
	item := func(oid asn1.ObjectIdentifier, value []byte) []byte { return seq(mustMarshal(oid), value) }
	var tcb [][]byte
	for i, svn := range in.cpuSVN {
		tcb = append(tcb, item(sgxOID(2, i+1), mustMarshal(int(svn))))
	}
	tcb = append(tcb,
		item(sgxOID(2, 17), mustMarshal(int(in.pceSVN))),
		item(sgxOID(2, 18), octets(in.cpuSVN[:])),
	)
	value := seq(
		item(sgxOID(1), octets(in.ppid[:])),
		item(sgxOID(2), seq(tcb...)),
		item(sgxOID(3), octets(in.pceID[:])),
		item(sgxOID(4), octets(in.fmspc[:])),
		item(sgxOID(5), mustMarshal(asn1.Enumerated(in.sgxType))),
		item(sgxOID(6), octets(in.platformInstanceID[:])),
		item(sgxOID(7), seq(
			item(sgxOID(7, 1), mustMarshal(in.dynamicPlatform)),
			item(sgxOID(7, 2), mustMarshal(in.cachedKeys)),
			item(sgxOID(7, 3), mustMarshal(in.smtEnabled)),
		)),
	)
	return pkix.Extension{Id: sgxOID(), Value: value}
}
