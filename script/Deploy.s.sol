// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../test/utils/Vm.sol";
import {Registry} from "../contracts/Registry.sol";
import {ArtifactStore} from "../contracts/ArtifactStore.sol";
import {IQuoteVerifier} from "../contracts/interfaces/IQuoteVerifier.sol";
import {IRegistry} from "../contracts/interfaces/IRegistry.sol";

/// @notice Deploys the whole teereg system.
/// @dev Environment (all optional):
///      TEEREG_ADMIN          admin address (default: the broadcasting account)
///      TEEREG_QUOTE_VERIFIER quote verifier address (default: none; registration disabled until set)
///      TEEREG_INSTANCE_TTL   instance lifetime in seconds (default: 86400)
///      Run: forge script script/Deploy.s.sol --rpc-url $RPC --broadcast --private-key $KEY
contract Deploy {
    /// @notice Deploys the registry and the artifact store.
    /// @return registry The registry.
    /// @return artifacts The artifact store bound to the registry.
    function run() external returns (Registry registry, ArtifactStore artifacts) {
        vm.startBroadcast();
        (, address sender,) = vm.readCallers();
        address admin = vm.envOr("TEEREG_ADMIN", sender);
        IQuoteVerifier verifier = IQuoteVerifier(vm.envOr("TEEREG_QUOTE_VERIFIER", address(0)));
        uint64 ttl = uint64(vm.envOr("TEEREG_INSTANCE_TTL", uint256(1 days)));
        registry = new Registry(admin, verifier, ttl);
        artifacts = new ArtifactStore(IRegistry(address(registry)));
        vm.stopBroadcast();
    }
}
