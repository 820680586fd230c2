// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Asn1Der} from "./Asn1Der.sol";
import {P256} from "./P256.sol";
import {X509} from "./X509.sol";

/// @title Crl
/// @notice Parses X.509 v2 certificate revocation lists signed with ecdsa-with-SHA256 (Intel's
///         Root CA and PCK CA CRLs) and checks them against their issuer.
/// @dev `parse` walks and validates every entry in one pass and returns all revoked serials.
///      Intended use: verify a CRL once when it is uploaded and store its serials in a mapping
///      (`for (i...) revoked[crl.revokedSerials[i]] = true`), so that quote verification is an
///      O(1) lookup; `isRevoked` is a linear scan for view-time use.
///      Indirect CRLs, delta CRLs and other critical extensions (CRL-level or entry-level) are
///      rejected rather than silently ignored.
library Crl {
    using Asn1Der for bytes;

    /// @notice The fields of a parsed CRL. Offsets and nodes refer to the parsed DER buffer.
    struct CertificateList {
        /// keccak256 of the DER issuer Name (compare with `X509.Certificate.subjectHash`).
        bytes32 issuerHash;
        /// Asn1Der node of the issuer Name.
        uint256 issuerNode;
        /// thisUpdate, unix seconds.
        uint256 thisUpdate;
        /// nextUpdate, unix seconds.
        uint256 nextUpdate;
        /// Authority key identifier, left-aligned.
        bytes32 authorityKeyId;
        /// Its length in bytes; 0 when absent.
        uint256 authorityKeyIdLength;
        /// cRLNumber extension value; 0 when absent.
        uint256 crlNumber;
        /// Serial numbers of all revoked certificates, in CRL order.
        uint256[] revokedSerials;
        /// Offset of the tbsCertList TLV in the buffer.
        uint256 tbsStart;
        /// Length of the tbsCertList TLV.
        uint256 tbsLength;
        /// SHA-256 of the tbsCertList TLV (the signed message).
        bytes32 tbsHash;
        /// Signature r.
        bytes32 sigR;
        /// Signature s.
        bytes32 sigS;
    }

    /// @dev Minimum DER size of a revokedCertificates entry: 30 12 | 02 01 xx | 17 0d (13 octets).
    uint256 private constant _MIN_ENTRY_SIZE = 20;

    /// @dev Not a v2 CRL (version INTEGER absent or not 1).
    error CrlUnsupportedVersion();
    /// @dev nextUpdate is absent (required by RFC 5280 for conforming CAs, and for freshness checks).
    error CrlMissingNextUpdate();
    /// @dev A TBSCertList field where none (or another) is allowed.
    error CrlUnexpectedField();
    /// @dev A critical CRL or CRL entry extension (indirect / delta CRLs are unsupported).
    error CrlUnsupportedCriticalExtension();
    /// @dev A known CRL extension appears twice.
    error CrlDuplicateExtension();
    /// @dev Malformed cRLNumber extension.
    error CrlInvalidCrlNumber();
    /// @dev The CRL issuer Name differs from the certificate's subject Name.
    error CrlIssuerMismatch();
    /// @dev The CRL's authority key id differs from the certificate's subject key id.
    error CrlKeyIdMismatch();
    /// @dev The issuer certificate's keyUsage lacks cRLSign.
    error CrlIssuerKeyUsage();
    /// @dev The signature does not verify under the issuer's key.
    error CrlInvalidSignature();
    /// @dev `timestamp` is before thisUpdate.
    error CrlNotYetValid();
    /// @dev `timestamp` is after nextUpdate.
    error CrlExpired();

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                          PARSING                           */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice Parses a DER CertificateList (the buffer must hold exactly one).
    /// @dev View only because the tbsCertList is hashed with the SHA-256 precompile.
    /// @param der The DER encoding.
    /// @return crl The parsed CRL.
    function parse(bytes memory der) internal view returns (CertificateList memory crl) {
        uint256 list = Asn1Der.requireTag(der.root(), Asn1Der.TAG_SEQUENCE);
        uint256 tbs = der.firstChildOf(list, Asn1Der.TAG_SEQUENCE);
        uint256 alg = der.nextSibling(tbs);
        X509.requireEcdsaSha256(der, alg);
        uint256 sig = der.nextSibling(alg);
        Asn1Der.requireLast(sig);
        (crl.sigR, crl.sigS) = X509.readEcdsaSignature(der, sig);
        _parseTbs(der, tbs, crl);
        crl.tbsStart = Asn1Der.headerStart(tbs);
        crl.tbsLength = Asn1Der.totalLength(tbs);
        crl.tbsHash = P256.sha256Range(der, crl.tbsStart, crl.tbsLength);
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                        VERIFICATION                        */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice Whether the CRL's signature verifies under the P-256 key (x, y). Never reverts.
    /// @param crl The parsed CRL.
    /// @param x Issuer public key x.
    /// @param y Issuer public key y.
    /// @return True if valid.
    function verifySignedBy(CertificateList memory crl, bytes32 x, bytes32 y) internal view returns (bool) {
        return P256.verify(crl.tbsHash, crl.sigR, crl.sigS, x, y);
    }

    /// @notice Checks that `issuer` issued the CRL: issuer Name == certificate subject, AKI == SKI
    ///         when both are present, cRLSign if the certificate has keyUsage, and the signature.
    /// @param crl The parsed CRL.
    /// @param issuer The parsed issuer certificate.
    function checkIssuedBy(CertificateList memory crl, X509.Certificate memory issuer) internal view {
        if (crl.issuerHash != issuer.subjectHash) revert CrlIssuerMismatch();
        if (crl.authorityKeyIdLength != 0 && issuer.subjectKeyIdLength != 0) {
            if (crl.authorityKeyIdLength != issuer.subjectKeyIdLength || crl.authorityKeyId != issuer.subjectKeyId) {
                revert CrlKeyIdMismatch();
            }
        }
        if (issuer.hasKeyUsage && issuer.keyUsage & X509.KU_CRL_SIGN == 0) revert CrlIssuerKeyUsage();
        if (!verifySignedBy(crl, issuer.pubKeyX, issuer.pubKeyY)) revert CrlInvalidSignature();
    }

    /// @notice Whether `timestamp` lies in [thisUpdate, nextUpdate].
    /// @param crl The parsed CRL.
    /// @param timestamp Unix seconds.
    /// @return True if current at `timestamp`.
    function isValidAt(CertificateList memory crl, uint256 timestamp) internal pure returns (bool) {
        return timestamp >= crl.thisUpdate && timestamp <= crl.nextUpdate;
    }

    /// @notice Reverts with `CrlNotYetValid` / `CrlExpired` unless `isValidAt`.
    /// @param crl The parsed CRL.
    /// @param timestamp Unix seconds.
    function checkValidAt(CertificateList memory crl, uint256 timestamp) internal pure {
        if (timestamp < crl.thisUpdate) revert CrlNotYetValid();
        if (timestamp > crl.nextUpdate) revert CrlExpired();
    }

    /// @notice Whether `serial` is listed (linear scan; store the serials in a mapping for O(1)).
    /// @param crl The parsed CRL.
    /// @param serial The certificate serial number.
    /// @return True if revoked.
    function isRevoked(CertificateList memory crl, uint256 serial) internal pure returns (bool) {
        uint256[] memory serials = crl.revokedSerials;
        uint256 n = serials.length;
        for (uint256 i; i < n; ++i) {
            if (serials[i] == serial) return true;
        }
        return false;
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                      PRIVATE HELPERS                       */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev TBSCertList: version, signature, issuer, thisUpdate, nextUpdate,
    ///      [revokedCertificates], [0] crlExtensions.
    function _parseTbs(bytes memory der, uint256 tbs, CertificateList memory crl) private pure {
        uint256 n = der.firstChild(tbs);
        if (Asn1Der.tag(n) != Asn1Der.TAG_INTEGER || der.readUint(n) != 1) revert CrlUnsupportedVersion();
        n = der.nextSibling(n);
        X509.requireEcdsaSha256(der, n);
        n = der.nextSiblingOf(n, Asn1Der.TAG_SEQUENCE);
        crl.issuerNode = n;
        crl.issuerHash = der.keccakElement(n);
        n = der.nextSibling(n);
        crl.thisUpdate = der.readTime(n);
        if (!Asn1Der.hasNextSibling(n)) revert CrlMissingNextUpdate();
        n = der.nextSibling(n);
        uint256 t = Asn1Der.tag(n);
        if (t != Asn1Der.TAG_UTC_TIME && t != Asn1Der.TAG_GENERALIZED_TIME) revert CrlMissingNextUpdate();
        crl.nextUpdate = der.readTime(n);
        if (!Asn1Der.hasNextSibling(n)) {
            crl.revokedSerials = new uint256[](0);
            return;
        }
        n = der.nextSibling(n);
        if (Asn1Der.tag(n) == Asn1Der.TAG_SEQUENCE) {
            crl.revokedSerials = _parseRevoked(der, n);
            if (!Asn1Der.hasNextSibling(n)) return;
            n = der.nextSibling(n);
        } else {
            crl.revokedSerials = new uint256[](0);
        }
        if (Asn1Der.tag(n) != 0xa0 || Asn1Der.hasNextSibling(n)) revert CrlUnexpectedField();
        _parseExtensions(der, n, crl);
    }

    /// @dev revokedCertificates: SEQUENCE OF SEQUENCE { userCertificate INTEGER, revocationDate Time,
    ///      crlEntryExtensions Extensions OPTIONAL }. Returns the serials.
    ///      One assembly pass (the PCK CRLs hold hundreds of entries; a walk through the generic
    ///      Asn1Der API costs ~5x more). TLV headers are bounds-checked exactly like `Asn1Der`
    ///      and revert with the same errors (selectors spelled out). The revocationDate is checked
    ///      for tag and length (UTCTime 13 / GeneralizedTime 15 octets) but not decoded: it is not
    ///      used. Entry extensions must not be critical (e.g. certificateIssuer of an indirect CRL).
    function _parseRevoked(bytes memory der, uint256 seq) private pure returns (uint256[] memory serials) {
        uint256 start = Asn1Der.contentStart(seq);
        uint256 end = Asn1Der.contentEnd(seq);
        // Upper bound on the entry count: an entry takes at least 2 + 3 + 15 octets (checked below).
        serials = new uint256[]((end - start) / _MIN_ENTRY_SIZE);
        /// @solidity memory-safe-assembly
        assembly {
            function fail(sel) {
                mstore(0x00, sel)
                revert(0x1c, 0x04)
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
            // Minimal non-negative INTEGER content of at most 256 bits (as Asn1Der.readUintContent).
            function uintContent(base, cs, ce) -> v {
                let len := sub(ce, cs)
                if iszero(len) { fail(0xb06efcf7) } // DerInvalidInteger()
                let w := mload(add(base, cs))
                if shr(255, w) { fail(0x1a007b81) } // DerNegativeInteger()
                if and(gt(len, 1), iszero(shr(248, w))) {
                    if iszero(shr(247, w)) { fail(0xb06efcf7) } // DerInvalidInteger(): non-minimal
                    cs := add(cs, 1)
                    len := sub(len, 1)
                    w := mload(add(base, cs))
                }
                if gt(len, 32) { fail(0x25cede73) } // DerIntegerTooLarge()
                v := shr(shl(3, sub(32, len)), w)
            }
            // crlEntryExtensions: SEQUENCE SIZE (1..MAX) OF Extension, none critical.
            function entryExtensions(base, cs, ce) {
                if eq(cs, ce) { fail(0xa984141a) } // DerNoChild()
                for {} lt(cs, ce) {} {
                    let t, xcs, xce := tlv(base, cs, ce)
                    requireTag(0x30, t)
                    cs := xce
                    let vcs, vce
                    t, vcs, vce := tlv(base, xcs, xce)
                    requireTag(0x06, t)
                    t, vcs, vce := tlv(base, vce, xce)
                    if eq(t, 0x01) {
                        let b := byte(0, mload(add(base, vcs)))
                        // DerInvalidBoolean()
                        if or(iszero(eq(sub(vce, vcs), 1)), iszero(or(iszero(b), eq(b, 0xff)))) {
                            fail(0xf6ae0950)
                        }
                        if b { fail(0xda01d294)} // CrlUnsupportedCriticalExtension()
                        t, vcs, vce := tlv(base, vce, xce)
                    }
                    requireTag(0x04, t)
                    if iszero(eq(vce, xce)) { fail(0x828db611) } // DerTrailingData()
                }
            }

            let base := add(der, 0x20)
            let out := add(serials, 0x20)
            for { let p := start } lt(p, end) {} {
                let t, cs, ce := tlv(base, p, end)
                requireTag(0x30, t)
                p := ce
                let scs, sce
                t, scs, sce := tlv(base, cs, ce)
                requireTag(0x02, t)
                mstore(out, uintContent(base, scs, sce))
                out := add(out, 0x20)
                t, cs, scs := tlv(base, sce, ce)
                // revocationDate: UTCTime (13 octets) or GeneralizedTime (15 octets).
                let len := sub(scs, cs)
                if iszero(or(and(eq(t, 0x17), eq(len, 13)), and(eq(t, 0x18), eq(len, 15)))) {
                    fail(0x41d7ead2) // DerInvalidTime()
                }
                // Fast path for Intel's entries: exactly one non-critical reasonCode extension,
                // 30 0c 30 0a 06 03 551d15 04 03 0a 01 xx (valid DER; the generic path accepts the same).
                if eq(sub(ce, scs), 14) {
                    if eq(and(shr(144, mload(add(base, scs))), not(0xff)), 0x300c300a0603551d1504030a0100) {
                        continue
                    }
                }
                if lt(scs, ce) {
                    t, cs, sce := tlv(base, scs, ce)
                    requireTag(0x30, t)
                    if iszero(eq(sce, ce)) { fail(0x828db611) } // DerTrailingData()
                    entryExtensions(base, cs, sce)
                }
            }
            // Shrink to the entries found (never more than the bound: each took >= 20 octets).
            mstore(serials, shr(5, sub(out, add(serials, 0x20))))
        }
    }

    /// @dev [0] EXPLICIT Extensions: authorityKeyIdentifier and cRLNumber are decoded; other
    ///      non-critical ones are skipped.
    function _parseExtensions(bytes memory der, uint256 wrapper, CertificateList memory crl) private pure {
        uint256 list = Asn1Der.requireTag(der.unwrap(wrapper), Asn1Der.TAG_SEQUENCE);
        uint256 ext = der.firstChild(list);
        uint256 seen;
        while (true) {
            (uint256 oid, bool critical, uint256 value) = X509.readExtension(der, ext);
            uint256 id = Asn1Der.contentLength(oid) == 3 ? uint256(der.contentWord(oid)) >> 232 : 0;
            if (id == 0x551d23 || id == 0x551d14) {
                // 2.5.29.35 authorityKeyIdentifier / 2.5.29.20 cRLNumber.
                uint256 bit = id == 0x551d23 ? 1 : 2;
                if (seen & bit != 0) revert CrlDuplicateExtension();
                seen |= bit;
                uint256 inner = der.unwrap(value);
                if (bit == 1) {
                    (crl.authorityKeyId, crl.authorityKeyIdLength) = X509.readAuthorityKeyId(der, inner);
                } else {
                    if (Asn1Der.tag(inner) != Asn1Der.TAG_INTEGER) revert CrlInvalidCrlNumber();
                    crl.crlNumber = der.readUintContent(inner);
                }
            } else if (critical) {
                revert CrlUnsupportedCriticalExtension();
            }
            if (!Asn1Der.hasNextSibling(ext)) break;
            ext = der.nextSibling(ext);
        }
    }
}
