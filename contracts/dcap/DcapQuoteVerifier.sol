// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../interfaces/IQuoteVerifier.sol";
import {DcapCollateralStore} from "./DcapCollateralStore.sol";
import {TdxQuote} from "./lib/TdxQuote.sol";
import {P256} from "./lib/P256.sol";
import {DcapPckChainVerifier} from "./DcapPckChainVerifier.sol";
import {TcbInfo} from "./lib/TcbInfo.sol";
import {QeIdentity} from "./lib/QeIdentity.sol";
import {TcbEvaluation} from "./lib/TcbEvaluation.sol";

/// @title DcapQuoteVerifier
/// @notice Verifies Intel TDX DCAP quotes (v4 and v5) entirely on chain, the way Intel's Quote
///         Verification Library does, against collateral held in a `DcapCollateralStore`.
/// @dev Steps: (1) parse the quote (malformed input reverts with TdxQuote's errors); (2) reject
///      debug TDs; (3) the quote signature over header ‖ body by the attestation key; (4) the QE
///      report binds the attestation key: sha256(key ‖ QE auth data) ‖ 0³² == QE report data;
///      (5) the PCK chain: root = the pinned root, the PCK CA verified against it (cached by hash in
///      the store) and not revoked by the root CA CRL, the leaf issued and signed by that CA, valid
///      now and not on the CA's CRL; (6) the QE report signature by the PCK leaf; (7) collateral
///      present and inside its window (issueDate ≤ now ≤ nextUpdate); (8) TCB evaluation
///      (`TcbEvaluation`). Every check from (2) on returns a verdict with a failure code instead
///      of reverting. All P-256 checks use the EIP-7951 precompile; high-s signatures are valid.
contract DcapQuoteVerifier is IQuoteVerifier {
    /// @notice The collateral this verifier trusts.
    DcapCollateralStore public immutable store;
    /// @notice The PCK certificate chain checker (a contract of its own for the code size limit).
    DcapPckChainVerifier public immutable pckChain;

    /// @param pckChain_ The PCK chain checker; its collateral store is this verifier's.
    constructor(DcapPckChainVerifier pckChain_) {
        pckChain = pckChain_;
        store = pckChain_.store();
    }

    /// @inheritdoc IQuoteVerifier
    function verifyQuote(bytes calldata quote) external returns (Verdict memory verdict) {
        TdxQuote.Quote memory p = TdxQuote.parse(quote);
        verdict.report = TdxQuote.tdReport(quote, p);
        if (uint8(verdict.report.tdAttributes[0]) & 1 != 0) return _reject(verdict, "DEBUG_TD");

        bytes32 digest = sha256(quote[:p.signedLength]);
        if (!P256.verify(digest, p.sigR, p.sigS, p.attestationKeyX, p.attestationKeyY)) {
            return _reject(verdict, "QUOTE_SIGNATURE");
        }
        TdxQuote.QeReport memory qe = TdxQuote.qeReport(quote, p);
        bytes32 binding = sha256(
            abi.encodePacked(p.attestationKeyX, p.attestationKeyY, quote[p.qeAuthOffset:p.qeAuthOffset + p.qeAuthLength])
        );
        if (binding != qe.reportDataLow || qe.reportDataHigh != bytes32(0)) return _reject(verdict, "QE_REPORT_DATA");

        (bytes32 failure, DcapPckChainVerifier.Pck memory pck) =
            pckChain.verifyPckChain(quote[p.pemOffset:p.pemOffset + p.pemLength]);
        if (failure != 0) return _reject(verdict, failure);
        digest = sha256(quote[p.qeReportOffset:p.qeReportOffset + TdxQuote.QE_REPORT_SIZE]);
        if (!P256.verify(digest, p.qeSigR, p.qeSigS, pck.keyX, pck.keyY)) {
            return _reject(verdict, "QE_REPORT_SIGNATURE");
        }

        TcbEvaluation.Result memory r;
        (failure, r) = _evaluate(pck.tcb, TdxQuote.seam(quote, p), qe);
        if (failure != 0) return _reject(verdict, failure);
        verdict.valid = true;
        verdict.tcbStatus = r.status;
        verdict.advisoryIds = TcbInfo.advisoryIds(r.advisoryIds);
    }

    /// @dev Steps 7 and 8: collateral windows and the TCB evaluation.
    function _evaluate(TcbEvaluation.PckTcb memory pck, TcbEvaluation.Seam memory seam, TdxQuote.QeReport memory qe)
        internal
        view
        returns (bytes32 failure, TcbEvaluation.Result memory r)
    {
        (bytes memory tcbBlob, uint64 issueDate, uint64 nextUpdate) = store.tcbInfoBlob(pck.fmspc);
        if (tcbBlob.length == 0) return ("TCB_INFO_MISSING", r);
        if (block.timestamp < issueDate || block.timestamp > nextUpdate) return ("TCB_INFO_EXPIRED", r);
        bytes memory qeBlob;
        (qeBlob, issueDate, nextUpdate) = store.qeIdentityBlob();
        if (qeBlob.length == 0) return ("QE_IDENTITY_MISSING", r);
        if (block.timestamp < issueDate || block.timestamp > nextUpdate) return ("QE_IDENTITY_EXPIRED", r);
        r = TcbEvaluation.evaluate(
            TcbInfo.decode(tcbBlob),
            QeIdentity.decode(qeBlob),
            pck,
            seam,
            TcbEvaluation.QeReport(qe.miscSelect, qe.attributes, qe.mrSigner, qe.isvProdId, qe.isvSvn)
        );
        failure = r.failure;
    }

    function _reject(Verdict memory verdict, bytes32 failure) internal pure returns (Verdict memory) {
        verdict.valid = false;
        verdict.failure = failure;
        return verdict;
    }
}
