// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Asn1Der} from "./Asn1Der.sol";
import {P256} from "./P256.sol";

/// @title X509
/// @notice Parses X.509 v3 certificates with ECDSA P-256 keys signed with ecdsa-with-SHA256
///         (the only kind in Intel's SGX/TDX PKI) and checks issuer links and validity.
/// @dev The parse is strict DER: every field of the TBSCertificate is walked and tag-checked,
///      algorithm identifiers must be exactly ecdsa-with-SHA256 (no parameters) and the key
///      exactly id-ecPublicKey/prime256v1 with an uncompressed point. Unknown critical
///      extensions and duplicate known extensions are rejected (RFC 5280 §4.2).
library X509 {
    using Asn1Der for bytes;

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                          STRUCTS                           */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice The fields of a parsed certificate. Offsets and nodes refer to the DER buffer
    ///         that was parsed (see `Asn1Der` for the node layout).
    struct Certificate {
        /// The serial number (non-negative, at most 32 significant bytes).
        uint256 serialNumber;
        /// keccak256 of the DER issuer Name (whole TLV).
        bytes32 issuerHash;
        /// keccak256 of the DER subject Name (whole TLV).
        bytes32 subjectHash;
        /// Asn1Der node of the issuer Name.
        uint256 issuerNode;
        /// Asn1Der node of the subject Name.
        uint256 subjectNode;
        /// Validity start, unix seconds.
        uint256 notBefore;
        /// Validity end (inclusive), unix seconds.
        uint256 notAfter;
        /// Public key x (P-256, big-endian).
        bytes32 pubKeyX;
        /// Public key y.
        bytes32 pubKeyY;
        /// Authority key identifier, left-aligned (keyIdentifier field of the AKI extension).
        bytes32 authorityKeyId;
        /// Its length in bytes; 0 when absent.
        uint256 authorityKeyIdLength;
        /// Subject key identifier, left-aligned.
        bytes32 subjectKeyId;
        /// Its length in bytes; 0 when absent.
        uint256 subjectKeyIdLength;
        /// basicConstraints cA (false when the extension is absent).
        bool isCa;
        /// basicConstraints pathLenConstraint; type(uint256).max when absent.
        uint256 pathLenConstraint;
        /// Whether a keyUsage extension is present.
        bool hasKeyUsage;
        /// keyUsage bits: bit i set iff KeyUsage bit i is asserted (see KU_* constants).
        uint256 keyUsage;
        /// Asn1Der node of the Extensions SEQUENCE; 0 when the certificate has none.
        uint256 extensionsNode;
        /// Offset of the tbsCertificate TLV in the buffer.
        uint256 tbsStart;
        /// Length of the tbsCertificate TLV.
        uint256 tbsLength;
        /// SHA-256 of the tbsCertificate TLV (the signed message).
        bytes32 tbsHash;
        /// Signature r.
        bytes32 sigR;
        /// Signature s.
        bytes32 sigS;
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                         CONSTANTS                          */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev KeyUsage bits (RFC 5280 §4.2.1.3) as stored in `Certificate.keyUsage`.
    uint256 internal constant KU_DIGITAL_SIGNATURE = 1 << 0;
    uint256 internal constant KU_KEY_CERT_SIGN = 1 << 5;
    uint256 internal constant KU_CRL_SIGN = 1 << 6;

    /// @dev 1.2.840.10045.4.3.2 ecdsa-with-SHA256.
    bytes32 internal constant OID_ECDSA_SHA256 = bytes32(bytes8(0x2a8648ce3d040302));
    uint256 internal constant OID_ECDSA_SHA256_LENGTH = 8;
    /// @dev 1.2.840.10045.2.1 id-ecPublicKey.
    bytes32 internal constant OID_EC_PUBLIC_KEY = bytes32(bytes7(0x2a8648ce3d0201));
    uint256 internal constant OID_EC_PUBLIC_KEY_LENGTH = 7;
    /// @dev 1.2.840.10045.3.1.7 prime256v1 (secp256r1).
    bytes32 internal constant OID_PRIME256V1 = bytes32(bytes8(0x2a8648ce3d030107));
    uint256 internal constant OID_PRIME256V1_LENGTH = 8;
    /// @dev 2.5.4.3 id-at-commonName.
    bytes32 internal constant OID_COMMON_NAME = bytes32(bytes3(0x550403));

    /// @dev Certificate extension ids (2.5.29.x, 3 content octets 55 1D x).
    uint256 private constant _EXT_OTHER = 0;
    uint256 private constant _EXT_AKI = 1; // 2.5.29.35
    uint256 private constant _EXT_SKI = 2; // 2.5.29.14
    uint256 private constant _EXT_KU = 3; // 2.5.29.15
    uint256 private constant _EXT_BC = 4; // 2.5.29.19

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                       CUSTOM ERRORS                        */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev Not an X.509 v3 certificate (version field absent or not 2).
    error CertUnsupportedVersion();
    /// @dev A signature AlgorithmIdentifier other than ecdsa-with-SHA256 without parameters.
    error CertUnsupportedSignatureAlgorithm();
    /// @dev A subject public key that is not an id-ecPublicKey on prime256v1.
    error CertUnsupportedPublicKey();
    /// @dev The P-256 key is not a 65-byte uncompressed point.
    error CertInvalidPublicKey();
    /// @dev A TBSCertificate field where none (or another) is allowed.
    error CertUnexpectedField();
    /// @dev An extension this library does not process is marked critical.
    error CertUnsupportedCriticalExtension();
    /// @dev A known extension appears twice.
    error CertDuplicateExtension();
    /// @dev Malformed authority or subject key identifier (wrong type or longer than 32 bytes).
    error CertInvalidKeyIdentifier();
    /// @dev Malformed keyUsage extension.
    error CertInvalidKeyUsage();
    /// @dev Malformed basicConstraints extension.
    error CertInvalidBasicConstraints();
    /// @dev The child's issuer Name differs from the parent's subject Name.
    error CertIssuerMismatch();
    /// @dev The child's authority key id differs from the parent's subject key id.
    error CertKeyIdMismatch();
    /// @dev The parent is not a CA (basicConstraints cA false or absent).
    error CertIssuerNotCa();
    /// @dev The parent's keyUsage does not allow the operation (keyCertSign / cRLSign).
    error CertIssuerKeyUsage();
    /// @dev A CA child under a parent with pathLenConstraint 0.
    error CertPathLenExceeded();
    /// @dev The signature does not verify under the parent's key.
    error CertInvalidSignature();
    /// @dev `timestamp` is before notBefore.
    error CertNotYetValid();
    /// @dev `timestamp` is after notAfter.
    error CertExpired();

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                          PARSING                           */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice Parses a DER certificate (the buffer must hold exactly one Certificate).
    /// @dev View only because the tbsCertificate is hashed with the SHA-256 precompile.
    /// @param der The DER encoding.
    /// @return c The parsed certificate.
    function parse(bytes memory der) internal view returns (Certificate memory c) {
        uint256 cert = Asn1Der.requireTag(der.root(), Asn1Der.TAG_SEQUENCE);
        uint256 tbs = der.firstChildOf(cert, Asn1Der.TAG_SEQUENCE);
        uint256 alg = der.nextSibling(tbs);
        requireEcdsaSha256(der, alg);
        uint256 sig = der.nextSibling(alg);
        Asn1Der.requireLast(sig);
        (c.sigR, c.sigS) = readEcdsaSignature(der, sig);
        c.pathLenConstraint = type(uint256).max;
        _parseTbs(der, tbs, c);
        c.tbsStart = Asn1Der.headerStart(tbs);
        c.tbsLength = Asn1Der.totalLength(tbs);
        c.tbsHash = P256.sha256Range(der, c.tbsStart, c.tbsLength);
    }

    /// @notice Reverts unless `node` is the AlgorithmIdentifier ecdsa-with-SHA256 (parameters absent).
    /// @param der The buffer.
    /// @param node The AlgorithmIdentifier node.
    function requireEcdsaSha256(bytes memory der, uint256 node) internal pure {
        if (Asn1Der.tag(node) != Asn1Der.TAG_SEQUENCE) revert CertUnsupportedSignatureAlgorithm();
        uint256 oid = der.firstChild(node);
        if (!der.isOid(oid, OID_ECDSA_SHA256, OID_ECDSA_SHA256_LENGTH) || Asn1Der.hasNextSibling(oid)) {
            revert CertUnsupportedSignatureAlgorithm();
        }
    }

    /// @notice Decodes a signatureValue BIT STRING holding a DER Ecdsa-Sig-Value SEQUENCE { r, s }.
    /// @dev INTEGERs with a leading zero octet (high bit set) are handled; values above 256 bits
    ///      or negative revert.
    /// @param der The buffer.
    /// @param node The BIT STRING node.
    /// @return r Signature r.
    /// @return s Signature s.
    function readEcdsaSignature(bytes memory der, uint256 node) internal pure returns (bytes32 r, bytes32 s) {
        Asn1Der.requireTag(node, Asn1Der.TAG_BIT_STRING);
        uint256 seq = Asn1Der.requireTag(der.unwrap(node), Asn1Der.TAG_SEQUENCE);
        uint256 rNode = der.firstChild(seq);
        uint256 sNode = der.nextSibling(rNode);
        Asn1Der.requireLast(sNode);
        r = bytes32(der.readUint(rNode));
        s = bytes32(der.readUint(sNode));
    }

    /// @notice Finds an extension by OID.
    /// @param der The buffer `c` was parsed from.
    /// @param c The parsed certificate.
    /// @param oid The extension OID content octets, left-aligned.
    /// @param oidLength Their number.
    /// @return value The extnValue OCTET STRING node, or 0 when the extension is absent.
    function findExtension(bytes memory der, Certificate memory c, bytes32 oid, uint256 oidLength)
        internal
        pure
        returns (uint256 value)
    {
        uint256 list = c.extensionsNode;
        if (list == 0) return 0;
        uint256 ext = der.firstChild(list);
        while (true) {
            uint256 oidNode = der.firstChild(ext);
            if (der.isOid(oidNode, oid, oidLength)) {
                value = der.nextSibling(oidNode);
                // Skip the (already validated) critical flag.
                if (Asn1Der.tag(value) == Asn1Der.TAG_BOOLEAN) value = der.nextSibling(value);
                return value;
            }
            if (!Asn1Der.hasNextSibling(ext)) return 0;
            ext = der.nextSibling(ext);
        }
    }

    /// @notice The first commonName attribute value of a Name.
    /// @param der The buffer.
    /// @param name A Name node (e.g. `c.subjectNode`).
    /// @return value The attribute value node (UTF8String/PrintableString...), or 0 if absent.
    function commonName(bytes memory der, uint256 name) internal pure returns (uint256 value) {
        Asn1Der.requireTag(name, Asn1Der.TAG_SEQUENCE);
        if (Asn1Der.contentLength(name) == 0) return 0;
        uint256 rdn = der.firstChildOf(name, Asn1Der.TAG_SET);
        while (true) {
            uint256 atv = der.firstChildOf(rdn, Asn1Der.TAG_SEQUENCE);
            while (true) {
                uint256 oid = der.firstChild(atv);
                if (der.isOid(oid, OID_COMMON_NAME, 3)) return der.nextSibling(oid);
                if (!Asn1Der.hasNextSibling(atv)) break;
                atv = der.nextSiblingOf(atv, Asn1Der.TAG_SEQUENCE);
            }
            if (!Asn1Der.hasNextSibling(rdn)) return 0;
            rdn = der.nextSiblingOf(rdn, Asn1Der.TAG_SET);
        }
    }

    /// @notice Decodes an Extension: SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE,
    ///         extnValue OCTET STRING }.
    /// @param der The buffer.
    /// @param ext The Extension node.
    /// @return oid The extnID node.
    /// @return critical The critical flag.
    /// @return value The extnValue OCTET STRING node.
    function readExtension(bytes memory der, uint256 ext)
        internal
        pure
        returns (uint256 oid, bool critical, uint256 value)
    {
        Asn1Der.requireTag(ext, Asn1Der.TAG_SEQUENCE);
        oid = der.firstChildOf(ext, Asn1Der.TAG_OID);
        value = der.nextSibling(oid);
        if (Asn1Der.tag(value) == Asn1Der.TAG_BOOLEAN) {
            critical = der.readBool(value);
            value = der.nextSibling(value);
        }
        Asn1Der.requireTag(value, Asn1Der.TAG_OCTET_STRING);
        Asn1Der.requireLast(value);
    }

    /// @notice Decodes AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] IMPLICIT OCTET
    ///         STRING OPTIONAL, authorityCertIssuer [1] OPTIONAL, authorityCertSerialNumber [2] OPTIONAL }.
    /// @param der The buffer.
    /// @param seq The SEQUENCE node (the content of the extnValue OCTET STRING).
    /// @return id The key identifier, left-aligned.
    /// @return len Its length (1..32), 0 when absent.
    function readAuthorityKeyId(bytes memory der, uint256 seq) internal pure returns (bytes32 id, uint256 len) {
        if (Asn1Der.tag(seq) != Asn1Der.TAG_SEQUENCE) revert CertInvalidKeyIdentifier();
        if (Asn1Der.contentLength(seq) == 0) return (0, 0);
        uint256 node = der.firstChild(seq);
        if (Asn1Der.tag(node) != 0x80) return (0, 0); // Only authorityCertIssuer / serial: no key id.
        return _keyId(der, node);
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                        VERIFICATION                        */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice Whether `c`'s signature verifies under the P-256 key (x, y). Never reverts.
    /// @param c The parsed certificate.
    /// @param x Issuer public key x.
    /// @param y Issuer public key y.
    /// @return True if valid.
    function verifySignedBy(Certificate memory c, bytes32 x, bytes32 y) internal view returns (bool) {
        return P256.verify(c.tbsHash, c.sigR, c.sigS, x, y);
    }

    /// @notice Checks that `parent` issued `child`: issuer Name == parent subject Name, AKI == SKI
    ///         when both are present, parent is a CA (keyCertSign if it has keyUsage, pathLen
    ///         allows a CA child) and the signature verifies. Use `checkIssuedBy(root, root)`
    ///         for a self-signed root.
    /// @param child The issued certificate.
    /// @param parent The issuer certificate.
    function checkIssuedBy(Certificate memory child, Certificate memory parent) internal view {
        if (child.issuerHash != parent.subjectHash) revert CertIssuerMismatch();
        if (child.authorityKeyIdLength != 0 && parent.subjectKeyIdLength != 0) {
            if (child.authorityKeyIdLength != parent.subjectKeyIdLength || child.authorityKeyId != parent.subjectKeyId) revert CertKeyIdMismatch();
        }
        if (!parent.isCa) revert CertIssuerNotCa();
        if (parent.hasKeyUsage && parent.keyUsage & KU_KEY_CERT_SIGN == 0) revert CertIssuerKeyUsage();
        // A CA below a pathLen-0 CA is only allowed if self-issued (e.g. a root checked against itself).
        if (child.isCa && parent.pathLenConstraint == 0 && child.subjectHash != child.issuerHash) {
            revert CertPathLenExceeded();
        }
        if (!verifySignedBy(child, parent.pubKeyX, parent.pubKeyY)) revert CertInvalidSignature();
    }

    /// @notice Whether `timestamp` lies in [notBefore, notAfter].
    /// @param c The parsed certificate.
    /// @param timestamp Unix seconds.
    /// @return True if valid at `timestamp`.
    function isValidAt(Certificate memory c, uint256 timestamp) internal pure returns (bool) {
        return timestamp >= c.notBefore && timestamp <= c.notAfter;
    }

    /// @notice Reverts with `CertNotYetValid` / `CertExpired` unless `isValidAt`.
    /// @param c The parsed certificate.
    /// @param timestamp Unix seconds.
    function checkValidAt(Certificate memory c, uint256 timestamp) internal pure {
        if (timestamp < c.notBefore) revert CertNotYetValid();
        if (timestamp > c.notAfter) revert CertExpired();
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                      PRIVATE HELPERS                       */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev Walks TBSCertificate: version, serial, signature, issuer, validity, subject, SPKI,
    ///      [issuerUniqueID], [subjectUniqueID], [extensions].
    function _parseTbs(bytes memory der, uint256 tbs, Certificate memory c) private pure {
        uint256 n = der.firstChild(tbs);
        if (Asn1Der.tag(n) != 0xa0 || der.readUint(der.unwrap(n)) != 2) revert CertUnsupportedVersion();
        n = der.nextSibling(n);
        c.serialNumber = der.readUint(n);
        n = der.nextSibling(n);
        requireEcdsaSha256(der, n);
        n = der.nextSiblingOf(n, Asn1Der.TAG_SEQUENCE);
        c.issuerNode = n;
        c.issuerHash = der.keccakElement(n);
        n = der.nextSiblingOf(n, Asn1Der.TAG_SEQUENCE);
        uint256 t = der.firstChild(n);
        c.notBefore = der.readTime(t);
        t = der.nextSibling(t);
        Asn1Der.requireLast(t);
        c.notAfter = der.readTime(t);
        n = der.nextSiblingOf(n, Asn1Der.TAG_SEQUENCE);
        c.subjectNode = n;
        c.subjectHash = der.keccakElement(n);
        n = der.nextSibling(n);
        _parsePublicKey(der, n, c);
        if (!Asn1Der.hasNextSibling(n)) return;
        n = der.nextSibling(n);
        // Optional [1] issuerUniqueID and [2] subjectUniqueID (IMPLICIT BIT STRING), in order.
        if (Asn1Der.tag(n) == 0x81) {
            if (!Asn1Der.hasNextSibling(n)) return;
            n = der.nextSibling(n);
        }
        if (Asn1Der.tag(n) == 0x82) {
            if (!Asn1Der.hasNextSibling(n)) return;
            n = der.nextSibling(n);
        }
        if (Asn1Der.tag(n) != 0xa3 || Asn1Der.hasNextSibling(n)) revert CertUnexpectedField();
        _parseExtensions(der, n, c);
    }

    /// @dev SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING 04‖X‖Y }.
    function _parsePublicKey(bytes memory der, uint256 spki, Certificate memory c) private pure {
        Asn1Der.requireTag(spki, Asn1Der.TAG_SEQUENCE);
        uint256 alg = der.firstChildOf(spki, Asn1Der.TAG_SEQUENCE);
        uint256 oid = der.firstChild(alg);
        if (!der.isOid(oid, OID_EC_PUBLIC_KEY, OID_EC_PUBLIC_KEY_LENGTH) || !Asn1Der.hasNextSibling(oid)) {
            revert CertUnsupportedPublicKey();
        }
        oid = der.nextSibling(oid);
        if (!der.isOid(oid, OID_PRIME256V1, OID_PRIME256V1_LENGTH) || Asn1Der.hasNextSibling(oid)) {
            revert CertUnsupportedPublicKey();
        }
        uint256 key = der.nextSibling(alg);
        Asn1Der.requireLast(key);
        (uint256 start, uint256 len) = der.readBitString(key);
        if (len != 65 || Asn1Der.byteAt(der, start) != 0x04) revert CertInvalidPublicKey();
        unchecked {
            c.pubKeyX = bytes32(Asn1Der.wordAt(der, start + 1));
            c.pubKeyY = bytes32(Asn1Der.wordAt(der, start + 33));
        }
    }

    /// @dev [3] EXPLICIT Extensions: SEQUENCE SIZE (1..MAX) OF Extension.
    function _parseExtensions(bytes memory der, uint256 wrapper, Certificate memory c) private pure {
        uint256 list = Asn1Der.requireTag(der.unwrap(wrapper), Asn1Der.TAG_SEQUENCE);
        c.extensionsNode = list;
        uint256 ext = der.firstChild(list);
        uint256 seen;
        while (true) {
            seen = _parseExtension(der, ext, c, seen);
            if (!Asn1Der.hasNextSibling(ext)) break;
            ext = der.nextSibling(ext);
        }
    }

    /// @dev Processes one Extension; `seen` is a bitmask of the known extensions met so far,
    ///      returned updated.
    function _parseExtension(bytes memory der, uint256 ext, Certificate memory c, uint256 seen)
        private
        pure
        returns (uint256)
    {
        (uint256 oid, bool critical, uint256 value) = readExtension(der, ext);
        uint256 id = _extensionId(der, oid);
        if (id == _EXT_OTHER) {
            if (critical) revert CertUnsupportedCriticalExtension();
            return seen;
        }
        if (seen & (1 << id) != 0) revert CertDuplicateExtension();
        uint256 inner = der.unwrap(value);
        if (id == _EXT_AKI) _parseAuthorityKeyId(der, inner, c);
        else if (id == _EXT_SKI) _parseSubjectKeyId(der, inner, c);
        else if (id == _EXT_KU) _parseKeyUsage(der, inner, c);
        else _parseBasicConstraints(der, inner, c);
        return seen | (1 << id);
    }

    /// @dev Maps 2.5.29.{35,14,15,19} to the _EXT_* ids; anything else to _EXT_OTHER.
    function _extensionId(bytes memory der, uint256 oid) private pure returns (uint256) {
        if (Asn1Der.contentLength(oid) != 3) return _EXT_OTHER;
        uint256 w = uint256(der.contentWord(oid)) >> 232;
        if (w == 0x551d23) return _EXT_AKI;
        if (w == 0x551d0e) return _EXT_SKI;
        if (w == 0x551d0f) return _EXT_KU;
        if (w == 0x551d13) return _EXT_BC;
        return _EXT_OTHER;
    }

    /// @dev AuthorityKeyIdentifier.
    function _parseAuthorityKeyId(bytes memory der, uint256 seq, Certificate memory c) private pure {
        (c.authorityKeyId, c.authorityKeyIdLength) = readAuthorityKeyId(der, seq);
    }

    /// @dev SubjectKeyIdentifier ::= OCTET STRING.
    function _parseSubjectKeyId(bytes memory der, uint256 id, Certificate memory c) private pure {
        if (Asn1Der.tag(id) != Asn1Der.TAG_OCTET_STRING) revert CertInvalidKeyIdentifier();
        (c.subjectKeyId, c.subjectKeyIdLength) = _keyId(der, id);
    }

    /// @dev A key identifier of 1 to 32 bytes, left-aligned.
    function _keyId(bytes memory der, uint256 id) private pure returns (bytes32, uint256) {
        uint256 len = Asn1Der.contentLength(id);
        if (len == 0 || len > 32) revert CertInvalidKeyIdentifier();
        return (der.contentWord(id), len);
    }

    /// @dev KeyUsage ::= BIT STRING (named bits 0..8, most significant bit of the first octet = bit 0).
    function _parseKeyUsage(bytes memory der, uint256 bits, Certificate memory c) private pure {
        if (Asn1Der.tag(bits) != Asn1Der.TAG_BIT_STRING) revert CertInvalidKeyUsage();
        uint256 start = Asn1Der.contentStart(bits);
        uint256 len = Asn1Der.contentLength(bits);
        if (len < 2 || len > 3 || Asn1Der.byteAt(der, start) > 7) revert CertInvalidKeyUsage();
        // The first two payload octets as a 16-bit big-endian value (second is 0 if absent).
        uint256 v = (Asn1Der.wordAt(der, start + 1) >> 240) & (len == 3 ? 0xffff : 0xff00);
        // Bits 0..7 = the first octet reversed (multiply / mask / mod-1023 bit reversal), bit 8
        // (decipherOnly) = the top bit of the second octet.
        c.hasKeyUsage = true;
        c.keyUsage = ((((v >> 8) * 0x0202020202) & 0x010884422010) % 1023) | ((v >> 7) & 1) << 8;
    }

    /// @dev BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }.
    function _parseBasicConstraints(bytes memory der, uint256 seq, Certificate memory c) private pure {
        if (Asn1Der.tag(seq) != Asn1Der.TAG_SEQUENCE) revert CertInvalidBasicConstraints();
        if (Asn1Der.contentLength(seq) == 0) return;
        uint256 n = der.firstChild(seq);
        if (Asn1Der.tag(n) == Asn1Der.TAG_BOOLEAN) {
            c.isCa = der.readBool(n);
            if (!Asn1Der.hasNextSibling(n)) return;
            n = der.nextSibling(n);
        }
        if (Asn1Der.tag(n) != Asn1Der.TAG_INTEGER || Asn1Der.hasNextSibling(n)) revert CertInvalidBasicConstraints();
        c.pathLenConstraint = der.readUint(n);
    }
}
