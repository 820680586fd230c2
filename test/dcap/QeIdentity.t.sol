// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "../utils/Test.sol";
import {vm} from "../utils/Vm.sol";
import {LibString} from "solady/utils/LibString.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {QeIdentity} from "../../contracts/dcap/lib/QeIdentity.sol";
import {CollateralJson} from "../../contracts/dcap/lib/CollateralJson.sol";

/// @dev The cheatcodes this suite uses beyond test/utils/Vm.sol's core set, declared here so the
///      suite does not depend on that file's exact contents.
interface QeIdentityCheats {
    function parseJsonString(string calldata json, string calldata key) external pure returns (string memory);
    function expectPartialRevert(bytes4 revertData) external;
    function assertLt(uint256 left, uint256 right) external pure;
    function assertLe(uint256 left, uint256 right) external pure;
    function assertTrue(bool condition, string calldata error) external pure;
    function assertFalse(bool condition, string calldata error) external pure;
}

QeIdentityCheats constant cheats = QeIdentityCheats(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

/// @dev Prints through Foundry's console (a call to its reserved address; there is no code there).
function log(string memory label, uint256 value) view {
    (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
        .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
    ok;
}

/// @notice Exposes the library externally so reverts and gas can be observed (results as hashes).
contract QeIdentityHarness {
    function parse(bytes memory json) external pure returns (bytes32) {
        return keccak256(abi.encode(QeIdentity.parse(json)));
    }

    function parseGas(bytes memory json) external view returns (uint256 used) {
        uint256 g = gasleft();
        QeIdentity.parse(json);
        used = g - gasleft();
    }

    function decode(bytes memory data) external pure returns (bytes32) {
        return keccak256(abi.encode(QeIdentity.decode(data)));
    }
}

contract QeIdentityTest is Test {
    using LibString for string;

    QeIdentityHarness internal h;

    string internal constant JSON =
        '{"id":"TD_QE","version":2,"issueDate":"2025-06-19T10:32:27Z","nextUpdate":"2025-07-19T10:32:27Z","tcbEvaluationDataNumber":17,"miscselect":"00000000","miscselectMask":"FFFFFFFF","attributes":"11000000000000000000000000000000","attributesMask":"FBFFFFFFFFFFFFFF0000000000000000","mrsigner":"DC9E2A7C6F948F17474E34A7FC43ED030F7C1563F1BABDDF6340C82E0E54A8C5","isvprodid":2,"tcbLevels":[{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"},{"tcb":{"isvsvn":3},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00001"]}]}';

    function setUp() public {
        h = new QeIdentityHarness();
    }

    function _real(string memory name) internal returns (string memory) {
        string memory path = string.concat("../shared/testdata/tdx/", name, "/collateral.json");
        if (!vm.exists(path)) vm.skip(true, string.concat(path, " absent"));
        return cheats.parseJsonString(vm.readFile(path), ".qe_identity");
    }

    function _assertIntelTdQe(QeIdentity.Identity memory id) internal pure {
        vm.assertEq(id.tcbEvaluationDataNumber, 17);
        vm.assertEq(bytes32(id.miscselect), bytes32(0));
        vm.assertEq(bytes32(id.miscselectMask), bytes32(bytes4(0xFFFFFFFF)));
        vm.assertEq(bytes32(id.attributes), bytes32(bytes16(0x11000000000000000000000000000000)));
        vm.assertEq(bytes32(id.attributesMask), bytes32(bytes16(0xFBFFFFFFFFFFFFFF0000000000000000)));
        vm.assertEq(id.mrsigner, 0xDC9E2A7C6F948F17474E34A7FC43ED030F7C1563F1BABDDF6340C82E0E54A8C5);
        vm.assertEq(id.isvprodid, 2);
        vm.assertEq(id.levels[0].isvsvn, 4);
        vm.assertEq(id.levels[0].tcbDate, 1710288000); // 2024-03-13
        vm.assertEq(uint8(id.levels[0].status), uint8(IQuoteVerifier.TcbStatus.UpToDate));
    }

    function test_parse_phalaUpToDate() public {
        QeIdentity.Identity memory id = QeIdentity.parse(_real("phala-uptodate"));
        _assertIntelTdQe(id);
        vm.assertEq(id.issueDate, 1750329147); // 2025-06-19T10:32:27Z
        vm.assertEq(id.nextUpdate, 1752921147); // 2025-07-19T10:32:27Z
        vm.assertEq(id.levels.length, 1);
    }

    function test_parse_automataOutOfDate() public {
        QeIdentity.Identity memory id = QeIdentity.parse(_real("automata-outofdate"));
        _assertIntelTdQe(id);
        vm.assertEq(id.issueDate, 1749030018); // 2025-06-04T09:40:18Z
        vm.assertEq(id.nextUpdate, 1751622018); // 2025-07-04T09:40:18Z
        vm.assertEq(id.levels.length, 1);
    }

    function test_gas_real() public {
        string[2] memory names = ["phala-uptodate", "automata-outofdate"];
        for (uint256 i; i < 2; ++i) {
            uint256 g = h.parseGas(bytes(_real(names[i])));
            log(string.concat(names[i], " qe_identity parse gas"), g);
            cheats.assertLt(g, 100_000);
        }
    }

    function test_parse_keepsLevelOrder() public pure {
        QeIdentity.Identity memory id = QeIdentity.parse(JSON);
        vm.assertEq(id.levels.length, 2);
        vm.assertEq(id.levels[1].isvsvn, 3);
        vm.assertEq(uint8(id.levels[1].status), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
        // JSON order is kept (QVL scans the vector in order, first level with isvsvn <= the QE's).
        string memory reversed = JSON.replace(
            '{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"},{"tcb":{"isvsvn":3},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00001"]}',
            '{"tcb":{"isvsvn":3},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate"},{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"}'
        );
        vm.assertEq(QeIdentity.parse(reversed).levels[0].isvsvn, 3);
    }

    function test_parse_lowerCaseHex() public pure {
        QeIdentity.Identity memory id = QeIdentity.parse(JSON.replace("DC9E2A7C", "dc9e2a7c"));
        vm.assertEq(id.mrsigner, 0xDC9E2A7C6F948F17474E34A7FC43ED030F7C1563F1BABDDF6340C82E0E54A8C5);
    }

    function test_encodeDecode_roundTrip() public view {
        QeIdentity.Identity memory id = QeIdentity.parse(JSON);
        bytes memory packed = QeIdentity.encode(id);
        vm.assertEq(packed.length, 96 + 2 * 11);
        vm.assertEq(abi.encode(QeIdentity.decode(packed)), abi.encode(id));
        vm.assertEq(h.decode(packed), keccak256(abi.encode(id)));
    }

    function test_decode_rejectsMalformed() public {
        bytes memory packed = QeIdentity.encode(QeIdentity.parse(JSON));
        vm.expectRevert(QeIdentity.InvalidEncoding.selector);
        h.decode(bytes.concat(packed, hex"00"));
        vm.expectRevert(QeIdentity.InvalidEncoding.selector);
        h.decode(hex"01");
        packed[96 + 10] = 0x07; // status byte of level 0
        vm.expectRevert(QeIdentity.InvalidEncoding.selector);
        h.decode(packed);
    }

    /*//////////////////////////////////////////////////////////////
                               REJECTIONS
    //////////////////////////////////////////////////////////////*/

    function _expectRejected(string memory search, string memory replacement, bytes memory err) internal {
        require(JSON.indexOf(search) != LibString.NOT_FOUND, "fixture lacks search string");
        vm.expectRevert(err);
        h.parse(bytes(JSON.replace(search, replacement)));
    }

    function test_reject_wrongId() public {
        bytes memory err = abi.encodeWithSelector(QeIdentity.UnsupportedQeIdentityId.selector);
        _expectRejected('"id":"TD_QE"', '"id":"QE"', err);
        _expectRejected('"id":"TD_QE"', '"id":"td_qe"', err);
    }

    function test_reject_wrongVersion() public {
        _expectRejected(
            '"version":2', '"version":1', abi.encodeWithSelector(QeIdentity.UnsupportedQeIdentityVersion.selector, 1)
        );
    }

    function test_reject_badHexAndLengths() public {
        _expectRejected(
            '"miscselect":"00000000"',
            '"miscselect":"0000000x"',
            abi.encodeWithSelector(CollateralJson.InvalidHex.selector, bytes32("miscselect"))
        );
        _expectRejected(
            '"miscselect":"00000000"',
            '"miscselect":"000000"',
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("miscselect"), 6)
        );
        _expectRejected(
            '"attributesMask":"FBFFFFFFFFFFFFFF0000000000000000"',
            '"attributesMask":"FBFFFFFFFFFFFFFF00000000000000"',
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("attributesMask"), 30)
        );
        _expectRejected(
            '"mrsigner":"DC9E',
            '"mrsigner":"DC9E00',
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("mrsigner"), 66)
        );
    }

    function test_reject_missingFields() public {
        _expectRejected(
            '"isvprodid":2,', "", abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("isvprodid"))
        );
        _expectRejected(
            '"miscselectMask":"FFFFFFFF",',
            "",
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("miscselectMask"))
        );
        _expectRejected(
            '{"tcb":{"isvsvn":4},',
            '{"tcb":{},',
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("isvsvn"))
        );
        _expectRejected(
            ',"tcbDate":"2024-03-13T00:00:00Z"',
            "",
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("tcbDate"))
        );
    }

    function test_reject_statuses() public {
        bytes memory err = abi.encodeWithSelector(CollateralJson.UnknownTcbStatus.selector, bytes32("tcbStatus"));
        _expectRejected('"tcbStatus":"UpToDate"', '"tcbStatus":"Fine"', err);
        // QVL's enclave identity parser knows five statuses; the SW-hardening ones are not among them.
        _expectRejected('"tcbStatus":"UpToDate"', '"tcbStatus":"SWHardeningNeeded"', err);
        _expectRejected('"tcbStatus":"UpToDate"', '"tcbStatus":"ConfigurationAndSWHardeningNeeded"', err);
        // The other five parse.
        string[4] memory ok = ["ConfigurationNeeded", "OutOfDateConfigurationNeeded", "Revoked", "OutOfDate"];
        for (uint256 i; i < 4; ++i) {
            QeIdentity.Identity memory id =
                QeIdentity.parse(JSON.replace('"tcbStatus":"UpToDate"', string.concat('"tcbStatus":"', ok[i], '"')));
            vm.assertEq(uint8(id.levels[0].status), [uint8(2), 5, 6, 4][i]);
        }
    }

    function test_reject_ranges() public {
        cheats.expectPartialRevert(CollateralJson.JsonNumberOutOfRange.selector);
        h.parse(bytes(JSON.replace('"isvprodid":2', '"isvprodid":65536')));
        cheats.expectPartialRevert(CollateralJson.JsonNumberOutOfRange.selector);
        h.parse(bytes(JSON.replace('"isvsvn":4', '"isvsvn":70000')));
        cheats.expectPartialRevert(CollateralJson.JsonNotUnsignedInteger.selector);
        h.parse(bytes(JSON.replace('"isvprodid":2', '"isvprodid":"2"')));
    }

    function test_reject_emptyLevelsAndDuplicates() public {
        vm.expectRevert(QeIdentity.EmptyTcbLevels.selector);
        h.parse(bytes(string.concat(LibString.slice(JSON, 0, JSON.indexOf('[{"tcb"') + 1), "]}")));
        _expectRejected(
            '"isvprodid":2',
            '"isvprodid":2,"isvprodid":2',
            abi.encodeWithSelector(CollateralJson.JsonDuplicateKey.selector, bytes32("isvprodid"))
        );
    }

    function test_reject_badAdvisoryIds() public {
        cheats.expectPartialRevert(CollateralJson.JsonUnexpectedChar.selector);
        h.parse(bytes(JSON.replace('["INTEL-SA-00001"]', '"INTEL-SA-00001"')));
    }

    /*//////////////////////////////////////////////////////////////
                                  FUZZ
    //////////////////////////////////////////////////////////////*/

    function _isOurError(bytes4 sel) internal pure returns (bool) {
        return sel == CollateralJson.JsonUnexpectedEnd.selector || sel == CollateralJson.JsonUnexpectedChar.selector
            || sel == CollateralJson.JsonInvalidString.selector || sel == CollateralJson.JsonInvalidNumber.selector
            || sel == CollateralJson.JsonNotUnsignedInteger.selector
            || sel == CollateralJson.JsonNumberOutOfRange.selector || sel == CollateralJson.JsonTooDeep.selector
            || sel == CollateralJson.JsonTrailingData.selector || sel == CollateralJson.JsonDuplicateKey.selector
            || sel == CollateralJson.JsonMissingField.selector || sel == CollateralJson.InvalidHex.selector
            || sel == CollateralJson.InvalidHexLength.selector || sel == CollateralJson.InvalidDate.selector
            || sel == CollateralJson.UnknownTcbStatus.selector || sel == CollateralJson.InvalidAdvisoryId.selector
            || sel == QeIdentity.UnsupportedQeIdentityId.selector
            || sel == QeIdentity.UnsupportedQeIdentityVersion.selector || sel == QeIdentity.EmptyTcbLevels.selector
            || sel == QeIdentity.TooManyTcbLevels.selector;
    }

    function _tryParse(bytes memory json) internal view returns (bool ok) {
        bytes memory ret;
        (ok, ret) = address(h).staticcall(abi.encodeCall(QeIdentityHarness.parse, (json)));
        if (!ok) {
            cheats.assertTrue(ret.length >= 4, "revert without selector");
            cheats.assertTrue(_isOurError(bytes4(ret)), "revert is not one of the parser's custom errors");
        }
    }

    function testFuzz_truncated_rejected(uint256 cut) public view {
        cut = bound(cut, 0, bytes(JSON).length - 1);
        cheats.assertFalse(_tryParse(bytes(LibString.slice(JSON, 0, cut))), "truncated JSON accepted");
    }

    function testFuzz_randomBytes_rejected(bytes memory junk) public view {
        // The fuzzer's dictionary holds the fixture itself, which is valid.
        if (keccak256(junk) == keccak256(bytes(JSON))) return;
        cheats.assertFalse(_tryParse(junk), "random bytes accepted");
    }

    /// @dev A packed form with one byte changed, or cut short, decodes or reverts with InvalidEncoding.
    function testFuzz_decode_mutatedOrTruncated(uint256 at, uint8 b, uint256 cut) public view {
        bytes memory packed = QeIdentity.encode(QeIdentity.parse(JSON));
        at = bound(at, 0, packed.length - 1);
        packed[at] = bytes1(b);
        cut = bound(cut, 0, packed.length);
        /// @solidity memory-safe-assembly
        assembly {
            mstore(packed, cut)
        }
        (bool ok, bytes memory ret) = address(h).staticcall(abi.encodeCall(QeIdentityHarness.decode, (packed)));
        if (!ok) vm.assertEq(ret, abi.encodeWithSelector(QeIdentity.InvalidEncoding.selector));
    }

    function testFuzz_mutated_neverPanics(uint256 at, uint8 b) public view {
        bytes memory json = bytes(JSON);
        at = bound(at, 0, json.length - 1);
        json[at] = bytes1(b);
        _tryParse(json);
    }
}
