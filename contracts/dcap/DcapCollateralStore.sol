// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {SSTORE2} from "solady/utils/SSTORE2.sol";

import {X509} from "./lib/X509.sol";
import {Crl} from "./lib/Crl.sol";
import {P256} from "./lib/P256.sol";
import {DcapCollateralParser} from "./DcapCollateralParser.sol";

/// @title DcapCollateralStore
/// @notice Intel DCAP collateral on chain: verified intermediate CA certificates, the root CA CRL,
///         PCK CRLs, TDX TCB Info per FMSPC and the TD_QE identity. Anyone may upload; every upload
///         is verified against the pinned root CA before it is stored, and newer collateral
///         supersedes older.
/// @dev The root is pinned at deployment by its certificate (its SHA-256 is `ROOT_CA_HASH`): Intel's
///      SGX Root CA in production, a dev root on devnets. Parsed collateral is kept in SSTORE2 so the
///      verifier loads it cheaply. Every change emits an event with the uploaded bytes.
contract DcapCollateralStore {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice An intermediate CA certificate verified against the root.
    struct Intermediate {
        bytes32 pubKeyX;
        bytes32 pubKeyY;
        bytes32 subjectHash;
        uint256 serialNumber;
        uint64 notBefore;
        uint64 notAfter;
        bool isCa;
        bool canSignData;
    }

    /// @notice The current CRL of one issuer.
    struct CrlState {
        uint64 thisUpdate;
        uint64 nextUpdate;
        uint32 epoch;
        uint32 revokedCount;
    }

    /// @notice Where a piece of signed JSON collateral is and when it is valid.
    struct JsonCollateral {
        uint32 tcbEvaluationDataNumber;
        uint64 issueDate;
        uint64 nextUpdate;
        address blob; // SSTORE2 pointer of the packed parsed form
    }

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    event IntermediateVerified(bytes32 indexed derHash, bytes32 indexed subjectHash, uint256 serialNumber);
    event CrlUpdated(bytes32 indexed issuerSubjectHash, uint64 thisUpdate, uint64 nextUpdate, bytes crl);
    event TcbInfoUpdated(
        bytes6 indexed fmspc, uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string tcbInfo
    );
    event QeIdentityUpdated(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string qeIdentity);

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    error RootCertificateInvalid();
    error NotIssuedByRoot();
    error IssuerNotCa();
    error SignerCannotSign();
    error IntermediateNotValidNow();
    error IntermediateRevoked(uint256 serialNumber);
    error RootCrlMissing();
    error UnknownIntermediate(bytes32 derHash);
    error CrlNotValidNow(uint64 thisUpdate, uint64 nextUpdate);
    error CrlNotNewer(uint64 thisUpdate, uint64 current);
    error TooManyRevokedSerials(uint256 count);
    error InvalidCollateralSignature();
    error CollateralNotValidNow(uint64 issueDate, uint64 nextUpdate);
    error CollateralNotNewer(uint32 tcbEvaluationDataNumber, uint64 issueDate);

    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice The most revoked serials one CRL may carry (Intel's PCK CRLs hold tens).
    uint256 public constant MAX_REVOKED = 1024;

    /// @notice The JSON collateral parser.
    DcapCollateralParser public immutable parser;
    /// @notice SHA-256 of the pinned root CA certificate (DER).
    bytes32 public immutable ROOT_CA_HASH;
    bytes32 internal immutable _rootKeyX;
    bytes32 internal immutable _rootKeyY;
    /// @notice keccak256 of the root's subject Name; CRLs issued by the root are filed under it.
    bytes32 public immutable ROOT_SUBJECT_HASH;
    uint256 internal immutable _rootNotAfter;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @notice keccak256(DER) => verified intermediate CA certificate.
    mapping(bytes32 => Intermediate) internal _intermediates;
    /// @notice issuer subject hash => its current CRL.
    mapping(bytes32 => CrlState) public crlOf;
    /// @dev issuer subject hash => epoch => serial => revoked.
    mapping(bytes32 => mapping(uint32 => mapping(uint256 => bool))) internal _revoked;
    /// @notice FMSPC => TDX TCB Info.
    mapping(bytes6 => JsonCollateral) public tcbInfoOf;
    /// @notice The TD_QE identity.
    JsonCollateral public qeIdentity;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param rootCaDer The root CA certificate to pin (self-signed P-256 CA).
    /// @param parser_ The collateral JSON parser.
    constructor(bytes memory rootCaDer, DcapCollateralParser parser_) {
        parser = parser_;
        X509.Certificate memory root = X509.parse(rootCaDer);
        if (!root.isCa || root.issuerHash != root.subjectHash || !X509.verifySignedBy(root, root.pubKeyX, root.pubKeyY))
        {
            revert RootCertificateInvalid();
        }
        ROOT_CA_HASH = sha256(rootCaDer);
        ROOT_SUBJECT_HASH = root.subjectHash;
        _rootKeyX = root.pubKeyX;
        _rootKeyY = root.pubKeyY;
        _rootNotAfter = root.notAfter;
    }

    /*//////////////////////////////////////////////////////////////
                                 UPLOADS
    //////////////////////////////////////////////////////////////*/

    /// @notice Verifies an intermediate CA certificate (PCK Platform/Processor CA, TCB Signing)
    ///         against the pinned root and the root CA CRL, and caches it. Anyone.
    /// @param der The certificate.
    /// @return derHash keccak256(der), the cache key.
    function verifyIntermediate(bytes calldata der) external returns (bytes32 derHash) {
        return _verifyIntermediate(der);
    }

    /// @notice Stores a CRL issued by the root (the root CA CRL) or by a cached intermediate (a PCK
    ///         CRL). It must verify, be valid now, and be newer than the stored one. Anyone.
    /// @param der The CRL.
    /// @param issuerDer The issuing intermediate's certificate; empty for the root CA CRL.
    function uploadCrl(bytes calldata der, bytes calldata issuerDer) external {
        Crl.CertificateList memory crl = Crl.parse(der);
        bytes32 issuer;
        if (issuerDer.length == 0) {
            if (crl.issuerHash != ROOT_SUBJECT_HASH) revert NotIssuedByRoot();
            if (!Crl.verifySignedBy(crl, _rootKeyX, _rootKeyY)) revert InvalidCollateralSignature();
            issuer = ROOT_SUBJECT_HASH;
        } else {
            Intermediate memory ca = _intermediates[_verifyIntermediate(issuerDer)];
            if (!ca.isCa) revert IssuerNotCa();
            if (crl.issuerHash != ca.subjectHash) revert Crl.CrlIssuerMismatch();
            if (!Crl.verifySignedBy(crl, ca.pubKeyX, ca.pubKeyY)) revert InvalidCollateralSignature();
            issuer = ca.subjectHash;
        }
        if (!Crl.isValidAt(crl, block.timestamp)) {
            revert CrlNotValidNow(uint64(crl.thisUpdate), uint64(crl.nextUpdate));
        }
        CrlState storage state = crlOf[issuer];
        if (state.nextUpdate != 0 && crl.thisUpdate <= state.thisUpdate) {
            revert CrlNotNewer(uint64(crl.thisUpdate), state.thisUpdate);
        }
        uint256 n = crl.revokedSerials.length;
        if (n > MAX_REVOKED) revert TooManyRevokedSerials(n);
        uint32 epoch = state.epoch + 1;
        mapping(uint256 => bool) storage revoked = _revoked[issuer][epoch];
        for (uint256 i; i < n; ++i) {
            revoked[crl.revokedSerials[i]] = true;
        }
        crlOf[issuer] = CrlState({
            thisUpdate: uint64(crl.thisUpdate),
            nextUpdate: uint64(crl.nextUpdate),
            epoch: epoch,
            revokedCount: uint32(n)
        });
        emit CrlUpdated(issuer, uint64(crl.thisUpdate), uint64(crl.nextUpdate), der);
    }

    /// @notice Stores a TDX TCB Info signed by the TCB Signing certificate. It must be valid now
    ///         and newer than the stored one for its FMSPC (a higher tcbEvaluationDataNumber, or the
    ///         same one issued later). Anyone.
    /// @param json The exact TCB Info JSON body Intel signed.
    /// @param signature Raw r ‖ s over sha256(json).
    /// @param signerDer The TCB Signing certificate.
    function uploadTcbInfo(string calldata json, bytes calldata signature, bytes calldata signerDer) external {
        _checkJsonSignature(json, signature, signerDer);
        DcapCollateralParser.Parsed memory p = parser.parseTcbInfo(bytes(json));
        _store(tcbInfoOf[p.fmspc], p);
        emit TcbInfoUpdated(p.fmspc, p.tcbEvaluationDataNumber, p.issueDate, p.nextUpdate, json);
    }

    /// @notice Stores the TD_QE identity signed by the TCB Signing certificate, under the same
    ///         rules as `uploadTcbInfo`. Anyone.
    /// @param json The exact QE identity JSON body Intel signed.
    /// @param signature Raw r ‖ s over sha256(json).
    /// @param signerDer The TCB Signing certificate.
    function uploadQeIdentity(string calldata json, bytes calldata signature, bytes calldata signerDer) external {
        _checkJsonSignature(json, signature, signerDer);
        DcapCollateralParser.Parsed memory p = parser.parseQeIdentity(bytes(json));
        _store(qeIdentity, p);
        emit QeIdentityUpdated(p.tcbEvaluationDataNumber, p.issueDate, p.nextUpdate, json);
    }

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice A cached intermediate, zero when unknown.
    /// @param derHash keccak256 of its DER.
    function intermediate(bytes32 derHash) external view returns (Intermediate memory) {
        return _intermediates[derHash];
    }

    /// @notice Whether `serial` is listed by the current CRL of `issuerSubjectHash`.
    function isRevoked(bytes32 issuerSubjectHash, uint256 serial) public view returns (bool) {
        return _revoked[issuerSubjectHash][crlOf[issuerSubjectHash].epoch][serial];
    }

    /// @notice The packed parsed TCB Info of `fmspc` (see `TcbInfo.decode`) and its window.
    function tcbInfoBlob(bytes6 fmspc) external view returns (bytes memory blob, uint64 issueDate, uint64 nextUpdate) {
        JsonCollateral memory c = tcbInfoOf[fmspc];
        if (c.blob != address(0)) blob = SSTORE2.read(c.blob);
        return (blob, c.issueDate, c.nextUpdate);
    }

    /// @notice The packed parsed TD_QE identity (see `QeIdentity.decode`) and its window.
    function qeIdentityBlob() external view returns (bytes memory blob, uint64 issueDate, uint64 nextUpdate) {
        JsonCollateral memory c = qeIdentity;
        if (c.blob != address(0)) blob = SSTORE2.read(c.blob);
        return (blob, c.issueDate, c.nextUpdate);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _verifyIntermediate(bytes calldata der) internal returns (bytes32 derHash) {
        derHash = keccak256(der);
        Intermediate storage cached = _intermediates[derHash];
        if (cached.subjectHash != bytes32(0)) {
            // Revocation and validity can change after caching: check them on every use.
            _checkIntermediateUsable(cached.serialNumber, cached.notBefore, cached.notAfter);
            return derHash;
        }
        X509.Certificate memory c = X509.parse(der);
        if (c.issuerHash != ROOT_SUBJECT_HASH || !X509.verifySignedBy(c, _rootKeyX, _rootKeyY)) {
            revert NotIssuedByRoot();
        }
        _checkIntermediateUsable(c.serialNumber, c.notBefore, c.notAfter);
        _intermediates[derHash] = Intermediate({
            pubKeyX: c.pubKeyX,
            pubKeyY: c.pubKeyY,
            subjectHash: c.subjectHash,
            serialNumber: c.serialNumber,
            notBefore: uint64(c.notBefore),
            notAfter: uint64(c.notAfter),
            isCa: c.isCa,
            canSignData: !c.hasKeyUsage || (c.keyUsage & X509.KU_DIGITAL_SIGNATURE) != 0
        });
        emit IntermediateVerified(derHash, c.subjectHash, c.serialNumber);
    }

    function _checkIntermediateUsable(uint256 serial, uint256 notBefore, uint256 notAfter) internal view {
        if (block.timestamp < notBefore || block.timestamp > notAfter || block.timestamp > _rootNotAfter) {
            revert IntermediateNotValidNow();
        }
        CrlState memory rootCrl = crlOf[ROOT_SUBJECT_HASH];
        if (rootCrl.nextUpdate == 0) revert RootCrlMissing();
        if (_revoked[ROOT_SUBJECT_HASH][rootCrl.epoch][serial]) revert IntermediateRevoked(serial);
    }

    function _checkJsonSignature(string calldata json, bytes calldata signature, bytes calldata signerDer)
        internal
    {
        Intermediate memory signer = _intermediates[_verifyIntermediate(signerDer)];
        if (!signer.canSignData) revert SignerCannotSign();
        if (signature.length != 64) revert InvalidCollateralSignature();
        if (!P256.verify(sha256(bytes(json)), bytes32(signature[0:32]), bytes32(signature[32:64]), signer.pubKeyX, signer.pubKeyY))
        {
            revert InvalidCollateralSignature();
        }
    }

    function _store(JsonCollateral storage slot, DcapCollateralParser.Parsed memory p) internal {
        (uint32 evaluation, uint64 issueDate, uint64 nextUpdate) = (p.tcbEvaluationDataNumber, p.issueDate, p.nextUpdate);
        if (block.timestamp < issueDate || block.timestamp > nextUpdate) revert CollateralNotValidNow(issueDate, nextUpdate);
        if (
            slot.blob != address(0)
                && (evaluation < slot.tcbEvaluationDataNumber
                    || (evaluation == slot.tcbEvaluationDataNumber && issueDate <= slot.issueDate))
        ) revert CollateralNotNewer(evaluation, issueDate);
        slot.tcbEvaluationDataNumber = evaluation;
        slot.issueDate = issueDate;
        slot.nextUpdate = nextUpdate;
        slot.blob = SSTORE2.write(p.packed);
    }
}
