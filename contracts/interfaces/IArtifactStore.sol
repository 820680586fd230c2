// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title IArtifactStore
/// @notice Small blobs (configurations, encrypted secrets) stored on chain, addressed by sha256.
/// @dev Writers are the registry's admin and metadata writers; writes stop while the registry is
///      paused. Events carry the bytes so an indexer can mirror the store from events alone.
interface IArtifactStore {
    /// @notice `data` was stored under `hash = sha256(data)` by `writer`.
    event ArtifactStored(bytes32 indexed hash, address indexed writer, bytes data);
    /// @notice The artifact under `hash` was removed by `writer`.
    event ArtifactRemoved(bytes32 indexed hash, address indexed writer);

    error NotArtifactWriter();
    error StorePaused();
    error EmptyArtifact();
    error ArtifactTooLarge(uint256 size, uint256 max);
    error ArtifactExists(bytes32 hash);
    error ArtifactNotFound(bytes32 hash);

    /// @notice Stores `data`. Admin or metadata writer.
    /// @param data At most `MAX_ARTIFACT_SIZE` bytes.
    /// @return hash sha256(data), the artifact's address.
    function store(bytes calldata data) external returns (bytes32 hash);

    /// @notice Removes the artifact under `hash`. Admin or metadata writer.
    /// @param hash The artifact's sha256.
    function remove(bytes32 hash) external;

    /// @notice The bytes stored under `hash`; reverts with ArtifactNotFound when absent.
    /// @param hash The artifact's sha256.
    function get(bytes32 hash) external view returns (bytes memory data);

    /// @notice Whether an artifact is stored under `hash`.
    /// @param hash The artifact's sha256.
    function exists(bytes32 hash) external view returns (bool);

    /// @notice The largest artifact accepted, in bytes.
    function MAX_ARTIFACT_SIZE() external view returns (uint256);
}
