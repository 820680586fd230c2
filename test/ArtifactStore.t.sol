// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "./utils/Vm.sol";
import {RegistryFixture} from "./utils/RegistryFixture.sol";
import {ArtifactStore} from "../contracts/ArtifactStore.sol";
import {IArtifactStore} from "../contracts/interfaces/IArtifactStore.sol";
import {IRegistry} from "../contracts/interfaces/IRegistry.sol";

/// @notice ArtifactStore: content addressing, size bounds, and authority borrowed from the registry.
contract ArtifactStoreTest is RegistryFixture {
    bytes internal constant DATA = "teereg config v1";

    function test_constructor() public view {
        vm.assertEq(address(store.registry()), address(registry));
        vm.assertEq(store.MAX_ARTIFACT_SIZE(), 16 * 1024);
    }

    function test_store_byWriterAndAdmin() public {
        bytes32 h = sha256(DATA);
        vm.assertFalse(store.exists(h));
        vm.expectEmit(address(store));
        emit IArtifactStore.ArtifactStored(h, WRITER, DATA);
        vm.prank(WRITER);
        vm.assertEq(store.store(DATA), h);
        vm.assertTrue(store.exists(h));
        vm.assertEq(store.get(h), DATA);

        bytes memory other = hex"00ff00";
        bytes32 h2 = sha256(other);
        vm.expectEmit(address(store));
        emit IArtifactStore.ArtifactStored(h2, ADMIN, other);
        vm.prank(ADMIN);
        bytes32 got = store.store(other);
        vm.assertEq(got, h2);
        vm.assertEq(store.get(h2), other);
    }

    function test_store_sizeBounds() public {
        vm.startPrank(WRITER);
        vm.expectRevert(IArtifactStore.EmptyArtifact.selector);
        store.store("");
        bytes memory big = _filled(16 * 1024 + 1, 5);
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactTooLarge.selector, 16 * 1024 + 1, 16 * 1024));
        store.store(big);
        bytes memory max = _filled(16 * 1024, 5);
        bytes32 h = store.store(max);
        bytes memory one = hex"2a";
        bytes32 h1 = store.store(one);
        vm.stopPrank();
        vm.assertEq(store.get(h), max);
        vm.assertEq(store.get(h1), one);
    }

    function test_store_revertsWhenExists() public {
        vm.prank(WRITER);
        bytes32 h = store.store(DATA);
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactExists.selector, h));
        store.store(DATA);
    }

    function test_store_revertsForNonWriters() public {
        address[3] memory who = [OPERATOR, OPERATOR2, STRANGER];
        for (uint256 i; i < 3; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
            store.store(DATA);
        }
        vm.assertFalse(store.exists(sha256(DATA)));
    }

    function test_storeAndRemove_revertWhenRegistryPaused() public {
        vm.prank(WRITER);
        bytes32 h = store.store(DATA);
        vm.prank(ADMIN);
        registry.pause();
        address[2] memory who = [ADMIN, WRITER];
        for (uint256 i; i < 2; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(IArtifactStore.StorePaused.selector);
            store.store(hex"01");
            vm.prank(who[i]);
            vm.expectRevert(IArtifactStore.StorePaused.selector);
            store.remove(h);
        }
        // Authority is checked before the pause.
        vm.prank(STRANGER);
        vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
        store.store(hex"01");
        // Reads keep working, and writes resume after unpause.
        vm.assertEq(store.get(h), DATA);
        vm.prank(ADMIN);
        registry.unpause();
        vm.prank(WRITER);
        store.remove(h);
        vm.assertFalse(store.exists(h));
    }

    function test_remove() public {
        vm.prank(WRITER);
        bytes32 h = store.store(DATA);
        vm.expectEmit(address(store));
        emit IArtifactStore.ArtifactRemoved(h, ADMIN);
        vm.prank(ADMIN);
        store.remove(h);
        vm.assertFalse(store.exists(h));
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactNotFound.selector, h));
        store.get(h);

        // It can be stored again, by a writer this time, and removed by one.
        vm.prank(WRITER);
        store.store(DATA);
        vm.expectEmit(address(store));
        emit IArtifactStore.ArtifactRemoved(h, WRITER);
        vm.prank(WRITER);
        store.remove(h);
        vm.assertFalse(store.exists(h));
    }

    function test_remove_reverts() public {
        bytes32 h = sha256(DATA);
        vm.prank(WRITER);
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactNotFound.selector, h));
        store.remove(h);

        vm.prank(WRITER);
        store.store(DATA);
        address[3] memory who = [OPERATOR, OPERATOR2, STRANGER];
        for (uint256 i; i < 3; ++i) {
            vm.prank(who[i]);
            vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
            store.remove(h);
        }
        vm.assertTrue(store.exists(h));
    }

    function test_get_revertsWhenMissing() public {
        bytes32 h = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactNotFound.selector, h));
        store.get(h);
        vm.assertFalse(store.exists(h));
    }

    /// @dev Authority follows the registry: revoked writers and handed-over admins lose it.
    function test_authorityFollowsRegistry() public {
        vm.prank(ADMIN);
        registry.revokeRoles(WRITER, METADATA_WRITER_ROLE);
        vm.prank(WRITER);
        vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
        store.store(DATA);

        vm.prank(ADMIN);
        registry.grantRoles(STRANGER, METADATA_WRITER_ROLE);
        vm.prank(STRANGER);
        store.store(DATA);

        address newAdmin = address(0xB0B);
        vm.prank(newAdmin);
        registry.requestOwnershipHandover();
        vm.prank(ADMIN);
        registry.completeOwnershipHandover(newAdmin);
        vm.prank(ADMIN);
        vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
        store.store(hex"01");
        bytes32 h = sha256(DATA); // outside the prank: a precompile call would consume it
        vm.prank(newAdmin);
        store.remove(h);
        vm.assertFalse(store.exists(h));
    }

    /// @dev get(store(x)) == x and the address is sha256(x), for any storable x.
    function testFuzz_contentAddressing(bytes memory data) public {
        vm.assume(data.length > 0 && data.length <= 16 * 1024);
        vm.prank(WRITER);
        bytes32 h = store.store(data);
        vm.assertEq(h, sha256(data));
        vm.assertTrue(store.exists(h));
        vm.assertEq(store.get(h), data);
        vm.prank(WRITER);
        vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactExists.selector, h));
        store.store(data);
    }

    /// @dev Sizes around both bounds: accepted exactly within [1, MAX_ARTIFACT_SIZE].
    function testFuzz_sizeBounds(uint16 size, uint8 seed) public {
        size = uint16(bound(size, 0, 16 * 1024 + 64));
        bytes memory data = _filled(size, seed);
        vm.prank(WRITER);
        if (size == 0) {
            vm.expectRevert(IArtifactStore.EmptyArtifact.selector);
        } else if (size > 16 * 1024) {
            vm.expectRevert(abi.encodeWithSelector(IArtifactStore.ArtifactTooLarge.selector, size, 16 * 1024));
        }
        store.store(data);
        bool ok = size > 0 && size <= 16 * 1024;
        vm.assertEq(store.exists(sha256(data)), ok);
        if (ok) vm.assertEq(store.get(sha256(data)), data);
    }

    /// @dev Two distinct artifacts live side by side; removing one leaves the other intact.
    function testFuzz_independentArtifacts(bytes memory a, bytes memory b) public {
        vm.assume(a.length > 0 && b.length > 0 && a.length <= 4096 && b.length <= 4096);
        vm.assume(keccak256(a) != keccak256(b));
        vm.startPrank(WRITER);
        bytes32 ha = store.store(a);
        bytes32 hb = store.store(b);
        store.remove(ha);
        vm.stopPrank();
        vm.assertFalse(store.exists(ha));
        vm.assertEq(store.get(hb), b);
    }

    /// @dev Only the admin and metadata writers may write, for any caller.
    function testFuzz_onlyWriters(address caller) public {
        bool writer = caller == ADMIN || caller == WRITER;
        vm.prank(caller);
        if (!writer) vm.expectRevert(IArtifactStore.NotArtifactWriter.selector);
        store.store(DATA);
        vm.assertEq(store.exists(sha256(DATA)), writer);
    }
}
