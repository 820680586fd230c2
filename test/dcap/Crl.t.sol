// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {Asn1Der} from "../../contracts/dcap/lib/Asn1Der.sol";
import {Crl} from "../../contracts/dcap/lib/Crl.sol";
import {Pem} from "../../contracts/dcap/lib/Pem.sol";
import {X509} from "../../contracts/dcap/lib/X509.sol";
import {DcapFixture, console} from "./DcapFixture.sol";

/// @dev Expected values from `openssl crl -inform DER -noout -text` on the same CRLs
///      (44 revoked entries in both PCK CRLs, none in the root CA CRL).
contract CrlTest is DcapFixture {
    uint256 constant PHALA_PCK_THIS_UPDATE = 1750327235; // Jun 19 10:00:35 2025 GMT
    uint256 constant PHALA_PCK_NEXT_UPDATE = 1752919235; // Jul 19 10:00:35 2025 GMT
    uint256 constant AUTOMATA_PCK_THIS_UPDATE = 1749028771; // Jun  4 09:19:31 2025 GMT
    uint256 constant AUTOMATA_PCK_NEXT_UPDATE = 1751620771; // Jul  4 09:19:31 2025 GMT
    uint256 constant ROOT_CRL_THIS_UPDATE = 1742469717; // Mar 20 11:21:57 2025 GMT
    uint256 constant ROOT_CRL_NEXT_UPDATE = 1775215317; // Apr  3 11:21:57 2026 GMT
    uint256 constant PCK_REVOKED = 44;
    uint256 constant FIRST_REVOKED = 0x006FC34E5023E728923435D61AA4B83C618166AD35;
    uint256 constant SECOND_REVOKED = 0x00EFAE6E9715FCA13B87E333E8261ED6D990A926AD; // 21-byte DER INTEGER
    uint256 constant LAST_REVOKED = 0x00A17C51722EC1E0C3278FE8BDF052059CBEC4E648;
    bytes32 constant PLATFORM_CA_SKI = bytes32(bytes20(hex"956F5DCDBD1BE1E94049C9D4F433CE01570BDE54"));
    bytes32 constant ROOT_SKI = bytes32(bytes20(hex"22650CD65A9D3489F383B49552BF501B392706AC"));

    function test_rootCaCrl() public {
        bytes memory der = _collateralHex(PHALA, "root_ca_crl");
        Crl.CertificateList memory crl = Crl.parse(der);
        X509.Certificate memory root = X509.parse(_rootDer());
        vm.assertEq(crl.issuerHash, root.subjectHash);
        vm.assertEq(crl.thisUpdate, ROOT_CRL_THIS_UPDATE);
        vm.assertEq(crl.nextUpdate, ROOT_CRL_NEXT_UPDATE);
        vm.assertEq(crl.revokedSerials.length, 0);
        vm.assertEq(crl.crlNumber, 1);
        vm.assertEq(crl.authorityKeyId, ROOT_SKI);
        vm.assertEq(crl.authorityKeyIdLength, 20);
        vm.assertEq(crl.tbsStart, 4);
        Crl.checkIssuedBy(crl, root);
        vm.assertTrue(Crl.verifySignedBy(crl, root.pubKeyX, root.pubKeyY));
        vm.assertFalse(Crl.isRevoked(crl, root.serialNumber));
        Crl.checkValidAt(crl, PHALA_VERIFY_AT);
        Crl.checkValidAt(crl, AUTOMATA_VERIFY_AT);
    }

    function test_pckCrl_phala() public {
        _checkPckCrl(PHALA, PHALA_PCK_THIS_UPDATE, PHALA_PCK_NEXT_UPDATE, PHALA_VERIFY_AT);
    }

    function test_pckCrl_automata() public {
        _checkPckCrl(AUTOMATA, AUTOMATA_PCK_THIS_UPDATE, AUTOMATA_PCK_NEXT_UPDATE, AUTOMATA_VERIFY_AT);
    }

    function test_pckCrl_wrongIssuer() public {
        bytes memory der = _collateralHex(PHALA, "pck_crl");
        vm.expectRevert(Crl.CrlIssuerMismatch.selector);
        h.checkCrlIssuedBy(der, _rootDer());
        bytes memory rootCrl = _collateralHex(PHALA, "root_ca_crl");
        vm.expectRevert(Crl.CrlIssuerMismatch.selector);
        h.checkCrlIssuedBy(rootCrl, _quoteChain(PHALA)[1]);
    }

    function test_pckCrl_issuerChecks() public {
        Crl.CertificateList memory crl = Crl.parse(_collateralHex(PHALA, "pck_crl"));
        X509.Certificate memory ca = X509.parse(_quoteChain(PHALA)[1]);
        this.checkCrl(crl, ca);
        ca.keyUsage = X509.KU_KEY_CERT_SIGN;
        vm.expectRevert(Crl.CrlIssuerKeyUsage.selector);
        this.checkCrl(crl, ca);
        ca.keyUsage = X509.KU_CRL_SIGN;
        ca.subjectKeyId = ROOT_SKI;
        vm.expectRevert(Crl.CrlKeyIdMismatch.selector);
        this.checkCrl(crl, ca);
        ca.subjectKeyId = PLATFORM_CA_SKI;
        ca.pubKeyX = bytes32(uint256(ca.pubKeyX) ^ 1);
        vm.expectRevert(Crl.CrlInvalidSignature.selector);
        this.checkCrl(crl, ca);
    }

    function checkCrl(Crl.CertificateList memory crl, X509.Certificate memory issuer) external view {
        Crl.checkIssuedBy(crl, issuer);
    }

    function test_flippedTbsByte() public {
        bytes memory der = _copy(_collateralHex(PHALA, "pck_crl"));
        bytes memory ca = _quoteChain(PHALA)[1];
        // A digit of the first entry's serial (offset 173: INTEGER, asn1parse).
        der[180] ^= 0x01;
        vm.expectRevert(Crl.CrlInvalidSignature.selector);
        h.checkCrlIssuedBy(der, ca);
        der = _copy(_collateralHex(PHALA, "pck_crl"));
        der[der.length - 1] ^= 0x01; // last byte of s
        vm.expectRevert(Crl.CrlInvalidSignature.selector);
        h.checkCrlIssuedBy(der, ca);
    }

    function test_validity() public {
        Crl.CertificateList memory crl = Crl.parse(_collateralHex(PHALA, "pck_crl"));
        vm.assertTrue(Crl.isValidAt(crl, PHALA_PCK_NEXT_UPDATE));
        vm.assertFalse(Crl.isValidAt(crl, PHALA_PCK_NEXT_UPDATE + 1));
        vm.expectRevert(Crl.CrlExpired.selector);
        this.checkValidAt(crl, PHALA_PCK_NEXT_UPDATE + 1);
        vm.expectRevert(Crl.CrlNotYetValid.selector);
        this.checkValidAt(crl, PHALA_PCK_THIS_UPDATE - 1);
    }

    function checkValidAt(Crl.CertificateList memory crl, uint256 t) external pure {
        Crl.checkValidAt(crl, t);
    }

    /// @dev Upload-time pattern: store the serials in a mapping, then O(1) lookups.
    mapping(uint256 => bool) revokedSerial;

    function test_storeSerials() public {
        Crl.CertificateList memory crl = Crl.parse(_collateralHex(AUTOMATA, "pck_crl"));
        for (uint256 i; i < crl.revokedSerials.length; ++i) {
            revokedSerial[crl.revokedSerials[i]] = true;
        }
        vm.assertTrue(revokedSerial[SECOND_REVOKED]);
        vm.assertFalse(revokedSerial[X509.parse(_quoteChain(AUTOMATA)[0]).serialNumber]);
    }

    function test_unknownNonCriticalExtensionSkipped() public {
        bytes memory der = _copy(_collateralHex(PHALA, "pck_crl"));
        // cRLNumber OID 55 1d 14 -> 55 1d 7f: unknown and not critical, so skipped.
        uint256 at = _find(der, hex"0603551d14");
        der[at + 4] = 0x7f;
        Crl.CertificateList memory crl = h.parseCrl(der);
        vm.assertEq(crl.crlNumber, 0);
        vm.assertEq(crl.revokedSerials.length, PCK_REVOKED);
    }

    function test_rejectsDuplicateExtension() public {
        bytes memory der = _copy(_collateralHex(PHALA, "pck_crl"));
        // cRLNumber -> authorityKeyIdentifier: its INTEGER content is not an AKI SEQUENCE.
        uint256 at = _find(der, hex"0603551d14");
        der[at + 4] = 0x23;
        vm.expectRevert(X509.CertInvalidKeyIdentifier.selector);
        h.parseCrl(der);
        // Synthetic: two AKIs.
        bytes memory aki = _ext(hex"551d23", false, _tlv(0x30, _tlv(0x80, hex"0102")));
        vm.expectRevert(Crl.CrlDuplicateExtension.selector);
        h.parseCrl(_crl(_utc(), "", bytes.concat(aki, aki)));
    }

    /*//////////////////////////////////////////////////////////////
                            SYNTHETIC CRLS
    //////////////////////////////////////////////////////////////*/

    function test_synthetic_minimal() public view {
        // v2, GeneralizedTime nextUpdate, no entries, no extensions.
        Crl.CertificateList memory crl = h.parseCrl(_crl(_tlv(0x18, "20500101000000Z"), "", ""));
        vm.assertEq(crl.thisUpdate, 1749028771);
        vm.assertEq(crl.nextUpdate, 2524608000); // 2050-01-01
        vm.assertEq(crl.revokedSerials.length, 0);
        vm.assertEq(crl.authorityKeyIdLength, 0);
        vm.assertEq(crl.sigR, bytes32(uint256(1)));
        vm.assertEq(crl.sigS, bytes32(uint256(2)));
    }

    function test_synthetic_manyEntries() public view {
        bytes memory entries;
        for (uint256 i; i < 300; ++i) {
            entries = bytes.concat(entries, _entry(_tlv(0x02, abi.encodePacked(uint16(0x1000 + i))), ""));
        }
        Crl.CertificateList memory crl = h.parseCrl(_crl(_utc(), _tlv(0x30, entries), ""));
        vm.assertEq(crl.revokedSerials.length, 300);
        vm.assertEq(crl.revokedSerials[299], 0x1000 + 299);
    }

    function test_synthetic_criticalExtensions() public {
        // A critical unknown CRL extension (e.g. a delta CRL indicator).
        bytes memory delta = _ext(hex"551d1b", true, _tlv(0x02, hex"01"));
        vm.expectRevert(Crl.CrlUnsupportedCriticalExtension.selector);
        h.parseCrl(_crl(_utc(), "", delta));
        // A critical entry extension (certificateIssuer of an indirect CRL).
        bytes memory issuer = _ext(hex"551d1d", true, _tlv(0x30, ""));
        bytes memory entries = _entry(_tlv(0x02, hex"05"), _tlv(0x30, issuer));
        vm.expectRevert(Crl.CrlUnsupportedCriticalExtension.selector);
        h.parseCrl(_crl(_utc(), _tlv(0x30, entries), ""));
        // Non-critical entry extension (reasonCode): fine.
        bytes memory reason = _ext(hex"551d15", false, _tlv(0x0a, hex"01"));
        entries = _entry(_tlv(0x02, hex"05"), _tlv(0x30, reason));
        vm.assertEq(h.parseCrl(_crl(_utc(), _tlv(0x30, entries), "")).revokedSerials[0], 5);
    }

    function test_synthetic_malformed() public {
        // No nextUpdate: the revoked list follows thisUpdate directly.
        bytes memory entries = _entry(_tlv(0x02, hex"05"), "");
        vm.expectRevert(Crl.CrlMissingNextUpdate.selector);
        h.parseCrl(_crl("", _tlv(0x30, entries), ""));
        // cRLNumber that is not an INTEGER.
        vm.expectRevert(Crl.CrlInvalidCrlNumber.selector);
        h.parseCrl(_crl(_utc(), "", _ext(hex"551d14", false, _tlv(0x04, hex"01"))));
        // Entry with a short revocationDate.
        entries = bytes.concat(_tlv(0x30, bytes.concat(_tlv(0x02, hex"05"), _tlv(0x17, hex"3030"))));
        vm.expectRevert(Asn1Der.DerInvalidTime.selector);
        h.parseCrl(_crl(_utc(), _tlv(0x30, entries), ""));
        // Negative serial.
        entries = _entry(_tlv(0x02, hex"85"), "");
        vm.expectRevert(Asn1Der.DerNegativeInteger.selector);
        h.parseCrl(_crl(_utc(), _tlv(0x30, entries), ""));
        // A field after crlExtensions.
        vm.expectRevert(Crl.CrlUnexpectedField.selector);
        h.parseCrl(_crl(_utc(), _tlv(0x02, hex"01"), ""));
    }

    function test_rejectsV1AndGarbage() public {
        bytes memory der = _copy(_collateralHex(PHALA, "root_ca_crl"));
        vm.assertEq(uint8(der[9]), 0x01); // version INTEGER 1 at offset 7 (30 82 0120 | 30 81 c8 | 02 01 01)
        der[9] = 0x00; // v1 ... with extensions: not supported

        vm.expectRevert(Crl.CrlUnsupportedVersion.selector);
        h.parseCrl(der);
        vm.expectRevert(Asn1Der.DerTrailingData.selector);
        h.parseCrl(bytes.concat(_collateralHex(PHALA, "root_ca_crl"), hex"00"));
    }

    /*//////////////////////////////////////////////////////////////
                                 FUZZ
    //////////////////////////////////////////////////////////////*/

    function testFuzz_randomBytes(bytes memory data) public view {
        try h.parseCrl(data) {
            vm.assertTrue(false, "garbage parsed");
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    function testFuzz_truncated(uint256 len, bool root) public {
        bytes memory der = _collateralHex(PHALA, root ? "root_ca_crl" : "pck_crl");
        len = bound(len, 0, der.length - 1);
        try h.parseCrl(_slice(der, 0, len)) {
            vm.assertTrue(false, "truncated CRL parsed");
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev A single changed byte anywhere makes parse + issuer check fail with a library error.
    function testFuzz_mutated(uint256 pos, uint8 x) public {
        bytes memory der = _copy(_collateralHex(AUTOMATA, "pck_crl"));
        pos = bound(pos, 0, der.length - 1);
        x = uint8(bound(x, 1, 255));
        der[pos] ^= bytes1(x);
        try h.checkCrlIssuedBy(der, _quoteChain(AUTOMATA)[1]) {
            vm.assertTrue(false, "mutated CRL accepted");
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev Exhaustive: every byte of the PCK CRL, flipped in its low bit, is rejected.
    function test_everyByteFlipped() public {
        bytes memory der = _copy(_collateralHex(PHALA, "pck_crl"));
        bytes memory ca = _quoteChain(PHALA)[1];
        for (uint256 pos; pos < der.length; ++pos) {
            der[pos] ^= 0x01;
            try h.checkCrlIssuedBy(der, ca) {
                vm.assertTrue(false, "mutated CRL accepted");
            } catch (bytes memory reason) {
                _assertKnownError(reason);
            }
            der[pos] ^= 0x01;
        }
        h.checkCrlIssuedBy(der, ca);
    }

    /*//////////////////////////////////////////////////////////////
                                 GAS
    //////////////////////////////////////////////////////////////*/

    function test_gas_pckCrl() public {
        X509.Certificate memory ca = X509.parse(_quoteChain(PHALA)[1]);
        (uint256 g, uint256 n) = h.measureCrl(_collateralHex(PHALA, "pck_crl"), ca.pubKeyX, ca.pubKeyY);
        vm.assertEq(n, PCK_REVOKED);
        console.log("PCK CRL parse (44 serials) + signature", g);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _checkPckCrl(string memory dir, uint256 thisUpdate, uint256 nextUpdate, uint256 verifyAt) internal {
        bytes memory der = _collateralHex(dir, "pck_crl");
        Crl.CertificateList memory crl = Crl.parse(der);
        bytes[] memory issuerChain = Pem.splitCertificates(bytes(_collateral(dir, "pck_crl_issuer_chain")));
        X509.Certificate memory ca = X509.parse(issuerChain[0]);
        X509.Certificate memory root = X509.parse(issuerChain[1]);
        X509.checkIssuedBy(ca, root);
        vm.assertEq(crl.issuerHash, ca.subjectHash);
        vm.assertEq(crl.thisUpdate, thisUpdate);
        vm.assertEq(crl.nextUpdate, nextUpdate);
        vm.assertEq(crl.crlNumber, 1);
        vm.assertEq(crl.authorityKeyId, PLATFORM_CA_SKI);
        vm.assertEq(crl.revokedSerials.length, PCK_REVOKED);
        vm.assertEq(crl.revokedSerials[0], FIRST_REVOKED);
        vm.assertEq(crl.revokedSerials[1], SECOND_REVOKED);
        vm.assertEq(crl.revokedSerials[PCK_REVOKED - 1], LAST_REVOKED);
        Crl.checkIssuedBy(crl, ca);
        vm.assertFalse(Crl.verifySignedBy(crl, root.pubKeyX, root.pubKeyY));
        Crl.checkValidAt(crl, verifyAt);
        // Listed serials are found, the quote's PCK leaf is not revoked.
        vm.assertTrue(Crl.isRevoked(crl, FIRST_REVOKED));
        vm.assertTrue(Crl.isRevoked(crl, LAST_REVOKED));
        vm.assertFalse(Crl.isRevoked(crl, X509.parse(_quoteChain(dir)[0]).serialNumber));
        vm.assertFalse(Crl.isRevoked(crl, 0));
    }

    function _utc() internal pure returns (bytes memory) {
        return _tlv(0x17, "250704091931Z");
    }

    /// @dev Extension { OID 2.5.29.x, [critical], OCTET STRING { value } }.
    function _ext(bytes memory oid, bool critical, bytes memory value) internal pure returns (bytes memory) {
        return _tlv(0x30, bytes.concat(_tlv(0x06, oid), critical ? bytes(hex"0101ff") : bytes(""), _tlv(0x04, value)));
    }

    function _entry(bytes memory serial, bytes memory exts) internal pure returns (bytes memory) {
        return _tlv(0x30, bytes.concat(serial, _tlv(0x17, "250604091931Z"), exts));
    }

    /// @dev A v2 CRL by "CN=T" with the given nextUpdate, revokedCertificates and crlExtensions
    ///      content, and a dummy signature (r = 1, s = 2).
    function _crl(bytes memory nextUpdate, bytes memory revoked, bytes memory exts)
        internal
        pure
        returns (bytes memory)
    {
        bytes memory alg = _tlv(0x30, _tlv(0x06, hex"2a8648ce3d040302"));
        bytes memory name = _tlv(0x30, _tlv(0x31, _tlv(0x30, bytes.concat(_tlv(0x06, hex"550403"), _tlv(0x0c, "T")))));
        bytes memory tbs =
            bytes.concat(_tlv(0x02, hex"01"), alg, name, _tlv(0x17, "250604091931Z"), nextUpdate, revoked);
        if (exts.length != 0) tbs = bytes.concat(tbs, _tlv(0xa0, _tlv(0x30, exts)));
        bytes memory sig = _tlv(0x03, bytes.concat(hex"00", _tlv(0x30, hex"020101020102")));
        return _tlv(0x30, bytes.concat(_tlv(0x30, tbs), alg, sig));
    }

    function _find(bytes memory hay, bytes memory needle) internal pure returns (uint256) {
        for (uint256 i; i + needle.length <= hay.length; ++i) {
            bool ok = true;
            for (uint256 j; j < needle.length; ++j) {
                if (hay[i + j] != needle[j]) {
                    ok = false;
                    break;
                }
            }
            if (ok) return i;
        }
        revert("needle not found");
    }
}
