// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "../utils/Test.sol";
import {vm} from "../utils/Vm.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {TcbInfo} from "../../contracts/dcap/lib/TcbInfo.sol";
import {QeIdentity} from "../../contracts/dcap/lib/QeIdentity.sol";
import {TcbEvaluation} from "../../contracts/dcap/lib/TcbEvaluation.sol";

/// @dev The cheatcodes this suite uses beyond test/utils/Vm.sol's core set, declared here so the
///      suite does not depend on that file's exact contents.
interface TcbEvaluationCheats {
    function parseJsonString(string calldata json, string calldata key) external pure returns (string memory);
    function expectPartialRevert(bytes4 revertData) external;
    function assertLt(uint256 left, uint256 right) external pure;
    function assertLe(uint256 left, uint256 right) external pure;
    function assertTrue(bool condition, string calldata error) external pure;
    function assertFalse(bool condition, string calldata error) external pure;
}

TcbEvaluationCheats constant cheats = TcbEvaluationCheats(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

/// @dev Prints through Foundry's console (a call to its reserved address; there is no code there).
function log(string memory label, uint256 value) view {
    (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
        .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
    ok;
}

/// @notice The collateral store's view of evaluation: packed collateral in SSTORE2, loaded and
///         evaluated per quote.
contract EvaluationHarness {
    address public tcbInfo;
    address public qeIdentity;

    function store(string memory tcbJson, string memory qeJson) external {
        tcbInfo = SSTORE2.write(TcbInfo.encode(TcbInfo.parse(tcbJson)));
        qeIdentity = SSTORE2.write(QeIdentity.encode(QeIdentity.parse(qeJson)));
    }

    /// @dev Load both packed collateral bodies, decode and evaluate; returns the gas of all of it.
    function evaluate(TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe)
        external
        view
        returns (bytes32 failure, IQuoteVerifier.TcbStatus status, string memory advisories, uint256 used)
    {
        uint256 g = gasleft();
        TcbEvaluation.Result memory r = TcbEvaluation.evaluate(
            TcbInfo.decode(SSTORE2.read(tcbInfo)), QeIdentity.decode(SSTORE2.read(qeIdentity)), pck, seam, qe
        );
        used = g - gasleft();
        return (r.failure, r.status, r.advisoryIds, used);
    }
}

contract TcbEvaluationTest is Test {
    bytes32 internal constant QE_MRSIGNER = 0xDC9E2A7C6F948F17474E34A7FC43ED030F7C1563F1BABDDF6340C82E0E54A8C5;

    /*//////////////////////////////////////////////////////////////
                               REAL DATA
    //////////////////////////////////////////////////////////////*/

    // Platform values extracted from the shared quotes: the PCK leaf certificate's SGX extension
    // (OID 1.2.840.113741.1.13.1: TCB components 1-16, PCESVN, FMSPC, PCEID), the TD report body
    // (TEE_TCB_SVN, MR_SIGNER_SEAM, SEAM_ATTRIBUTES) and the QE report (MISCSELECT, ATTRIBUTES,
    // MRSIGNER, ISVPRODID, ISVSVN), with a stdlib-only Python DER walk over quote.bin.

    function _phala()
        internal
        pure
        returns (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe)
    {
        pck = TcbEvaluation.PckTcb(bytes6(0xB0C06F000000), 0x0000, bytes16(0x03030202040100050000000000000000), 11);
        seam = TcbEvaluation.Seam(bytes16(0x06010300000000000000000000000000), new bytes(48), 0);
        qe = TcbEvaluation.QeReport(0, bytes16(0x1500000000000000e700000000000000), QE_MRSIGNER, 2, 6);
    }

    function _automata()
        internal
        pure
        returns (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe)
    {
        pck = TcbEvaluation.PckTcb(bytes6(0x00806F050000), 0x0000, bytes16(0x06060202030100030000000000000000), 11);
        seam = TcbEvaluation.Seam(bytes16(0x04010700000000000000000000000000), new bytes(48), 0);
        qe = TcbEvaluation.QeReport(0, bytes16(0x1500000000000000e700000000000000), QE_MRSIGNER, 2, 6);
    }

    function _collateral(string memory name)
        internal
        returns (string memory tcb, string memory qe, string memory want)
    {
        string memory dir = string.concat("../shared/testdata/tdx/", name, "/");
        if (!vm.exists(string.concat(dir, "collateral.json"))) {
            vm.skip(true, string.concat(dir, "collateral.json absent"));
        }
        string memory c = vm.readFile(string.concat(dir, "collateral.json"));
        tcb = cheats.parseJsonString(c, ".tcb_info");
        qe = cheats.parseJsonString(c, ".qe_identity");
        want = cheats.parseJsonString(vm.readFile(string.concat(dir, "expected.json")), ".tcb_status");
    }

    function _name(IQuoteVerifier.TcbStatus s) internal pure returns (string memory) {
        return [
            "UpToDate",
            "SWHardeningNeeded",
            "ConfigurationNeeded",
            "ConfigurationAndSWHardeningNeeded",
            "OutOfDate",
            "OutOfDateConfigurationNeeded",
            "Revoked"
        ][uint8(s)];
    }

    function test_real_phalaUpToDate() public {
        (string memory tcb, string memory qeJson, string memory want) = _collateral("phala-uptodate");
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _phala();
        TcbEvaluation.Result memory r =
            TcbEvaluation.evaluate(TcbInfo.parse(tcb), QeIdentity.parse(qeJson), pck, seam, qe);
        vm.assertEq(r.failure, bytes32(0));
        vm.assertEq(_name(r.status), want);
        vm.assertEq(uint8(r.status), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(r.levelIndex, 0);
        vm.assertEq(uint8(r.moduleStatus), uint8(IQuoteVerifier.TcbStatus.UpToDate)); // TDX_01, isvsvn 6 >= 4
        vm.assertEq(uint8(r.qeStatus), uint8(IQuoteVerifier.TcbStatus.UpToDate)); // isvsvn 6 >= 4
        vm.assertEq(r.advisoryIds, "");
        vm.assertEq(TcbEvaluation.advisoryIds(r).length, 0);
    }

    function test_real_automataOutOfDate() public {
        (string memory tcb, string memory qeJson, string memory want) = _collateral("automata-outofdate");
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) =
            _automata();
        TcbEvaluation.Result memory r =
            TcbEvaluation.evaluate(TcbInfo.parse(tcb), QeIdentity.parse(qeJson), pck, seam, qe);
        vm.assertEq(r.failure, bytes32(0));
        vm.assertEq(_name(r.status), want);
        vm.assertEq(uint8(r.status), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
        vm.assertEq(r.levelIndex, 1); // tcbDate 2023-08-09
        vm.assertEq(uint8(r.platformStatus), uint8(IQuoteVerifier.TcbStatus.OutOfDate));
        vm.assertEq(uint8(r.moduleStatus), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(uint8(r.qeStatus), uint8(IQuoteVerifier.TcbStatus.UpToDate));
        string[] memory ids = TcbEvaluation.advisoryIds(r);
        vm.assertEq(ids.length, 3);
        vm.assertEq(ids[0], "INTEL-SA-00960");
        vm.assertEq(ids[1], "INTEL-SA-00982");
        vm.assertEq(ids[2], "INTEL-SA-00986");
    }

    /// @dev Cross-checks: the phala platform against the automata collateral is an FMSPC mismatch.
    function test_real_wrongFmspc() public {
        (string memory tcb, string memory qeJson,) = _collateral("automata-outofdate");
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _phala();
        TcbEvaluation.Result memory r =
            TcbEvaluation.evaluate(TcbInfo.parse(tcb), QeIdentity.parse(qeJson), pck, seam, qe);
        vm.assertEq(r.failure, TcbEvaluation.TCB_INFO_MISMATCH);
    }

    /// @dev Verification-time cost: SSTORE2 load + decode of both collateral bodies + evaluation.
    function test_gas_real() public {
        string[2] memory names = ["phala-uptodate", "automata-outofdate"];
        for (uint256 i; i < 2; ++i) {
            (string memory tcb, string memory qeJson, string memory want) = _collateral(names[i]);
            EvaluationHarness h = new EvaluationHarness();
            h.store(tcb, qeJson);
            (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) =
                i == 0 ? _phala() : _automata();
            (bytes32 failure, IQuoteVerifier.TcbStatus status,, uint256 used) = h.evaluate(pck, seam, qe);
            vm.assertEq(failure, bytes32(0));
            vm.assertEq(_name(status), want);
            log(string.concat(names[i], ": load + decode + evaluate, gas"), used);
            cheats.assertLt(used, 100_000);
        }
    }

    /*//////////////////////////////////////////////////////////////
                            SYNTHETIC TABLES
    //////////////////////////////////////////////////////////////*/

    bytes6 internal constant FMSPC = 0x00906ED50000;

    /// @dev bytes16 whose first `n` bytes are `v`.
    function _svns(uint8 v, uint256 n) internal pure returns (bytes16 out) {
        for (uint256 i; i < n; ++i) {
            out |= bytes16(bytes1(v)) >> (8 * i);
        }
    }

    function _status(uint256 s) internal pure returns (IQuoteVerifier.TcbStatus) {
        return IQuoteVerifier.TcbStatus(s);
    }

    function _level(uint8 v, uint16 pcesvn, uint256 status, string memory adv)
        internal
        pure
        returns (TcbInfo.Level memory l)
    {
        l.sgxComponents = _svns(v, 8);
        l.pcesvn = pcesvn;
        // tdx components: [0] module isvsvn, [1] module version (0), [2..7] = v.
        l.tdxComponents = _svns(v, 8) & ~bytes16(0x00ff0000000000000000000000000000);
        l.tcbDate = 1_700_000_000;
        l.status = _status(status);
        l.advisoryIds = adv;
    }

    /// @dev Levels (descending): v=6/pce 12 UpToDate, v=5/pce 10 SWHardeningNeeded "SA-1",
    ///      v=3/pce 8 OutOfDate "SA-1,SA-2", v=1/pce 4 OutOfDate, v=0/pce 0 Revoked.
    ///      Module TDX_01: isvsvn 5 UpToDate, 3 OutOfDate "SA-M", 1 Revoked. QE: isvsvn 6 UpToDate,
    ///      4 OutOfDate, 2 Revoked.
    function _table() internal pure returns (TcbInfo.Info memory info, QeIdentity.Identity memory qe) {
        info.fmspc = FMSPC;
        info.tdxModule = TcbInfo.TdxModule(new bytes(48), 0, 0xFFFFFFFFFFFFFFFF);
        TcbInfo.ModuleLevel[] memory ml = new TcbInfo.ModuleLevel[](3);
        ml[0] = TcbInfo.ModuleLevel(5, 0, _status(0), "");
        ml[1] = TcbInfo.ModuleLevel(3, 0, _status(4), "SA-M");
        ml[2] = TcbInfo.ModuleLevel(1, 0, _status(6), "");
        info.moduleIdentities = new TcbInfo.ModuleIdentity[](1);
        info.moduleIdentities[0] = TcbInfo.ModuleIdentity(1, new bytes(48), 0, 0xFFFFFFFFFFFFFFFF, ml);
        info.levels = new TcbInfo.Level[](5);
        info.levels[0] = _level(6, 12, 0, "");
        info.levels[1] = _level(5, 10, 1, "SA-1");
        info.levels[2] = _level(3, 8, 4, "SA-1,SA-2");
        info.levels[3] = _level(1, 4, 4, "");
        info.levels[4] = _level(0, 0, 6, "");

        qe.miscselectMask = 0xFFFFFFFF;
        qe.attributes = bytes16(0x11000000000000000000000000000000);
        qe.attributesMask = bytes16(0xFBFFFFFFFFFFFFFF0000000000000000);
        qe.mrsigner = QE_MRSIGNER;
        qe.isvprodid = 2;
        qe.levels = new QeIdentity.Level[](3);
        qe.levels[0] = QeIdentity.Level(6, 0, _status(0));
        qe.levels[1] = QeIdentity.Level(4, 0, _status(4));
        qe.levels[2] = QeIdentity.Level(2, 0, _status(6));
    }

    /// @dev Inputs matching level 0, module level 0 (TDX_01, isvsvn 5) and QE level 0.
    function _inputs()
        internal
        pure
        returns (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe)
    {
        pck = TcbEvaluation.PckTcb(FMSPC, 0, _svns(6, 8), 12);
        // TEE_TCB_SVN: [0] module isvsvn 5, [1] module version 1, [2..7] 6.
        seam = TcbEvaluation.Seam(bytes16(0x05010606060606060000000000000000), new bytes(48), 0);
        qe = TcbEvaluation.QeReport(0, bytes16(0x1500000000000000e700000000000000), QE_MRSIGNER, 2, 6);
    }

    function _eval(TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe)
        internal
        pure
        returns (TcbEvaluation.Result memory)
    {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        return TcbEvaluation.evaluate(info, id, pck, seam, qe);
    }

    function _assertStatus(TcbEvaluation.Result memory r, uint256 status, uint256 level) internal pure {
        vm.assertEq(r.failure, bytes32(0));
        vm.assertEq(uint8(r.status), status);
        vm.assertEq(r.levelIndex, level);
    }

    function test_baseline_upToDate() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        _assertStatus(_eval(pck, seam, qe), 0, 0);
    }

    /// @dev 4.1.2.4.10: FMSPC and PCEID must match.
    function test_rule_fmspcAndPceIdMustMatch() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.fmspc = 0x00906ED50001;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.TCB_INFO_MISMATCH);
        (pck,,) = _inputs();
        pck.pceId = 0x0001;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.TCB_INFO_MISMATCH);
    }

    /// @dev A level applies only if EVERY sgx component of the PCK TCB is >= the level's.
    function test_rule_anySgxComponentLowerSkipsLevel() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.sgxComponents = bytes16(0x06060606060606050000000000000000); // component 7 is 5 < 6
        TcbEvaluation.Result memory r = _eval(pck, seam, qe);
        _assertStatus(r, uint8(IQuoteVerifier.TcbStatus.SWHardeningNeeded), 1);
        vm.assertEq(r.advisoryIds, "SA-1");
        // Higher in other components does not compensate.
        pck.sgxComponents = bytes16(0xff060606060606050000000000000000);
        _assertStatus(_eval(pck, seam, qe), 1, 1);
    }

    /// @dev ... and PCESVN >= the level's pcesvn.
    function test_rule_pcesvnLowerSkipsLevel() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.pcesvn = 11;
        _assertStatus(_eval(pck, seam, qe), 1, 1);
    }

    /// @dev ... and every TEE_TCB_SVN byte >= the level's tdx component (here index 2).
    function test_rule_tdxComponentLowerSkipsLevel() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        seam.teeTcbSvn = bytes16(0x05010605060606060000000000000000); // [3] = 5 < 6
        TcbEvaluation.Result memory r = _eval(pck, seam, qe);
        _assertStatus(r, 1, 1);
        vm.assertEq(uint8(r.platformStatus), 1);
    }

    /// @dev TEE_TCB_SVN[1] > 0: tdx components 0 and 1 are not compared (the module identity judges them).
    function test_rule_moduleVersionSkipsTdxComponents0And1() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        info.levels[0].tdxComponents = bytes16(0x09090606060606060000000000000000);
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        _assertStatus(TcbEvaluation.evaluate(info, id, pck, seam, qe), 0, 0);
    }

    /// @dev TEE_TCB_SVN[1] == 0: all 16 tdx components are compared, the top-level tdxModule is the
    ///      expected identity, and there is no module status (UpToDate).
    function test_rule_moduleVersionZeroComparesAllAndUsesTdxModule() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        info.levels[0].tdxComponents = bytes16(0x09000606060606060000000000000000);
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        // Version 0: TDX_01's levels are not consulted (they would say Revoked).
        info.moduleIdentities[0].levels[0].status = _status(6);
        seam.teeTcbSvn = bytes16(0x05000606060606060000000000000000);
        TcbEvaluation.Result memory r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
        _assertStatus(r, 1, 1); // level 0 needs component 0 >= 9
        vm.assertEq(uint8(r.moduleStatus), 0);
        // The top-level tdxModule's MRSIGNER is the one checked...
        info.tdxModule.mrsigner[47] = 0x01;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        // ... and an identity's MRSIGNER is not.
        (info,) = _table();
        info.moduleIdentities[0].mrsigner[0] = 0x01;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, bytes32(0));
        // No identities at all is fine with version 0.
        delete info.moduleIdentities;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, bytes32(0));
    }

    /// @dev TEE_TCB_SVN[1] = v > 0 selects the identity "TDX_" + hex2(v); none → TDX_MODULE_MISMATCH,
    ///      and a TCB Info without tdxModuleIdentities → TCB_INFO_MISMATCH.
    function test_rule_moduleIdentityLookup() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        seam.teeTcbSvn = bytes16(0x05020606060606060000000000000000); // TDX_02
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        info.moduleIdentities[0].version = 2;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, bytes32(0));
        delete info.moduleIdentities;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TCB_INFO_MISMATCH);
    }

    /// @dev MR_SIGNER_SEAM must equal the identity's MRSIGNER; SEAM_ATTRIBUTES must be zero and equal
    ///      the identity's attributes.
    function test_rule_moduleSignerAndAttributes() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        seam.mrSignerSeam[5] = 0x01;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        seam.mrSignerSeam = new bytes(47);
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        seam.mrSignerSeam = new bytes(48);
        seam.seamAttributes = 0x0000000000000001;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        seam.seamAttributes = 0;
        info.moduleIdentities[0].attributes = 0x8000000000000000;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
    }

    /// @dev The module level is the first (highest isvsvn) with isvsvn <= TEE_TCB_SVN[0]; none →
    ///      TCB_NOT_SUPPORTED.
    function test_rule_moduleLevelSelection() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        seam.teeTcbSvn = bytes16(0x04010606060606060000000000000000);
        TcbEvaluation.Result memory r = _eval(pck, seam, qe);
        _assertStatus(r, uint8(IQuoteVerifier.TcbStatus.OutOfDate), 0); // module isvsvn 3 OutOfDate
        vm.assertEq(uint8(r.moduleStatus), 4);
        vm.assertEq(r.advisoryIds, "SA-M");
        seam.teeTcbSvn = bytes16(0x00010606060606060000000000000000);
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.TCB_NOT_SUPPORTED);
    }

    /// @dev No level the PCK TCB reaches, or none the TD's TEE_TCB_SVN also reaches → TCB_NOT_SUPPORTED.
    function test_rule_noMatchingLevel() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        info.levels[4].pcesvn = 1; // the floor level is no longer reachable with PCESVN 0
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.pcesvn = 0;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TCB_NOT_SUPPORTED);
        (info,) = _table();
        info.levels[4].tdxComponents = _svns(1, 8) & ~bytes16(0xffff0000000000000000000000000000);
        (pck,,) = _inputs();
        seam.teeTcbSvn = bytes16(0x05010000000000000000000000000000); // SGX matches level 0, TDX none
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TCB_NOT_SUPPORTED);
    }

    /// @dev QE report vs identity: masked MISCSELECT, masked ATTRIBUTES, MRSIGNER, ISVPRODID.
    function test_rule_qeIdentityMismatch() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        qe.miscSelect = 0x00000001;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.QE_IDENTITY_MISMATCH);
        (,, qe) = _inputs();
        qe.attributes = bytes16(0x1100000000000000e700000000000000); // bit 0x04 of byte 0 is masked
        vm.assertEq(_eval(pck, seam, qe).failure, bytes32(0));
        qe.attributes = bytes16(0x1300000000000000e700000000000000); // bit 0x02 is not
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.QE_IDENTITY_MISMATCH);
        (,, qe) = _inputs();
        qe.mrSigner = bytes32(uint256(QE_MRSIGNER) ^ 1);
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.QE_IDENTITY_MISMATCH);
        (,, qe) = _inputs();
        qe.isvProdId = 1;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.QE_IDENTITY_MISMATCH);
    }

    /// @dev QE status: first identity level (JSON order) with isvsvn <= ISVSVN; UpToDate stays,
    ///      Revoked stays, any other status counts as OutOfDate; none → TCB_NOT_SUPPORTED, except
    ///      that a Revoked platform/module result is returned first.
    function test_rule_qeStatus() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        qe.isvSvn = 5;
        TcbEvaluation.Result memory r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
        _assertStatus(r, 4, 0);
        vm.assertEq(uint8(r.qeStatus), 4);
        uint8[5] memory statuses = [2, 3, 5, 6, 1]; // ConfigNeeded, ConfigSWH, OODConfig, Revoked, SWH
        uint8[5] memory expect = [4, 4, 4, 6, 4];
        for (uint256 i; i < 5; ++i) {
            id.levels[1].status = _status(statuses[i]);
            r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
            vm.assertEq(uint8(r.qeStatus), expect[i]);
        }
        qe.isvSvn = 1;
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TCB_NOT_SUPPORTED);
        // A Revoked platform level wins over the unsupported QE (QVL returns before converging).
        info.levels[0].status = _status(6);
        r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
        vm.assertEq(r.failure, bytes32(0));
        vm.assertEq(uint8(r.status), 6);
    }

    /// @dev Failures are reported in QVL's order: TCB Info, TDX module, QE identity, TCB level.
    function test_rule_failureOrder() public pure {
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.fmspc = 0;
        seam.seamAttributes = 0x0000000000000001;
        qe.isvProdId = 9;
        pck.pcesvn = 0;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.TCB_INFO_MISMATCH);
        pck.fmspc = FMSPC;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.TDX_MODULE_MISMATCH);
        seam.seamAttributes = 0;
        vm.assertEq(_eval(pck, seam, qe).failure, TcbEvaluation.QE_IDENTITY_MISMATCH);
    }

    /// @dev Advisory IDs: the platform level's, then the module level's not already listed.
    function test_rule_advisoryIds() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        info.moduleIdentities[0].levels[1].advisoryIds = "SA-2,SA-M";
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        pck.sgxComponents = _svns(3, 8);
        pck.pcesvn = 8;
        seam.teeTcbSvn = bytes16(0x03010303030303030000000000000000);
        TcbEvaluation.Result memory r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
        _assertStatus(r, 4, 2);
        vm.assertEq(r.advisoryIds, "SA-1,SA-2,SA-M");
        string[] memory ids = TcbEvaluation.advisoryIds(r);
        vm.assertEq(ids.length, 3);
        vm.assertEq(ids[2], "SA-M");
    }

    /// @dev Every platform × module × QE status combination against QVL's convergence table.
    function test_convergenceTable() public pure {
        // conv[other][t]: other = UpToDate, OutOfDate, Revoked (module or QE); t = platform status.
        uint8[7][3] memory conv = [[0, 1, 2, 3, 4, 5, 6], [4, 4, 5, 5, 4, 5, 6], [6, 6, 6, 6, 6, 6, 6]];
        uint8[3] memory others = [0, 4, 6];
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        for (uint256 t; t < 7; ++t) {
            info.levels[0].status = _status(t);
            for (uint256 m; m < 3; ++m) {
                info.moduleIdentities[0].levels[0].status = _status(others[m]);
                for (uint256 q; q < 3; ++q) {
                    id.levels[0].status = _status(others[q]);
                    TcbEvaluation.Result memory r = TcbEvaluation.evaluate(info, id, pck, seam, qe);
                    vm.assertEq(r.failure, bytes32(0));
                    vm.assertEq(uint8(r.status), conv[q][conv[m][t]]);
                    vm.assertEq(uint8(TcbEvaluation.converge(_status(t), _status(others[m]))), conv[m][t]);
                }
            }
        }
    }

    /// @dev A module level status outside QVL's VALID_MODULE_TCB_STATUSES is reported, not used.
    function test_rule_unrecognizedModuleStatus() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        info.moduleIdentities[0].levels[0].status = _status(1);
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        vm.assertEq(TcbEvaluation.evaluate(info, id, pck, seam, qe).failure, TcbEvaluation.TCB_UNRECOGNIZED_STATUS);
    }

    /// @dev The packed forms evaluate exactly like the parsed structs.
    function test_packedRoundTripEvaluatesTheSame() public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        seam.teeTcbSvn = bytes16(0x04010606060606060000000000000000);
        TcbEvaluation.Result memory a = TcbEvaluation.evaluate(info, id, pck, seam, qe);
        TcbEvaluation.Result memory b = TcbEvaluation.evaluate(
            TcbInfo.decode(TcbInfo.encode(info)), QeIdentity.decode(QeIdentity.encode(id)), pck, seam, qe
        );
        vm.assertEq(abi.encode(a), abi.encode(b));
    }

    /*//////////////////////////////////////////////////////////////
                                  FUZZ
    //////////////////////////////////////////////////////////////*/

    /// @dev Severity along the status chain of the tables (UpToDate < SWHardeningNeeded < OutOfDate <
    ///      Revoked), with TCB_NOT_SUPPORTED as bad as Revoked: QVL returns a Revoked platform or
    ///      module result before it looks at an unsupported QE, so raising a platform SVN off a
    ///      Revoked level can surface TCB_NOT_SUPPORTED. (Across chains Intel's rules are not
    ///      monotone in enum order either: with an OutOfDate module a ConfigurationAndSWHardeningNeeded
    ///      level converges to OutOfDateConfigurationNeeded, an OutOfDate level to OutOfDate.)
    function _rank(TcbEvaluation.Result memory r) internal pure returns (uint256) {
        if (r.failure == TcbEvaluation.TCB_NOT_SUPPORTED) return uint8(IQuoteVerifier.TcbStatus.Revoked);
        vm.assertEq(r.failure, bytes32(0));
        return uint8(r.status);
    }

    /// @dev Raising any SVN — a PCK component, PCESVN, a TEE_TCB_SVN byte other than the module
    ///      version, or the QE's ISVSVN — never makes the outcome worse.
    function testFuzz_raisingAnySvnNeverWorsens(
        bytes16 sgx,
        uint16 pcesvn,
        bytes16 tee,
        uint16 qeSvn,
        uint256 which,
        uint8 by
    ) public pure {
        (TcbInfo.Info memory info, QeIdentity.Identity memory id) = _table();
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) = _inputs();
        // Values around the table's SVNs; the module version byte stays 1 (it selects the identity).
        pck.sgxComponents = sgx & bytes16(0x07070707070707070707070707070707);
        pck.pcesvn = uint16(bound(pcesvn, 0, 14));
        seam.teeTcbSvn =
            (tee & bytes16(0x07000707070707070707070707070707)) | bytes16(0x00010000000000000000000000000000);
        qe.isvSvn = uint16(bound(qeSvn, 0, 8));
        uint256 before = _rank(TcbEvaluation.evaluate(info, id, pck, seam, qe));

        which = bound(which, 0, 32);
        uint256 inc = bound(by, 1, 8);
        if (which < 16) {
            pck.sgxComponents = _raise(pck.sgxComponents, which, inc);
        } else if (which == 16) {
            pck.pcesvn += uint16(inc);
        } else if (which < 32) {
            uint256 i = which - 16; // 1..15 → bytes 0 and 2..15
            seam.teeTcbSvn = _raise(seam.teeTcbSvn, i == 1 ? 0 : i, inc);
        } else {
            qe.isvSvn += uint16(inc);
        }
        uint256 afterRaise = _rank(TcbEvaluation.evaluate(info, id, pck, seam, qe));
        cheats.assertLe(afterRaise, before);
    }

    /// @dev The same property on the real automata collateral (four levels, TDX_01 and TDX_03).
    function testFuzz_raisingAnySvnNeverWorsens_real(bytes16 sgx, bytes16 tee, uint256 which, uint8 by) public {
        (string memory tcb, string memory qeJson,) = _collateral("automata-outofdate");
        TcbInfo.Info memory info = TcbInfo.parse(tcb);
        QeIdentity.Identity memory id = QeIdentity.parse(qeJson);
        (TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TcbEvaluation.QeReport memory qe) =
            _automata();
        pck.sgxComponents =
            (sgx & bytes16(0x03030000000000000000000000000000)) | bytes16(0x05050202030100030000000000000000);
        seam.teeTcbSvn =
            (tee & bytes16(0x07000300000000000000000000000000)) | bytes16(0x00010500000000000000000000000000);
        uint256 before = _rank(TcbEvaluation.evaluate(info, id, pck, seam, qe));
        uint256 inc = bound(by, 1, 4);
        which = bound(which, 0, 3);
        if (which < 2) pck.sgxComponents = _raise(pck.sgxComponents, which, inc);
        else seam.teeTcbSvn = _raise(seam.teeTcbSvn, which == 2 ? 0 : 2, inc);
        cheats.assertLe(_rank(TcbEvaluation.evaluate(info, id, pck, seam, qe)), before);
    }

    /// @dev `b` with byte `i` raised by `inc` (saturating at 255).
    function _raise(bytes16 b, uint256 i, uint256 inc) internal pure returns (bytes16) {
        uint256 v = uint8(b[i]) + inc;
        if (v > 255) v = 255;
        uint256 shift = 8 * (15 - i);
        uint256 cleared = uint256(uint128(b)) & ~(uint256(0xff) << shift);
        // forge-lint: disable-next-line(unsafe-typecast) both terms are below 2**128.
        return bytes16(uint128(cleared | (v << shift)));
    }
}
