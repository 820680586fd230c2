// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";

interface IOwnableRoles {
    function grantRoles(address user, uint256 roles) external payable;
    function revokeRoles(address user, uint256 roles) external payable;
    function requestOwnershipHandover() external payable;
}

/// @notice Load generator for indexer benchmarks and crash tests: as the registry's admin and an
///         operator, it emits many real registry events per transaction. Lives only under test/;
///         registration goes through MockQuoteVerifier, so it is never deployed outside tests.
contract GovernanceFlood {
    IRegistry public registry;
    uint256 public rounds;

    /// @notice Points the flood at a registry and asks its admin to hand ownership over
    ///         (the admin then calls `completeOwnershipHandover(flood)`).
    function init(IRegistry registry_) external {
        registry = registry_;
        IOwnableRoles(address(registry_)).requestOwnershipHandover();
    }

    /// @notice Once admin, makes the flood an operator too.
    function becomeOperator() external {
        IOwnableRoles(address(registry)).grantRoles(address(this), 1);
    }

    /// @notice Runs `n` rounds. Each emits WorkloadAllowed, WorkloadConfigUpdated, RolesUpdated
    ///         (grant), RolesUpdated (revoke) and, every `instanceEvery` rounds, InstanceRegistered,
    ///         InstanceEndpointsUpdated and InstanceRevoked; every other round removes its workload.
    function flood(uint256 n, uint256 instanceEvery) external {
        IRegistry r = registry;
        uint256 start = rounds;
        for (uint256 i = start; i < start + n; ++i) {
            IQuoteVerifier.TdReport memory report = _report(i);
            bytes32 workloadId = r.workloadIdOf(report);
            r.allowWorkload(workloadId, keccak256(abi.encode("config", i)));
            r.updateWorkloadConfig(workloadId, keccak256(abi.encode("config'", i)));
            address account = address(uint160(uint256(keccak256(abi.encode("account", i)))));
            IOwnableRoles(address(r)).grantRoles(account, 2);
            IOwnableRoles(address(r)).revokeRoles(account, 2);
            if (instanceEvery != 0 && i % instanceEvery == 0) _instance(r, report, i);
            if (i % 2 == 1) r.removeWorkload(workloadId);
        }
        rounds = start + n;
    }

    function _instance(IRegistry r, IQuoteVerifier.TdReport memory report, uint256 i) internal {
        bytes memory pubkey = abi.encodePacked(bytes1(0x04), keccak256(abi.encode("x", i)), keccak256(abi.encode("y", i)));
        report.reportData = r.reportDataFor(pubkey, address(this));
        IQuoteVerifier.Verdict memory v;
        v.valid = true;
        v.report = report;
        bytes memory quote = abi.encode(v);
        IRegistry.Endpoints memory ep;
        ep.ipv4 = new bytes4[](1);
        ep.ipv4[0] = bytes4(uint32(0x0a000000 | (i & 0xffffff)));
        ep.port = 443;
        bytes32 id = r.registerInstance(quote, pubkey, string(abi.encodePacked("f", _hex(i))), ep);
        ep.port = 8443;
        r.updateEndpoints(id, ep);
        r.revokeInstance(id);
    }

    function _report(uint256 i) internal pure returns (IQuoteVerifier.TdReport memory report) {
        report.mrTd = abi.encodePacked(bytes32(i), bytes16(0));
        report.rtMr0 = new bytes(48);
        report.rtMr1 = new bytes(48);
        report.rtMr2 = new bytes(48);
        report.rtMr3 = new bytes(48);
        report.mrConfigId = new bytes(48);
        report.mrOwner = new bytes(48);
        report.mrOwnerConfig = new bytes(48);
        report.reportData = new bytes(64);
    }

    function _hex(uint256 v) internal pure returns (bytes memory out) {
        bytes16 digits = "0123456789abcdef";
        out = new bytes(8);
        for (uint256 k = 8; k > 0; --k) {
            out[k - 1] = digits[v & 15];
            v >>= 4;
        }
    }
}
