// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../interfaces/IQuoteVerifier.sol";
import {TcbInfo} from "./TcbInfo.sol";
import {QeIdentity} from "./QeIdentity.sol";

/// @title TcbEvaluation
/// @notice Intel's TDX TCB status evaluation, as Intel's Quote Verification Library performs it,
///         over a parsed TCB Info and TD_QE identity.
/// @dev Sources (intel/SGX-TDX-DCAP-QuoteVerificationLibrary, Src/AttestationLibrary/src/Verifiers/):
///      QuoteVerifier.cpp `verify` (steps 4.1.2.4.10, .11, .15, .17), Checks/TcbLevelCheck.cpp
///      (`matchTcbLevels`, `isCpuSvnHigherOrEqual`, `isTdxTcbHigherOrEqual`, `checkTcbLevel`,
///      `convergeTcbStatusWithQeTcbStatus`), Checks/TdxModuleCheck.cpp (`findTdxModuleIdentity`,
///      `checkTdxModuleTcbStatus`, `convergeTcbStatusWithTdxModuleStatus`), EnclaveReportVerifier.cpp
///      and EnclaveIdentityV2.cpp (`getTcbStatus`), TcbStatus.h (VALID_MODULE_TCB_STATUSES). Automata
///      DCAP v1.0/v1.1 (`TDXModuleBase`, V4/V5 TDX verifiers) port the same rules. Quotes are v4/v5
///      (QVL's module-identity path applies to quote versions above 3).
///
///      Order of checks, first failure wins (QVL's order):
///       1. FMSPC and PCEID of the PCK certificate equal the TCB Info's      else TCB_INFO_MISMATCH
///       2. TDX module identity (4.1.2.4.11). v = TEE_TCB_SVN[1]:
///          v == 0: expected MRSIGNER/attributes are the top-level `tdxModule`'s;
///          v  > 0: no `tdxModuleIdentities` at all                          → TCB_INFO_MISMATCH;
///                  the first identity with id "TDX_" + hex2(v), none        → TDX_MODULE_MISMATCH.
///          MR_SIGNER_SEAM must equal the expected MRSIGNER, and SEAM_ATTRIBUTES must be all zero
///          and equal the expected attributes                                 else TDX_MODULE_MISMATCH.
///          (The older QVL in intel/SGXDataCenterAttestationPrimitives compared SEAM_ATTRIBUTES &
///          attributesMask with attributes instead, Automata compares for equality; on every TCB
///          Info Intel publishes — attributes 0, mask all-ones — the rules agree.)
///       3. QE report vs identity (4.1.2.4.15): (MISCSELECT & mask) == miscselect, (ATTRIBUTES & mask)
///          == attributes, MRSIGNER, ISVPRODID equal                          else QE_IDENTITY_MISMATCH.
///          QE status: the first identity level (JSON order) with isvsvn <= ISVSVN: UpToDate → OK,
///          Revoked → REVOKED, any other → OUT_OF_DATE; none → NOT_SUPPORTED (reported in step 7).
///       4. Platform level (4.1.2.4.17.1-3), levels in descending order: the first level whose every
///          SGX component SVN and PCESVN are <= the PCK certificate's and whose every TDX component
///          SVN is <= TEE_TCB_SVN's — skipping TDX components 0 and 1 when TEE_TCB_SVN[1] > 0 (the
///          module SVNs are then judged by the module identity). None           → TCB_NOT_SUPPORTED.
///       5. Module status (4.1.2.4.17.4.1): v == 0 → UpToDate; else the identity's first level (by
///          descending isvsvn) with isvsvn <= TEE_TCB_SVN[0]; none                → TCB_NOT_SUPPORTED.
///       6. Converge platform with module status (`convergeTcbStatusWithTdxModuleStatus`); if the
///          result is Revoked it is final (QVL returns before the QE convergence).
///       7. Converge with the QE status (`convergeTcbStatusWithQeTcbStatus`); QE NOT_SUPPORTED →
///          TCB_NOT_SUPPORTED.
///      Convergence (module status m, QE status q, applied to the platform status t):
///        m or q OutOfDate: t UpToDate | SWHardeningNeeded                   → OutOfDate
///                          t ConfigurationNeeded | ConfigurationAndSWHardeningNeeded
///                                                                           → OutOfDateConfigurationNeeded
///                          t OutOfDate | OutOfDateConfigurationNeeded | Revoked → t
///        m or q Revoked:   → Revoked
///        m or q UpToDate:  → t
///      Not covered: TD 1.5 relaunch advice (4.1.2.4.17.4.3, v5 quotes with body type 3), whose
///      statuses (TDRelaunchAdvised…) are not in `IQuoteVerifier.TcbStatus`; such a quote is judged
///      by the rules above.
library TcbEvaluation {
    /// @notice Failure codes, named after Intel's QVL statuses.
    bytes32 internal constant TCB_INFO_MISMATCH = "TCB_INFO_MISMATCH";
    bytes32 internal constant TDX_MODULE_MISMATCH = "TDX_MODULE_MISMATCH";
    bytes32 internal constant QE_IDENTITY_MISMATCH = "QE_IDENTITY_MISMATCH";
    bytes32 internal constant TCB_NOT_SUPPORTED = "TCB_NOT_SUPPORTED";
    /// @dev Only reachable with structs not produced by the parsers (e.g. a module level status
    ///      other than UpToDate/OutOfDate/Revoked, which QVL rejects the same way).
    bytes32 internal constant TCB_UNRECOGNIZED_STATUS = "TCB_UNRECOGNIZED_STATUS";

    /// @notice The platform's TCB from the PCK certificate's SGX extension.
    struct PckTcb {
        bytes6 fmspc;
        bytes2 pceId;
        bytes16 sgxComponents; // byte i = SGX TCB component i+1 SVN (= CPUSVN byte i)
        uint16 pcesvn;
    }

    /// @notice The TDX module (SEAM) fields of the TD report (`TdxQuote.seam` reads them).
    struct Seam {
        bytes16 teeTcbSvn;
        bytes mrSignerSeam; // 48 bytes
        bytes8 seamAttributes;
    }

    /// @notice The QE report fields the QE identity judges (same names as TdxQuote.QeReport).
    /// @dev `miscSelect` and `attributes` in report byte order; `isvProdId`/`isvSvn` as numbers.
    struct QeReport {
        bytes4 miscSelect;
        bytes16 attributes;
        bytes32 mrSigner;
        uint16 isvProdId;
        uint16 isvSvn;
    }

    /// @notice The outcome of an evaluation.
    /// @param failure Zero when a status was determined, else one of the failure codes above; the
    ///        remaining fields then hold whatever was determined before the failure.
    /// @param status The converged TCB status (platform, TDX module and QE).
    /// @param platformStatus The matched platform level's own status.
    /// @param moduleStatus The matched TDX module identity level's status (UpToDate when
    ///        TEE_TCB_SVN[1] == 0).
    /// @param qeStatus The QE's status: UpToDate, OutOfDate or Revoked.
    /// @param levelIndex The index of the matched platform level in `info.levels`.
    /// @param advisoryIds The matched platform level's advisory IDs followed by those of the module
    ///        level not already listed, comma-joined (split with `TcbInfo.advisoryIds`).
    struct Result {
        bytes32 failure;
        IQuoteVerifier.TcbStatus status;
        IQuoteVerifier.TcbStatus platformStatus;
        IQuoteVerifier.TcbStatus moduleStatus;
        IQuoteVerifier.TcbStatus qeStatus;
        uint256 levelIndex;
        string advisoryIds;
    }

    /// @dev Mask of TDX components 2..15 (components 0 and 1 are the high 16 bits of the bytes16).
    uint128 private constant _SKIP_MODULE_SVNS = type(uint128).max >> 16;

    /// @notice Evaluates the TCB status of a TDX quote.
    /// @param info The TCB Info for the PCK certificate's FMSPC (parsed or decoded).
    /// @param qe The TD_QE identity.
    /// @param pck The PCK certificate's TCB.
    /// @param seam The TD report's TDX module fields.
    /// @param qeReport The QE report's fields.
    /// @return r The result; check `r.failure` first.
    function evaluate(
        TcbInfo.Info memory info,
        QeIdentity.Identity memory qe,
        PckTcb memory pck,
        Seam memory seam,
        QeReport memory qeReport
    ) internal pure returns (Result memory r) {
        // 1. (4.1.2.4.10)
        if (pck.fmspc != info.fmspc || pck.pceId != info.pceId) return _fail(r, TCB_INFO_MISMATCH);
        // 2. (4.1.2.4.11)
        (bytes32 failure, uint256 identity) = checkTdxModule(info, seam);
        if (failure != 0) return _fail(r, failure);
        // 3. (4.1.2.4.15)
        bool qeSupported;
        (failure, r.qeStatus, qeSupported) = qeStatus(qe, qeReport);
        if (failure != 0) return _fail(r, failure);
        // 4. (4.1.2.4.17.1-3)
        (bool found, uint256 index) = matchLevel(info.levels, pck, seam.teeTcbSvn);
        if (!found) return _fail(r, TCB_NOT_SUPPORTED);
        TcbInfo.Level memory level = info.levels[index];
        r.levelIndex = index;
        r.platformStatus = level.status;
        r.advisoryIds = level.advisoryIds;
        // 5. (4.1.2.4.17.4.1)
        if (identity != 0) {
            TcbInfo.ModuleLevel[] memory levels = info.moduleIdentities[identity - 1].levels;
            uint256 isvsvn = uint8(seam.teeTcbSvn[0]);
            uint256 j;
            while (j < levels.length && levels[j].isvsvn > isvsvn) ++j;
            if (j == levels.length) return _fail(r, TCB_NOT_SUPPORTED);
            r.moduleStatus = levels[j].status;
            if (
                r.moduleStatus != IQuoteVerifier.TcbStatus.UpToDate
                    && r.moduleStatus != IQuoteVerifier.TcbStatus.OutOfDate
                    && r.moduleStatus != IQuoteVerifier.TcbStatus.Revoked
            ) return _fail(r, TCB_UNRECOGNIZED_STATUS);
            r.advisoryIds = _join(r.advisoryIds, levels[j].advisoryIds);
        }
        // 6.
        IQuoteVerifier.TcbStatus s = converge(r.platformStatus, r.moduleStatus);
        // 7.
        if (s != IQuoteVerifier.TcbStatus.Revoked) {
            if (!qeSupported) return _fail(r, TCB_NOT_SUPPORTED);
            s = converge(s, r.qeStatus);
        }
        r.status = s;
    }

    /// @notice Step 2: checks MR_SIGNER_SEAM and SEAM_ATTRIBUTES against the expected TDX module.
    /// @param info The TCB Info.
    /// @param seam The TD report's TDX module fields.
    /// @return failure Zero, TCB_INFO_MISMATCH or TDX_MODULE_MISMATCH.
    /// @return identity 1 + the index of the matched module identity, or 0 when TEE_TCB_SVN[1] == 0.
    function checkTdxModule(TcbInfo.Info memory info, Seam memory seam)
        internal
        pure
        returns (bytes32 failure, uint256 identity)
    {
        uint8 version = uint8(seam.teeTcbSvn[1]);
        bytes memory mrsigner = info.tdxModule.mrsigner;
        bytes8 attributes = info.tdxModule.attributes;
        if (version != 0) {
            TcbInfo.ModuleIdentity[] memory ids = info.moduleIdentities;
            if (ids.length == 0) return (TCB_INFO_MISMATCH, 0);
            uint256 i;
            while (i < ids.length && ids[i].version != version) ++i;
            if (i == ids.length) return (TDX_MODULE_MISMATCH, 0);
            mrsigner = ids[i].mrsigner;
            attributes = ids[i].attributes;
            identity = i + 1;
        }
        if (keccak256(mrsigner) != keccak256(seam.mrSignerSeam)) return (TDX_MODULE_MISMATCH, 0);
        if (seam.seamAttributes != 0 || attributes != 0) return (TDX_MODULE_MISMATCH, 0);
    }

    /// @notice Step 3: judges the QE report against the QE identity.
    /// @param qe The TD_QE identity.
    /// @param report The QE report's fields.
    /// @return failure Zero or QE_IDENTITY_MISMATCH.
    /// @return status UpToDate, OutOfDate or Revoked (meaningful when `supported`).
    /// @return supported False when no identity level has isvsvn <= the QE's ISVSVN.
    function qeStatus(QeIdentity.Identity memory qe, QeReport memory report)
        internal
        pure
        returns (bytes32 failure, IQuoteVerifier.TcbStatus status, bool supported)
    {
        if (
            report.miscSelect & qe.miscselectMask != qe.miscselect
                || report.attributes & qe.attributesMask != qe.attributes || report.mrSigner != qe.mrsigner
                || report.isvProdId != qe.isvprodid
        ) return (QE_IDENTITY_MISMATCH, status, false);
        QeIdentity.Level[] memory levels = qe.levels;
        for (uint256 i; i < levels.length; ++i) {
            if (levels[i].isvsvn <= report.isvSvn) {
                status = levels[i].status;
                if (status != IQuoteVerifier.TcbStatus.UpToDate && status != IQuoteVerifier.TcbStatus.Revoked) {
                    status = IQuoteVerifier.TcbStatus.OutOfDate;
                }
                return (0, status, true);
            }
        }
    }

    /// @notice Step 4: the first platform level that the PCK TCB and TEE_TCB_SVN both reach.
    /// @param levels The platform levels, in descending order.
    /// @param pck The PCK certificate's TCB.
    /// @param teeTcbSvn The TD report's TEE_TCB_SVN.
    /// @return found Whether a level matched.
    /// @return index The matched level's index.
    function matchLevel(TcbInfo.Level[] memory levels, PckTcb memory pck, bytes16 teeTcbSvn)
        internal
        pure
        returns (bool found, uint256 index)
    {
        uint128 mask = teeTcbSvn[1] != 0 ? _SKIP_MODULE_SVNS : type(uint128).max;
        uint128 sgx = uint128(pck.sgxComponents);
        uint128 tee = uint128(teeTcbSvn);
        uint16 pcesvn = pck.pcesvn;
        for (uint256 i; i < levels.length; ++i) {
            TcbInfo.Level memory l = levels[i];
            if (
                pcesvn >= l.pcesvn && _allGe(sgx, uint128(l.sgxComponents))
                    && _allGe(tee, uint128(l.tdxComponents) & mask)
            ) return (true, i);
        }
    }

    /// @notice QVL's convergence of a TCB status `t` with a module or QE status `other`.
    /// @param t The platform (or already converged) status.
    /// @param other UpToDate, OutOfDate or Revoked.
    /// @return The converged status.
    function converge(IQuoteVerifier.TcbStatus t, IQuoteVerifier.TcbStatus other)
        internal
        pure
        returns (IQuoteVerifier.TcbStatus)
    {
        if (other == IQuoteVerifier.TcbStatus.OutOfDate) {
            if (t == IQuoteVerifier.TcbStatus.UpToDate || t == IQuoteVerifier.TcbStatus.SWHardeningNeeded) {
                return IQuoteVerifier.TcbStatus.OutOfDate;
            }
            if (
                t == IQuoteVerifier.TcbStatus.ConfigurationNeeded
                    || t == IQuoteVerifier.TcbStatus.ConfigurationAndSWHardeningNeeded
            ) return IQuoteVerifier.TcbStatus.OutOfDateConfigurationNeeded;
        }
        if (other == IQuoteVerifier.TcbStatus.Revoked) return IQuoteVerifier.TcbStatus.Revoked;
        return t;
    }

    /// @notice The advisory IDs of a result as an array (platform level's, then the module level's).
    /// @param r The result.
    /// @return The IDs.
    function advisoryIds(Result memory r) internal pure returns (string[] memory) {
        return TcbInfo.advisoryIds(r.advisoryIds);
    }

    /// @dev Sets `r.failure` and returns `r`.
    function _fail(Result memory r, bytes32 failure) private pure returns (Result memory) {
        r.failure = failure;
        return r;
    }

    /// @dev Whether every byte of `a` is >= the same byte of `b` (16 bytes, SWAR: each byte pair in
    ///      a 16-bit lane holding 0x100 + a_i - b_i, whose bit 8 is set iff a_i >= b_i; no borrows).
    function _allGe(uint128 a, uint128 b) private pure returns (bool) {
        uint256 m = 0x00ff00ff00ff00ff00ff00ff00ff00ff;
        uint256 h = 0x01000100010001000100010001000100;
        uint256 even = ((uint256(a) & m) | h) - (uint256(b) & m);
        uint256 odd = (((uint256(a) >> 8) & m) | h) - ((uint256(b) >> 8) & m);
        return even & odd & h == h;
    }

    /// @dev `a` followed by the IDs of `b` that are not in `a` (both compact, comma-joined).
    function _join(string memory a, string memory b) private pure returns (string memory) {
        if (bytes(b).length == 0) return a;
        if (bytes(a).length == 0) return b;
        string[] memory ids = TcbInfo.advisoryIds(b);
        bytes memory haystack = bytes.concat(",", bytes(a), ",");
        bytes memory out = bytes(a);
        for (uint256 i; i < ids.length; ++i) {
            if (!_contains(haystack, bytes.concat(",", bytes(ids[i]), ","))) {
                out = bytes.concat(out, ",", bytes(ids[i]));
            }
        }
        return string(out);
    }

    /// @dev Whether `needle` occurs in `haystack`.
    function _contains(bytes memory haystack, bytes memory needle) private pure returns (bool) {
        uint256 n = needle.length;
        if (n > haystack.length) return false;
        bytes32 h = keccak256(needle);
        for (uint256 i; i + n <= haystack.length; ++i) {
            bytes32 w;
            /// @solidity memory-safe-assembly
            assembly {
                w := keccak256(add(add(haystack, 0x20), i), n)
            }
            if (w == h) return true;
        }
        return false;
    }
}
