// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "./Test.sol";
import {vm} from "./Vm.sol";
import {Registry} from "../../contracts/Registry.sol";
import {ArtifactStore} from "../../contracts/ArtifactStore.sol";
import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {MockQuoteVerifier} from "../mocks/MockQuoteVerifier.sol";
import {TdxBuilders} from "./TdxBuilders.sol";

/// @notice Shared deployment and builders for the registry and artifact store tests.
/// @dev Expected values (report data, workload ids, records) are computed here independently of
///      the contracts' own helpers, so a wrong helper in the contract cannot hide a wrong check.
abstract contract RegistryFixture is Test {
    Registry internal registry;
    ArtifactStore internal store;
    MockQuoteVerifier internal verifier;

    address internal constant ADMIN = address(0xA11CE);
    address internal constant OPERATOR = address(0x0BE1);
    address internal constant OPERATOR2 = address(0x0BE2);
    address internal constant WRITER = address(0xD0C5);
    address internal constant STRANGER = address(0xBAD);

    /// @dev Literal role bits: reading them from the registry inside a prank would consume it.
    uint256 internal constant OPERATOR_ROLE = 1;
    uint256 internal constant METADATA_WRITER_ROLE = 2;

    uint64 internal constant TTL = 1 days;
    uint256 internal constant T0 = 1_700_000_000;
    bytes32 internal constant CONFIG_HASH = keccak256("config v1");

    /// @dev The workload id of `_report(...)`, allowlisted in setUp.
    bytes32 internal workloadId;

    function setUp() public virtual {
        vm.warp(T0);
        verifier = new MockQuoteVerifier();
        registry = new Registry(ADMIN, verifier, TTL);
        store = new ArtifactStore(registry);
        workloadId = _workloadIdRef(_report(""));
        vm.startPrank(ADMIN);
        registry.grantRoles(OPERATOR, OPERATOR_ROLE);
        registry.grantRoles(OPERATOR2, OPERATOR_ROLE);
        registry.grantRoles(WRITER, METADATA_WRITER_ROLE);
        registry.allowWorkload(workloadId, CONFIG_HASH);
        vm.stopPrank();
    }

    /*//////////////////////////////////////////////////////////////
                                BUILDERS
    //////////////////////////////////////////////////////////////*/

    function _filled(uint256 len, uint8 tag) internal pure returns (bytes memory) {
        return TdxBuilders.filled(len, tag);
    }

    function _report(bytes memory reportData) internal pure returns (IQuoteVerifier.TdReport memory) {
        return TdxBuilders.report(reportData);
    }

    function _verdictOf(IQuoteVerifier.TdReport memory r, IQuoteVerifier.TcbStatus tcb)
        internal
        pure
        returns (IQuoteVerifier.Verdict memory)
    {
        return TdxBuilders.verdict(r, tcb);
    }

    function _quoteOf(IQuoteVerifier.TdReport memory r, IQuoteVerifier.TcbStatus tcb)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encode(TdxBuilders.verdict(r, tcb));
    }

    /// @dev sha256(pubkey) ‖ keccak256(abi.encode(chainid, registry, operator)), computed here.
    function _reportDataRef(bytes memory pubkey, uint256 chainId, address reg, address op)
        internal
        pure
        returns (bytes memory)
    {
        return TdxBuilders.reportData(pubkey, chainId, reg, op);
    }

    function _bound(bytes memory pubkey, address op) internal view returns (bytes memory) {
        return _reportDataRef(pubkey, block.chainid, address(registry), op);
    }

    /// @dev A valid, UpToDate quote of the allowlisted workload bound to `pubkey` and `op` here.
    function _quoteFor(bytes memory pubkey, address op) internal view returns (bytes memory) {
        return _quoteOf(_report(_bound(pubkey, op)), IQuoteVerifier.TcbStatus.UpToDate);
    }

    function _pubkey(uint256 seed) internal pure returns (bytes memory) {
        return TdxBuilders.pubkey(seed);
    }

    function _endpoints() internal pure returns (IRegistry.Endpoints memory) {
        return TdxBuilders.endpoints(1, 1, 8443);
    }

    function _endpoints(uint256 n4, uint256 n6, uint16 port) internal pure returns (IRegistry.Endpoints memory) {
        return TdxBuilders.endpoints(n4, n6, port);
    }

    /// @dev Registers the instance of `_pubkey(seed)` through `op` with a correctly bound quote.
    function _register(address op, uint256 seed, string memory label) internal returns (bytes32 id) {
        bytes memory pk = _pubkey(seed);
        bytes memory quote = _quoteFor(pk, op);
        vm.prank(op);
        id = registry.registerInstance(quote, pk, label, _endpoints());
    }

    /// @dev The record registration must produce, built field by field.
    function _record(
        bytes memory pubkey,
        address op,
        string memory label,
        IRegistry.Endpoints memory e,
        bytes memory quote,
        IQuoteVerifier.TcbStatus tcb,
        uint64 ttl
    ) internal view returns (IRegistry.Instance memory r) {
        r.workloadId = workloadId;
        r.quoteHash = keccak256(quote);
        r.operator = op;
        r.expiresAt = uint64(block.timestamp) + ttl;
        r.status = IRegistry.InstanceStatus.Active;
        r.tcbStatus = tcb;
        r.registeredAt = uint64(block.timestamp);
        r.label = label;
        r.pubkey = pubkey;
        r.endpoints = e;
    }

    /*//////////////////////////////////////////////////////////////
                               REFERENCES
    //////////////////////////////////////////////////////////////*/

    /// @dev keccak256(mrTd ‖ rtMr0 ‖ rtMr1 ‖ rtMr2 ‖ rtMr3 ‖ mrConfigId ‖ xfam ‖ tdAttributes), by
    ///      copying bytes one by one rather than with abi.encodePacked.
    function _workloadIdRef(IQuoteVerifier.TdReport memory r) internal pure returns (bytes32) {
        uint256 len = r.mrTd.length + r.rtMr0.length + r.rtMr1.length + r.rtMr2.length + r.rtMr3.length
            + r.mrConfigId.length + 16;
        bytes memory out = new bytes(len);
        uint256 o;
        o = _copy(out, o, r.mrTd);
        o = _copy(out, o, r.rtMr0);
        o = _copy(out, o, r.rtMr1);
        o = _copy(out, o, r.rtMr2);
        o = _copy(out, o, r.rtMr3);
        o = _copy(out, o, r.mrConfigId);
        for (uint256 i; i < 8; ++i) {
            out[o++] = r.xfam[i];
        }
        for (uint256 i; i < 8; ++i) {
            out[o++] = r.tdAttributes[i];
        }
        assert(o == len);
        return keccak256(out);
    }

    function _copy(bytes memory out, uint256 o, bytes memory src) private pure returns (uint256) {
        for (uint256 i; i < src.length; ++i) {
            out[o++] = src[i];
        }
        return o;
    }

    function _assertInstance(IRegistry.Instance memory got, IRegistry.Instance memory want) internal pure {
        vm.assertEq(got.workloadId, want.workloadId, "workloadId");
        vm.assertEq(got.quoteHash, want.quoteHash, "quoteHash");
        vm.assertEq(got.operator, want.operator, "operator");
        vm.assertEq(uint256(got.expiresAt), uint256(want.expiresAt), "expiresAt");
        vm.assertEq(uint256(got.status), uint256(want.status), "status");
        vm.assertEq(uint256(got.tcbStatus), uint256(want.tcbStatus), "tcbStatus");
        vm.assertEq(uint256(got.registeredAt), uint256(want.registeredAt), "registeredAt");
        vm.assertEq(got.label, want.label, "label");
        vm.assertEq(got.pubkey, want.pubkey, "pubkey");
        vm.assertEq(abi.encode(got.endpoints), abi.encode(want.endpoints), "endpoints");
    }

    function _status(bytes32 id) internal view returns (IRegistry.InstanceStatus) {
        return registry.instance(id).status;
    }
}
