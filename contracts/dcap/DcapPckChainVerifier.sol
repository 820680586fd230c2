// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {DcapCollateralStore} from "./DcapCollateralStore.sol";
import {Pem} from "./lib/Pem.sol";
import {X509} from "./lib/X509.sol";
import {PckExtension} from "./lib/PckExtension.sol";
import {TcbEvaluation} from "./lib/TcbEvaluation.sol";

/// @title DcapPckChainVerifier
/// @notice Step 5 of DCAP quote verification: the PCK certificate chain. See `DcapQuoteVerifier`.
contract DcapPckChainVerifier {
    /// @notice The collateral store holding the pinned root, cached CAs and CRLs.
    DcapCollateralStore public immutable store;

    /// @notice What the PCK chain yields for the rest of the verification.
    struct Pck {
        bytes32 keyX;
        bytes32 keyY;
        TcbEvaluation.PckTcb tcb;
    }

    /// @notice Bytes other than line breaks or NUL follow the third certificate.
    error TrailingChainData();

    /// @param store_ The collateral store.
    constructor(DcapCollateralStore store_) {
        store = store_;
    }

    /// @notice Checks a quote's PCK chain (PEM: leaf, PCK CA, root) against the pinned root and the
    ///         stored CRLs, caching the CA in the store. Anyone.
    /// @dev Malformed PEM or certificates revert with the libraries' errors; a chain that is
    ///      well-formed but untrusted, expired or revoked returns a failure code.
    /// @param pemChain The certification data (type 5) of the quote.
    /// @return failure Zero when the chain is trusted, else a short reason.
    /// @return pck The leaf's key and the platform TCB from its SGX extension.
    function verifyPckChain(bytes calldata pemChain) external returns (bytes32 failure, Pck memory pck) {
        bytes memory pem = pemChain;
        (bytes memory leafDer, uint256 next) = Pem.decodeCertificateAt(pem, 0, pem.length);
        (bytes memory caDer, uint256 rest) = Pem.decodeCertificateAt(pem, next, pem.length);
        (bytes memory rootDer, uint256 end) = Pem.decodeCertificateAt(pem, rest, pem.length);
        // After the root only line breaks and the NUL terminator some quotes carry may follow.
        for (uint256 i = end; i < pem.length; ++i) {
            bytes1 c = pem[i];
            if (c != 0x0a && c != 0x0d && c != 0x00) revert TrailingChainData();
        }
        if (sha256(rootDer) != store.ROOT_CA_HASH()) return ("PCK_CHAIN_ROOT", pck);

        bytes32 caHash;
        try store.verifyIntermediate(caDer) returns (bytes32 h) {
            caHash = h;
        } catch {
            return ("PCK_CA_UNTRUSTED", pck);
        }
        DcapCollateralStore.Intermediate memory ca = store.intermediate(caHash);
        if (!ca.isCa) return ("PCK_CA_UNTRUSTED", pck);

        X509.Certificate memory leaf = X509.parse(leafDer);
        if (leaf.issuerHash != ca.subjectHash) return ("PCK_ISSUER_MISMATCH", pck);
        if (!X509.verifySignedBy(leaf, ca.pubKeyX, ca.pubKeyY)) return ("PCK_SIGNATURE", pck);
        if (!X509.isValidAt(leaf, block.timestamp)) return ("PCK_EXPIRED", pck);

        (uint64 thisUpdate, uint64 nextUpdate,,) = store.crlOf(ca.subjectHash);
        if (nextUpdate == 0) return ("PCK_CRL_MISSING", pck);
        if (block.timestamp < thisUpdate || block.timestamp > nextUpdate) return ("PCK_CRL_EXPIRED", pck);
        if (store.isRevoked(ca.subjectHash, leaf.serialNumber)) return ("PCK_REVOKED", pck);
        (thisUpdate, nextUpdate,,) = store.crlOf(store.ROOT_SUBJECT_HASH());
        if (block.timestamp < thisUpdate || block.timestamp > nextUpdate) return ("ROOT_CRL_EXPIRED", pck);

        PckExtension.PckInfo memory info = PckExtension.parse(leafDer, leaf);
        pck.keyX = leaf.pubKeyX;
        pck.keyY = leaf.pubKeyY;
        pck.tcb.fmspc = info.fmspc;
        pck.tcb.pceId = info.pceId;
        pck.tcb.pcesvn = info.pceSvn;
        bytes16 svns;
        for (uint256 i; i < 16; ++i) {
            svns |= bytes16(bytes1(info.tcbCompSvns[i])) >> (8 * i);
        }
        pck.tcb.sgxComponents = svns;
    }
}
