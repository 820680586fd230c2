// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "./utils/Vm.sol";
import {RegistryFixture} from "./utils/RegistryFixture.sol";
import {Registry} from "../contracts/Registry.sol";
import {IRegistry} from "../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../contracts/interfaces/IQuoteVerifier.sol";
import {MockQuoteVerifier} from "./mocks/MockQuoteVerifier.sol";
import {Ownable} from "solady/auth/Ownable.sol";
import {OwnableRoles} from "solady/auth/OwnableRoles.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @notice Governance surface of the Registry: construction, ownership and roles, verifier,
///         TTL, TCB policy, workload allowlist, storage backends, PKI, pause.
contract RegistryGovernanceTest is RegistryFixture {
    bytes4 internal constant UNAUTHORIZED = 0x82b42900;

    address internal constant NEW_ADMIN = address(0xB0B);

    /// @dev Everyone but the admin: expected to get Unauthorized on admin-only functions.
    function _nonAdmins() internal pure returns (address[4] memory) {
        return [OPERATOR, WRITER, STRANGER, NEW_ADMIN];
    }

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTION
    //////////////////////////////////////////////////////////////*/

    function test_constructor_initialState() public view {
        vm.assertEq(registry.owner(), ADMIN);
        vm.assertEq(address(registry.quoteVerifier()), address(verifier));
        vm.assertEq(uint256(registry.instanceTtl()), TTL);
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 3);
        vm.assertEq(uint256(registry.DEFAULT_TCB_POLICY()), 3);
        vm.assertFalse(registry.paused());
        vm.assertEq(registry.storageBackends().length, 0);
        IRegistry.Pki memory p = registry.pki();
        vm.assertEq(uint256(p.version), 0);
        vm.assertEq(uint256(p.updatedAt), 0);
        vm.assertEq(p.caCertificate.length + p.secretsPublicKey.length + p.kmsAttestation.length, 0);
        // Constants.
        vm.assertEq(registry.OPERATOR_ROLE(), OPERATOR_ROLE);
        vm.assertEq(registry.METADATA_WRITER_ROLE(), METADATA_WRITER_ROLE);
        vm.assertEq(uint256(registry.MIN_TTL()), 60);
        vm.assertEq(uint256(registry.MAX_TTL()), 365 days);
        vm.assertEq(registry.MAX_BACKENDS(), 16);
        vm.assertEq(registry.MAX_URI_LENGTH(), 512);
        vm.assertEq(registry.MAX_CA_CERTIFICATE_SIZE(), 4096);
        vm.assertEq(registry.MAX_SECRETS_KEY_SIZE(), 256);
        vm.assertEq(registry.MAX_KMS_ATTESTATION_SIZE(), 16384);
        vm.assertEq(registry.MAX_ADDRESSES(), 4);
        vm.assertEq(registry.PUBKEY_LENGTH(), 65);
        // Roles granted in setUp.
        vm.assertTrue(registry.hasAnyRole(OPERATOR, OPERATOR_ROLE));
        vm.assertFalse(registry.hasAnyRole(OPERATOR, METADATA_WRITER_ROLE));
        vm.assertTrue(registry.hasAnyRole(WRITER, METADATA_WRITER_ROLE));
        vm.assertFalse(registry.hasAnyRole(ADMIN, OPERATOR_ROLE | METADATA_WRITER_ROLE));
        vm.assertEq(registry.rolesOf(OPERATOR), OPERATOR_ROLE);
        vm.assertTrue(registry.hasAllRoles(WRITER, METADATA_WRITER_ROLE));
        vm.assertEq(registry.configHashOf(workloadId), CONFIG_HASH);
    }

    function test_constructor_emitsEveryInitialValue() public {
        vm.expectEmit();
        emit Ownable.OwnershipTransferred(address(0), ADMIN);
        vm.expectEmit();
        emit IRegistry.QuoteVerifierSet(address(0));
        vm.expectEmit();
        emit IRegistry.InstanceTtlSet(3600);
        vm.expectEmit();
        emit IRegistry.TcbPolicySet(3);
        Registry r = new Registry(ADMIN, IQuoteVerifier(address(0)), 3600);
        vm.assertEq(address(r.quoteVerifier()), address(0));
        vm.assertEq(uint256(r.instanceTtl()), 3600);
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(IRegistry.ZeroAdmin.selector);
        new Registry(address(0), verifier, 3600);
    }

    function test_constructor_revertsOnInvalidTtl() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, uint64(59)));
        new Registry(ADMIN, verifier, 59);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, uint64(365 days + 1)));
        new Registry(ADMIN, verifier, 365 days + 1);
    }

    /*//////////////////////////////////////////////////////////////
                           OWNERSHIP AND ROLES
    //////////////////////////////////////////////////////////////*/

    function test_transferOwnership_alwaysReverts() public {
        vm.prank(ADMIN);
        vm.expectRevert(IRegistry.TwoStepTransferRequired.selector);
        registry.transferOwnership(NEW_ADMIN);
        vm.prank(STRANGER);
        vm.expectRevert(IRegistry.TwoStepTransferRequired.selector);
        registry.transferOwnership(STRANGER);
        vm.assertEq(registry.owner(), ADMIN);
    }

    function test_renounceOwnership_alwaysReverts() public {
        vm.prank(ADMIN);
        vm.expectRevert(IRegistry.TwoStepTransferRequired.selector);
        registry.renounceOwnership();
        vm.prank(STRANGER);
        vm.expectRevert(IRegistry.TwoStepTransferRequired.selector);
        registry.renounceOwnership();
        vm.assertEq(registry.owner(), ADMIN);
    }

    function test_handover_twoStep() public {
        vm.expectEmit(address(registry));
        emit Ownable.OwnershipHandoverRequested(NEW_ADMIN);
        vm.prank(NEW_ADMIN);
        registry.requestOwnershipHandover();
        vm.assertEq(registry.ownershipHandoverExpiresAt(NEW_ADMIN), T0 + 48 hours);
        vm.assertEq(registry.owner(), ADMIN); // nothing moves before completion

        vm.expectEmit(address(registry));
        emit Ownable.OwnershipTransferred(ADMIN, NEW_ADMIN);
        vm.prank(ADMIN);
        registry.completeOwnershipHandover(NEW_ADMIN);
        vm.assertEq(registry.owner(), NEW_ADMIN);
        vm.assertEq(registry.ownershipHandoverExpiresAt(NEW_ADMIN), 0);

        // The old admin lost every power; the new one has them.
        vm.prank(ADMIN);
        vm.expectRevert(UNAUTHORIZED);
        registry.setInstanceTtl(2 days);
        vm.prank(NEW_ADMIN);
        registry.setInstanceTtl(2 days);
        vm.assertEq(uint256(registry.instanceTtl()), 2 days);
    }

    function test_completeOwnershipHandover_revertsForNonAdmin() public {
        vm.prank(NEW_ADMIN);
        registry.requestOwnershipHandover();
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.completeOwnershipHandover(NEW_ADMIN);
        }
        vm.assertEq(registry.owner(), ADMIN);
    }

    function test_completeOwnershipHandover_revertsWithoutRequest() public {
        vm.prank(ADMIN);
        vm.expectRevert(Ownable.NoHandoverRequest.selector);
        registry.completeOwnershipHandover(NEW_ADMIN);
    }

    function test_completeOwnershipHandover_revertsAfterRequestExpired() public {
        vm.prank(NEW_ADMIN);
        registry.requestOwnershipHandover();
        vm.warp(T0 + 48 hours + 1);
        vm.prank(ADMIN);
        vm.expectRevert(Ownable.NoHandoverRequest.selector);
        registry.completeOwnershipHandover(NEW_ADMIN);
    }

    function test_cancelOwnershipHandover() public {
        vm.prank(NEW_ADMIN);
        registry.requestOwnershipHandover();
        vm.expectEmit(address(registry));
        emit Ownable.OwnershipHandoverCanceled(NEW_ADMIN);
        vm.prank(NEW_ADMIN);
        registry.cancelOwnershipHandover();
        vm.assertEq(registry.ownershipHandoverExpiresAt(NEW_ADMIN), 0);
        vm.prank(ADMIN);
        vm.expectRevert(Ownable.NoHandoverRequest.selector);
        registry.completeOwnershipHandover(NEW_ADMIN);
    }

    function test_grantRoles_emitsAndGrants() public {
        vm.expectEmit(address(registry));
        emit OwnableRoles.RolesUpdated(STRANGER, OPERATOR_ROLE | METADATA_WRITER_ROLE);
        vm.prank(ADMIN);
        registry.grantRoles(STRANGER, OPERATOR_ROLE | METADATA_WRITER_ROLE);
        vm.assertTrue(registry.hasAllRoles(STRANGER, OPERATOR_ROLE | METADATA_WRITER_ROLE));
        // The grantee can now act in both roles.
        _register(STRANGER, 1, "granted");
        vm.prank(STRANGER);
        registry.addStorageBackend("ipfs://granted");
    }

    function test_revokeRoles_emitsAndRemovesPowers() public {
        vm.expectEmit(address(registry));
        emit OwnableRoles.RolesUpdated(OPERATOR, 0);
        vm.prank(ADMIN);
        registry.revokeRoles(OPERATOR, OPERATOR_ROLE);
        vm.assertFalse(registry.hasAnyRole(OPERATOR, OPERATOR_ROLE));
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(UNAUTHORIZED);
        registry.registerInstance(quote, pk, "x", _endpoints());
    }

    function test_renounceRoles_bySelf() public {
        vm.expectEmit(address(registry));
        emit OwnableRoles.RolesUpdated(WRITER, 0);
        vm.prank(WRITER);
        registry.renounceRoles(METADATA_WRITER_ROLE);
        vm.assertEq(registry.rolesOf(WRITER), 0);
        vm.prank(WRITER);
        vm.expectRevert(UNAUTHORIZED);
        registry.addStorageBackend("ipfs://x");
    }

    function test_grantAndRevokeRoles_revertForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            address who = _nonAdmins()[i];
            vm.prank(who);
            vm.expectRevert(UNAUTHORIZED);
            registry.grantRoles(who, OPERATOR_ROLE | METADATA_WRITER_ROLE);
            vm.prank(who);
            vm.expectRevert(UNAUTHORIZED);
            registry.revokeRoles(OPERATOR, OPERATOR_ROLE);
        }
        vm.assertEq(registry.rolesOf(STRANGER), 0);
        vm.assertEq(registry.rolesOf(OPERATOR), OPERATOR_ROLE);
    }

    /*//////////////////////////////////////////////////////////////
                          VERIFIER, TTL, TCB POLICY
    //////////////////////////////////////////////////////////////*/

    function test_setQuoteVerifier() public {
        MockQuoteVerifier other = new MockQuoteVerifier();
        vm.expectEmit(address(registry));
        emit IRegistry.QuoteVerifierSet(address(other));
        vm.prank(ADMIN);
        registry.setQuoteVerifier(other);
        vm.assertEq(address(registry.quoteVerifier()), address(other));
        // Registration now goes through the new verifier.
        _register(OPERATOR, 1, "a");
        vm.assertEq(other.calls(), 1);
        vm.assertEq(verifier.calls(), 0);
    }

    function test_setQuoteVerifier_zeroDisablesRegistration() public {
        vm.expectEmit(address(registry));
        emit IRegistry.QuoteVerifierSet(address(0));
        vm.prank(ADMIN);
        registry.setQuoteVerifier(IQuoteVerifier(address(0)));
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.QuoteVerifierNotSet.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_setQuoteVerifier_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.setQuoteVerifier(IQuoteVerifier(address(0xdead)));
        }
        vm.assertEq(address(registry.quoteVerifier()), address(verifier));
    }

    function test_setInstanceTtl_bounds() public {
        vm.startPrank(ADMIN);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceTtlSet(60);
        registry.setInstanceTtl(60);
        vm.assertEq(uint256(registry.instanceTtl()), 60);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceTtlSet(365 days);
        registry.setInstanceTtl(365 days);
        vm.assertEq(uint256(registry.instanceTtl()), 365 days);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, uint64(59)));
        registry.setInstanceTtl(59);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, uint64(0)));
        registry.setInstanceTtl(0);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, uint64(365 days + 1)));
        registry.setInstanceTtl(365 days + 1);
        vm.stopPrank();
        vm.assertEq(uint256(registry.instanceTtl()), 365 days);
    }

    function test_setInstanceTtl_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.setInstanceTtl(2 days);
        }
        vm.assertEq(uint256(registry.instanceTtl()), TTL);
    }

    function testFuzz_setInstanceTtl(uint64 ttl) public {
        bool valid = ttl >= 60 && ttl <= 365 days;
        vm.prank(ADMIN);
        if (!valid) vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTtl.selector, ttl));
        registry.setInstanceTtl(ttl);
        vm.assertEq(uint256(registry.instanceTtl()), valid ? ttl : TTL);
        if (!valid) return;
        // New registrations get exactly the new lifetime.
        bytes32 id = _register(OPERATOR, 1, "ttl");
        vm.assertEq(uint256(registry.instance(id).expiresAt), T0 + ttl);
    }

    function test_setTcbPolicy() public {
        vm.expectEmit(address(registry));
        emit IRegistry.TcbPolicySet(0x3f);
        vm.prank(ADMIN);
        registry.setTcbPolicy(0x3f);
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 0x3f);
    }

    function test_setTcbPolicy_rejectsInvalid() public {
        uint8[4] memory bad = [0, 0x40, 0x41, 0x80];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(ADMIN);
            vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTcbPolicy.selector, bad[i]));
            registry.setTcbPolicy(bad[i]);
        }
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 3);
    }

    function test_setTcbPolicy_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.setTcbPolicy(1);
        }
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 3);
    }

    /// @dev Valid policies are exactly the non-empty subsets of the six non-revoked statuses.
    function testFuzz_setTcbPolicy(uint8 policy) public {
        bool valid = policy != 0 && policy < 64;
        vm.prank(ADMIN);
        if (!valid) vm.expectRevert(abi.encodeWithSelector(IRegistry.InvalidTcbPolicy.selector, policy));
        registry.setTcbPolicy(policy);
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), valid ? policy : 3);
    }

    /*//////////////////////////////////////////////////////////////
                           WORKLOAD ALLOWLIST
    //////////////////////////////////////////////////////////////*/

    bytes32 internal constant W = keccak256("workload w");
    bytes32 internal constant C1 = keccak256("c1");
    bytes32 internal constant C2 = keccak256("c2");

    function test_allowWorkload() public {
        vm.expectEmit(address(registry));
        emit IRegistry.WorkloadAllowed(W, C1);
        vm.prank(ADMIN);
        registry.allowWorkload(W, C1);
        vm.assertEq(registry.configHashOf(W), C1);
    }

    function test_allowWorkload_reverts() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(IRegistry.ZeroWorkloadId.selector);
        registry.allowWorkload(bytes32(0), C1);
        vm.expectRevert(IRegistry.ZeroConfigHash.selector);
        registry.allowWorkload(W, bytes32(0));
        registry.allowWorkload(W, C1);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.WorkloadAlreadyAllowed.selector, W));
        registry.allowWorkload(W, C2);
        vm.stopPrank();
        vm.assertEq(registry.configHashOf(W), C1);
        vm.assertEq(registry.configHashOf(bytes32(0)), bytes32(0));
    }

    function test_allowWorkload_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.allowWorkload(W, C1);
        }
        vm.assertEq(registry.configHashOf(W), bytes32(0));
    }

    function test_updateWorkloadConfig() public {
        vm.startPrank(ADMIN);
        registry.allowWorkload(W, C1);
        vm.expectEmit(address(registry));
        emit IRegistry.WorkloadConfigUpdated(W, C1, C2);
        registry.updateWorkloadConfig(W, C2);
        vm.stopPrank();
        vm.assertEq(registry.configHashOf(W), C2);
    }

    function test_updateWorkloadConfig_reverts() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.WorkloadNotAllowed.selector, W));
        registry.updateWorkloadConfig(W, C1);
        registry.allowWorkload(W, C1);
        vm.expectRevert(IRegistry.ZeroConfigHash.selector);
        registry.updateWorkloadConfig(W, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IRegistry.ConfigHashUnchanged.selector, W));
        registry.updateWorkloadConfig(W, C1);
        vm.stopPrank();
        vm.assertEq(registry.configHashOf(W), C1);
    }

    function test_updateWorkloadConfig_revertsForNonAdmin() public {
        vm.prank(ADMIN);
        registry.allowWorkload(W, C1);
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.updateWorkloadConfig(W, C2);
        }
        vm.assertEq(registry.configHashOf(W), C1);
    }

    function test_removeWorkload() public {
        vm.startPrank(ADMIN);
        registry.allowWorkload(W, C1);
        vm.expectEmit(address(registry));
        emit IRegistry.WorkloadRemoved(W);
        registry.removeWorkload(W);
        vm.assertEq(registry.configHashOf(W), bytes32(0));
        // It can be allowlisted again, with another configuration.
        registry.allowWorkload(W, C2);
        vm.stopPrank();
        vm.assertEq(registry.configHashOf(W), C2);
    }

    function test_removeWorkload_revertsWhenNotAllowed() public {
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.WorkloadNotAllowed.selector, W));
        registry.removeWorkload(W);
    }

    function test_removeWorkload_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.removeWorkload(workloadId);
        }
        vm.assertEq(registry.configHashOf(workloadId), CONFIG_HASH);
    }

    function test_removeWorkload_blocksNewRegistrations() public {
        vm.prank(ADMIN);
        registry.removeWorkload(workloadId);
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.WorkloadNotAllowed.selector, workloadId));
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    /*//////////////////////////////////////////////////////////////
                            STORAGE BACKENDS
    //////////////////////////////////////////////////////////////*/

    function test_addStorageBackend_byAdminAndWriter() public {
        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendAdded("ipfs://bafy", 0);
        vm.prank(ADMIN);
        registry.addStorageBackend("ipfs://bafy");
        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendAdded("s3://bucket/prefix", 1);
        vm.prank(WRITER);
        registry.addStorageBackend("s3://bucket/prefix");
        string[] memory b = registry.storageBackends();
        vm.assertEq(b.length, 2);
        vm.assertEq(b[0], "ipfs://bafy");
        vm.assertEq(b[1], "s3://bucket/prefix");
    }

    function test_addStorageBackend_everySchemeAccepted() public {
        string[7] memory uris = [
            "file:///var/lib/teereg",
            "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            "onchain://0x1234",
            "https://example.com/artifacts",
            "s3://bucket",
            "vault://secret/teereg",
            "github://org/repo"
        ];
        vm.startPrank(WRITER);
        for (uint256 i; i < uris.length; ++i) {
            registry.addStorageBackend(uris[i]);
        }
        vm.stopPrank();
        string[] memory b = registry.storageBackends();
        vm.assertEq(b.length, 7);
        for (uint256 i; i < uris.length; ++i) {
            vm.assertEq(b[i], uris[i]);
        }
    }

    function test_addStorageBackend_rejectsInvalidUris() public {
        string[11] memory bad = [
            "",
            "ipfs",
            "ipfs:/x",
            "ipfs://",
            "://x",
            "ipfs//x",
            "ipfs://a b",
            "ipfs://a\tb",
            "ipfs://a\x7f",
            "ipfs://caf\xc3\xa9",
            "\nipfs://x"
        ];
        vm.startPrank(WRITER);
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(IRegistry.InvalidBackendUri.selector);
            registry.addStorageBackend(bad[i]);
        }
        // One byte over the length limit, otherwise valid.
        vm.expectRevert(IRegistry.InvalidBackendUri.selector);
        registry.addStorageBackend(_longUri(513));
        // Exactly at the limit is fine.
        registry.addStorageBackend(_longUri(512));
        vm.stopPrank();
        vm.assertEq(registry.storageBackends().length, 1);
    }

    function test_addStorageBackend_rejectsUnsupportedSchemes() public {
        string[6] memory bad = ["ftp://x", "http://x", "IPFS://x", "Https://x", "ipfsx://x", "httpss://x"];
        vm.startPrank(WRITER);
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(IRegistry.UnsupportedBackendScheme.selector);
            registry.addStorageBackend(bad[i]);
        }
        vm.stopPrank();
        vm.assertEq(registry.storageBackends().length, 0);
    }

    function test_addStorageBackend_rejectsDuplicate() public {
        vm.startPrank(WRITER);
        registry.addStorageBackend("ipfs://x");
        vm.expectRevert(abi.encodeWithSelector(IRegistry.BackendAlreadyListed.selector, "ipfs://x"));
        registry.addStorageBackend("ipfs://x");
        vm.stopPrank();
    }

    function test_addStorageBackend_atMostSixteen() public {
        vm.startPrank(WRITER);
        for (uint256 i; i < 16; ++i) {
            registry.addStorageBackend(string(abi.encodePacked("ipfs://", bytes1(uint8(0x41 + i)))));
        }
        vm.expectRevert(IRegistry.TooManyBackends.selector);
        registry.addStorageBackend("ipfs://overflow");
        // Removing one makes room again.
        registry.removeStorageBackend("ipfs://A");
        registry.addStorageBackend("ipfs://overflow");
        vm.stopPrank();
        string[] memory b = registry.storageBackends();
        vm.assertEq(b.length, 16);
        vm.assertEq(b[0], "ipfs://B");
        vm.assertEq(b[15], "ipfs://overflow");
    }

    function test_addStorageBackend_revertsForUnauthorized() public {
        address[2] memory who = [OPERATOR, STRANGER];
        for (uint256 i; i < 2; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.addStorageBackend("ipfs://x");
        }
        vm.assertEq(registry.storageBackends().length, 0);
    }

    function test_storageBackends_pausedReverts() public {
        vm.prank(WRITER);
        registry.addStorageBackend("ipfs://x");
        vm.prank(ADMIN);
        registry.pause();
        address[2] memory who = [ADMIN, WRITER];
        for (uint256 i; i < 2; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(Pausable.EnforcedPause.selector);
            registry.addStorageBackend("ipfs://y");
            vm.prank(who[i]);
            vm.expectRevert(Pausable.EnforcedPause.selector);
            registry.removeStorageBackend("ipfs://x");
        }
        vm.assertEq(registry.storageBackends().length, 1);
    }

    function test_removeStorageBackend_keepsOrder() public {
        vm.startPrank(WRITER);
        registry.addStorageBackend("ipfs://a");
        registry.addStorageBackend("s3://b");
        registry.addStorageBackend("https://c");
        registry.addStorageBackend("vault://d");
        vm.stopPrank();

        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendRemoved("s3://b", 1);
        vm.prank(ADMIN);
        registry.removeStorageBackend("s3://b");
        string[] memory b = registry.storageBackends();
        vm.assertEq(b.length, 3);
        vm.assertEq(b[0], "ipfs://a");
        vm.assertEq(b[1], "https://c");
        vm.assertEq(b[2], "vault://d");

        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendRemoved("ipfs://a", 0);
        vm.prank(WRITER);
        registry.removeStorageBackend("ipfs://a");
        b = registry.storageBackends();
        vm.assertEq(b.length, 2);
        vm.assertEq(b[0], "https://c");
        vm.assertEq(b[1], "vault://d");

        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendRemoved("vault://d", 1);
        vm.prank(WRITER);
        registry.removeStorageBackend("vault://d");
        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendRemoved("https://c", 0);
        vm.prank(WRITER);
        registry.removeStorageBackend("https://c");
        vm.assertEq(registry.storageBackends().length, 0);
    }

    /// @dev Removing any entry of any list keeps the others in order and reports its position.
    function testFuzz_removeStorageBackend_keepsOrder(uint8 n, uint8 idx) public {
        n = uint8(bound(n, 1, 16));
        idx = uint8(bound(idx, 0, n - 1));
        vm.startPrank(WRITER);
        for (uint256 i; i < n; ++i) {
            registry.addStorageBackend(_nthUri(i));
        }
        vm.expectEmit(address(registry));
        emit IRegistry.StorageBackendRemoved(_nthUri(idx), idx);
        registry.removeStorageBackend(_nthUri(idx));
        vm.stopPrank();
        string[] memory b = registry.storageBackends();
        vm.assertEq(b.length, n - 1);
        for (uint256 i; i < b.length; ++i) {
            vm.assertEq(b[i], _nthUri(i < idx ? i : i + 1));
        }
    }

    function _nthUri(uint256 i) internal pure returns (string memory) {
        return string(abi.encodePacked("ipfs://", bytes1(uint8(0x61 + i))));
    }

    function test_removeStorageBackend_revertsWhenNotListed() public {
        vm.prank(WRITER);
        registry.addStorageBackend("ipfs://a");
        vm.prank(WRITER);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.BackendNotListed.selector, "ipfs://b"));
        registry.removeStorageBackend("ipfs://b");
    }

    function test_removeStorageBackend_revertsForUnauthorized() public {
        vm.prank(WRITER);
        registry.addStorageBackend("ipfs://a");
        address[2] memory who = [OPERATOR, STRANGER];
        for (uint256 i; i < 2; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.removeStorageBackend("ipfs://a");
        }
        vm.assertEq(registry.storageBackends().length, 1);
    }

    function _longUri(uint256 len) internal pure returns (string memory) {
        bytes memory b = new bytes(len);
        bytes memory prefix = "https://";
        for (uint256 i; i < len; ++i) {
            b[i] = i < prefix.length ? prefix[i] : bytes1("a");
        }
        return string(b);
    }

    /// @dev Independent statement of the URI rule: one of seven schemes, "://", a non-empty rest,
    ///      at most 512 bytes, every byte visible ASCII.
    function _uriOk(bytes memory b) internal pure returns (bool) {
        if (b.length > 512) return false;
        for (uint256 i; i < b.length; ++i) {
            if (uint8(b[i]) <= 0x20 || uint8(b[i]) >= 0x7f) return false;
        }
        string[7] memory schemes = ["file", "ipfs", "onchain", "https", "s3", "vault", "github"];
        for (uint256 s; s < 7; ++s) {
            bytes memory p = abi.encodePacked(schemes[s], "://");
            if (b.length <= p.length) continue;
            bool match_ = true;
            for (uint256 i; i < p.length; ++i) {
                if (b[i] != p[i]) match_ = false;
            }
            if (match_) return true;
        }
        return false;
    }

    function _checkUri(bytes memory b) internal {
        bool ok = _uriOk(b);
        vm.prank(WRITER);
        try registry.addStorageBackend(string(b)) {
            vm.assertTrue(ok, "accepted an invalid URI");
            string[] memory list = registry.storageBackends();
            vm.assertEq(list[list.length - 1], string(b));
        } catch (bytes memory err) {
            vm.assertFalse(ok, "rejected a valid URI");
            bytes4 sel = bytes4(err);
            vm.assertTrue(
                sel == IRegistry.InvalidBackendUri.selector || sel == IRegistry.UnsupportedBackendScheme.selector,
                "unexpected error"
            );
            vm.assertEq(err.length, 4);
        }
    }

    /// @dev Arbitrary bytes: almost always invalid, occasionally valid by luck.
    function testFuzz_backendUri_arbitrary(bytes memory raw) public {
        _checkUri(raw);
    }

    /// @dev Structured URIs: a scheme (supported or near miss), a separator (right or near
    ///      miss), and a rest of fuzzed length whose bytes lean towards visible ASCII.
    function testFuzz_backendUri_structured(uint8 schemeIdx, uint8 sepIdx, uint16 restLen, bytes32 seed) public {
        string[10] memory schemes = ["file", "ipfs", "onchain", "https", "s3", "vault", "github", "http", "IPFS", ""];
        string[4] memory seps = ["://", ":/", "//", ":///"];
        bytes memory head = abi.encodePacked(schemes[schemeIdx % 10], seps[sepIdx % 4]);
        restLen = uint16(bound(restLen, 0, 520 - head.length));
        bytes memory rest = new bytes(restLen);
        for (uint256 i; i < restLen; ++i) {
            uint8 r = uint8(uint256(keccak256(abi.encode(seed, i))));
            // One byte in 64 lands outside visible ASCII.
            rest[i] = bytes1(r < 4 ? r * 0x30 : 0x21 + (r % 94));
        }
        _checkUri(bytes.concat(head, rest));
    }

    /*//////////////////////////////////////////////////////////////
                                   PKI
    //////////////////////////////////////////////////////////////*/

    function test_setPki_publishesVersions() public {
        bytes memory ca = _filled(1200, 1);
        bytes memory key = _filled(65, 2);
        bytes memory kms = _filled(3000, 3);
        vm.warp(T0 + 10);
        vm.expectEmit(address(registry));
        emit IRegistry.PkiUpdated(1, ca, key, kms);
        vm.prank(ADMIN);
        registry.setPki(ca, key, kms);
        IRegistry.Pki memory p = registry.pki();
        vm.assertEq(uint256(p.version), 1);
        vm.assertEq(uint256(p.updatedAt), T0 + 10);
        vm.assertEq(p.caCertificate, ca);
        vm.assertEq(p.secretsPublicKey, key);
        vm.assertEq(p.kmsAttestation, kms);

        // Version 2 without KMS attestation replaces everything.
        bytes memory ca2 = _filled(10, 4);
        vm.warp(T0 + 20);
        vm.expectEmit(address(registry));
        emit IRegistry.PkiUpdated(2, ca2, key, "");
        vm.prank(ADMIN);
        registry.setPki(ca2, key, "");
        p = registry.pki();
        vm.assertEq(uint256(p.version), 2);
        vm.assertEq(uint256(p.updatedAt), T0 + 20);
        vm.assertEq(p.caCertificate, ca2);
        vm.assertEq(p.secretsPublicKey, key);
        vm.assertEq(p.kmsAttestation.length, 0);
    }

    function test_setPki_maxSizesAccepted() public {
        vm.prank(ADMIN);
        registry.setPki(_filled(4096, 1), _filled(256, 2), _filled(16384, 3));
        IRegistry.Pki memory p = registry.pki();
        vm.assertEq(p.caCertificate, _filled(4096, 1));
        vm.assertEq(p.secretsPublicKey, _filled(256, 2));
        vm.assertEq(p.kmsAttestation, _filled(16384, 3));
    }

    function test_setPki_reverts() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(IRegistry.EmptyCaCertificate.selector);
        registry.setPki("", hex"01", "");
        vm.expectRevert(IRegistry.EmptySecretsPublicKey.selector);
        registry.setPki(hex"01", "", "");
        vm.expectRevert(abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 0, 4097, 4096));
        registry.setPki(new bytes(4097), hex"01", "");
        vm.expectRevert(abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 1, 257, 256));
        registry.setPki(hex"01", new bytes(257), "");
        vm.expectRevert(abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 2, 16385, 16384));
        registry.setPki(hex"01", hex"01", new bytes(16385));
        vm.stopPrank();
        vm.assertEq(uint256(registry.pki().version), 0);
    }

    function test_setPki_revertsForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.setPki(hex"01", hex"02", hex"03");
        }
        vm.assertEq(uint256(registry.pki().version), 0);
    }

    function testFuzz_setPki_sizes(uint16 caLen, uint16 keyLen, uint16 kmsLen) public {
        caLen = uint16(bound(caLen, 0, 4200));
        keyLen = uint16(bound(keyLen, 0, 300));
        kmsLen = uint16(bound(kmsLen, 0, 16500));
        bytes memory ca = _filled(caLen, 7);
        bytes memory key = _filled(keyLen, 8);
        bytes memory kms = _filled(kmsLen, 9);
        bytes memory err;
        if (caLen == 0) err = abi.encodeWithSelector(IRegistry.EmptyCaCertificate.selector);
        else if (keyLen == 0) err = abi.encodeWithSelector(IRegistry.EmptySecretsPublicKey.selector);
        else if (caLen > 4096) err = abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 0, caLen, 4096);
        else if (keyLen > 256) err = abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 1, keyLen, 256);
        else if (kmsLen > 16384) err = abi.encodeWithSelector(IRegistry.PkiFieldTooLarge.selector, 2, kmsLen, 16384);
        vm.prank(ADMIN);
        if (err.length != 0) vm.expectRevert(err);
        registry.setPki(ca, key, kms);
        IRegistry.Pki memory p = registry.pki();
        if (err.length != 0) {
            vm.assertEq(uint256(p.version), 0);
            return;
        }
        vm.assertEq(uint256(p.version), 1);
        vm.assertEq(p.caCertificate, ca);
        vm.assertEq(p.secretsPublicKey, key);
        vm.assertEq(p.kmsAttestation, kms);
    }

    /*//////////////////////////////////////////////////////////////
                                  PAUSE
    //////////////////////////////////////////////////////////////*/

    function test_pauseAndUnpause() public {
        vm.expectEmit(address(registry));
        emit Pausable.Paused(ADMIN);
        vm.prank(ADMIN);
        registry.pause();
        vm.assertTrue(registry.paused());

        vm.prank(ADMIN);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        registry.pause();

        vm.expectEmit(address(registry));
        emit Pausable.Unpaused(ADMIN);
        vm.prank(ADMIN);
        registry.unpause();
        vm.assertFalse(registry.paused());

        vm.prank(ADMIN);
        vm.expectRevert(Pausable.ExpectedPause.selector);
        registry.unpause();
    }

    function test_pauseAndUnpause_revertForNonAdmin() public {
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.pause();
        }
        vm.assertFalse(registry.paused());
        vm.prank(ADMIN);
        registry.pause();
        for (uint256 i; i < 4; ++i) {
            vm.prank(_nonAdmins()[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.unpause();
        }
        vm.assertTrue(registry.paused());
    }

    /// @dev Pause stops operators and writers, not the admin's governance.
    function test_pause_adminGovernanceStillWorks() public {
        vm.startPrank(ADMIN);
        registry.pause();
        registry.setInstanceTtl(2 days);
        registry.setTcbPolicy(1);
        registry.allowWorkload(W, C1);
        registry.setPki(hex"01", hex"02", "");
        registry.setQuoteVerifier(IQuoteVerifier(address(0)));
        vm.stopPrank();
        vm.assertEq(uint256(registry.instanceTtl()), 2 days);
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 1);
        vm.assertEq(registry.configHashOf(W), C1);
        vm.assertEq(uint256(registry.pki().version), 1);
    }

    /*//////////////////////////////////////////////////////////////
                               WORKLOAD ID
    //////////////////////////////////////////////////////////////*/

    function test_workloadIdOf_matchesReference() public view {
        IQuoteVerifier.TdReport memory r = _report("");
        vm.assertEq(registry.workloadIdOf(r), _workloadIdRef(r));
        // Fields outside the identity do not change it.
        r.mrOwner = hex"ff";
        r.mrOwnerConfig = hex"ee";
        r.teeTcbSvn = bytes16(uint128(7));
        r.reportData = hex"abcdef";
        vm.assertEq(registry.workloadIdOf(r), workloadId);
    }

    function testFuzz_workloadIdOf(bytes32 seed, uint8 field) public view {
        IQuoteVerifier.TdReport memory r = _report("");
        bytes memory m = abi.encodePacked(seed, bytes16(seed));
        field = field % 8;
        if (field == 0) r.mrTd = m;
        else if (field == 1) r.rtMr0 = m;
        else if (field == 2) r.rtMr1 = m;
        else if (field == 3) r.rtMr2 = m;
        else if (field == 4) r.rtMr3 = m;
        else if (field == 5) r.mrConfigId = m;
        else if (field == 6) r.xfam = bytes8(seed);
        else r.tdAttributes = bytes8(seed);
        bytes32 got = registry.workloadIdOf(r);
        vm.assertEq(got, _workloadIdRef(r));
        vm.assertEq(got == workloadId, _workloadIdRef(r) == _workloadIdRef(_report("")));
    }
}
