// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";

/// @notice Test double of the DCAP verifier: a "quote" is `abi.encode(Verdict)` and the verdict
///         it carries is returned as is. Lives only under test/; never deployed outside tests.
/// @dev Records every quote it returned a valid verdict for, so invariants can check that no
///      instance became active without a passing verifier call.
contract MockQuoteVerifier is IQuoteVerifier {
    mapping(bytes32 => bool) public passed;
    uint256 public calls;
    /// @notice When non-zero, every quote fails with this code (as after a CRL or collateral update).
    bytes32 public forcedFailure;

    /// @inheritdoc IQuoteVerifier
    function verifyQuote(bytes calldata quote) external returns (Verdict memory verdict) {
        verdict = abi.decode(quote, (Verdict));
        calls++;
        if (forcedFailure != bytes32(0)) {
            verdict.valid = false;
            verdict.failure = forcedFailure;
        }
        if (verdict.valid) passed[keccak256(quote)] = true;
    }

    /// @notice Makes every later verification fail with `failure` (zero restores the encoded verdicts).
    function setForcedFailure(bytes32 failure) external {
        forcedFailure = failure;
    }

    /// @notice Builds the quote bytes that make this double return `verdict`.
    function encode(Verdict memory verdict) external pure returns (bytes memory) {
        return abi.encode(verdict);
    }
}
