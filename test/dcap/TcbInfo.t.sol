// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "../utils/Test.sol";
import {vm} from "../utils/Vm.sol";
import {LibString} from "solady/utils/LibString.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";
import {JSONParserLib} from "solady/utils/JSONParserLib.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {TcbInfo} from "../../contracts/dcap/lib/TcbInfo.sol";
import {CollateralJson} from "../../contracts/dcap/lib/CollateralJson.sol";

/// @dev The cheatcodes this suite uses beyond test/utils/Vm.sol's core set, declared here so the
///      suite does not depend on that file's exact contents.
interface TcbInfoCheats {
    function parseJsonString(string calldata json, string calldata key) external pure returns (string memory);
    function expectPartialRevert(bytes4 revertData) external;
    function assertLt(uint256 left, uint256 right) external pure;
    function assertLe(uint256 left, uint256 right) external pure;
    function assertTrue(bool condition, string calldata error) external pure;
    function assertFalse(bool condition, string calldata error) external pure;
}

TcbInfoCheats constant cheats = TcbInfoCheats(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

/// @dev Prints through Foundry's console (a call to its reserved address; there is no code there).
function log(string memory label, uint256 value) view {
    (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
        .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
    ok;
}

/// @notice Exposes the library externally so reverts and gas can be observed. Results are
///         returned as hashes: the test contract never ABI-decodes the nested structs.
contract TcbInfoHarness {
    function parse(bytes memory json) external pure returns (bytes32) {
        return keccak256(abi.encode(TcbInfo.parse(json)));
    }

    function parseGas(bytes memory json) external view returns (uint256 used) {
        uint256 g = gasleft();
        TcbInfo.parse(json);
        used = g - gasleft();
    }

    /// @dev parse + encode + SSTORE2 write, as the collateral store would do.
    function store(bytes memory json) external returns (address pointer, uint256 used, uint256 size) {
        uint256 g = gasleft();
        bytes memory packed = TcbInfo.encode(TcbInfo.parse(json));
        pointer = SSTORE2.write(packed);
        used = g - gasleft();
        size = packed.length;
    }

    function loadGas(address pointer) external view returns (uint256 used) {
        uint256 g = gasleft();
        TcbInfo.decode(SSTORE2.read(pointer));
        used = g - gasleft();
    }

    function jsonParserLibGas(string memory json) external view returns (uint256 used) {
        uint256 g = gasleft();
        JSONParserLib.parse(json);
        used = g - gasleft();
    }

    function decode(bytes memory data) external pure returns (bytes32) {
        return keccak256(abi.encode(TcbInfo.decode(data)));
    }
}

contract TcbInfoTest is Test {
    using LibString for string;

    TcbInfoHarness internal h;

    string internal constant ZERO48 =
        "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

    function setUp() public {
        h = new TcbInfoHarness();
    }

    /*//////////////////////////////////////////////////////////////
                                FIXTURES
    //////////////////////////////////////////////////////////////*/

    /// @dev The tcb_info string of a shared collateral.json; skips the test when the file is absent.
    function _real(string memory name) internal returns (string memory) {
        string memory path = string.concat("../shared/testdata/tdx/", name, "/collateral.json");
        if (!vm.exists(path)) vm.skip(true, string.concat(path, " absent"));
        return cheats.parseJsonString(vm.readFile(path), ".tcb_info");
    }

    /// @dev A JSON component array with SVN byte i of `svns` at index i.
    function _comps(bytes16 svns) internal pure returns (string memory s) {
        s = "[";
        for (uint256 i; i < 16; ++i) {
            s = string.concat(
                s,
                i == 0 ? "" : ",",
                '{"svn":',
                LibString.toString(uint8(svns[i])),
                i == 0 ? ',"category":"BIOS","type":"Early Microcode Update"}' : "}"
            );
        }
        s = string.concat(s, "]");
    }

    function _level(
        bytes16 sgx,
        uint256 pcesvn,
        bytes16 tdx,
        string memory date,
        string memory status,
        string memory adv
    ) internal pure returns (string memory) {
        return string.concat(
            '{"tcb":{"sgxtcbcomponents":',
            _comps(sgx),
            ',"pcesvn":',
            LibString.toString(pcesvn),
            ',"tdxtcbcomponents":',
            _comps(tdx),
            '},"tcbDate":"',
            date,
            '","tcbStatus":"',
            status,
            '"',
            adv,
            "}"
        );
    }

    function _level1() internal pure returns (string memory) {
        return _level(
            bytes16(0x02020202030100050000000000000000),
            11,
            bytes16(0x05000200000000000000000000000000),
            "2024-03-13T00:00:00Z",
            "UpToDate",
            ""
        );
    }

    function _level2() internal pure returns (string memory) {
        return _level(
            bytes16(0x02020202030100050000000000000000),
            5,
            bytes16(0x05000200000000000000000000000000),
            "2018-01-04T00:00:00Z",
            "OutOfDate",
            ',"advisoryIDs":["INTEL-SA-00106","INTEL-SA-00115"]'
        );
    }

    function _identity() internal pure returns (string memory) {
        return string.concat(
            '{"id":"TDX_01","mrsigner":"',
            ZERO48,
            '","attributes":"0000000000000000","attributesMask":"FFFFFFFFFFFFFFFF","tcbLevels":[',
            '{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"},',
            '{"tcb":{"isvsvn":2},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00001"]}]}'
        );
    }

    /// @dev A small valid TDX TCB Info shaped like Intel's.
    function _synthetic(string memory levels) internal pure returns (string memory) {
        return string.concat(
            '{"id":"TDX","version":3,"issueDate":"2025-06-19T10:16:03Z","nextUpdate":"2025-07-19T10:16:03Z",',
            '"fmspc":"B0C06F000000","pceId":"0000","tcbType":0,"tcbEvaluationDataNumber":17,',
            '"tdxModule":{"mrsigner":"',
            ZERO48,
            '","attributes":"0000000000000000","attributesMask":"FFFFFFFFFFFFFFFF"},',
            '"tdxModuleIdentities":[',
            _identity(),
            '],"tcbLevels":[',
            levels,
            "]}"
        );
    }

    function _synthetic() internal pure returns (string memory) {
        return _synthetic(string.concat(_level1(), ",", _level2()));
    }

    /*//////////////////////////////////////////////////////////////
                               REAL DATA
    //////////////////////////////////////////////////////////////*/

    function test_parse_phalaUpToDate() public {
        TcbInfo.Info memory info = TcbInfo.parse(bytes(_real("phala-uptodate")));
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0xB0C06F000000)));
        vm.assertEq(bytes32(info.pceId), bytes32(0));
        vm.assertEq(info.tcbEvaluationDataNumber, 17);
        vm.assertEq(info.issueDate, 1750328163); // 2025-06-19T10:16:03Z
        vm.assertEq(info.nextUpdate, 1752920163); // 2025-07-19T10:16:03Z
        vm.assertEq(info.tdxModule.mrsigner, new bytes(48));
        vm.assertEq(bytes32(info.tdxModule.attributes), bytes32(0));
        vm.assertEq(bytes32(info.tdxModule.attributesMask), bytes32(bytes8(0xFFFFFFFFFFFFFFFF)));

        vm.assertEq(info.levels.length, 2);
        TcbInfo.Level memory l = info.levels[0];
        vm.assertEq(bytes32(l.sgxComponents), bytes32(bytes16(0x02020202030100050000000000000000)));
        vm.assertEq(l.pcesvn, 11);
        vm.assertEq(bytes32(l.tdxComponents), bytes32(bytes16(0x05000200000000000000000000000000)));
        vm.assertEq(l.tcbDate, 1710288000); // 2024-03-13
        vm.assertEq(uint8(l.status), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(l.advisoryIds, "");
        l = info.levels[1];
        vm.assertEq(l.pcesvn, 5);
        vm.assertEq(uint8(l.status), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
        vm.assertEq(l.tcbDate, 1515024000); // 2018-01-04
        string[] memory adv = TcbInfo.advisoryIds(l.advisoryIds);
        vm.assertEq(adv.length, 14);
        vm.assertEq(adv[0], "INTEL-SA-00106");
        vm.assertEq(adv[13], "INTEL-SA-00837");

        _assertRealModuleIdentities(info);
    }

    function test_parse_automataOutOfDate() public {
        TcbInfo.Info memory info = TcbInfo.parse(bytes(_real("automata-outofdate")));
        // The JSON carries this FMSPC in lower case; hex is read case-insensitively.
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0x00806F050000)));
        vm.assertEq(info.tcbEvaluationDataNumber, 17);
        vm.assertEq(info.issueDate, 1749030698); // 2025-06-04T09:51:38Z
        vm.assertEq(info.nextUpdate, 1751622698); // 2025-07-04T09:51:38Z
        vm.assertEq(info.levels.length, 4);
        TcbInfo.Level memory l = info.levels[0];
        vm.assertEq(bytes32(l.sgxComponents), bytes32(bytes16(0x07070202030100030000000000000000)));
        vm.assertEq(l.pcesvn, 11);
        vm.assertEq(bytes32(l.tdxComponents), bytes32(bytes16(0x05000700000000000000000000000000)));
        vm.assertEq(uint8(l.status), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(l.advisoryIds, "");
        l = info.levels[1];
        vm.assertEq(bytes32(l.sgxComponents), bytes32(bytes16(0x06060202030100030000000000000000)));
        vm.assertEq(bytes32(l.tdxComponents), bytes32(bytes16(0x03000600000000000000000000000000)));
        vm.assertEq(l.tcbDate, 1691539200); // 2023-08-09
        vm.assertEq(uint8(l.status), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
        vm.assertEq(l.advisoryIds, "INTEL-SA-00960,INTEL-SA-00982,INTEL-SA-00986");
        vm.assertEq(info.levels[3].pcesvn, 5);
        vm.assertEq(TcbInfo.advisoryIds(info.levels[3].advisoryIds).length, 17);

        _assertRealModuleIdentities(info);
    }

    function _assertRealModuleIdentities(TcbInfo.Info memory info) internal pure {
        vm.assertEq(info.moduleIdentities.length, 2);
        TcbInfo.ModuleIdentity memory m = info.moduleIdentities[0];
        vm.assertEq(m.version, 3); // "TDX_03"
        vm.assertEq(m.mrsigner, new bytes(48));
        vm.assertEq(bytes32(m.attributesMask), bytes32(bytes8(0xFFFFFFFFFFFFFFFF)));
        vm.assertEq(m.levels.length, 1);
        vm.assertEq(m.levels[0].isvsvn, 3);
        m = info.moduleIdentities[1];
        vm.assertEq(m.version, 1); // "TDX_01"
        vm.assertEq(m.levels.length, 2);
        vm.assertEq(m.levels[0].isvsvn, 4);
        vm.assertEq(uint8(m.levels[0].status), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(m.levels[1].isvsvn, 2);
        vm.assertEq(m.levels[1].tcbDate, 1691539200);
        vm.assertEq(uint8(m.levels[1].status), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
    }

    function test_encodeDecode_roundTrip_real() public {
        string[2] memory names = ["phala-uptodate", "automata-outofdate"];
        for (uint256 i; i < 2; ++i) {
            TcbInfo.Info memory info = TcbInfo.parse(bytes(_real(names[i])));
            bytes memory packed = TcbInfo.encode(info);
            vm.assertEq(abi.encode(TcbInfo.decode(packed)), abi.encode(info));
            vm.assertEq(h.decode(packed), keccak256(abi.encode(info)));
        }
    }

    /// @dev Gas of parsing each real tcb_info, of parse + encode + SSTORE2 write, and of loading.
    function test_gas_real() public {
        string[2] memory names = ["phala-uptodate", "automata-outofdate"];
        for (uint256 i; i < 2; ++i) {
            string memory json = _real(names[i]);
            uint256 parseGas = h.parseGas(bytes(json));
            (address pointer, uint256 storeGas, uint256 size) = h.store(bytes(json));
            uint256 loadGas = h.loadGas(pointer);
            log(string.concat(names[i], " tcb_info bytes"), bytes(json).length);
            log("  parse gas", parseGas);
            log("  parse+encode+SSTORE2 gas", storeGas);
            log("  packed bytes", size);
            log("  SSTORE2 read+decode gas", loadGas);
            log("  solady JSONParserLib.parse alone, gas", h.jsonParserLibGas(json));
            cheats.assertLt(parseGas, 1_000_000);
            cheats.assertLt(storeGas, 3_000_000);
            cheats.assertLt(loadGas, 60_000);
        }
    }

    /*//////////////////////////////////////////////////////////////
                             SYNTHETIC DATA
    //////////////////////////////////////////////////////////////*/

    function test_parse_synthetic() public pure {
        TcbInfo.Info memory info = TcbInfo.parse(bytes(_synthetic()));
        vm.assertEq(info.levels.length, 2);
        vm.assertEq(info.levels[1].advisoryIds, "INTEL-SA-00106,INTEL-SA-00115");
        vm.assertEq(info.moduleIdentities[0].levels[1].advisoryIds, "INTEL-SA-00001");
    }

    function test_parse_sortsLevelsInQvlOrder() public pure {
        // Reversed in the JSON; QVL orders by (sgx SVNs, pcesvn, tdx SVNs) descending.
        string memory low = _level(
            bytes16(0x02020202030100050000000000000000),
            11,
            bytes16(0x03000200000000000000000000000000),
            "2023-08-09T00:00:00Z",
            "OutOfDate",
            ""
        );
        TcbInfo.Info memory info = TcbInfo.parse(bytes(_synthetic(string.concat(_level2(), ",", low, ",", _level1()))));
        vm.assertEq(info.levels.length, 3);
        vm.assertEq(info.levels[0].pcesvn, 11);
        vm.assertEq(bytes32(info.levels[0].tdxComponents), bytes32(bytes16(0x05000200000000000000000000000000)));
        vm.assertEq(bytes32(info.levels[1].tdxComponents), bytes32(bytes16(0x03000200000000000000000000000000)));
        vm.assertEq(info.levels[2].pcesvn, 5);
    }

    function test_parse_sortsModuleLevels() public pure {
        string memory json = _synthetic()
            .replace(
                '{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"},{"tcb":{"isvsvn":2},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00001"]}',
                '{"tcb":{"isvsvn":2},"tcbDate":"2023-08-09T00:00:00Z","tcbStatus":"OutOfDate"},{"tcb":{"isvsvn":4},"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"}'
            );
        TcbInfo.ModuleLevel[] memory l = TcbInfo.parse(bytes(json)).moduleIdentities[0].levels;
        vm.assertEq(l[0].isvsvn, 4);
        vm.assertEq(l[1].isvsvn, 2);
    }

    function test_parse_whitespaceKeyOrderAndUnknownKeys() public pure {
        string memory json = string.concat(
            ' \n{ "tcbLevels" : [ ',
            _level1(),
            ' ] ,\t"tdxModule":{"attributesMask":"ffffffffffffffff","extra":[1,-2.5e3,true,false,null,{"a":"\\u00e9\\n"}],',
            '"attributes":"0000000000000000","mrsigner":"',
            ZERO48,
            '"},"tcbEvaluationDataNumber":17,"tcbType":0,"pceId":"0000","fmspc":"b0c06f000000",',
            '"nextUpdate":"2025-07-19T10:16:03Z","issueDate":"2025-06-19T10:16:03Z","version":3,"id":"TDX","future":{}}\r\n'
        );
        TcbInfo.Info memory info = TcbInfo.parse(bytes(json));
        vm.assertEq(bytes32(info.fmspc), bytes32(bytes6(0xB0C06F000000)));
        vm.assertEq(info.moduleIdentities.length, 0); // optional
        vm.assertEq(info.levels.length, 1);
    }

    function test_encodeDecode_roundTrip_synthetic() public pure {
        TcbInfo.Info memory info = TcbInfo.parse(bytes(_synthetic()));
        vm.assertEq(abi.encode(TcbInfo.decode(TcbInfo.encode(info))), abi.encode(info));
    }

    function test_decode_rejectsMalformed() public {
        bytes memory packed = TcbInfo.encode(TcbInfo.parse(bytes(_synthetic())));
        vm.expectRevert(TcbInfo.InvalidEncoding.selector);
        h.decode(bytes.concat(packed, hex"00"));
        bytes memory truncated = new bytes(packed.length - 1);
        for (uint256 i; i < truncated.length; ++i) {
            truncated[i] = packed[i];
        }
        vm.expectRevert(TcbInfo.InvalidEncoding.selector);
        h.decode(truncated);
        packed[0] = 0x02;
        vm.expectRevert(TcbInfo.InvalidEncoding.selector);
        h.decode(packed);
    }

    function test_advisoryIds_split() public pure {
        vm.assertEq(TcbInfo.advisoryIds("").length, 0);
        string[] memory ids = TcbInfo.advisoryIds("A,BC,D");
        vm.assertEq(ids.length, 3);
        vm.assertEq(ids[1], "BC");
        vm.assertEq(ids[2], "D");
    }

    /*//////////////////////////////////////////////////////////////
                               REJECTIONS
    //////////////////////////////////////////////////////////////*/

    function _expectRejected(string memory json, bytes memory err) internal {
        vm.expectRevert(err);
        h.parse(bytes(json));
    }

    function _mutated(string memory search, string memory replacement) internal pure returns (string memory s) {
        s = _synthetic();
        require(s.indexOf(search) != LibString.NOT_FOUND, "fixture lacks search string");
        s = s.replace(search, replacement);
    }

    function test_reject_wrongId() public {
        _expectRejected(
            _mutated('"id":"TDX"', '"id":"SGX"'), abi.encodeWithSelector(TcbInfo.UnsupportedTcbInfoId.selector)
        );
        _expectRejected(
            _mutated('"id":"TDX"', '"id":"TDXX"'), abi.encodeWithSelector(TcbInfo.UnsupportedTcbInfoId.selector)
        );
    }

    function test_reject_wrongVersion() public {
        _expectRejected(
            _mutated('"version":3', '"version":2'),
            abi.encodeWithSelector(TcbInfo.UnsupportedTcbInfoVersion.selector, 2)
        );
        _expectRejected(
            _mutated('"version":3', '"version":3.0'),
            abi.encodeWithSelector(CollateralJson.JsonNotUnsignedInteger.selector, 22)
        );
    }

    function test_reject_tcbType() public {
        _expectRejected(
            _mutated('"tcbType":0', '"tcbType":1'), abi.encodeWithSelector(TcbInfo.UnsupportedTcbType.selector, 1)
        );
    }

    function test_reject_badHex() public {
        _expectRejected(
            _mutated('"fmspc":"B0C06F000000"', '"fmspc":"B0C06F00000G"'),
            abi.encodeWithSelector(CollateralJson.InvalidHex.selector, bytes32("fmspc"))
        );
        _expectRejected(
            _mutated('"pceId":"0000"', '"pceId":"00 0"'),
            abi.encodeWithSelector(CollateralJson.InvalidHex.selector, bytes32("pceId"))
        );
    }

    function test_reject_wrongHexLength() public {
        _expectRejected(
            _mutated('"fmspc":"B0C06F000000"', '"fmspc":"B0C06F0000"'),
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("fmspc"), 10)
        );
        _expectRejected(
            _mutated('"attributesMask":"FFFFFFFFFFFFFFFF"},', '"attributesMask":"FFFFFFFFFFFFFFFF00"},'),
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("attributesMask"), 18)
        );
        _expectRejected(
            _mutated(
                string.concat(
                    '"mrsigner":"', ZERO48, '","attributes":"0000000000000000","attributesMask":"FFFFFFFFFFFFFFFF"}'
                ),
                '"mrsigner":"00","attributes":"0000000000000000","attributesMask":"FFFFFFFFFFFFFFFF"}'
            ),
            abi.encodeWithSelector(CollateralJson.InvalidHexLength.selector, bytes32("mrsigner"), 2)
        );
    }

    function test_reject_missingFields() public {
        _expectRejected(
            _mutated('"pceId":"0000",', ""),
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("pceId"))
        );
        _expectRejected(
            _mutated('"tcbEvaluationDataNumber":17,', ""),
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("tcbEvaluationDataNumber"))
        );
        _expectRejected(
            _mutated(',"pcesvn":11', ""),
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("pcesvn"))
        );
        _expectRejected(
            _mutated('{"svn":2,"category":"BIOS"', '{"category":"BIOS"'),
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("svn"))
        );
        _expectRejected(
            _mutated(',"tcbStatus":"UpToDate"},{"tcb":{"isvsvn":2}', '},{"tcb":{"isvsvn":2}'),
            abi.encodeWithSelector(CollateralJson.JsonMissingField.selector, bytes32("tcbStatus"))
        );
    }

    function test_reject_unknownStatus() public {
        _expectRejected(
            _mutated(
                '"tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00106"',
                '"tcbStatus":"Outdated","advisoryIDs":["INTEL-SA-00106"'
            ),
            abi.encodeWithSelector(CollateralJson.UnknownTcbStatus.selector, bytes32("tcbStatus"))
        );
        _expectRejected(
            _mutated('"tcbStatus":"UpToDate"},{"tcb":{"isvsvn":2}', '"tcbStatus":"uptodate"},{"tcb":{"isvsvn":2}'),
            abi.encodeWithSelector(CollateralJson.UnknownTcbStatus.selector, bytes32("tcbStatus"))
        );
        // Module levels allow only UpToDate, OutOfDate and Revoked.
        _expectRejected(
            _mutated(
                '"tcbStatus":"UpToDate"},{"tcb":{"isvsvn":2}', '"tcbStatus":"SWHardeningNeeded"},{"tcb":{"isvsvn":2}'
            ),
            abi.encodeWithSelector(CollateralJson.UnknownTcbStatus.selector, bytes32("tcbStatus"))
        );
    }

    function test_reject_badDates() public {
        bytes memory err = abi.encodeWithSelector(CollateralJson.InvalidDate.selector, bytes32("issueDate"));
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-06-19T10:16:03"'), err);
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-06-19 10:16:03Z"'), err);
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-02-29T10:16:03Z"'), err);
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-06-19T24:16:03Z"'), err);
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-06-1xT10:16:03Z"'), err);
        _expectRejected(_mutated('"issueDate":"2025-06-19T10:16:03Z"', '"issueDate":"2025-06-19T10:16:03.000Z"'), err);
    }

    function test_reject_componentCountAndRange() public {
        string memory fifteen = _synthetic().replace('{"svn":0},{"svn":2},', '{"svn":2},');
        _expectRejected(
            fifteen, abi.encodeWithSelector(TcbInfo.WrongComponentCount.selector, bytes32("tdxtcbcomponents"))
        );
        _expectRejected(
            _mutated('{"svn":2,"category":"BIOS"', '{"svn":2,"category":"BIOS"},{"svn":1'),
            abi.encodeWithSelector(TcbInfo.WrongComponentCount.selector, bytes32("sgxtcbcomponents"))
        );
        string memory big = _mutated('{"svn":2,"category":"BIOS"', '{"svn":256,"category":"BIOS"');
        cheats.expectPartialRevert(CollateralJson.JsonNumberOutOfRange.selector);
        h.parse(bytes(big));
        cheats.expectPartialRevert(CollateralJson.JsonNumberOutOfRange.selector);
        h.parse(bytes(_mutated('"pcesvn":11', '"pcesvn":65536')));
    }

    function test_reject_duplicates() public {
        _expectRejected(
            _synthetic(string.concat(_level1(), ",", _level1())),
            abi.encodeWithSelector(TcbInfo.DuplicateTcbLevel.selector)
        );
        _expectRejected(
            _mutated('"tcbType":0', '"tcbType":0,"tcbType":0'),
            abi.encodeWithSelector(CollateralJson.JsonDuplicateKey.selector, bytes32("tcbType"))
        );
        _expectRejected(
            _mutated('{"tcb":{"isvsvn":2}', '{"tcb":{"isvsvn":4}'),
            abi.encodeWithSelector(TcbInfo.DuplicateModuleTcbLevel.selector, 4)
        );
    }

    function test_reject_emptyArrays() public {
        _expectRejected(_synthetic(""), abi.encodeWithSelector(TcbInfo.EmptyArray.selector, bytes32("tcbLevels")));
        string memory noIds = _synthetic().replace(_identity(), "");
        _expectRejected(noIds, abi.encodeWithSelector(TcbInfo.EmptyArray.selector, bytes32("tdxModuleIdentities")));
    }

    function test_reject_moduleIdentityId() public {
        bytes memory err = abi.encodeWithSelector(TcbInfo.InvalidModuleIdentityId.selector);
        _expectRejected(_mutated('"id":"TDX_01"', '"id":"TDX_1"'), err);
        _expectRejected(_mutated('"id":"TDX_01"', '"id":"TDX-01"'), err);
        _expectRejected(_mutated('"id":"TDX_01"', '"id":"TDX_0G"'), err);
        // Case-insensitive like QVL (which upper-cases the id).
        vm.assertEq(TcbInfo.parse(bytes(_mutated('"id":"TDX_01"', '"id":"tdx_0a"'))).moduleIdentities[0].version, 10);
    }

    function test_reject_advisoryIds() public {
        cheats.expectPartialRevert(CollateralJson.InvalidAdvisoryId.selector);
        h.parse(bytes(_mutated('"INTEL-SA-00106"', '"INTEL,SA-00106"')));
        cheats.expectPartialRevert(CollateralJson.InvalidAdvisoryId.selector);
        h.parse(bytes(_mutated('"INTEL-SA-00106"', '""')));
        cheats.expectPartialRevert(CollateralJson.JsonUnexpectedChar.selector);
        h.parse(bytes(_mutated('"INTEL-SA-00106"', "106")));
    }

    function test_reject_syntax() public {
        string memory s = _synthetic();
        cheats.expectPartialRevert(CollateralJson.JsonTrailingData.selector);
        h.parse(bytes(string.concat(s, "{}")));
        cheats.expectPartialRevert(CollateralJson.JsonUnexpectedChar.selector);
        h.parse(bytes(_mutated('"tcbType":0,', '"tcbType":0,,')));
        cheats.expectPartialRevert(CollateralJson.JsonUnexpectedChar.selector);
        h.parse(bytes(_mutated('"tcbType":0,', '"tcbType" 0,')));
        cheats.expectPartialRevert(CollateralJson.JsonInvalidString.selector);
        h.parse(bytes(_mutated('"pceId":"0000"', '"pce\\u0049d":"0000"')));
        cheats.expectPartialRevert(CollateralJson.JsonInvalidNumber.selector);
        h.parse(bytes(_mutated('"tcbType":0,', '"tcbType":0,"x":1.e5,')));
        cheats.expectPartialRevert(CollateralJson.JsonNotUnsignedInteger.selector);
        h.parse(bytes(_mutated('"tcbType":0', '"tcbType":-0')));
        vm.expectRevert(CollateralJson.JsonUnexpectedEnd.selector);
        h.parse(bytes(LibString.slice(s, 0, bytes(s).length - 1)));
        vm.expectRevert(CollateralJson.JsonUnexpectedEnd.selector);
        h.parse("");
        vm.expectRevert(abi.encodeWithSelector(CollateralJson.JsonUnexpectedChar.selector, 0));
        h.parse("[]");
    }

    function test_reject_tooDeep() public {
        string memory deep = '"x":';
        for (uint256 i; i < 20; ++i) {
            deep = string.concat(deep, "[");
        }
        for (uint256 i; i < 20; ++i) {
            deep = string.concat(deep, "]");
        }
        cheats.expectPartialRevert(CollateralJson.JsonTooDeep.selector);
        h.parse(bytes(_mutated('"tcbType":0,', string.concat('"tcbType":0,', deep, ","))));
    }

    /*//////////////////////////////////////////////////////////////
                                  FUZZ
    //////////////////////////////////////////////////////////////*/

    /// @dev Every error this parser may revert with.
    function _isOurError(bytes4 sel) internal pure returns (bool) {
        return sel == CollateralJson.JsonUnexpectedEnd.selector || sel == CollateralJson.JsonUnexpectedChar.selector
            || sel == CollateralJson.JsonInvalidString.selector || sel == CollateralJson.JsonInvalidNumber.selector
            || sel == CollateralJson.JsonNotUnsignedInteger.selector
            || sel == CollateralJson.JsonNumberOutOfRange.selector || sel == CollateralJson.JsonTooDeep.selector
            || sel == CollateralJson.JsonTrailingData.selector || sel == CollateralJson.JsonDuplicateKey.selector
            || sel == CollateralJson.JsonMissingField.selector || sel == CollateralJson.InvalidHex.selector
            || sel == CollateralJson.InvalidHexLength.selector || sel == CollateralJson.InvalidDate.selector
            || sel == CollateralJson.UnknownTcbStatus.selector || sel == CollateralJson.InvalidAdvisoryId.selector
            || sel == TcbInfo.UnsupportedTcbInfoId.selector || sel == TcbInfo.UnsupportedTcbInfoVersion.selector
            || sel == TcbInfo.UnsupportedTcbType.selector || sel == TcbInfo.WrongComponentCount.selector
            || sel == TcbInfo.EmptyArray.selector || sel == TcbInfo.TooManyEntries.selector
            || sel == TcbInfo.DuplicateTcbLevel.selector || sel == TcbInfo.DuplicateModuleTcbLevel.selector
            || sel == TcbInfo.InvalidModuleIdentityId.selector;
    }

    /// @dev Parses `json`; returns whether it was accepted, and requires any revert to be ours.
    function _tryParse(bytes memory json) internal view returns (bool ok) {
        bytes memory ret;
        (ok, ret) = address(h).staticcall(abi.encodeCall(TcbInfoHarness.parse, (json)));
        if (!ok) {
            cheats.assertTrue(ret.length >= 4, "revert without selector");
            cheats.assertTrue(_isOurError(bytes4(ret)), "revert is not one of the parser's custom errors");
        }
    }

    function testFuzz_truncated_rejected(uint256 cut) public view {
        bytes memory json = bytes(_synthetic());
        cut = bound(cut, 0, json.length - 1);
        bytes memory t = new bytes(cut);
        for (uint256 i; i < cut; ++i) {
            t[i] = json[i];
        }
        cheats.assertFalse(_tryParse(t), "truncated JSON accepted");
    }

    function testFuzz_randomBytes_rejected(bytes memory junk) public view {
        // The fuzzer's dictionary may hold the fixture itself, which is valid.
        if (junk.length > 1000 && keccak256(junk) == keccak256(bytes(_synthetic()))) return;
        cheats.assertFalse(_tryParse(junk), "random bytes accepted");
    }

    function testFuzz_prefixedJunk_rejected(bytes memory junk, uint256 at) public view {
        bytes memory json = bytes(_synthetic());
        at = bound(at, 0, json.length - 1);
        bytes memory t = bytes.concat(bytes(LibString.slice(string(json), 0, at)), junk);
        cheats.assertFalse(_tryParse(t), "JSON prefix + junk accepted");
    }

    /// @dev The component-array fast path (exact Intel layout) and the general parser (forced by a
    ///      space before the array) agree on every one-byte mutation of a component array: both
    ///      accept with the same result, or both reject with the same error.
    function testFuzz_componentFastPathMatchesGeneralParser(uint256 at, uint8 b, bytes16 svns) public view {
        bytes memory arr = bytes(_comps(svns));
        at = bound(at, 0, arr.length - 1);
        arr[at] = bytes1(b);
        string memory level = string.concat(
            '{"tcb":{"sgxtcbcomponents":',
            string(arr),
            ',"pcesvn":11,"tdxtcbcomponents":',
            _comps(0),
            "},",
            '"tcbDate":"2024-03-13T00:00:00Z","tcbStatus":"UpToDate"}'
        );
        string memory spaced = level.replace('"sgxtcbcomponents":', '"sgxtcbcomponents": ');
        (bool ok1, bytes memory r1) =
            address(h).staticcall(abi.encodeCall(TcbInfoHarness.parse, (bytes(_synthetic(level)))));
        (bool ok2, bytes memory r2) =
            address(h).staticcall(abi.encodeCall(TcbInfoHarness.parse, (bytes(_synthetic(spaced)))));
        vm.assertEq(ok1, ok2);
        if (ok1) vm.assertEq(r1, r2);
        else vm.assertEq(bytes32(bytes4(r1)), bytes32(bytes4(r2)));
    }

    /// @dev A packed form with one byte changed, or cut short, decodes or reverts with InvalidEncoding.
    function testFuzz_decode_mutatedOrTruncated(uint256 at, uint8 b, uint256 cut) public view {
        bytes memory packed = TcbInfo.encode(TcbInfo.parse(bytes(_synthetic())));
        at = bound(at, 0, packed.length - 1);
        packed[at] = bytes1(b);
        cut = bound(cut, 0, packed.length);
        /// @solidity memory-safe-assembly
        assembly {
            mstore(packed, cut)
        }
        (bool ok, bytes memory ret) = address(h).staticcall(abi.encodeCall(TcbInfoHarness.decode, (packed)));
        if (!ok) vm.assertEq(ret, abi.encodeWithSelector(TcbInfo.InvalidEncoding.selector));
    }

    /// @dev One byte changed anywhere: parses or reverts with one of our errors, never a panic.
    function testFuzz_mutated_neverPanics(uint256 at, uint8 b) public view {
        bytes memory json = bytes(_synthetic());
        at = bound(at, 0, json.length - 1);
        json[at] = bytes1(b);
        _tryParse(json);
    }
}
