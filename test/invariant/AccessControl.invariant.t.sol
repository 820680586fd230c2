// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "../utils/Test.sol";
import {vm} from "../utils/Vm.sol";
import {Registry} from "../../contracts/Registry.sol";
import {ArtifactStore} from "../../contracts/ArtifactStore.sol";
import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {MockQuoteVerifier} from "../mocks/MockQuoteVerifier.sol";
import {AccessControlHandler as H} from "./AccessControlHandler.sol";
import {TdxBuilders} from "../utils/TdxBuilders.sol";

/// @notice Access-control and consistency invariants of Registry and ArtifactStore under random
///         sequences of calls from admins, operators, writers and strangers.
contract AccessControlInvariantTest is Test {
    Registry internal registry;
    ArtifactStore internal store;
    MockQuoteVerifier internal mock;
    H internal handler;

    address internal constant ADMIN = address(0xA11CE);
    address internal constant OPERATOR = address(0x0BE1);
    address internal constant OPERATOR2 = address(0x0BE2);
    address internal constant WRITER = address(0xD0C5);
    address internal constant STRANGER = address(0xBAD);
    address internal constant CANDIDATE = address(0xB0B);

    function setUp() public {
        vm.warp(1_700_000_000);
        mock = new MockQuoteVerifier();
        registry = new Registry(ADMIN, mock, 1 days);
        store = new ArtifactStore(registry);

        vm.startPrank(ADMIN);
        registry.grantRoles(OPERATOR, 1);
        registry.grantRoles(OPERATOR2, 1);
        registry.grantRoles(WRITER, 2);
        vm.stopPrank();

        address[] memory actors = new address[](6);
        (actors[0], actors[1], actors[2], actors[3], actors[4], actors[5]) =
        (ADMIN, OPERATOR, OPERATOR2, WRITER, STRANGER, CANDIDATE);
        // The workload of the handler's default report is allowlisted before the handler copies
        // the initial state into its ghosts.
        bytes32 w0 = registry.workloadIdOf(TdxBuilders.report(""));
        vm.prank(ADMIN);
        registry.allowWorkload(w0, keccak256("config"));
        handler = new H(registry, store, mock, actors);
        vm.assertEq(handler.workloads()[0], w0);

        targetContract(address(handler));
    }

    /// @dev (a) Access control. Forge runs one campaign per invariant function, so related checks
    ///      share a function (and a campaign); each check names what broke when it fails.
    function invariant_accessControl() public view {
        _checkNoViolation();
        _checkGovernanceMatchesGhost();
        _checkMetadataMatchesGhost();
    }

    /// @dev (b) and (c) Instance records and the label map.
    function invariant_instances() public view {
        _checkActiveImpliesPassedQuote();
        _checkLabelMapConsistent();
    }

    /// @dev (a) No caller without the right changed governance or metadata state, and no
    ///      instance-level check (pause, operator, quote, binding) was bypassed.
    function _checkNoViolation() internal view {
        vm.assertEq(handler.violation(), "");
    }

    /// @dev (a, model) Governance state equals the ghost, which moves only on entitled calls.
    function _checkGovernanceMatchesGhost() internal view {
        vm.assertEq(registry.owner(), handler.ghostOwner(), "owner");
        vm.assertEq(address(registry.quoteVerifier()), handler.ghostVerifier(), "verifier");
        vm.assertEq(uint256(registry.instanceTtl()), uint256(handler.ghostTtl()), "ttl");
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), uint256(handler.ghostTcb()), "tcb policy");
        vm.assertEq(registry.paused(), handler.ghostPaused());
        IRegistry.Pki memory p = registry.pki();
        vm.assertEq(uint256(p.version), uint256(handler.ghostPkiVersion()), "pki version");
        if (p.version != 0) {
            vm.assertEq(
                keccak256(abi.encode(p.caCertificate, p.secretsPublicKey, p.kmsAttestation)),
                handler.ghostPkiHash(),
                "pki content"
            );
        }
        address[] memory actors = handler.actors();
        for (uint256 i; i < actors.length; ++i) {
            vm.assertEq(registry.rolesOf(actors[i]), handler.ghostRoles(actors[i]), "roles");
        }
        bytes32[4] memory ws = handler.workloads();
        for (uint256 i; i < 4; ++i) {
            vm.assertEq(registry.configHashOf(ws[i]), handler.ghostConfig(ws[i]), "workload config");
        }
    }

    /// @dev (a, model) Backends and artifacts equal the ghost, which moves only on writer calls.
    function _checkMetadataMatchesGhost() internal view {
        vm.assertEq(registry.storageBackends(), handler.ghostBackends());
        bytes32[] memory hs = handler.artifactHashes();
        for (uint256 i; i < hs.length; ++i) {
            vm.assertEq(store.exists(hs[i]), handler.ghostArtifact(hs[i]));
        }
    }

    /// @dev (b) No instance is active without a passing verifier call on its quote.
    function _checkActiveImpliesPassedQuote() internal view {
        bytes32[] memory ids = handler.instanceIds();
        for (uint256 i; i < ids.length; ++i) {
            IRegistry.Instance memory inst = registry.instance(ids[i]);
            if (inst.status == IRegistry.InstanceStatus.Active) {
                vm.assertTrue(mock.passed(inst.quoteHash), "active without a passing quote");
                vm.assertEq(sha256(inst.pubkey), ids[i], "id is not sha256(pubkey)");
            }
            if (inst.status != IRegistry.InstanceStatus.None) vm.assertTrue(inst.quoteHash != bytes32(0));
        }
    }

    /// @dev (c) Every active instance holds its label, and every held label points at an active
    ///      instance carrying it.
    function _checkLabelMapConsistent() internal view {
        bytes32[] memory ids = handler.instanceIds();
        for (uint256 i; i < ids.length; ++i) {
            IRegistry.Instance memory inst = registry.instance(ids[i]);
            if (inst.status == IRegistry.InstanceStatus.Active) {
                vm.assertEq(registry.instanceIdByLabel(inst.label), ids[i], "active instance lost its label");
            }
        }
        string[4] memory labels = handler.labels();
        for (uint256 i; i < 4; ++i) {
            bytes32 holder = registry.instanceIdByLabel(labels[i]);
            if (holder == bytes32(0)) continue;
            IRegistry.Instance memory h = registry.instance(holder);
            vm.assertEq(uint256(h.status), uint256(IRegistry.InstanceStatus.Active), "label held by inactive");
            vm.assertEq(h.label, labels[i], "label held by another label's instance");
        }
    }

    /// @dev Runs after each sequence: the handler did drive the contracts. Skipped for short
    ///      sequences, which only occur when forge shrinks a failure (so that a shrunk sequence
    ///      keeps reporting the invariant that actually broke).
    function afterInvariant() public view {
        if (handler.totalCalls() < 16) return;
        vm.assertGt(handler.totalSuccesses(), 0, "no call ever succeeded");
    }

    /// @dev The handler can reach every function's success path: 16 pseudo-random sequences of
    ///      64 calls (the campaign's depth), and every handled function succeeds somewhere, while
    ///      the checks stay clean. Guards against a handler change that silently makes the
    ///      invariants vacuous (e.g. quotes that never verify).
    function test_handlerReachesEveryFunction() public {
        bytes4[28] memory sels = [
            H.warp.selector,
            H.setQuoteVerifier.selector,
            H.setInstanceTtl.selector,
            H.setTcbPolicy.selector,
            H.allowWorkload.selector,
            H.updateWorkloadConfig.selector,
            H.removeWorkload.selector,
            H.setPki.selector,
            H.pause.selector,
            H.unpause.selector,
            H.grantRoles.selector,
            H.revokeRoles.selector,
            H.renounceRoles.selector,
            H.requestOwnershipHandover.selector,
            H.cancelOwnershipHandover.selector,
            H.completeOwnershipHandover.selector,
            H.transferOwnership.selector,
            H.renounceOwnership.selector,
            H.addStorageBackend.selector,
            H.removeStorageBackend.selector,
            H.storeArtifact.selector,
            H.removeArtifact.selector,
            H.registerInstance.selector,
            H.renewInstance.selector,
            H.updateEndpoints.selector,
            H.revokeInstance.selector,
            H.expireInstance.selector,
            H.registerInstance.selector
        ];
        string[23] memory fns = [
            "setQuoteVerifier",
            "setInstanceTtl",
            "setTcbPolicy",
            "allowWorkload",
            "updateWorkloadConfig",
            "removeWorkload",
            "setPki",
            "pause",
            "unpause",
            "grantRoles",
            "revokeRoles",
            "renounceRoles",
            "requestOwnershipHandover",
            "cancelOwnershipHandover",
            "completeOwnershipHandover",
            "addStorageBackend",
            "removeStorageBackend",
            "store",
            "remove",
            "registerInstance",
            "updateEndpoints",
            "revokeInstance",
            "expireInstance"
        ];
        uint256[23] memory total;
        for (uint256 run; run < 16; ++run) {
            setUp();
            for (uint256 d; d < 64; ++d) {
                uint256 r = uint256(keccak256(abi.encode(run, d)));
                // Every parameter after the actor seed is at most 8 bits wide (or wider).
                (bool ok,) = address(handler)
                    .call(
                        abi.encodeWithSelector(
                            sels[r % 28], r >> 8, (r >> 16) & 0xff, (r >> 24) & 0xff, (r >> 32) & 0xff, (r >> 40) & 0xff
                        )
                    );
                vm.assertTrue(ok, "handler call reverted");
            }
            invariant_accessControl();
            invariant_instances();
            for (uint256 i; i < 23; ++i) {
                total[i] += handler.successes(fns[i]);
            }
        }
        for (uint256 i; i < 23; ++i) {
            vm.assertGt(total[i], 0, fns[i]);
        }
    }
}
