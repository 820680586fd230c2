// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Test} from "./utils/Test.sol";
import {vm} from "./utils/Vm.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {Registry} from "../contracts/Registry.sol";
import {ArtifactStore} from "../contracts/ArtifactStore.sol";

/// @notice The deploy script wires the system as documented.
contract DeployTest is Test {
    /// @dev Foundry's default broadcaster when no key or --sender is given.
    address internal constant DEFAULT_SENDER = 0x1804c8AB1F12E6bbf3894d4083f33e07309d1f38;

    /// @dev One test function on purpose: the environment is process-wide and forge runs test
    ///      functions in parallel, so the defaults and the overrides are checked in sequence.
    function test_run_defaultsThenEnvironment() public {
        // Defaults: the broadcaster is the admin, no verifier, one-day TTL.
        (Registry registry, ArtifactStore artifacts) = new Deploy().run();
        _checkWiring(registry, artifacts);
        vm.assertEq(registry.owner(), DEFAULT_SENDER, "admin defaults to the broadcaster");
        vm.assertEq(address(registry.quoteVerifier()), address(0), "no verifier by default");
        vm.assertEq(uint256(registry.instanceTtl()), 86400, "default ttl");

        // Overrides from the environment.
        vm.setEnv("TEEREG_ADMIN", "0x000000000000000000000000000000000000a11c");
        vm.setEnv("TEEREG_QUOTE_VERIFIER", "0x000000000000000000000000000000000000fe11");
        vm.setEnv("TEEREG_INSTANCE_TTL", "3600");
        (Registry r2, ArtifactStore a2) = new Deploy().run();
        _checkWiring(r2, a2);
        vm.assertEq(r2.owner(), address(0xa11c));
        vm.assertEq(address(r2.quoteVerifier()), address(0xfe11));
        vm.assertEq(uint256(r2.instanceTtl()), 3600);
        vm.assertTrue(address(r2) != address(registry), "a second deployment");

        // An out-of-range TTL aborts the deployment.
        vm.setEnv("TEEREG_INSTANCE_TTL", "59");
        Deploy d = new Deploy();
        vm.expectRevert(abi.encodeWithSelector(bytes4(keccak256("InvalidTtl(uint64)")), uint64(59)));
        d.run();
        vm.setEnv("TEEREG_INSTANCE_TTL", "86400");
    }

    function _checkWiring(Registry registry, ArtifactStore artifacts) internal view {
        vm.assertTrue(address(registry).code.length > 0, "registry deployed");
        vm.assertTrue(address(artifacts).code.length > 0, "artifact store deployed");
        vm.assertEq(address(artifacts.registry()), address(registry), "store bound to the registry");
        vm.assertEq(uint256(registry.acceptedTcbStatuses()), 3, "default TCB policy");
        vm.assertFalse(registry.paused());
        vm.assertEq(uint256(registry.pki().version), 0);
        vm.assertEq(registry.storageBackends().length, 0);
    }
}
