// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {DateTimeLib} from "solady/utils/DateTimeLib.sol";
import {Asn1Der} from "../../contracts/dcap/lib/Asn1Der.sol";
import {Crl} from "../../contracts/dcap/lib/Crl.sol";
import {PckExtension} from "../../contracts/dcap/lib/PckExtension.sol";
import {DcapFixture} from "./DcapFixture.sol";

contract Asn1DerHarness {
    function firstChild(bytes memory der) external pure returns (uint256) {
        return Asn1Der.firstChild(der, Asn1Der.root(der));
    }

    function grandChild(bytes memory der) external pure returns (uint256) {
        return Asn1Der.firstChild(der, Asn1Der.firstChild(der, Asn1Der.root(der)));
    }

    function nextSibling(bytes memory der) external pure returns (uint256) {
        return Asn1Der.nextSibling(der, Asn1Der.firstChild(der, Asn1Der.root(der)));
    }

    function readNodeAt(bytes memory der, uint256 offset, uint256 limit) external pure returns (uint256) {
        return Asn1Der.readNodeAt(der, offset, limit);
    }

    function unwrap(bytes memory der) external pure returns (uint256) {
        return Asn1Der.unwrap(der, Asn1Der.root(der));
    }

    function readBitString(bytes memory der) external pure returns (uint256, uint256) {
        return Asn1Der.readBitString(der, Asn1Der.root(der));
    }

    function contentWord(bytes memory der) external pure returns (bytes32) {
        return Asn1Der.contentWord(der, Asn1Der.root(der));
    }
}

contract Asn1DerTest is DcapFixture {
    Asn1DerHarness a;

    function setUp() public override {
        super.setUp();
        a = new Asn1DerHarness();
    }

    /*//////////////////////////////////////////////////////////////
                                HEADERS
    //////////////////////////////////////////////////////////////*/

    function test_node_layout() public pure {
        bytes memory der = hex"30820100"; // SEQUENCE, 256 content bytes
        der = bytes.concat(der, new bytes(256));
        uint256 n = Asn1Der.root(der);
        vm.assertEq(Asn1Der.tag(n), 0x30);
        vm.assertEq(Asn1Der.headerStart(n), 0);
        vm.assertEq(Asn1Der.contentStart(n), 4);
        vm.assertEq(Asn1Der.contentEnd(n), 260);
        vm.assertEq(Asn1Der.parentEnd(n), 260);
        vm.assertEq(Asn1Der.contentLength(n), 256);
        vm.assertEq(Asn1Der.totalLength(n), 260);
        // Children: 128 x "00 00" (tag 0, length 0).
        uint256 c = Asn1Der.firstChild(der, n);
        vm.assertEq(Asn1Der.headerStart(c), 4);
        vm.assertEq(Asn1Der.contentStart(c), 6);
        vm.assertEq(Asn1Der.parentEnd(c), 260);
        uint256 count = 1;
        while (Asn1Der.hasNextSibling(c)) {
            c = Asn1Der.nextSibling(der, c);
            ++count;
        }
        vm.assertEq(count, 128);
        Asn1Der.requireLast(c);
    }

    function test_longFormLengths() public view {
        vm.assertEq(Asn1Der.contentLength(h.root(bytes.concat(hex"048180", new bytes(0x80)))), 0x80);
        vm.assertEq(Asn1Der.contentLength(h.root(bytes.concat(hex"0481ff", new bytes(0xff)))), 0xff);
        vm.assertEq(Asn1Der.contentLength(h.root(bytes.concat(hex"04820100", new bytes(0x100)))), 0x100);
        vm.assertEq(Asn1Der.contentLength(h.root(bytes.concat(hex"0483010000", new bytes(0x10000)))), 0x10000);
    }

    function test_headerErrors() public {
        _expectRoot(hex"", Asn1Der.DerTruncated.selector);
        _expectRoot(hex"30", Asn1Der.DerTruncated.selector);
        _expectRoot(hex"3080", Asn1Der.DerIndefiniteLength.selector);
        _expectRoot(hex"30850000000000", Asn1Der.DerLengthTooLong.selector);
        _expectRoot(hex"3082", Asn1Der.DerTruncated.selector);
        _expectRoot(hex"30817f", Asn1Der.DerNonMinimalLength.selector);
        _expectRoot(bytes.concat(hex"30820080", new bytes(0x80)), Asn1Der.DerNonMinimalLength.selector);
        _expectRoot(hex"1f0100", Asn1Der.DerHighTagNumber.selector);
        _expectRoot(hex"300300", Asn1Der.DerLengthOutOfBounds.selector);
        _expectRoot(hex"30840fffffff00", Asn1Der.DerLengthOutOfBounds.selector);
        _expectRoot(hex"040000", Asn1Der.DerTrailingData.selector);
        // Children must stay inside their parent.
        vm.expectRevert(Asn1Der.DerLengthOutOfBounds.selector);
        a.grandChild(hex"3006300304020000"); // would fit the outer SEQUENCE, not its parent
        vm.expectRevert(Asn1Der.DerNotConstructed.selector);
        a.firstChild(hex"0400");
        vm.expectRevert(Asn1Der.DerNoChild.selector);
        a.firstChild(hex"3000");
        vm.expectRevert(Asn1Der.DerNoSibling.selector);
        a.nextSibling(hex"30020400");
        vm.expectRevert(Asn1Der.DerTruncated.selector);
        a.nextSibling(hex"3003040004"); // a lone identifier octet after the first child
        vm.expectRevert(Asn1Der.DerLengthOutOfBounds.selector);
        a.readNodeAt(hex"0400", 0, 3);
        vm.expectRevert(Asn1Der.DerTruncated.selector);
        a.readNodeAt(hex"0400", type(uint256).max, 2);
        vm.assertEq(Asn1Der.contentEnd(a.readNodeAt(hex"00000400", 2, 4)), 4);
    }

    /// @dev The hand-inlined header parsers of firstChild / nextSibling report like `_readNode`.
    function test_headerErrors_inChildren() public {
        bytes[6] memory bad = [bytes(hex"1f0100"), hex"0480", hex"04850000000000", hex"04817f", hex"0403", hex"04"];
        bytes4[6] memory err = [
            Asn1Der.DerHighTagNumber.selector,
            Asn1Der.DerIndefiniteLength.selector,
            Asn1Der.DerLengthTooLong.selector,
            Asn1Der.DerNonMinimalLength.selector,
            Asn1Der.DerLengthOutOfBounds.selector,
            Asn1Der.DerTruncated.selector
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(err[i]);
            a.firstChild(_tlv(0x30, bad[i]));
            vm.expectRevert(err[i]);
            a.nextSibling(_tlv(0x30, bytes.concat(hex"0500", bad[i])));
        }
    }

    /// @dev The selectors spelled out in the libraries' assembly.
    function test_assemblySelectors() public pure {
        vm.assertEq(Asn1Der.DerTruncated.selector, bytes4(0x2c96976b));
        vm.assertEq(Asn1Der.DerLengthOutOfBounds.selector, bytes4(0xe186abf4));
        vm.assertEq(Asn1Der.DerIndefiniteLength.selector, bytes4(0x544f2895));
        vm.assertEq(Asn1Der.DerLengthTooLong.selector, bytes4(0xcb1efb26));
        vm.assertEq(Asn1Der.DerNonMinimalLength.selector, bytes4(0x65df062c));
        vm.assertEq(Asn1Der.DerHighTagNumber.selector, bytes4(0xbe1b2f80));
        vm.assertEq(Asn1Der.DerUnexpectedTag.selector, bytes4(0x91bf4c8c));
        vm.assertEq(Asn1Der.DerNotConstructed.selector, bytes4(0xd253d074));
        vm.assertEq(Asn1Der.DerNoChild.selector, bytes4(0xa984141a));
        vm.assertEq(Asn1Der.DerNoSibling.selector, bytes4(0x187fea74));
        vm.assertEq(Asn1Der.DerTrailingData.selector, bytes4(0x828db611));
        vm.assertEq(Asn1Der.DerInvalidInteger.selector, bytes4(0xb06efcf7));
        vm.assertEq(Asn1Der.DerNegativeInteger.selector, bytes4(0x1a007b81));
        vm.assertEq(Asn1Der.DerIntegerTooLarge.selector, bytes4(0x25cede73));
        vm.assertEq(Asn1Der.DerInvalidBoolean.selector, bytes4(0xf6ae0950));
        vm.assertEq(Asn1Der.DerInvalidTime.selector, bytes4(0x41d7ead2));
        vm.assertEq(Crl.CrlUnsupportedCriticalExtension.selector, bytes4(0xda01d294));
        vm.assertEq(PckExtension.PckInvalidField.selector, bytes4(0x02d2dab5));
        vm.assertEq(PckExtension.PckMissingTcbComponent.selector, bytes4(0x0848cb44));
        vm.assertEq(PckExtension.PckDuplicateField.selector, bytes4(0x0dd2d910));
        vm.assertEq(PckExtension.PckSvnOutOfRange.selector, bytes4(0x3a3e3232));
        vm.assertEq(PckExtension.PckInvalidTcbComponent.selector, bytes4(0x785b3313));
    }

    function test_unwrap() public {
        vm.assertEq(Asn1Der.tag(a.unwrap(hex"04020500")), 0x05);
        vm.assertEq(Asn1Der.tag(a.unwrap(hex"0303000500")), 0x05); // BIT STRING: skips unused-bits octet
        vm.expectRevert(Asn1Der.DerTrailingData.selector);
        a.unwrap(hex"0403050000");
        vm.expectRevert(Asn1Der.DerInvalidBitString.selector);
        a.unwrap(hex"0303010500");
        vm.expectRevert(Asn1Der.DerTruncated.selector);
        a.unwrap(hex"0400");
    }

    /*//////////////////////////////////////////////////////////////
                                VALUES
    //////////////////////////////////////////////////////////////*/

    function test_readUint() public {
        vm.assertEq(h.readUint(hex"020100"), 0);
        vm.assertEq(h.readUint(hex"02017f"), 0x7f);
        vm.assertEq(h.readUint(hex"02020080"), 0x80);
        vm.assertEq(h.readUint(hex"02020100"), 0x100);
        vm.assertEq(
            h.readUint(hex"022100ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"), type(uint256).max
        );
        vm.assertEq(
            h.readUint(hex"02207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
            type(uint256).max >> 1
        );
        vm.expectRevert(Asn1Der.DerInvalidInteger.selector);
        h.readUint(hex"0200");
        vm.expectRevert(Asn1Der.DerInvalidInteger.selector);
        h.readUint(hex"02020001"); // redundant leading zero
        vm.expectRevert(Asn1Der.DerNegativeInteger.selector);
        h.readUint(hex"020180");
        vm.expectRevert(Asn1Der.DerNegativeInteger.selector);
        h.readUint(hex"0202ff7f");
        vm.expectRevert(Asn1Der.DerIntegerTooLarge.selector);
        h.readUint(hex"0221010000000000000000000000000000000000000000000000000000000000000000");
        vm.expectRevert(abi.encodeWithSelector(Asn1Der.DerUnexpectedTag.selector, 2, 4));
        h.readUint(hex"040100");
    }

    function test_readBool() public {
        vm.assertTrue(h.readBool(hex"0101ff"));
        vm.assertFalse(h.readBool(hex"010100"));
        vm.expectRevert(Asn1Der.DerInvalidBoolean.selector);
        h.readBool(hex"010101");
        vm.expectRevert(Asn1Der.DerInvalidBoolean.selector);
        h.readBool(hex"0102ffff");
        vm.expectRevert(Asn1Der.DerInvalidBoolean.selector);
        h.readBool(hex"0100");
    }

    function test_bitStringAndWords() public {
        (uint256 start, uint256 len) = a.readBitString(hex"030300abcd");
        vm.assertEq(start, 3);
        vm.assertEq(len, 2);
        vm.expectRevert(Asn1Der.DerInvalidBitString.selector);
        a.readBitString(hex"0300");
        vm.expectRevert(Asn1Der.DerInvalidBitString.selector);
        a.readBitString(hex"030206c0");
        vm.assertEq(a.contentWord(hex"0603551d13"), bytes32(bytes3(0x551d13)));
        vm.assertEq(a.contentWord(hex"0400"), bytes32(0));
        vm.expectRevert(Asn1Der.DerContentTooLong.selector);
        a.contentWord(bytes.concat(hex"0421", new bytes(33)));
        bytes memory oid = hex"06082a8648ce3d040302";
        vm.assertTrue(Asn1Der.isOid(oid, Asn1Der.root(oid), bytes32(bytes8(0x2a8648ce3d040302)), 8));
        vm.assertFalse(Asn1Der.isOid(oid, Asn1Der.root(oid), bytes32(bytes8(0x2a8648ce3d040303)), 8));
        vm.assertFalse(Asn1Der.isOid(oid, Asn1Der.root(oid), bytes32(bytes7(0x2a8648ce3d0403)), 7));
    }

    /*//////////////////////////////////////////////////////////////
                                 TIME
    //////////////////////////////////////////////////////////////*/

    function test_readTime() public {
        vm.assertEq(h.readTime(_utc("250604091931Z")), 1749028771);
        vm.assertEq(h.readTime(_utc("491231235959Z")), 2524607999);
        vm.assertEq(h.readTime(_utc("700101000000Z")), 0);
        vm.assertEq(h.readTime(_utc("991231235959Z")), 946684799);
        vm.assertEq(h.readTime(_utc("000229000000Z")), 951782400); // 2000 is a leap year
        vm.assertEq(h.readTime(_gen("20491231235959Z")), 2524607999);
        vm.assertEq(h.readTime(_gen("20500101000000Z")), 2524608000);
        vm.assertEq(h.readTime(_gen("99991231235959Z")), 253402300799);
        _expectTime(_utc("250604091931"), Asn1Der.DerInvalidTime.selector); // no Z (12 chars)
        _expectTime(_utc("2506040919310"), Asn1Der.DerInvalidTime.selector); // no Z
        _expectTime(_utc("25060409193Z1"), Asn1Der.DerInvalidTime.selector);
        _expectTime(_utc("251304091931Z"), Asn1Der.DerInvalidTime.selector); // month 13
        _expectTime(_utc("250004091931Z"), Asn1Der.DerInvalidTime.selector); // month 0
        _expectTime(_utc("250230091931Z"), Asn1Der.DerInvalidTime.selector); // Feb 30
        _expectTime(_utc("250229091931Z"), Asn1Der.DerInvalidTime.selector); // 2025 not leap
        _expectTime(_utc("250604241931Z"), Asn1Der.DerInvalidTime.selector); // hour 24
        _expectTime(_utc("250604096031Z"), Asn1Der.DerInvalidTime.selector); // minute 60
        _expectTime(_utc("250604091960Z"), Asn1Der.DerInvalidTime.selector); // second 60
        _expectTime(_utc("2506040919:1Z"), Asn1Der.DerInvalidTime.selector); // non-digit
        _expectTime(_utc("2506040919/1Z"), Asn1Der.DerInvalidTime.selector); // just below '0'
        _expectTime(_utc("25060409\xb931Z"), Asn1Der.DerInvalidTime.selector); // high bit
        _expectTime(_utc("690101000000Z"), Asn1Der.DerInvalidTime.selector); // 1969: before the epoch
        _expectTime(_gen("2025060409193Z"), Asn1Der.DerInvalidTime.selector); // 14 chars
        _expectTime(_gen("20250604091931.5Z"), Asn1Der.DerInvalidTime.selector); // fractions
        _expectTime(_gen("2025060409193+0"), Asn1Der.DerInvalidTime.selector);
        vm.expectRevert(abi.encodeWithSelector(Asn1Der.DerUnexpectedTag.selector, 0x17, 0x04));
        h.readTime(hex"0400");
    }

    function testFuzz_readTime(uint256 ts) public view {
        ts = bound(ts, 0, 253402300799); // up to 9999-12-31T23:59:59Z
        (uint256 y, uint256 mo, uint256 d, uint256 hh, uint256 mi, uint256 ss) = DateTimeLib.timestampToDateTime(ts);
        bytes memory body = bytes.concat(_d2(mo), _d2(d), _d2(hh), _d2(mi), _d2(ss), "Z");
        vm.assertEq(h.readTime(_gen(bytes.concat(_d2(y / 100), _d2(y % 100), body))), ts);
        if (y < 2050) vm.assertEq(h.readTime(_utc(bytes.concat(_d2(y % 100), body))), ts);
    }

    /*//////////////////////////////////////////////////////////////
                                 FUZZ
    //////////////////////////////////////////////////////////////*/

    /// @dev A full walk of random bytes either succeeds (random DER is possible) or reverts with a
    ///      library error; never a panic.
    function testFuzz_walkRandom(bytes memory data) public view {
        try h.walk(data) {}
        catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev Walks of random nested TLVs built to be valid count every element.
    function testFuzz_walkNested(uint8 depth, uint8 width) public view {
        depth = uint8(bound(depth, 1, 8));
        width = uint8(bound(width, 1, 4));
        bytes memory der = hex"0500";
        uint256 count = 1;
        for (uint256 i; i < depth; ++i) {
            bytes memory inner;
            for (uint256 j; j < width; ++j) {
                inner = bytes.concat(inner, der);
            }
            if (inner.length >= 0x10000) break;
            der = _tlv(0x30, inner);
            count = count * width + 1;
        }
        vm.assertEq(h.walk(der), count);
    }

    function testFuzz_readNodeAtRandom(uint256 offset, uint256 limit) public {
        bytes memory der = _quoteChain(PHALA)[0];
        try a.readNodeAt(der, offset, limit) returns (uint256 node) {
            vm.assertTrue(Asn1Der.contentEnd(node) <= limit && limit <= der.length);
            vm.assertEq(Asn1Der.headerStart(node), offset);
        } catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    function testFuzz_walkRealCertificateMutated(uint256 pos, uint8 x) public {
        bytes memory der = _copy(_quoteChain(AUTOMATA)[0]);
        pos = bound(pos, 0, der.length - 1);
        der[pos] ^= bytes1(uint8(bound(x, 1, 255)));
        try h.walk(der) {}
        catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _expectRoot(bytes memory der, bytes4 err) internal {
        vm.expectRevert(err);
        h.root(der);
    }

    function _expectTime(bytes memory der, bytes4 err) internal {
        vm.expectRevert(err);
        h.readTime(der);
    }

    function _utc(bytes memory s) internal pure returns (bytes memory) {
        return _tlv(0x17, s);
    }

    function _gen(bytes memory s) internal pure returns (bytes memory) {
        return _tlv(0x18, s);
    }

    function _d2(uint256 v) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(uint8(0x30 + v / 10)), bytes1(uint8(0x30 + v % 10)));
    }
}
