// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {SSTORE2} from "solady/utils/SSTORE2.sol";

import {IArtifactStore} from "./interfaces/IArtifactStore.sol";
import {IRegistry} from "./interfaces/IRegistry.sol";

/// @title ArtifactStore
/// @notice Content-addressed on-chain blobs. See {IArtifactStore}.
/// @dev Authority (admin, metadata writers, pause) is the registry's, so there is one place to
///      grant and revoke. Bytes live in SSTORE2 data contracts; the mapping holds their pointers.
contract ArtifactStore is IArtifactStore {
    /// @inheritdoc IArtifactStore
    uint256 public constant MAX_ARTIFACT_SIZE = 16 * 1024;

    /// @notice The registry whose admin and metadata writers may write here.
    IRegistry public immutable registry;

    mapping(bytes32 => address) internal _pointerOf;

    /// @param registry_ The registry that holds the roles.
    constructor(IRegistry registry_) {
        registry = registry_;
    }

    modifier onlyWriter() {
        if (msg.sender != registry.owner() && !registry.hasAnyRole(msg.sender, registry.METADATA_WRITER_ROLE())) {
            revert NotArtifactWriter();
        }
        if (registry.paused()) revert StorePaused();
        _;
    }

    /// @inheritdoc IArtifactStore
    function store(bytes calldata data) external onlyWriter returns (bytes32 hash) {
        if (data.length == 0) revert EmptyArtifact();
        if (data.length > MAX_ARTIFACT_SIZE) revert ArtifactTooLarge(data.length, MAX_ARTIFACT_SIZE);
        hash = sha256(data);
        if (_pointerOf[hash] != address(0)) revert ArtifactExists(hash);
        _pointerOf[hash] = SSTORE2.write(data);
        emit ArtifactStored(hash, msg.sender, data);
    }

    /// @inheritdoc IArtifactStore
    function remove(bytes32 hash) external onlyWriter {
        if (_pointerOf[hash] == address(0)) revert ArtifactNotFound(hash);
        delete _pointerOf[hash];
        emit ArtifactRemoved(hash, msg.sender);
    }

    /// @inheritdoc IArtifactStore
    function get(bytes32 hash) external view returns (bytes memory data) {
        address pointer = _pointerOf[hash];
        if (pointer == address(0)) revert ArtifactNotFound(hash);
        return SSTORE2.read(pointer);
    }

    /// @inheritdoc IArtifactStore
    function exists(bytes32 hash) external view returns (bool) {
        return _pointerOf[hash] != address(0);
    }
}
