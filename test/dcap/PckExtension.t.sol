// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {Asn1Der} from "../../contracts/dcap/lib/Asn1Der.sol";
import {PckExtension} from "../../contracts/dcap/lib/PckExtension.sol";
import {X509} from "../../contracts/dcap/lib/X509.sol";
import {DcapFixture, vmx} from "./DcapFixture.sol";

contract PckExtensionHarness {
    /// @dev Decodes `der` = an OCTET STRING wrapping the SGX extension's SEQUENCE.
    function parseValue(bytes memory der) external pure returns (PckExtension.PckInfo memory info) {
        PckExtension.parseExtensionValue(der, Asn1Der.root(der), info);
    }
}

/// @dev Expected values from `openssl asn1parse -strparse <sgx extension offset>` on each PCK leaf.
contract PckExtensionTest is DcapFixture {
    PckExtensionHarness ph;

    /// @dev Offset of the SGX extension's OCTET STRING content in the phala and automata PCK leaves
    ///      (`openssl asn1parse`: "624:d=5 hl=4 l= 554 prim: OCTET STRING").
    uint256 constant EXT = 628;

    function setUp() public override {
        super.setUp();
        ph = new PckExtensionHarness();
    }

    function test_phala() public {
        PckExtension.PckInfo memory info = h.parsePck(_quoteChain(PHALA)[0]);
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0xb0c06f000000)));
        vm.assertEq(bytes32(info.fmspc), bytes32(_expectedFmspc(PHALA)));
        vm.assertEq(bytes32(info.pceId), bytes32(bytes2(0x0000)));
        vm.assertEq(info.pceSvn, 11);
        vm.assertEq(bytes32(info.cpuSvn), bytes32(bytes16(0x03030202040100050000000000000000)));
        vm.assertEq(bytes32(info.ppid), bytes32(bytes16(0x811DCA2A26B952E85BB6448B097BA4FD)));
        vm.assertEq(info.sgxType, 1);
        _assertSvns(info, [uint8(3), 3, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    function test_automata() public {
        PckExtension.PckInfo memory info = h.parsePck(_quoteChain(AUTOMATA)[0]);
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0x00806f050000)));
        vm.assertEq(bytes32(info.fmspc), bytes32(_expectedFmspc(AUTOMATA)));
        vm.assertEq(bytes32(info.pceId), bytes32(bytes2(0x0000)));
        vm.assertEq(info.pceSvn, 11);
        vm.assertEq(bytes32(info.cpuSvn), bytes32(bytes16(0x06060202030100030000000000000000)));
        vm.assertEq(bytes32(info.ppid), bytes32(bytes16(0x85D50AF2AD61799EBCE974B7B0978B46)));
        _assertSvns(info, [uint8(6), 6, 2, 2, 3, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    function test_gotdx() public {
        PckExtension.PckInfo memory info = h.parsePck(_quoteChain(GOTDX)[0]);
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0x90c06f000000)));
        vm.assertEq(info.pceSvn, 13);
        vm.assertEq(bytes32(info.cpuSvn), bytes32(bytes16(0x04040202040100050000000000000000)));
        vm.assertEq(bytes32(info.ppid), bytes32(bytes16(0x2734B654F553596897EAADFB5667A954)));
        _assertSvns(info, [uint8(4), 4, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    function test_parseWithParsedCertificate() public {
        bytes memory der = _quoteChain(PHALA)[0];
        X509.Certificate memory c = X509.parse(der);
        PckExtension.PckInfo memory info = PckExtension.parse(der, c);
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0xb0c06f000000)));
    }

    function test_missingExtension() public {
        bytes[] memory chain = _quoteChain(PHALA);
        vm.expectRevert(PckExtension.PckMissingSgxExtension.selector);
        h.parsePck(chain[1]); // the PCK Platform CA has no SGX extension
    }

    /*//////////////////////////////////////////////////////////////
                 TAMPERED REAL EXTENSIONS (offsets from asn1parse)
    //////////////////////////////////////////////////////////////*/

    function test_negativeSvn() public {
        // TCB component 1: INTEGER at EXT+71 (02 01 03) -> 02 01 80.
        bytes memory der = _leafWith(EXT + 73, 0x03, 0x80);
        vm.expectRevert(Asn1Der.DerNegativeInteger.selector);
        h.parsePck(der);
    }

    function test_componentOutOfOrder() public {
        // TCB component 2's OID (at EXT+76, 13 bytes) ends in 02 -> 03.
        bytes memory der = _leafWith(EXT + 76 + 12, 0x02, 0x03);
        vm.expectRevert(PckExtension.PckInvalidTcbComponent.selector);
        h.parsePck(der);
    }

    function test_componentWrongType() public {
        // TCB component 3's INTEGER tag (EXT+107) -> OCTET STRING.
        bytes memory der = _leafWith(EXT + 107, 0x02, 0x04);
        vm.expectRevert(abi.encodeWithSelector(Asn1Der.DerUnexpectedTag.selector, 2, 4));
        h.parsePck(der);
    }

    function test_fmspcWrongType() public {
        // FMSPC OCTET STRING (EXT+427) -> tag 0x05.
        bytes memory der = _leafWith(EXT + 427, 0x04, 0x05);
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckInvalidField.selector, 4));
        h.parsePck(der);
    }

    function test_duplicateEntry() public {
        // The FMSPC entry's OID (EXT+415, 12 bytes) ends in 04 -> 03: a second PCE-ID.
        bytes memory der = _leafWith(EXT + 415 + 11, 0x04, 0x03);
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckDuplicateField.selector, 3));
        h.parsePck(der);
    }

    function test_missingTcb() public {
        // The TCB entry's OID (EXT+40) ends in 02 -> 09 (unknown, skipped).
        bytes memory der = _leafWith(EXT + 40 + 11, 0x02, 0x09);
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckMissingField.selector, 2));
        h.parsePck(der);
    }

    /*//////////////////////////////////////////////////////////////
                         SYNTHETIC EXTENSIONS
    //////////////////////////////////////////////////////////////*/

    function test_synthetic_wideValues() public view {
        bytes[] memory comps = _components();
        comps[0] = _comp(1, _int(hex"00ff")); // 255
        comps[16] = _comp(17, _int(hex"008000")); // PCESVN 32768
        PckExtension.PckInfo memory info = ph.parseValue(_ext(comps, true));
        vm.assertEq(info.tcbCompSvns[0], 255);
        vm.assertEq(info.tcbCompSvns[15], 16);
        vm.assertEq(info.pceSvn, 32768);
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0x112233445566)));
        vm.assertEq(bytes32(info.pceId), bytes32(bytes2(0xabcd)));
        vm.assertEq(bytes32(info.cpuSvn), bytes32(bytes16(0x0102030405060708090a0b0c0d0e0f10)));
        vm.assertEq(bytes32(info.ppid), bytes32(0)); // absent
    }

    function test_synthetic_svnOutOfRange() public {
        bytes[] memory comps = _components();
        comps[4] = _comp(5, _int(hex"0100"));
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckSvnOutOfRange.selector, 5));
        ph.parseValue(_ext(comps, true));
        comps = _components();
        comps[16] = _comp(17, _int(hex"010000"));
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckSvnOutOfRange.selector, 17));
        ph.parseValue(_ext(comps, true));
    }

    function test_synthetic_nonMinimalInteger() public {
        bytes[] memory comps = _components();
        comps[2] = _comp(3, _int(hex"0005"));
        vm.expectRevert(Asn1Der.DerInvalidInteger.selector);
        ph.parseValue(_ext(comps, true));
    }

    function test_synthetic_componentCount() public {
        bytes[] memory comps = _components();
        bytes[] memory fewer = new bytes[](17);
        for (uint256 i; i < 17; ++i) {
            fewer[i] = comps[i];
        }
        vm.expectRevert(PckExtension.PckMissingTcbComponent.selector);
        ph.parseValue(_ext(fewer, true));
        bytes[] memory more = new bytes[](19);
        for (uint256 i; i < 18; ++i) {
            more[i] = comps[i];
        }
        more[18] = _comp(18, _tlv(0x04, new bytes(16)));
        vm.expectRevert(PckExtension.PckInvalidTcbComponent.selector);
        ph.parseValue(_ext(more, true));
    }

    function test_synthetic_cpuSvnLength() public {
        bytes[] memory comps = _components();
        comps[17] = _comp(18, _tlv(0x04, new bytes(15)));
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckInvalidField.selector, 18));
        ph.parseValue(_ext(comps, true));
    }

    function test_synthetic_missingFmspc() public {
        vm.expectRevert(abi.encodeWithSelector(PckExtension.PckMissingField.selector, 4));
        ph.parseValue(_ext(_components(), false));
    }

    /*//////////////////////////////////////////////////////////////
                                 FUZZ
    //////////////////////////////////////////////////////////////*/

    /// @dev Any change inside the SGX extension either still decodes or reverts with a library error.
    function testFuzz_mutatedExtension(uint256 pos, uint8 x) public {
        bytes memory der = _copy(_quoteChain(PHALA)[0]);
        pos = bound(pos, EXT - 4, EXT + 553);
        x = uint8(bound(x, 1, 255));
        der[pos] ^= bytes1(x);
        try h.parsePck(der) {}
        catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    function testFuzz_randomValue(bytes memory body) public view {
        vm.assume(body.length < 0x10000);
        bytes memory der = _tlv(0x04, _tlv(0x30, body));
        try ph.parseValue(der) {}
        catch (bytes memory reason) {
            _assertKnownError(reason);
        }
    }

    /// @dev Random SVN values round-trip through the fast and the generic component paths.
    function testFuzz_svnValues(uint8 a, uint16 pceSvn, uint256 which) public view {
        uint256 i = bound(which, 0, 15);
        bytes[] memory comps = _components();
        comps[i] = _comp(i + 1, _int(_minimal(a)));
        comps[16] = _comp(17, _int(_minimal(pceSvn)));
        PckExtension.PckInfo memory info = ph.parseValue(_ext(comps, true));
        vm.assertEq(info.tcbCompSvns[i], a);
        vm.assertEq(info.pceSvn, pceSvn);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _expectedFmspc(string memory dir) internal returns (bytes6) {
        string memory rel = string.concat(dir, "/expected.json");
        _requireData(rel);
        string memory fmspc = vmx.parseJsonString(vm.readFile(string.concat(DATA, rel)), ".fmspc");
        // parseBytes accepts either case: the comparison is case-insensitive.
        return bytes6(vmx.parseBytes(string.concat("0x", fmspc)));
    }

    function _assertSvns(PckExtension.PckInfo memory info, uint8[16] memory expected) internal pure {
        for (uint256 i; i < 16; ++i) {
            vm.assertEq(info.tcbCompSvns[i], expected[i], "svn");
        }
    }

    function _leafWith(uint256 pos, uint8 expected, uint8 value) internal returns (bytes memory der) {
        der = _copy(_quoteChain(PHALA)[0]);
        vm.assertEq(uint8(der[pos]), expected, "fixture offset");
        der[pos] = bytes1(value);
    }

    function _int(bytes memory v) internal pure returns (bytes memory) {
        return _tlv(0x02, v);
    }

    function _minimal(uint256 v) internal pure returns (bytes memory b) {
        if (v < 0x80) return abi.encodePacked(uint8(v));
        if (v < 0x100) return abi.encodePacked(uint8(0), uint8(v));
        if (v < 0x8000) return abi.encodePacked(uint16(v));
        return abi.encodePacked(uint8(0), uint16(v));
    }

    function _oid(bytes memory suffix) internal pure returns (bytes memory) {
        return _tlv(0x06, bytes.concat(hex"2a864886f84d010d01", suffix));
    }

    function _comp(uint256 n, bytes memory value) internal pure returns (bytes memory) {
        return _tlv(0x30, bytes.concat(_oid(abi.encodePacked(uint8(2), uint8(n))), value));
    }

    /// @dev Components 1..16 = 1..16, PCESVN 7, CPUSVN 01..10.
    function _components() internal pure returns (bytes[] memory comps) {
        comps = new bytes[](18);
        for (uint256 i; i < 16; ++i) {
            comps[i] = _comp(i + 1, _int(abi.encodePacked(uint8(i + 1))));
        }
        comps[16] = _comp(17, _int(hex"07"));
        comps[17] = _comp(18, _tlv(0x04, hex"0102030405060708090a0b0c0d0e0f10"));
    }

    /// @dev OCTET STRING { SEQUENCE { TCB, PCE-ID, [FMSPC], SGX type } } (no PPID).
    function _ext(bytes[] memory comps, bool withFmspc) internal pure returns (bytes memory) {
        bytes memory tcb;
        for (uint256 i; i < comps.length; ++i) {
            tcb = bytes.concat(tcb, comps[i]);
        }
        bytes memory body = bytes.concat(
            _tlv(0x30, bytes.concat(_oid(hex"02"), _tlv(0x30, tcb))),
            _tlv(0x30, bytes.concat(_oid(hex"03"), _tlv(0x04, hex"abcd")))
        );
        if (withFmspc) {
            body = bytes.concat(body, _tlv(0x30, bytes.concat(_oid(hex"04"), _tlv(0x04, hex"112233445566"))));
        }
        body = bytes.concat(body, _tlv(0x30, bytes.concat(_oid(hex"05"), _tlv(0x0a, hex"00"))));
        return _tlv(0x04, _tlv(0x30, body));
    }
}
