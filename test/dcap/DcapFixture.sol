// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "../utils/Test.sol";
import {vm} from "../utils/Vm.sol";
import {Asn1Der} from "../../contracts/dcap/lib/Asn1Der.sol";
import {Crl} from "../../contracts/dcap/lib/Crl.sol";
import {P256} from "../../contracts/dcap/lib/P256.sol";
import {PckExtension} from "../../contracts/dcap/lib/PckExtension.sol";
import {Pem} from "../../contracts/dcap/lib/Pem.sol";
import {X509} from "../../contracts/dcap/lib/X509.sol";

/// @dev Cheatcodes test/utils/Vm.sol does not declare.
interface VmExtra {
    function parseJsonString(string calldata json, string calldata key) external pure returns (string memory);
    function parseBytes(string calldata value) external pure returns (bytes memory);
}

VmExtra constant vmx = VmExtra(address(vm));

/// @dev forge prints console.log calls made to this address.
library console {
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }
}

/// @dev External entry points into the libraries, so tests can try/catch their reverts and
///      measure gas in a fresh call frame.
contract DcapHarness {
    function parseCert(bytes memory der) external view returns (X509.Certificate memory) {
        return X509.parse(der);
    }

    function checkIssuedBy(bytes memory child, bytes memory parent) external view {
        X509.checkIssuedBy(X509.parse(child), X509.parse(parent));
    }

    function parseCrl(bytes memory der) external view returns (Crl.CertificateList memory) {
        return Crl.parse(der);
    }

    function checkCrlIssuedBy(bytes memory crl, bytes memory issuer) external view {
        Crl.checkIssuedBy(Crl.parse(crl), X509.parse(issuer));
    }

    function parsePck(bytes memory der) external view returns (PckExtension.PckInfo memory) {
        return PckExtension.parse(der);
    }

    function splitPem(bytes memory pem) external pure returns (bytes[] memory) {
        return Pem.splitCertificates(pem);
    }

    function decodePemAt(bytes memory data, uint256 start, uint256 end)
        external
        pure
        returns (bytes memory der, uint256 next)
    {
        return Pem.decodeCertificateAt(data, start, end);
    }

    function p256Verify(bytes32 h, bytes32 r, bytes32 s, bytes32 x, bytes32 y) external view returns (bool) {
        return P256.verify(h, r, s, x, y);
    }

    function readTime(bytes memory der) external pure returns (uint256) {
        return Asn1Der.readTime(der, Asn1Der.root(der));
    }

    function readUint(bytes memory der) external pure returns (uint256) {
        return Asn1Der.readUint(der, Asn1Der.root(der));
    }

    function readBool(bytes memory der) external pure returns (bool) {
        return Asn1Der.readBool(der, Asn1Der.root(der));
    }

    function root(bytes memory der) external pure returns (uint256) {
        return Asn1Der.root(der);
    }

    /// @dev Visits every element (depth first, constructed tags are descended into); returns the count.
    function walk(bytes memory der) external pure returns (uint256 count) {
        return _walk(der, Asn1Der.root(der), 0);
    }

    function _walk(bytes memory der, uint256 node, uint256 depth) private pure returns (uint256 count) {
        count = 1;
        if (Asn1Der.tag(node) & 0x20 != 0 && Asn1Der.contentLength(node) != 0 && depth < 32) {
            uint256 child = Asn1Der.firstChild(der, node);
            while (true) {
                count += _walk(der, child, depth + 1);
                if (!Asn1Der.hasNextSibling(child)) break;
                child = Asn1Der.nextSibling(der, child);
            }
        }
    }

    /// @dev Gas of the per-quote path for the PCK leaf: PEM -> DER of the leaf only, X.509 parse,
    ///      SGX extension, one signature (leaf <- PCK CA).
    function measureLeaf(bytes memory pemChain, bytes32 caX, bytes32 caY)
        external
        view
        returns (uint256 pemGas, uint256 parseGas, uint256 extGas, uint256 sigGas, bytes6 fmspc)
    {
        uint256 g = gasleft();
        (bytes memory der,) = Pem.decodeCertificateAt(pemChain, 0, pemChain.length);
        pemGas = g - gasleft();
        g = gasleft();
        X509.Certificate memory c = X509.parse(der);
        parseGas = g - gasleft();
        g = gasleft();
        PckExtension.PckInfo memory info = PckExtension.parse(der, c);
        extGas = g - gasleft();
        g = gasleft();
        bool ok = X509.verifySignedBy(c, caX, caY);
        sigGas = g - gasleft();
        require(ok, "leaf signature");
        fmspc = info.fmspc;
    }

    /// @dev Gas of parsing a certificate and checking it against its issuer (both DER).
    function measureIssuedBy(bytes memory der, bytes memory issuer) external view returns (uint256 gasUsed) {
        X509.Certificate memory parent = X509.parse(issuer);
        uint256 g = gasleft();
        X509.Certificate memory c = X509.parse(der);
        X509.checkIssuedBy(c, parent);
        gasUsed = g - gasleft();
    }

    /// @dev Gas of decoding the whole PEM chain (3 certificates).
    function measureChain(bytes memory pemChain) external view returns (uint256 gasUsed, uint256 n) {
        uint256 g = gasleft();
        bytes[] memory ders = Pem.splitCertificates(pemChain);
        gasUsed = g - gasleft();
        n = ders.length;
    }

    /// @dev Gas of parsing a CRL (all serials) and checking its signature.
    function measureCrl(bytes memory der, bytes32 x, bytes32 y) external view returns (uint256 gasUsed, uint256 n) {
        uint256 g = gasleft();
        Crl.CertificateList memory crl = Crl.parse(der);
        bool ok = Crl.verifySignedBy(crl, x, y);
        gasUsed = g - gasleft();
        require(ok, "crl signature");
        n = crl.revokedSerials.length;
    }
}

/// @dev Loads the real Intel material in ../shared/testdata/tdx (never copied into the repo).
abstract contract DcapFixture is Test {
    string internal constant DATA = "../shared/testdata/tdx/";
    string internal constant PHALA = "phala-uptodate";
    string internal constant AUTOMATA = "automata-outofdate";
    string internal constant GOTDX = "gotdx-v5-parse-only";

    uint256 internal constant PHALA_VERIFY_AT = 1752919234;
    uint256 internal constant AUTOMATA_VERIFY_AT = 1749095100;

    DcapHarness internal h;

    function setUp() public virtual {
        h = new DcapHarness();
    }

    /// @dev Skips the test when the shared test data is not checked out next to the repo.
    function _requireData(string memory rel) internal {
        string memory path = string.concat(DATA, rel);
        if (!vm.exists(path)) vm.skip(true, "shared testdata absent");
    }

    function _quote(string memory dir) internal returns (bytes memory) {
        string memory rel = string.concat(dir, "/quote.bin");
        _requireData(rel);
        return vm.readFileBinary(string.concat(DATA, rel));
    }

    function _collateral(string memory dir, string memory key) internal returns (string memory) {
        string memory rel = string.concat(dir, "/collateral.json");
        _requireData(rel);
        string memory json = vm.readFile(string.concat(DATA, rel));
        return vmx.parseJsonString(json, string.concat(".", key));
    }

    function _collateralHex(string memory dir, string memory key) internal returns (bytes memory) {
        return vmx.parseBytes(string.concat("0x", _collateral(dir, key)));
    }

    function _rootDer() internal returns (bytes memory) {
        _requireData("intel-sgx-root-ca.der");
        return vm.readFileBinary(string.concat(DATA, "intel-sgx-root-ca.der"));
    }

    /// @dev Offsets of the PEM chain (certification data type 5) inside a v4 or v5 quote.
    function _pemRange(bytes memory q) internal pure returns (uint256 start, uint256 end) {
        uint256 off;
        if (_le(q, 0, 2) == 4) {
            off = 48 + 584;
        } else {
            off = 48 + 6 + _le(q, 50, 4); // v5: body type (2), body size (4), body
        }
        off += 4 + 64 + 64; // signature data length, quote signature, attestation key
        require(_le(q, off, 2) == 6, "cert type 6");
        off += 6 + 384 + 64;
        off += 2 + _le(q, off, 2); // QE authentication data
        require(_le(q, off, 2) == 5, "cert type 5");
        start = off + 6;
        end = start + _le(q, off + 2, 4);
    }

    /// @dev The PEM chain of a quote, copied out.
    function _quotePem(string memory dir) internal returns (bytes memory pem) {
        bytes memory q = _quote(dir);
        (uint256 start, uint256 end) = _pemRange(q);
        pem = _slice(q, start, end);
    }

    /// @dev The DER certificates of a quote's PEM chain: leaf, PCK CA, root.
    function _quoteChain(string memory dir) internal returns (bytes[] memory) {
        return Pem.splitCertificates(_quotePem(dir));
    }

    function _le(bytes memory b, uint256 off, uint256 n) internal pure returns (uint256 v) {
        for (uint256 i; i < n; ++i) {
            v |= uint256(uint8(b[off + i])) << (8 * i);
        }
    }

    function _slice(bytes memory b, uint256 start, uint256 end) internal pure returns (bytes memory out) {
        out = new bytes(end - start);
        for (uint256 i; i < out.length; ++i) {
            out[i] = b[start + i];
        }
    }

    function _copy(bytes memory b) internal pure returns (bytes memory) {
        return _slice(b, 0, b.length);
    }

    /// @dev DER TLV with a minimal length (content < 64 KiB).
    function _tlv(uint8 tag, bytes memory content) internal pure returns (bytes memory) {
        uint256 n = content.length;
        if (n < 0x80) return bytes.concat(bytes1(tag), bytes1(uint8(n)), content);
        if (n < 0x100) return bytes.concat(bytes1(tag), hex"81", bytes1(uint8(n)), content);
        return bytes.concat(bytes1(tag), hex"82", bytes2(uint16(n)), content);
    }

    function _selector(bytes memory reason) internal pure returns (bytes4 sel) {
        if (reason.length < 4) return bytes4(0);
        /// @solidity memory-safe-assembly
        assembly {
            sel := mload(add(reason, 0x20))
        }
    }

    /// @dev Every custom error of the DCAP certificate libraries.
    function _knownErrors() internal pure returns (bytes4[] memory e) {
        e = new bytes4[](64);
        uint256 n;
        e[n++] = Asn1Der.DerTruncated.selector;
        e[n++] = Asn1Der.DerLengthOutOfBounds.selector;
        e[n++] = Asn1Der.DerIndefiniteLength.selector;
        e[n++] = Asn1Der.DerLengthTooLong.selector;
        e[n++] = Asn1Der.DerNonMinimalLength.selector;
        e[n++] = Asn1Der.DerHighTagNumber.selector;
        e[n++] = Asn1Der.DerUnexpectedTag.selector;
        e[n++] = Asn1Der.DerNotConstructed.selector;
        e[n++] = Asn1Der.DerNoChild.selector;
        e[n++] = Asn1Der.DerNoSibling.selector;
        e[n++] = Asn1Der.DerTrailingData.selector;
        e[n++] = Asn1Der.DerInputTooLarge.selector;
        e[n++] = Asn1Der.DerInvalidInteger.selector;
        e[n++] = Asn1Der.DerNegativeInteger.selector;
        e[n++] = Asn1Der.DerIntegerTooLarge.selector;
        e[n++] = Asn1Der.DerInvalidBitString.selector;
        e[n++] = Asn1Der.DerInvalidBoolean.selector;
        e[n++] = Asn1Der.DerInvalidTime.selector;
        e[n++] = Asn1Der.DerContentTooLong.selector;
        e[n++] = X509.CertUnsupportedVersion.selector;
        e[n++] = X509.CertUnsupportedSignatureAlgorithm.selector;
        e[n++] = X509.CertUnsupportedPublicKey.selector;
        e[n++] = X509.CertInvalidPublicKey.selector;
        e[n++] = X509.CertUnexpectedField.selector;
        e[n++] = X509.CertUnsupportedCriticalExtension.selector;
        e[n++] = X509.CertDuplicateExtension.selector;
        e[n++] = X509.CertInvalidKeyIdentifier.selector;
        e[n++] = X509.CertInvalidKeyUsage.selector;
        e[n++] = X509.CertInvalidBasicConstraints.selector;
        e[n++] = X509.CertIssuerMismatch.selector;
        e[n++] = X509.CertKeyIdMismatch.selector;
        e[n++] = X509.CertIssuerNotCa.selector;
        e[n++] = X509.CertIssuerKeyUsage.selector;
        e[n++] = X509.CertPathLenExceeded.selector;
        e[n++] = X509.CertInvalidSignature.selector;
        e[n++] = X509.CertNotYetValid.selector;
        e[n++] = X509.CertExpired.selector;
        e[n++] = Crl.CrlUnsupportedVersion.selector;
        e[n++] = Crl.CrlMissingNextUpdate.selector;
        e[n++] = Crl.CrlUnexpectedField.selector;
        e[n++] = Crl.CrlUnsupportedCriticalExtension.selector;
        e[n++] = Crl.CrlDuplicateExtension.selector;
        e[n++] = Crl.CrlInvalidCrlNumber.selector;
        e[n++] = Crl.CrlIssuerMismatch.selector;
        e[n++] = Crl.CrlKeyIdMismatch.selector;
        e[n++] = Crl.CrlIssuerKeyUsage.selector;
        e[n++] = Crl.CrlInvalidSignature.selector;
        e[n++] = Crl.CrlNotYetValid.selector;
        e[n++] = Crl.CrlExpired.selector;
        e[n++] = PckExtension.PckMissingSgxExtension.selector;
        e[n++] = PckExtension.PckMissingField.selector;
        e[n++] = PckExtension.PckDuplicateField.selector;
        e[n++] = PckExtension.PckInvalidField.selector;
        e[n++] = PckExtension.PckInvalidTcbComponent.selector;
        e[n++] = PckExtension.PckMissingTcbComponent.selector;
        e[n++] = PckExtension.PckSvnOutOfRange.selector;
        e[n++] = Pem.PemRangeOutOfBounds.selector;
        e[n++] = Pem.PemMissingBeginMarker.selector;
        e[n++] = Pem.PemMissingEndMarker.selector;
        e[n++] = Pem.PemInvalidBase64.selector;
        e[n++] = Pem.PemNoCertificate.selector;
        e[n++] = P256.Sha256RangeOutOfBounds.selector;
        e[n++] = P256.Sha256Failed.selector;
        /// @solidity memory-safe-assembly
        assembly {
            mstore(e, n)
        }
    }

    /// @dev Fails unless `reason` is one of the libraries' custom errors (in particular, no Panic).
    function _assertKnownError(bytes memory reason) internal pure {
        bytes4 sel = _selector(reason);
        bytes4[] memory known = _knownErrors();
        for (uint256 i; i < known.length; ++i) {
            if (known[i] == sel) return;
        }
        vm.assertTrue(false, "unexpected revert reason (panic or foreign error)");
    }
}
