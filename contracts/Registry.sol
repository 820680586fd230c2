// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Ownable} from "solady/auth/Ownable.sol";
import {OwnableRoles} from "solady/auth/OwnableRoles.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

import {IRegistry} from "./interfaces/IRegistry.sol";
import {IQuoteVerifier} from "./interfaces/IQuoteVerifier.sol";
import {DnsLabel} from "./libraries/DnsLabel.sol";

/// @title Registry
/// @notice The on-chain source of truth of a teereg deployment. See {IRegistry}.
/// @dev Roles: the owner is the admin (two-step handover only); `OPERATOR_ROLE` registers and
///      maintains instances; `METADATA_WRITER_ROLE` maintains storage backends and artifacts.
contract Registry is IRegistry, OwnableRoles, Pausable {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRegistry
    uint256 public constant OPERATOR_ROLE = _ROLE_0;
    /// @inheritdoc IRegistry
    uint256 public constant METADATA_WRITER_ROLE = _ROLE_1;

    /// @notice Bounds on the instance lifetime.
    uint64 public constant MIN_TTL = 1 minutes;
    uint64 public constant MAX_TTL = 365 days;
    /// @notice Default TCB policy: UpToDate and SWHardeningNeeded.
    uint8 public constant DEFAULT_TCB_POLICY = uint8(
        (1 << uint8(IQuoteVerifier.TcbStatus.UpToDate)) | (1 << uint8(IQuoteVerifier.TcbStatus.SWHardeningNeeded))
    );
    uint8 internal constant _REVOKED_BIT = uint8(1 << uint8(IQuoteVerifier.TcbStatus.Revoked));
    uint8 internal constant _ALL_STATUSES = uint8((1 << (uint8(IQuoteVerifier.TcbStatus.Revoked) + 1)) - 1);

    /// @notice Bounds on storage backends.
    uint256 public constant MAX_BACKENDS = 16;
    uint256 public constant MAX_URI_LENGTH = 512;
    /// @notice Bounds on the PKI fields.
    uint256 public constant MAX_CA_CERTIFICATE_SIZE = 4096;
    uint256 public constant MAX_SECRETS_KEY_SIZE = 256;
    uint256 public constant MAX_KMS_ATTESTATION_SIZE = 16384;
    /// @notice At most this many addresses of each family per instance.
    uint256 public constant MAX_ADDRESSES = 4;
    /// @notice Length of an uncompressed P-256 public key.
    uint256 public constant PUBKEY_LENGTH = 65;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRegistry
    IQuoteVerifier public quoteVerifier;
    /// @inheritdoc IRegistry
    uint64 public instanceTtl;
    /// @inheritdoc IRegistry
    uint8 public acceptedTcbStatuses;

    /// @dev workloadId => sha256 of its configuration; zero means not allowlisted.
    mapping(bytes32 => bytes32) internal _configHashOf;

    string[] internal _backends;

    /// @dev SSTORE2 pointers of the current PKI version.
    struct PkiPointers {
        uint64 version;
        uint64 updatedAt;
        address caCertificate;
        address secretsPublicKey;
        address kmsAttestation;
    }

    PkiPointers internal _pki;

    mapping(bytes32 => Instance) internal _instances;
    /// @dev keccak256(label) => the active instance holding it.
    mapping(bytes32 => bytes32) internal _labelHolder;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param admin The initial admin.
    /// @param verifier The quote verifier; zero leaves registration disabled until one is set.
    /// @param ttl The lifetime of instance records, in seconds.
    constructor(address admin, IQuoteVerifier verifier, uint64 ttl) {
        if (admin == address(0)) revert ZeroAdmin();
        _initializeOwner(admin);
        _setQuoteVerifier(verifier);
        _setInstanceTtl(ttl);
        _setTcbPolicy(DEFAULT_TCB_POLICY);
    }

    /*//////////////////////////////////////////////////////////////
                               OWNERSHIP
    //////////////////////////////////////////////////////////////*/

    /// @notice Disabled: use `requestOwnershipHandover` by the new admin, then
    ///         `completeOwnershipHandover` by the current one.
    function transferOwnership(address) public payable override {
        revert TwoStepTransferRequired();
    }

    /// @notice Disabled: a registry without an admin could never be governed again.
    function renounceOwnership() public payable override {
        revert TwoStepTransferRequired();
    }

    /// @inheritdoc IRegistry
    function owner() public view override(IRegistry, Ownable) returns (address) {
        return super.owner();
    }

    /// @inheritdoc IRegistry
    function hasAnyRole(address user, uint256 roles) public view override(IRegistry, OwnableRoles) returns (bool) {
        return super.hasAnyRole(user, roles);
    }

    /// @inheritdoc IRegistry
    function paused() public view override(IRegistry, Pausable) returns (bool) {
        return super.paused();
    }

    /*//////////////////////////////////////////////////////////////
                              GOVERNANCE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRegistry
    function setQuoteVerifier(IQuoteVerifier verifier) external onlyOwner {
        _setQuoteVerifier(verifier);
    }

    /// @inheritdoc IRegistry
    function setInstanceTtl(uint64 ttl) external onlyOwner {
        _setInstanceTtl(ttl);
    }

    /// @inheritdoc IRegistry
    function setTcbPolicy(uint8 acceptedStatuses) external onlyOwner {
        _setTcbPolicy(acceptedStatuses);
    }

    /// @inheritdoc IRegistry
    function allowWorkload(bytes32 workloadId, bytes32 configHash) external onlyOwner {
        if (workloadId == bytes32(0)) revert ZeroWorkloadId();
        if (configHash == bytes32(0)) revert ZeroConfigHash();
        if (_configHashOf[workloadId] != bytes32(0)) revert WorkloadAlreadyAllowed(workloadId);
        _configHashOf[workloadId] = configHash;
        emit WorkloadAllowed(workloadId, configHash);
    }

    /// @inheritdoc IRegistry
    function updateWorkloadConfig(bytes32 workloadId, bytes32 configHash) external onlyOwner {
        if (configHash == bytes32(0)) revert ZeroConfigHash();
        bytes32 previous = _configHashOf[workloadId];
        if (previous == bytes32(0)) revert WorkloadNotAllowed(workloadId);
        if (previous == configHash) revert ConfigHashUnchanged(workloadId);
        _configHashOf[workloadId] = configHash;
        emit WorkloadConfigUpdated(workloadId, previous, configHash);
    }

    /// @inheritdoc IRegistry
    function removeWorkload(bytes32 workloadId) external onlyOwner {
        if (_configHashOf[workloadId] == bytes32(0)) revert WorkloadNotAllowed(workloadId);
        delete _configHashOf[workloadId];
        emit WorkloadRemoved(workloadId);
    }

    /// @inheritdoc IRegistry
    function addStorageBackend(string calldata uri) external onlyOwnerOrRoles(METADATA_WRITER_ROLE) whenNotPaused {
        _checkBackendUri(uri);
        uint256 n = _backends.length;
        if (n >= MAX_BACKENDS) revert TooManyBackends();
        bytes32 h = keccak256(bytes(uri));
        for (uint256 i; i < n; ++i) {
            if (keccak256(bytes(_backends[i])) == h) revert BackendAlreadyListed(uri);
        }
        _backends.push(uri);
        emit StorageBackendAdded(uri, n);
    }

    /// @inheritdoc IRegistry
    function removeStorageBackend(string calldata uri) external onlyOwnerOrRoles(METADATA_WRITER_ROLE) whenNotPaused {
        uint256 n = _backends.length; // at most MAX_BACKENDS
        bytes32 h = keccak256(bytes(uri));
        for (uint256 i; i < n; ++i) {
            if (keccak256(bytes(_backends[i])) == h) {
                for (uint256 j = i + 1; j < n; ++j) {
                    _backends[j - 1] = _backends[j];
                }
                _backends.pop();
                emit StorageBackendRemoved(uri, i);
                return;
            }
        }
        revert BackendNotListed(uri);
    }

    /// @inheritdoc IRegistry
    function setPki(bytes calldata caCertificate, bytes calldata secretsPublicKey, bytes calldata kmsAttestation)
        external
        onlyOwner
    {
        if (caCertificate.length == 0) revert EmptyCaCertificate();
        if (secretsPublicKey.length == 0) revert EmptySecretsPublicKey();
        if (caCertificate.length > MAX_CA_CERTIFICATE_SIZE) {
            revert PkiFieldTooLarge(0, caCertificate.length, MAX_CA_CERTIFICATE_SIZE);
        }
        if (secretsPublicKey.length > MAX_SECRETS_KEY_SIZE) {
            revert PkiFieldTooLarge(1, secretsPublicKey.length, MAX_SECRETS_KEY_SIZE);
        }
        if (kmsAttestation.length > MAX_KMS_ATTESTATION_SIZE) {
            revert PkiFieldTooLarge(2, kmsAttestation.length, MAX_KMS_ATTESTATION_SIZE);
        }
        uint64 version = _pki.version + 1;
        _pki = PkiPointers({
            version: version,
            updatedAt: uint64(block.timestamp),
            caCertificate: SSTORE2.write(caCertificate),
            secretsPublicKey: SSTORE2.write(secretsPublicKey),
            kmsAttestation: kmsAttestation.length == 0 ? address(0) : SSTORE2.write(kmsAttestation)
        });
        emit PkiUpdated(version, caCertificate, secretsPublicKey, kmsAttestation);
    }

    /// @inheritdoc IRegistry
    function pause() external onlyOwner {
        _pause();
    }

    /// @inheritdoc IRegistry
    function unpause() external onlyOwner {
        _unpause();
    }

    /*//////////////////////////////////////////////////////////////
                               INSTANCES
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRegistry
    function registerInstance(
        bytes calldata quote,
        bytes calldata pubkey,
        string calldata label,
        Endpoints calldata endpoints
    ) external onlyRoles(OPERATOR_ROLE) whenNotPaused returns (bytes32 instanceId) {
        if (pubkey.length != PUBKEY_LENGTH || pubkey[0] != 0x04) revert InvalidPublicKey();
        if (!DnsLabel.isValid(label)) revert InvalidLabel();
        _checkEndpoints(endpoints);

        instanceId = sha256(pubkey);
        Instance storage inst = _instances[instanceId];
        InstanceStatus previous = inst.status;
        if (previous == InstanceStatus.Revoked) revert InstanceIsRevoked(instanceId);
        if (previous == InstanceStatus.Active && inst.operator != msg.sender) revert NotInstanceOperator(instanceId);

        _attest(inst, instanceId, quote);

        // A renewal may move the instance to another label: release the old one first.
        if (previous == InstanceStatus.Active) delete _labelHolder[keccak256(bytes(inst.label))];
        _claimLabel(label, instanceId);
        if (previous == InstanceStatus.None) inst.pubkey = pubkey;
        inst.label = label;
        inst.endpoints = endpoints;
        _activate(inst, instanceId);
    }

    /// @inheritdoc IRegistry
    function updateEndpoints(bytes32 instanceId, Endpoints calldata endpoints)
        external
        onlyRoles(OPERATOR_ROLE)
        whenNotPaused
    {
        Instance storage inst = _activeInstance(instanceId);
        if (inst.operator != msg.sender) revert NotInstanceOperator(instanceId);
        if (block.timestamp >= inst.expiresAt) revert InstanceHasExpired(instanceId, inst.expiresAt);
        _checkEndpoints(endpoints);
        inst.endpoints = endpoints;
        emit InstanceEndpointsUpdated(instanceId, endpoints);
    }

    /// @inheritdoc IRegistry
    function revokeInstance(bytes32 instanceId) external {
        Instance storage inst = _instances[instanceId];
        InstanceStatus status = inst.status;
        if (status == InstanceStatus.None) revert InstanceNotFound(instanceId);
        if (status == InstanceStatus.Revoked) revert InstanceIsRevoked(instanceId);
        if (msg.sender != owner() && msg.sender != inst.operator) revert NotInstanceOperator(instanceId);
        if (status == InstanceStatus.Active) delete _labelHolder[keccak256(bytes(inst.label))];
        inst.status = InstanceStatus.Revoked;
        emit InstanceRevoked(instanceId, msg.sender);
    }

    /// @inheritdoc IRegistry
    function expireInstance(bytes32 instanceId) external {
        Instance storage inst = _activeInstance(instanceId);
        if (block.timestamp < inst.expiresAt) revert InstanceNotExpired(instanceId, inst.expiresAt);
        _expire(instanceId, inst);
    }

    /// @inheritdoc IRegistry
    function revalidate(bytes32 instanceId, bytes calldata quote) external returns (bool valid) {
        Instance storage inst = _activeInstance(instanceId);
        if (keccak256(quote) != inst.quoteHash) revert QuoteMismatch(instanceId);
        IQuoteVerifier.Verdict memory verdict = _verifyQuote(quote);
        bytes32 reason;
        if (!verdict.valid) reason = verdict.failure;
        else if (_configHashOf[inst.workloadId] == bytes32(0)) reason = "WORKLOAD_NOT_ALLOWED";
        else if (!_tcbAccepted(verdict.tcbStatus)) reason = "TCB_NOT_ACCEPTED";
        if (reason == bytes32(0)) return true;
        delete _labelHolder[keccak256(bytes(inst.label))];
        inst.status = InstanceStatus.Invalidated;
        emit InstanceInvalidated(instanceId, reason);
        return false;
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRegistry
    function configHashOf(bytes32 workloadId) external view returns (bytes32) {
        return _configHashOf[workloadId];
    }

    /// @inheritdoc IRegistry
    function storageBackends() external view returns (string[] memory) {
        return _backends;
    }

    /// @inheritdoc IRegistry
    function pki() external view returns (Pki memory p) {
        PkiPointers memory ptr = _pki;
        p.version = ptr.version;
        p.updatedAt = ptr.updatedAt;
        if (ptr.version == 0) return p;
        p.caCertificate = SSTORE2.read(ptr.caCertificate);
        p.secretsPublicKey = SSTORE2.read(ptr.secretsPublicKey);
        if (ptr.kmsAttestation != address(0)) p.kmsAttestation = SSTORE2.read(ptr.kmsAttestation);
    }

    /// @inheritdoc IRegistry
    function instance(bytes32 instanceId) external view returns (Instance memory) {
        return _instances[instanceId];
    }

    /// @inheritdoc IRegistry
    function instanceIdByLabel(string calldata label) external view returns (bytes32) {
        return _labelHolder[keccak256(bytes(label))];
    }

    /// @inheritdoc IRegistry
    function isActive(bytes32 instanceId) external view returns (bool) {
        Instance storage inst = _instances[instanceId];
        return inst.status == InstanceStatus.Active && block.timestamp < inst.expiresAt;
    }

    /// @inheritdoc IRegistry
    function reportDataFor(bytes calldata pubkey, address operator) external view returns (bytes memory) {
        return _reportData(sha256(pubkey), operator);
    }

    /// @inheritdoc IRegistry
    function workloadIdOf(IQuoteVerifier.TdReport memory report) public pure returns (bytes32) {
        // Two halves: one packed encoding of all eight fields is too deep for the legacy codegen.
        bytes memory measurements = abi.encodePacked(report.mrTd, report.rtMr0, report.rtMr1, report.rtMr2);
        return keccak256(
            abi.encodePacked(measurements, report.rtMr3, report.mrConfigId, report.xfam, report.tdAttributes)
        );
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    /// @dev Verifies the quote and its binding to this registration, and writes the attested
    ///      fields (workload, TCB status, quote hash) into the record.
    function _attest(Instance storage inst, bytes32 instanceId, bytes calldata quote) internal {
        IQuoteVerifier.Verdict memory verdict = _verifyQuote(quote);
        if (!verdict.valid) revert QuoteRejected(verdict.failure);
        if (keccak256(verdict.report.reportData) != keccak256(_reportData(instanceId, msg.sender))) {
            revert ReportDataMismatch();
        }
        bytes32 workloadId = workloadIdOf(verdict.report);
        if (_configHashOf[workloadId] == bytes32(0)) revert WorkloadNotAllowed(workloadId);
        if (!_tcbAccepted(verdict.tcbStatus)) revert TcbStatusNotAccepted(verdict.tcbStatus);
        inst.workloadId = workloadId;
        inst.tcbStatus = verdict.tcbStatus;
        inst.quoteHash = keccak256(quote);
    }

    /// @dev Asks the configured verifier about `quote`; reverts when none is set.
    function _verifyQuote(bytes calldata quote) internal returns (IQuoteVerifier.Verdict memory) {
        IQuoteVerifier verifier = quoteVerifier;
        if (address(verifier) == address(0)) revert QuoteVerifierNotSet();
        return verifier.verifyQuote(quote);
    }

    /// @dev Whether the TCB policy accepts `status`.
    function _tcbAccepted(IQuoteVerifier.TcbStatus status) internal view returns (bool) {
        return acceptedTcbStatuses & (1 << uint8(status)) != 0;
    }

    /// @dev Starts a (renewed) lifetime for the record and emits it whole.
    function _activate(Instance storage inst, bytes32 instanceId) internal {
        inst.operator = msg.sender;
        inst.expiresAt = uint64(block.timestamp) + instanceTtl;
        inst.status = InstanceStatus.Active;
        inst.registeredAt = uint64(block.timestamp);
        emit InstanceRegistered(instanceId, inst.workloadId, msg.sender, inst);
    }

    function _reportData(bytes32 pubkeyHash, address operator) internal view returns (bytes memory) {
        return abi.encodePacked(pubkeyHash, keccak256(abi.encode(block.chainid, address(this), operator)));
    }

    function _setQuoteVerifier(IQuoteVerifier verifier) internal {
        quoteVerifier = verifier;
        emit QuoteVerifierSet(address(verifier));
    }

    function _setInstanceTtl(uint64 ttl) internal {
        if (ttl < MIN_TTL || ttl > MAX_TTL) revert InvalidTtl(ttl);
        instanceTtl = ttl;
        emit InstanceTtlSet(ttl);
    }

    function _setTcbPolicy(uint8 acceptedStatuses) internal {
        if (acceptedStatuses == 0 || acceptedStatuses & _REVOKED_BIT != 0 || acceptedStatuses & ~_ALL_STATUSES != 0) {
            revert InvalidTcbPolicy(acceptedStatuses);
        }
        acceptedTcbStatuses = acceptedStatuses;
        emit TcbPolicySet(acceptedStatuses);
    }

    function _activeInstance(bytes32 instanceId) internal view returns (Instance storage inst) {
        inst = _instances[instanceId];
        if (inst.status == InstanceStatus.None) revert InstanceNotFound(instanceId);
        if (inst.status != InstanceStatus.Active) revert InstanceNotActive(instanceId, inst.status);
    }

    function _expire(bytes32 instanceId, Instance storage inst) internal {
        delete _labelHolder[keccak256(bytes(inst.label))];
        inst.status = InstanceStatus.Expired;
        emit InstanceExpired(instanceId);
    }

    /// @dev Claims `label` for `instanceId`. A holder past its expiry is expired on the way.
    function _claimLabel(string calldata label, bytes32 instanceId) internal {
        bytes32 key = keccak256(bytes(label));
        bytes32 holder = _labelHolder[key];
        if (holder != bytes32(0) && holder != instanceId) {
            Instance storage h = _instances[holder];
            if (block.timestamp < h.expiresAt) revert LabelTaken(holder);
            _expire(holder, h);
        }
        _labelHolder[key] = instanceId;
    }

    function _checkEndpoints(Endpoints calldata e) internal pure {
        uint256 n4 = e.ipv4.length;
        uint256 n6 = e.ipv6.length;
        if (n4 + n6 == 0) revert NoAddresses();
        if (n4 > MAX_ADDRESSES || n6 > MAX_ADDRESSES) revert TooManyAddresses();
        if (e.port == 0) revert ZeroPort();
        for (uint256 i; i < n4; ++i) {
            if (e.ipv4[i] == bytes4(0)) revert ZeroAddressEndpoint();
        }
        for (uint256 i; i < n6; ++i) {
            if (e.ipv6[i] == bytes16(0)) revert ZeroAddressEndpoint();
        }
    }

    /// @dev A URI is `<scheme>://<rest>` with a supported scheme, a non-empty rest, at most
    ///      MAX_URI_LENGTH bytes, and only visible ASCII (no spaces or control characters).
    function _checkBackendUri(string calldata uri) internal pure {
        bytes calldata b = bytes(uri);
        uint256 n = b.length;
        if (n > MAX_URI_LENGTH) revert InvalidBackendUri();
        for (uint256 i; i < n; ++i) {
            if (uint8(b[i]) < 0x21 || uint8(b[i]) > 0x7e) revert InvalidBackendUri();
        }
        uint256 sep = _schemeEnd(b);
        if (sep == 0 || sep + 3 >= n) revert InvalidBackendUri();
        bytes32 scheme = keccak256(b[:sep]);
        if (
            scheme != keccak256("file") && scheme != keccak256("ipfs") && scheme != keccak256("onchain")
                && scheme != keccak256("https") && scheme != keccak256("s3") && scheme != keccak256("vault")
                && scheme != keccak256("github")
        ) revert UnsupportedBackendScheme();
    }

    /// @dev Index of "://" in `b`, or 0 when absent (an empty scheme is invalid anyway).
    function _schemeEnd(bytes calldata b) internal pure returns (uint256) {
        uint256 n = b.length;
        for (uint256 i = 1; i + 2 < n && i <= 8; ++i) {
            if (b[i] == ":" && b[i + 1] == "/" && b[i + 2] == "/") return i;
        }
        return 0;
    }
}
