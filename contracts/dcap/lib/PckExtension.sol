// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Asn1Der} from "./Asn1Der.sol";
import {X509} from "./X509.sol";

/// @title PckExtension
/// @notice Decodes the Intel SGX extension (OID 1.2.840.113741.1.13.1) of a PCK certificate:
///         FMSPC, PCE-ID, the 16 SGX TCB component SVNs, PCESVN and CPUSVN (plus PPID and SGX type).
/// @dev Layout (Intel SGX PCK Certificate and CRL Profile):
///      SEQUENCE {
///        SEQUENCE { OID ...13.1.1 PPID,   OCTET STRING (16) }
///        SEQUENCE { OID ...13.1.2 TCB,    SEQUENCE { 18 x SEQUENCE { OID ...13.1.2.n, value } } }
///        SEQUENCE { OID ...13.1.3 PCE-ID, OCTET STRING (2) }
///        SEQUENCE { OID ...13.1.4 FMSPC,  OCTET STRING (6) }
///        SEQUENCE { OID ...13.1.5 SGX Type, ENUMERATED }
///        [SEQUENCE { OID ...13.1.6 PlatformInstanceID, ... }, SEQUENCE { OID ...13.1.7 Configuration, ... }]
///      }
///      where TCB component n = 1..16 is an INTEGER (0..255), n = 17 (PCESVN) an INTEGER
///      (0..65535) and n = 18 (CPUSVN) an OCTET STRING (16). Top-level entries are matched by
///      OID (unknown ones are skipped; duplicates and missing TCB / PCE-ID / FMSPC revert); the
///      18 TCB components must appear in the profile's order 1..18, each OID checked.
library PckExtension {
    using Asn1Der for bytes;

    /// @notice The SGX extension fields of a PCK certificate.
    struct PckInfo {
        /// Platform provisioning id (zero if the entry is absent).
        bytes16 ppid;
        /// SGX TCB component SVNs 1..16 at indices 0..15.
        uint8[16] tcbCompSvns;
        /// PCE security version.
        uint16 pceSvn;
        /// CPU security version (raw 16 bytes).
        bytes16 cpuSvn;
        /// PCE identifier.
        bytes2 pceId;
        /// Family-Model-Stepping-Platform-CustomSKU.
        bytes6 fmspc;
        /// SGX type (0 Standard, 1 Scalable, 2 Scalable with integrity); 0 if absent.
        uint8 sgxType;
    }

    /// @dev 1.2.840.113741.1.13.1 (9 content octets).
    bytes32 internal constant OID_SGX_EXTENSION = bytes32(bytes9(0x2a864886f84d010d01));
    uint256 internal constant OID_SGX_EXTENSION_LENGTH = 9;

    /// @dev Entry arcs (1.2.840.113741.1.13.1.n).
    uint256 private constant _TCB = 2;
    uint256 private constant _PCEID = 3;
    uint256 private constant _FMSPC = 4;

    /// @dev The certificate has no SGX extension.
    error PckMissingSgxExtension();
    /// @dev A required SGX extension entry is absent (arc: 2 TCB, 3 PCE-ID, 4 FMSPC).
    error PckMissingField(uint256 arc);
    /// @dev An SGX extension entry or TCB component appears twice.
    error PckDuplicateField(uint256 arc);
    /// @dev An OCTET STRING field has the wrong length (or the wrong type).
    error PckInvalidField(uint256 arc);
    /// @dev The n-th TCB component's OID is not 1.2.840.113741.1.13.1.2.n, or there are more than 18.
    error PckInvalidTcbComponent();
    /// @dev Not all 18 TCB components are present.
    error PckMissingTcbComponent();
    /// @dev An SVN (or the SGX type) exceeds its range.
    error PckSvnOutOfRange(uint256 arc);

    /// @notice Parses a DER PCK certificate and decodes its SGX extension.
    /// @param der The DER certificate.
    /// @return info The SGX extension fields.
    function parse(bytes memory der) internal view returns (PckInfo memory info) {
        return parse(der, X509.parse(der));
    }

    /// @notice Decodes the SGX extension of an already parsed certificate.
    /// @param der The DER certificate `cert` was parsed from.
    /// @param cert The parsed certificate.
    /// @return info The SGX extension fields.
    function parse(bytes memory der, X509.Certificate memory cert) internal pure returns (PckInfo memory info) {
        uint256 value = X509.findExtension(der, cert, OID_SGX_EXTENSION, OID_SGX_EXTENSION_LENGTH);
        if (value == 0) revert PckMissingSgxExtension();
        parseExtensionValue(der, value, info);
    }

    /// @notice Decodes the SGX extension from its extnValue OCTET STRING node.
    /// @param der The buffer.
    /// @param value The extnValue OCTET STRING node.
    /// @param info Receives the fields.
    function parseExtensionValue(bytes memory der, uint256 value, PckInfo memory info) internal pure {
        uint256 seq = Asn1Der.requireTag(der.unwrap(value), Asn1Der.TAG_SEQUENCE);
        uint256 seen = _parseEntries(der, Asn1Der.contentStart(seq), Asn1Der.contentEnd(seq), info);
        if (seen & (1 << _TCB) == 0) revert PckMissingField(_TCB);
        if (seen & (1 << _PCEID) == 0) revert PckMissingField(_PCEID);
        if (seen & (1 << _FMSPC) == 0) revert PckMissingField(_FMSPC);
    }

    /// @dev Walks the entries in der[start:end] (the content of the extension's SEQUENCE) and
    ///      fills `info`; returns the bitmask of the arcs seen. One pass over ~60 TLVs in assembly
    ///      (a walk through the generic Asn1Der API costs ~5x more). Every TLV header is
    ///      bounds-checked against its parent exactly like `Asn1Der` does, and reverts with the
    ///      same errors (selectors spelled out below).
    function _parseEntries(bytes memory der, uint256 start, uint256 end, PckInfo memory info)
        private
        pure
        returns (uint256 seen)
    {
        /// @solidity memory-safe-assembly
        assembly {
            function fail(sel) {
                mstore(0x00, sel)
                revert(0x1c, 0x04)
            }
            function failArg(sel, a) {
                mstore(0x00, sel)
                mstore(0x20, a)
                revert(0x1c, 0x24)
            }
            function requireTag(expected, actual) {
                if iszero(eq(expected, actual)) {
                    mstore(0x00, 0x91bf4c8c) // Asn1Der.DerUnexpectedTag(uint256,uint256)
                    mstore(0x20, expected)
                    mstore(0x40, actual) // Clobbers the free memory pointer: we revert.
                    revert(0x1c, 0x44)
                }
            }
            // DER TLV header at p, inside [p, limit). Returns the tag and the content range.
            function tlv(base, p, limit) -> t, cs, ce {
                if gt(add(p, 2), limit) { fail(0x2c96976b) } // DerTruncated()
                let w := mload(add(base, p))
                t := byte(0, w)
                let len := byte(1, w)
                cs := add(p, 2)
                if gt(len, 0x7f) {
                    let n := and(len, 0x7f)
                    if iszero(n) { fail(0x544f2895) } // DerIndefiniteLength()
                    if gt(n, 4) { fail(0xcb1efb26) } // DerLengthTooLong()
                    cs := add(cs, n)
                    if gt(cs, limit) { fail(0x2c96976b) } // DerTruncated()
                    len := shr(sub(256, shl(3, n)), shl(16, w))
                    // DerNonMinimalLength()
                    if or(lt(len, 0x80), iszero(shr(shl(3, sub(n, 1)), len))) { fail(0x65df062c) }
                }
                ce := add(cs, len)
                if gt(ce, limit) { fail(0xe186abf4) } // DerLengthOutOfBounds()
            }
            // Minimal non-negative INTEGER / ENUMERATED content, at most `max` (< 2**24).
            function smallUint(base, cs, ce, max, arc) -> v {
                let len := sub(ce, cs)
                if iszero(len) { fail(0xb06efcf7) } // DerInvalidInteger()
                let w := mload(add(base, cs))
                if shr(255, w) { fail(0x1a007b81) } // DerNegativeInteger()
                // A leading 0x00 is only allowed before an octet with the high bit set.
                if and(gt(len, 1), iszero(shr(247, w))) { fail(0xb06efcf7) } // DerInvalidInteger()
                if gt(len, 3) { failArg(0x3a3e3232, arc) } // PckSvnOutOfRange(arc)
                v := shr(sub(256, shl(3, len)), w)
                if gt(v, max) { failArg(0x3a3e3232, arc) }
            }
            // OCTET STRING of exactly `len` (<= 32) octets, left-aligned.
            function octets(base, t, cs, ce, len, arc) -> v {
                // PckInvalidField(arc)
                if or(iszero(eq(t, 0x04)), iszero(eq(sub(ce, cs), len))) { failArg(0x02d2dab5, arc) }
                v := and(mload(add(base, cs)), not(shr(shl(3, len), not(0))))
            }
            // TCB component n at q: SEQUENCE { OID 1.2.840.113741.1.13.1.2.n, value }; returns its end.
            function component(base, q, limit, n, pck) -> next {
                // Fast path for the usual 18-byte DER (n <= 17, value < 0x80):
                // 30 10 | 06 0b 2a864886f84d010d0102 n | 02 01 v. Anything else takes the generic path.
                if iszero(gt(add(q, 18), limit)) {
                    let key := shr(112, mload(add(base, q)))
                    if eq(and(key, not(0xff)), or(0x3010060b2a864886f84d010d010200020100, shl(24, n))) {
                        let v := and(key, 0xff)
                        if lt(v, 0x80) {
                            switch n
                            case 17 { mstore(add(pck, 0x40), v) } // pceSvn
                            default { mstore(add(mload(add(pck, 0x20)), shl(5, sub(n, 1))), v) }
                            next := add(q, 18)
                            leave
                        }
                    }
                }
                if iszero(lt(q, limit)) { fail(0x0848cb44) } // PckMissingTcbComponent()
                let t, cs, ce := tlv(base, q, limit)
                requireTag(0x30, t)
                next := ce
                // The OID TLV must be exactly 06 0b 2a864886f84d010d0102 n.
                if gt(add(cs, 13), ce) { fail(0x785b3313) } // PckInvalidTcbComponent()
                if iszero(eq(shr(152, mload(add(base, cs))), or(0x060b2a864886f84d010d010200, n))) {
                    fail(0x785b3313) // PckInvalidTcbComponent()
                }
                t, cs, q := tlv(base, add(cs, 13), ce)
                if iszero(eq(q, ce)) { fail(0x828db611) } // DerTrailingData()
                switch n
                case 18 { mstore(add(pck, 0x60), octets(base, t, cs, ce, 16, 18)) } // cpuSvn
                case 17 {
                    requireTag(0x02, t)
                    mstore(add(pck, 0x40), smallUint(base, cs, ce, 0xffff, 17)) // pceSvn
                }
                default {
                    requireTag(0x02, t)
                    // tcbCompSvns[n - 1] (the struct holds a pointer to the uint8[16]).
                    mstore(add(mload(add(pck, 0x20)), shl(5, sub(n, 1))), smallUint(base, cs, ce, 0xff, n))
                }
            }
            // Top-level entry at p: SEQUENCE { OID 1.2.840.113741.1.13.1.arc, value }; returns its end
            // and `seen` updated.
            function entry(base, p, limit, pck, seenIn) -> next, seenOut {
                seenOut := seenIn
                let t, cs, ce := tlv(base, p, limit)
                requireTag(0x30, t)
                next := ce
                let ocs, oce
                t, ocs, oce := tlv(base, cs, ce)
                requireTag(0x06, t)
                t, cs, p := tlv(base, oce, ce)
                if iszero(eq(p, ce)) { fail(0x828db611) } // DerTrailingData()
                let arc := 0
                if eq(sub(oce, ocs), 10) {
                    let ow := mload(add(base, ocs))
                    if eq(shr(184, ow), 0x2a864886f84d010d01) { arc := byte(9, ow) }
                }
                // Skip foreign OIDs and arcs 6+ (PlatformInstanceID, Configuration, ...).
                if and(iszero(iszero(arc)), lt(arc, 6)) {
                    if and(seenIn, shl(arc, 1)) { failArg(0x0dd2d910, arc) } // PckDuplicateField(arc)
                    seenOut := or(seenIn, shl(arc, 1))
                    switch arc
                    case 1 { mstore(pck, octets(base, t, cs, ce, 16, 1)) } // ppid
                    case 3 { mstore(add(pck, 0x80), octets(base, t, cs, ce, 2, 3)) } // pceId
                    case 4 { mstore(add(pck, 0xa0), octets(base, t, cs, ce, 6, 4)) } // fmspc
                    case 5 {
                        requireTag(0x0a, t)
                        mstore(add(pck, 0xc0), smallUint(base, cs, ce, 0xff, 5)) // sgxType
                    }
                    default {
                        // TCB: SEQUENCE of the 18 components, in order.
                        requireTag(0x30, t)
                        let q := cs
                        for { let n := 1 } lt(n, 19) { n := add(n, 1) } { q := component(base, q, ce, n, pck) }
                        if lt(q, ce) { fail(0x785b3313) } // PckInvalidTcbComponent(): more than 18.
                    }
                }
            }

            // PckInfo memory layout: ppid, tcbCompSvns (pointer), pceSvn, cpuSvn, pceId, fmspc, sgxType.
            let base := add(der, 0x20)
            for { let p := start } lt(p, end) {} { p, seen := entry(base, p, end, info, seen) }
        }
    }
}
