// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title P256
/// @notice ECDSA secp256r1 (NIST P-256) verification through the EIP-7951 P256VERIFY precompile,
///         and SHA-256 over a byte range of a memory buffer (for signed DER structures).
/// @dev P256VERIFY (address 0x100, Osaka; same ABI as RIP-7212 on rollups) takes
///      hash ‖ r ‖ s ‖ x ‖ y (160 bytes) and returns the 32-byte word 1 on success and nothing
///      on failure. High-s signatures are valid (no malleability check): Intel's quote and
///      certificate signatures are not normalised.
library P256 {
    /// @dev The P256VERIFY precompile.
    address internal constant VERIFIER = address(0x100);

    /// @dev The byte range handed to `sha256` lies outside the buffer.
    error Sha256RangeOutOfBounds();
    /// @dev The SHA-256 precompile call failed (out of gas).
    error Sha256Failed();

    /// @notice Verifies an ECDSA P-256 signature over a 32-byte digest. Never reverts.
    /// @dev True iff the call succeeds and returns exactly the 32-byte word 1; a missing
    ///      precompile (empty account) or any rejection (empty output) gives false.
    /// @param hash The message digest (SHA-256 of the signed data).
    /// @param r Signature r.
    /// @param s Signature s (high s accepted).
    /// @param x Public key x.
    /// @param y Public key y.
    /// @return ok Whether the signature is valid.
    function verify(bytes32 hash, bytes32 r, bytes32 s, bytes32 x, bytes32 y) internal view returns (bool ok) {
        return verifyWith(VERIFIER, hash, r, s, x, y);
    }

    /// @notice `verify` through a verifier at another address with the P256VERIFY interface
    ///         (e.g. a Solidity fallback verifier on a chain without the precompile). Never reverts.
    /// @param verifier The verifier (precompile or contract).
    /// @param hash The message digest.
    /// @param r Signature r.
    /// @param s Signature s.
    /// @param x Public key x.
    /// @param y Public key y.
    /// @return ok Whether the verifier returned exactly the 32-byte word 1.
    function verifyWith(address verifier, bytes32 hash, bytes32 r, bytes32 s, bytes32 x, bytes32 y)
        internal
        view
        returns (bool ok)
    {
        /// @solidity memory-safe-assembly
        assembly {
            // Build the 160-byte input in free memory (not allocated: it is dead after the call).
            let m := mload(0x40)
            mstore(m, hash)
            mstore(add(m, 0x20), r)
            mstore(add(m, 0x40), s)
            mstore(add(m, 0x60), x)
            mstore(add(m, 0x80), y)
            mstore(0x00, 0)
            let success := staticcall(gas(), verifier, m, 0xa0, 0x00, 0x20)
            ok := and(and(success, eq(returndatasize(), 0x20)), eq(mload(0x00), 1))
        }
    }

    /// @notice SHA-256 of `data[start:start+length]`, hashed in place (no copy).
    /// @param data The buffer.
    /// @param start Offset of the first byte.
    /// @param length Number of bytes.
    /// @return h The digest.
    function sha256Range(bytes memory data, uint256 start, uint256 length) internal view returns (bytes32 h) {
        uint256 dataLength = data.length;
        if (start > dataLength || length > dataLength - start) revert Sha256RangeOutOfBounds();
        bool success;
        /// @solidity memory-safe-assembly
        assembly {
            success := staticcall(gas(), 0x02, add(add(data, 0x20), start), length, 0x00, 0x20)
            h := mload(0x00)
        }
        if (!success) revert Sha256Failed();
    }
}
