// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {Base64} from "solady/utils/Base64.sol";
import {Pem} from "../../contracts/dcap/lib/Pem.sol";
import {DcapFixture} from "./DcapFixture.sol";

contract PemTest is DcapFixture {
    bytes constant BEGIN = "-----BEGIN CERTIFICATE-----";
    bytes constant END = "-----END CERTIFICATE-----";

    /// @dev keccak256 of the DER from `openssl x509 -outform DER` on each PEM block.
    bytes32 constant PHALA_LEAF_KECCAK = 0x0e16c573e1452d16cd3e3bcdbe123544046e9e5a11435e647b89a9bd06806f14;
    bytes32 constant AUTOMATA_LEAF_KECCAK = 0x8525b85cf0a78d1e3ebf56601259530531cc9fdb95a07d0cf1ea6310ebed3085;
    bytes32 constant GOTDX_LEAF_KECCAK = 0x12072eb0ee7bfa598bc4f5ceec7d9fe63f6e4385d706bc95859d36f9c18bf562;
    bytes32 constant PLATFORM_CA_KECCAK = 0x18010c33469a2ad50a9962f06bfb9cf04ac19f086aa333d369caf9de8ea9206d;
    bytes32 constant TCB_SIGNING_KECCAK = 0xbab482294e7b1c318b4639072c13b1d03f8ebd93c4df97fe9f73b1e315de55d0;

    /*//////////////////////////////////////////////////////////////
                              REAL CHAINS
    //////////////////////////////////////////////////////////////*/

    function test_quoteChains() public {
        _checkQuoteChain(PHALA, PHALA_LEAF_KECCAK); // ends with "\n\0"
        _checkQuoteChain(AUTOMATA, AUTOMATA_LEAF_KECCAK); // ends with "\n"
        _checkQuoteChain(GOTDX, GOTDX_LEAF_KECCAK); // v5 quote
    }

    function test_collateralChains() public {
        bytes32 root = keccak256(_rootDer());
        bytes[] memory c = h.splitPem(bytes(_collateral(PHALA, "tcb_info_issuer_chain")));
        vm.assertEq(c.length, 2);
        vm.assertEq(keccak256(c[0]), TCB_SIGNING_KECCAK);
        vm.assertEq(keccak256(c[1]), root);
        c = h.splitPem(bytes(_collateral(AUTOMATA, "qe_identity_issuer_chain")));
        vm.assertEq(c.length, 2);
        vm.assertEq(keccak256(c[0]), TCB_SIGNING_KECCAK);
        c = h.splitPem(bytes(_collateral(PHALA, "pck_crl_issuer_chain")));
        vm.assertEq(c.length, 2);
        vm.assertEq(keccak256(c[0]), PLATFORM_CA_KECCAK);
        vm.assertEq(keccak256(c[1]), root);
    }

    /// @dev Decoding in place inside the quote buffer, one block at a time (no copy of the chain).
    function test_decodeInQuoteBuffer() public {
        bytes memory q = _quote(PHALA);
        (uint256 start, uint256 end) = _pemRange(q);
        (bytes memory leaf, uint256 next) = h.decodePemAt(q, start, end);
        vm.assertEq(keccak256(leaf), PHALA_LEAF_KECCAK);
        vm.assertEq(uint8(q[next - 1]), uint8(bytes1("-")));
        vm.assertEq(uint8(q[next]), 0x0a);
        (bytes memory ca, uint256 next2) = h.decodePemAt(q, next, end);
        vm.assertEq(keccak256(ca), PLATFORM_CA_KECCAK);
        (bytes memory root, uint256 next3) = h.decodePemAt(q, next2, end);
        vm.assertEq(keccak256(root), keccak256(_rootDer()));
        vm.assertEq(end - next3, 2); // "\n\0"
        bytes[] memory all = Pem.splitCertificatesAt(q, start, end);
        vm.assertEq(all.length, 3);
        vm.assertEq(keccak256(all[1]), PLATFORM_CA_KECCAK);
    }

    function test_crlfAndOtherLineLengths() public {
        bytes memory der = _quoteChain(PHALA)[0];
        bytes memory b64 = bytes(Base64.encode(der));
        // CRLF, 76-character lines, one single line, and stray spaces / tabs.
        vm.assertEq(keccak256(Pem.decodeCertificate(_wrap(b64, 64, "\r\n"))), PHALA_LEAF_KECCAK);
        vm.assertEq(keccak256(Pem.decodeCertificate(_wrap(b64, 76, "\n"))), PHALA_LEAF_KECCAK);
        vm.assertEq(keccak256(Pem.decodeCertificate(_wrap(b64, 100000, "\n"))), PHALA_LEAF_KECCAK);
        vm.assertEq(keccak256(Pem.decodeCertificate(_wrap(b64, 3, " \t"))), PHALA_LEAF_KECCAK);
    }

    function test_paddingVariants() public pure {
        vm.assertEq(Pem.decodeCertificate(_pem("QQ==")), bytes("A"));
        vm.assertEq(Pem.decodeCertificate(_pem("QUI=")), bytes("AB"));
        vm.assertEq(Pem.decodeCertificate(_pem("QUJD")), bytes("ABC"));
        vm.assertEq(Pem.decodeCertificate(_pem("QUJDRA==")), bytes("ABCD"));
        vm.assertEq(Pem.decodeCertificate(_pem("QUJD\nRA=\n=")), bytes("ABCD")); // whitespace inside padding
        vm.assertEq(Pem.decodeCertificate(_pem("+/+/")), hex"fbffbf");
    }

    /// @dev Bodies made only of full 64-character lines (decoded entirely by the line fast path),
    ///      and bodies where the fast path stops midway (CRLF after some LF lines).
    function test_fullLinesOnly() public pure {
        for (uint256 n = 47; n <= 145; ++n) {
            bytes memory data = new bytes(n);
            for (uint256 i; i < n; ++i) {
                data[i] = bytes1(uint8(i * 37 + n));
            }
            bytes memory b64 = bytes(Base64.encode(data));
            vm.assertEq(Pem.decodeCertificate(_wrap(b64, 64, "\n")), data);
            bytes memory mixed = _wrap(b64, 64, "\n");
            // The second full line ends in '\r' instead of '\n': the fast path stops there.
            if (b64.length > 128) mixed[BEGIN.length + 1 + 65 + 64] = "\r";
            vm.assertEq(Pem.decodeCertificate(mixed), data);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ERRORS
    //////////////////////////////////////////////////////////////*/

    function test_errors() public {
        _expectSplit("", Pem.PemNoCertificate.selector);
        _expectSplit("\n \t\r\x00\x00", Pem.PemNoCertificate.selector);
        _expectSplit("hello", Pem.PemMissingBeginMarker.selector);
        _expectSplit("-----BEGIN PUBLIC KEY-----\nQUJD\n-----END PUBLIC KEY-----\n", Pem.PemMissingBeginMarker.selector);
        _expectSplit(bytes.concat(BEGIN, "\nQUJD\n"), Pem.PemMissingEndMarker.selector);
        _expectSplit(bytes.concat(BEGIN, "\nQUJD\n-----END PUBLIC KEY-----"), Pem.PemMissingEndMarker.selector);
        _expectSplit(bytes.concat(BEGIN, "\nQU-D\n", END), Pem.PemInvalidBase64.selector); // '-' ends the body
        _expectSplit(bytes.concat(BEGIN, "\nQUJD-\n", END), Pem.PemMissingEndMarker.selector);
        _expectSplit(_pem("QU*D"), Pem.PemInvalidBase64.selector);
        _expectSplit(_pem("QU_D"), Pem.PemInvalidBase64.selector); // URL-safe alphabet
        _expectSplit(_pem("QU\xc3D"), Pem.PemInvalidBase64.selector);
        _expectSplit(_pem("QU\x00D"), Pem.PemInvalidBase64.selector);
        _expectSplit(_pem("QUJ"), Pem.PemInvalidBase64.selector); // length 3
        _expectSplit(_pem(""), Pem.PemInvalidBase64.selector); // empty body
        _expectSplit(_pem("Q==="), Pem.PemInvalidBase64.selector);
        _expectSplit(_pem("QQ=A"), Pem.PemInvalidBase64.selector);
        _expectSplit(_pem("QR=="), Pem.PemInvalidBase64.selector); // non-canonical
        _expectSplit(_pem("QUJ="), Pem.PemInvalidBase64.selector); // non-canonical
        _expectSplit(bytes.concat(_pem("QUJD"), "\nxyz"), Pem.PemMissingBeginMarker.selector); // trailing garbage
        _expectSplit(bytes.concat(_pem("QUJD"), "\x00", _pem("QUJD"), "\x00"), bytes4(0)); // NULs between: fine
        vm.expectRevert(Pem.PemRangeOutOfBounds.selector);
        h.decodePemAt(_pem("QUJD"), 0, 1000);
        vm.expectRevert(Pem.PemRangeOutOfBounds.selector);
        h.decodePemAt(_pem("QUJD"), 5, 4);
    }

    /*//////////////////////////////////////////////////////////////
                                 FUZZ
    //////////////////////////////////////////////////////////////*/

    /// @dev Differential against Solady's encoder: any bytes, any line length, LF or CRLF.
    function testFuzz_roundTrip(bytes memory data, uint256 lineLength, bool crlf) public pure {
        vm.assume(data.length != 0);
        lineLength = bound(lineLength, 1, 200);
        bytes memory pem = _wrap(bytes(Base64.encode(data)), lineLength, crlf ? bytes("\r\n") : bytes("\n"));
        vm.assertEq(Pem.decodeCertificate(pem), data);
        bytes[] memory two = Pem.splitCertificates(bytes.concat(pem, "\n", pem, "\x00"));
        vm.assertEq(two.length, 2);
        vm.assertEq(two[1], data);
    }

    /// @dev Random bodies: either a Pem error, or a canonical decoding (re-encoding gives the body back).
    function testFuzz_randomBody(bytes memory body) public view {
        try h.splitPem(bytes.concat(BEGIN, "\n", body, "\n", END)) returns (bytes[] memory ders) {
            vm.assertEq(ders.length, 1);
            vm.assertEq(bytes(Base64.encode(ders[0])), _stripSpace(body));
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    function testFuzz_randomBytes(bytes memory data) public view {
        try h.splitPem(data) {
            vm.assertTrue(false, "garbage decoded");
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev Truncations of a real chain: an error, or exactly the complete blocks before the cut.
    function testFuzz_truncatedChain(uint256 len) public {
        bytes memory pem = _quotePem(AUTOMATA);
        len = bound(len, 0, pem.length);
        try h.splitPem(_slice(pem, 0, len)) returns (bytes[] memory ders) {
            bytes[] memory full = h.splitPem(pem);
            vm.assertTrue(ders.length <= full.length);
            for (uint256 i; i < ders.length; ++i) {
                vm.assertEq(ders[i], full[i]);
            }
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev Any single-byte change of a real chain: an error, or three blocks that still decode.
    function testFuzz_mutatedChain(uint256 pos, uint8 x) public {
        bytes memory pem = _copy(_quotePem(PHALA));
        pos = bound(pos, 0, pem.length - 1);
        pem[pos] ^= bytes1(uint8(bound(x, 1, 255)));
        try h.splitPem(pem) returns (bytes[] memory ders) {
            vm.assertTrue(ders.length == 3 || ders.length == 2);
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _checkQuoteChain(string memory dir, bytes32 leafKeccak) internal {
        bytes[] memory chain = h.splitPem(_quotePem(dir));
        vm.assertEq(chain.length, 3);
        vm.assertEq(keccak256(chain[0]), leafKeccak);
        vm.assertEq(keccak256(chain[1]), PLATFORM_CA_KECCAK);
        vm.assertEq(keccak256(chain[2]), keccak256(_rootDer()));
    }

    function _expectSplit(bytes memory pem, bytes4 err) internal {
        if (err == bytes4(0)) {
            h.splitPem(pem);
            return;
        }
        vm.expectRevert(err);
        h.splitPem(pem);
    }

    function _pem(bytes memory body) internal pure returns (bytes memory) {
        return bytes.concat(BEGIN, "\n", body, "\n", END, "\n");
    }

    /// @dev BEGIN, `b64` cut into lines of `lineLength` separated by `eol`, END.
    function _wrap(bytes memory b64, uint256 lineLength, bytes memory eol) internal pure returns (bytes memory out) {
        out = bytes.concat(BEGIN, eol);
        for (uint256 i; i < b64.length; i += lineLength) {
            uint256 n = b64.length - i < lineLength ? b64.length - i : lineLength;
            bytes memory line = new bytes(n);
            for (uint256 j; j < n; ++j) {
                line[j] = b64[i + j];
            }
            out = bytes.concat(out, line, eol);
        }
        out = bytes.concat(out, END, eol);
    }

    function _stripSpace(bytes memory b) internal pure returns (bytes memory out) {
        out = new bytes(b.length);
        uint256 n;
        for (uint256 i; i < b.length; ++i) {
            bytes1 c = b[i];
            if (c != " " && c != "\n" && c != "\r" && c != "\t") out[n++] = c;
        }
        /// @solidity memory-safe-assembly
        assembly {
            mstore(out, n)
        }
    }
}
