// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title DnsLabel
/// @notice Validation of DNS host labels in their canonical, lower-case form.
library DnsLabel {
    /// @dev The longest label DNS allows (RFC 1035 §2.3.4).
    uint256 internal constant MAX_LENGTH = 63;

    /// @notice Whether `label` is a lower-case LDH label (RFC 1123 §2.1): 1 to 63 characters of
    ///         a-z, 0-9 and '-', not starting or ending with '-'.
    /// @dev Upper case is rejected rather than folded so that one name has one on-chain spelling.
    function isValid(string calldata label) internal pure returns (bool) {
        bytes calldata b = bytes(label);
        uint256 n = b.length;
        if (n == 0 || n > MAX_LENGTH) return false;
        if (b[0] == "-" || b[n - 1] == "-") return false;
        for (uint256 i; i < n; ++i) {
            bytes1 c = b[i];
            if (!((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-")) return false;
        }
        return true;
    }
}
