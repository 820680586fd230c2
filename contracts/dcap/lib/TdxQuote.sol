// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../interfaces/IQuoteVerifier.sol";
import {TcbEvaluation} from "./TcbEvaluation.sol";

/// @title TdxQuote
/// @notice Parses Intel TDX DCAP quotes, versions 4 and 5, in place in calldata.
/// @dev Layout (Intel TDX DCAP Quote Generation Library, "Quote Format"): a 48-byte header;
///      v5 then has a body descriptor (uint16 type, uint32 size); the TD report body (584 bytes
///      for TDX 1.0, type 2; 648 bytes for TDX 1.5, type 3); uint32 signature data length; the
///      signature data: ECDSA quote signature (64), attestation key (64), certification data
///      type 6 (QE report certification data: QE report 384, QE report signature 64, uint16 QE
///      authentication data size and data, certification data type 5: the PCK chain in PEM).
///      Integers are little-endian. Bytes after the signature data (padding) are ignored.
///      Offsets returned are absolute offsets into the quote.
library TdxQuote {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    uint16 internal constant ATTESTATION_KEY_ECDSA_P256 = 2;
    uint32 internal constant TEE_TYPE_TDX = 0x81;
    bytes16 internal constant INTEL_QE_VENDOR_ID = 0x939a7233f79c4ca9940a0db3957f0607;
    uint256 internal constant HEADER_SIZE = 48;
    uint16 internal constant BODY_TYPE_TDX10 = 2;
    uint16 internal constant BODY_TYPE_TDX15 = 3;
    uint256 internal constant TD_REPORT10_SIZE = 584;
    uint256 internal constant TD_REPORT15_SIZE = 648;
    uint256 internal constant QE_REPORT_SIZE = 384;
    uint16 internal constant CERT_DATA_QE_REPORT = 6;
    uint16 internal constant CERT_DATA_PCK_CHAIN = 5;

    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Where the parts of a quote are.
    struct Quote {
        uint16 version;
        uint16 bodyType;
        uint256 bodyOffset;
        /// @dev header ‖ [descriptor] ‖ body: the bytes the quote signature covers.
        uint256 signedLength;
        bytes32 sigR;
        bytes32 sigS;
        bytes32 attestationKeyX;
        bytes32 attestationKeyY;
        uint256 qeReportOffset;
        bytes32 qeSigR;
        bytes32 qeSigS;
        uint256 qeAuthOffset;
        uint256 qeAuthLength;
        uint256 pemOffset;
        uint256 pemLength;
    }

    /// @notice The fields of the quoting enclave's SGX report body.
    struct QeReport {
        bytes16 cpuSvn;
        bytes4 miscSelect;
        bytes16 attributes;
        bytes32 mrEnclave;
        bytes32 mrSigner;
        uint16 isvProdId;
        uint16 isvSvn;
        bytes32 reportDataLow;
        bytes32 reportDataHigh;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    error QuoteTruncated(uint256 needed, uint256 length);
    error UnsupportedQuoteVersion(uint16 version);
    error UnsupportedAttestationKeyType(uint16 keyType);
    error NotTdxQuote(uint32 teeType);
    error UnknownQeVendor(bytes16 vendorId);
    error UnsupportedBodyType(uint16 bodyType);
    error BodySizeMismatch(uint16 bodyType, uint32 size);
    error UnexpectedCertificationDataType(uint16 found, uint16 expected);
    error CertificationDataOverrun();
    error SignatureDataSizeMismatch();

    /*//////////////////////////////////////////////////////////////
                                PARSING
    //////////////////////////////////////////////////////////////*/

    /// @notice Parses the structure of `q`; reverts with a specific error on malformed input.
    /// @dev Checks sizes and types only; no signature is verified here.
    function parse(bytes calldata q) internal pure returns (Quote memory p) {
        uint256 n = q.length;
        _need(HEADER_SIZE, n);
        p.version = _le16(q, 0);
        if (p.version != 4 && p.version != 5) revert UnsupportedQuoteVersion(p.version);
        uint16 keyType = _le16(q, 2);
        if (keyType != ATTESTATION_KEY_ECDSA_P256) revert UnsupportedAttestationKeyType(keyType);
        uint32 teeType = _le32(q, 4);
        if (teeType != TEE_TYPE_TDX) revert NotTdxQuote(teeType);
        bytes16 vendor = bytes16(q[12:28]);
        if (vendor != INTEL_QE_VENDOR_ID) revert UnknownQeVendor(vendor);

        uint256 bodySize;
        if (p.version == 4) {
            p.bodyType = BODY_TYPE_TDX10;
            p.bodyOffset = HEADER_SIZE;
            bodySize = TD_REPORT10_SIZE;
        } else {
            _need(HEADER_SIZE + 6, n);
            p.bodyType = _le16(q, HEADER_SIZE);
            uint32 size = _le32(q, HEADER_SIZE + 2);
            if (p.bodyType == BODY_TYPE_TDX10) bodySize = TD_REPORT10_SIZE;
            else if (p.bodyType == BODY_TYPE_TDX15) bodySize = TD_REPORT15_SIZE;
            else revert UnsupportedBodyType(p.bodyType);
            if (size != bodySize) revert BodySizeMismatch(p.bodyType, size);
            p.bodyOffset = HEADER_SIZE + 6;
        }
        p.signedLength = p.bodyOffset + bodySize;

        // Signature data: its declared length bounds everything after; the rest is padding.
        uint256 off = p.signedLength;
        _need(off + 4, n);
        uint256 sigEnd = off + 4 + _le32(q, off);
        _need(sigEnd, n);
        off += 4;
        _need(off + 128 + 6, sigEnd);
        p.sigR = bytes32(q[off:off + 32]);
        p.sigS = bytes32(q[off + 32:off + 64]);
        p.attestationKeyX = bytes32(q[off + 64:off + 96]);
        p.attestationKeyY = bytes32(q[off + 96:off + 128]);
        off += 128;
        uint256 qeEnd;
        (off, qeEnd) = _certificationData(q, off, sigEnd, CERT_DATA_QE_REPORT);

        // QE report certification data.
        _need(off + QE_REPORT_SIZE + 64 + 2, qeEnd);
        p.qeReportOffset = off;
        off += QE_REPORT_SIZE;
        p.qeSigR = bytes32(q[off:off + 32]);
        p.qeSigS = bytes32(q[off + 32:off + 64]);
        off += 64;
        p.qeAuthLength = _le16(q, off);
        p.qeAuthOffset = off + 2;
        off = p.qeAuthOffset + p.qeAuthLength;
        _need(off + 6, qeEnd);
        uint256 pemEnd;
        (p.pemOffset, pemEnd) = _certificationData(q, off, qeEnd, CERT_DATA_PCK_CHAIN);
        p.pemLength = pemEnd - p.pemOffset;
        // Exact framing: the declared sizes must add up, so no byte of the signature data is
        // left unaccounted for (only the padding after it is ignored).
        if (pemEnd != qeEnd || qeEnd != sigEnd) revert SignatureDataSizeMismatch();
    }

    /// @notice The TD report fields of the quote.
    function tdReport(bytes calldata q, Quote memory p) internal pure returns (IQuoteVerifier.TdReport memory r) {
        uint256 b = p.bodyOffset;
        r.teeTcbSvn = bytes16(q[b:b + 16]);
        r.tdAttributes = bytes8(q[b + 120:b + 128]);
        r.xfam = bytes8(q[b + 128:b + 136]);
        r.mrTd = q[b + 136:b + 184];
        r.mrConfigId = q[b + 184:b + 232];
        r.mrOwner = q[b + 232:b + 280];
        r.mrOwnerConfig = q[b + 280:b + 328];
        r.rtMr0 = q[b + 328:b + 376];
        r.rtMr1 = q[b + 376:b + 424];
        r.rtMr2 = q[b + 424:b + 472];
        r.rtMr3 = q[b + 472:b + 520];
        r.reportData = q[b + 520:b + 584];
    }

    /// @notice The TDX module (SEAM) fields of the TD report, as TCB evaluation takes them.
    function seam(bytes calldata q, Quote memory p) internal pure returns (TcbEvaluation.Seam memory s) {
        uint256 b = p.bodyOffset;
        s.teeTcbSvn = bytes16(q[b:b + 16]);
        s.mrSignerSeam = q[b + 64:b + 112];
        s.seamAttributes = bytes8(q[b + 112:b + 120]);
    }

    /// @notice The TD attributes (bit 0 of the first byte: DEBUG).
    function tdAttributes(bytes calldata q, Quote memory p) internal pure returns (bytes8) {
        return bytes8(q[p.bodyOffset + 120:p.bodyOffset + 128]);
    }

    /// @notice The quoting enclave's report.
    function qeReport(bytes calldata q, Quote memory p) internal pure returns (QeReport memory r) {
        uint256 o = p.qeReportOffset;
        r.cpuSvn = bytes16(q[o:o + 16]);
        r.miscSelect = bytes4(q[o + 16:o + 20]);
        r.attributes = bytes16(q[o + 48:o + 64]);
        r.mrEnclave = bytes32(q[o + 64:o + 96]);
        r.mrSigner = bytes32(q[o + 128:o + 160]);
        r.isvProdId = _le16(q, o + 256);
        r.isvSvn = _le16(q, o + 258);
        r.reportDataLow = bytes32(q[o + 320:o + 352]);
        r.reportDataHigh = bytes32(q[o + 352:o + 384]);
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    /// @dev Reads a certification data header (uint16 type, uint32 size) at `off`, checks the
    ///      type and that the data fits before `end`; returns where the data starts and ends.
    function _certificationData(bytes calldata q, uint256 off, uint256 end, uint16 expected)
        private
        pure
        returns (uint256 start, uint256 stop)
    {
        uint16 kind = _le16(q, off);
        if (kind != expected) revert UnexpectedCertificationDataType(kind, expected);
        start = off + 6;
        stop = start + _le32(q, off + 2);
        if (stop > end) revert CertificationDataOverrun();
    }

    function _need(uint256 needed, uint256 length) private pure {
        if (needed > length) revert QuoteTruncated(needed, length);
    }

    function _le16(bytes calldata q, uint256 off) private pure returns (uint16) {
        return uint16(uint8(q[off])) | (uint16(uint8(q[off + 1])) << 8);
    }

    function _le32(bytes calldata q, uint256 off) private pure returns (uint32) {
        return uint32(uint8(q[off])) | (uint32(uint8(q[off + 1])) << 8) | (uint32(uint8(q[off + 2])) << 16)
            | (uint32(uint8(q[off + 3])) << 24);
    }
}
