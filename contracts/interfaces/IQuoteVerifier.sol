// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title IQuoteVerifier
/// @notice Verifies an Intel TDX DCAP quote on chain and returns the attested TD report.
/// @dev A malformed quote reverts with the implementation's custom error. A well-formed quote
///      whose signatures, certificate chain or collateral do not check out returns a verdict with
///      `valid == false` and a short `failure` code, so callers can record why.
interface IQuoteVerifier {
    /// @notice Intel's TCB statuses, in the order of Intel's Quote Verification Library.
    enum TcbStatus {
        UpToDate,
        SWHardeningNeeded,
        ConfigurationNeeded,
        ConfigurationAndSWHardeningNeeded,
        OutOfDate,
        OutOfDateConfigurationNeeded,
        Revoked
    }

    /// @notice The fields of a TDX TD report (TDREPORT body) that a relying party uses.
    /// @dev The 48-byte measurement registers are `bytes` of length 48; `reportData` is 64 bytes.
    struct TdReport {
        bytes16 teeTcbSvn;
        bytes mrTd;
        bytes rtMr0;
        bytes rtMr1;
        bytes rtMr2;
        bytes rtMr3;
        bytes mrConfigId;
        bytes mrOwner;
        bytes mrOwnerConfig;
        bytes8 xfam;
        bytes8 tdAttributes;
        bytes reportData;
    }

    /// @notice The outcome of one verification.
    /// @param valid True when every signature, the certificate chain and the collateral verified.
    /// @param failure A short machine-readable reason when `valid` is false, zero otherwise.
    /// @param tcbStatus The TCB status of the platform, TDX module and QE combined.
    /// @param advisoryIds Intel security advisories that apply to the platform's TCB level.
    /// @param report The parsed TD report of the quote.
    struct Verdict {
        bool valid;
        bytes32 failure;
        TcbStatus tcbStatus;
        string[] advisoryIds;
        TdReport report;
    }

    /// @notice Verifies `quote` against the pinned root and the current on-chain collateral.
    /// @dev Not `view`: implementations may cache verified intermediate certificates.
    /// @param quote The raw quote as produced by the TD's quoting enclave (trailing padding allowed).
    /// @return verdict The verification outcome and the parsed TD report.
    function verifyQuote(bytes calldata quote) external returns (Verdict memory verdict);
}
