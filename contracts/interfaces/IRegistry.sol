// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "./IQuoteVerifier.sol";

/// @title IRegistry
/// @notice Governance and discovery state of a teereg deployment: allowlisted workload
///         identities and their configuration hashes, storage backends, the application PKI,
///         and the records of attested instances.
/// @dev Every state change emits an event that carries the complete new value, so an indexer can
///      rebuild all state from events alone (see docs/architecture.md, "Events").
interface IRegistry {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Lifecycle of an instance record. `None` means no record exists.
    enum InstanceStatus {
        None,
        Active,
        Revoked,
        Expired,
        Invalidated
    }

    /// @notice Where an instance can be reached. At least one address; at most
    ///         `MAX_ADDRESSES` of each family; no all-zero address; a non-zero port.
    struct Endpoints {
        bytes4[] ipv4;
        bytes16[] ipv6;
        uint16 port;
    }

    /// @notice The record of a registered instance, keyed by `sha256(pubkey)`.
    struct Instance {
        bytes32 workloadId;
        bytes32 quoteHash;
        address operator;
        uint64 expiresAt;
        InstanceStatus status;
        IQuoteVerifier.TcbStatus tcbStatus;
        uint64 registeredAt;
        string label;
        bytes pubkey;
        Endpoints endpoints;
    }

    /// @notice One version of the application PKI.
    struct Pki {
        uint64 version;
        uint64 updatedAt;
        bytes caCertificate;
        bytes secretsPublicKey;
        bytes kmsAttestation;
    }

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice The quote verifier used for registration changed (zero: registration disabled).
    event QuoteVerifierSet(address indexed verifier);
    /// @notice The lifetime given to new and renewed instance records changed.
    event InstanceTtlSet(uint64 ttl);
    /// @notice The set of accepted TCB statuses changed; bit `i` accepts `TcbStatus(i)`.
    event TcbPolicySet(uint8 acceptedStatuses);

    /// @notice A workload identity was allowlisted with the sha256 of its configuration.
    event WorkloadAllowed(bytes32 indexed workloadId, bytes32 configHash);
    /// @notice An allowlisted workload was mapped to a new configuration hash.
    event WorkloadConfigUpdated(bytes32 indexed workloadId, bytes32 previousConfigHash, bytes32 configHash);
    /// @notice A workload identity left the allowlist.
    event WorkloadRemoved(bytes32 indexed workloadId);

    /// @notice A storage backend URI was appended at `position` of the ordered list.
    event StorageBackendAdded(string uri, uint256 position);
    /// @notice A storage backend URI was removed; later entries moved up by one.
    event StorageBackendRemoved(string uri, uint256 position);

    /// @notice A new version of the application PKI was published.
    event PkiUpdated(uint64 indexed version, bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation);

    /// @notice An instance registered, or re-registered with a fresh quote; `record` is the
    ///         whole new record, as `instance(instanceId)` returns it.
    event InstanceRegistered(
        bytes32 indexed instanceId, bytes32 indexed workloadId, address indexed operator, Instance record
    );
    /// @notice The operator changed an active instance's endpoints.
    event InstanceEndpointsUpdated(bytes32 indexed instanceId, Endpoints endpoints);
    /// @notice An instance was revoked by `by` (the admin or its operator); it can never re-register.
    event InstanceRevoked(bytes32 indexed instanceId, address indexed by);
    /// @notice An instance passed its expiry and was marked expired; its label is free again.
    event InstanceExpired(bytes32 indexed instanceId);
    /// @notice Re-verification found an active instance no longer trustworthy; its label is free
    ///         again. `reason` is the verifier's failure code or one of "WORKLOAD_NOT_ALLOWED",
    ///         "TCB_NOT_ACCEPTED".
    event InstanceInvalidated(bytes32 indexed instanceId, bytes32 reason);

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @dev One-step ownership transfer and renouncing are disabled; use the two-step handover.
    error TwoStepTransferRequired();
    error ZeroAdmin();
    error QuoteVerifierNotSet();
    error InvalidTtl(uint64 ttl);
    error InvalidTcbPolicy(uint8 acceptedStatuses);

    error ZeroWorkloadId();
    error ZeroConfigHash();
    error WorkloadAlreadyAllowed(bytes32 workloadId);
    error WorkloadNotAllowed(bytes32 workloadId);
    error ConfigHashUnchanged(bytes32 workloadId);

    error InvalidBackendUri();
    error UnsupportedBackendScheme();
    error BackendAlreadyListed(string uri);
    error BackendNotListed(string uri);
    error TooManyBackends();

    error EmptyCaCertificate();
    error EmptySecretsPublicKey();
    error PkiFieldTooLarge(uint256 field, uint256 length, uint256 max);

    error InvalidPublicKey();
    error InvalidLabel();
    error LabelTaken(bytes32 holder);
    error NoAddresses();
    error TooManyAddresses();
    error ZeroAddressEndpoint();
    error ZeroPort();

    error QuoteRejected(bytes32 failure);
    error ReportDataMismatch();
    error TcbStatusNotAccepted(IQuoteVerifier.TcbStatus status);

    error InstanceNotFound(bytes32 instanceId);
    error InstanceNotActive(bytes32 instanceId, InstanceStatus status);
    error InstanceIsRevoked(bytes32 instanceId);
    error InstanceHasExpired(bytes32 instanceId, uint64 expiresAt);
    error InstanceNotExpired(bytes32 instanceId, uint64 expiresAt);
    error NotInstanceOperator(bytes32 instanceId);
    error QuoteMismatch(bytes32 instanceId);

    /*//////////////////////////////////////////////////////////////
                              GOVERNANCE
    //////////////////////////////////////////////////////////////*/

    /// @notice Sets the quote verifier. Admin only. Zero disables registration.
    /// @param verifier The verifier contract.
    function setQuoteVerifier(IQuoteVerifier verifier) external;

    /// @notice Sets the lifetime of new and renewed instance records. Admin only.
    /// @param ttl Seconds, within [MIN_TTL, MAX_TTL].
    function setInstanceTtl(uint64 ttl) external;

    /// @notice Sets which TCB statuses registration accepts. Admin only.
    /// @param acceptedStatuses Bit `i` accepts `TcbStatus(i)`; must be non-zero and never accept Revoked.
    function setTcbPolicy(uint8 acceptedStatuses) external;

    /// @notice Allowlists a workload identity and maps it to its configuration hash. Admin only.
    /// @param workloadId The identity, see `workloadIdOf`.
    /// @param configHash sha256 of the configuration blob.
    function allowWorkload(bytes32 workloadId, bytes32 configHash) external;

    /// @notice Maps an allowlisted workload to a new configuration hash. Admin only.
    /// @param workloadId The allowlisted identity.
    /// @param configHash sha256 of the new configuration blob.
    function updateWorkloadConfig(bytes32 workloadId, bytes32 configHash) external;

    /// @notice Removes a workload identity from the allowlist. Admin only.
    /// @param workloadId The allowlisted identity.
    function removeWorkload(bytes32 workloadId) external;

    /// @notice Appends a storage backend to the ordered list. Admin or metadata writer.
    /// @param uri A URI with scheme file, ipfs, onchain, https, s3, vault or github.
    function addStorageBackend(string calldata uri) external;

    /// @notice Removes a storage backend, keeping the order of the others. Admin or metadata writer.
    /// @param uri A listed URI.
    function removeStorageBackend(string calldata uri) external;

    /// @notice Publishes a new version of the application PKI. Admin only.
    /// @param caCertificate DER of the app CA certificate.
    /// @param secretsPublicKey The public key secrets are encrypted to.
    /// @param kmsAttestation Evidence binding the keys to the KMS (may be empty).
    function setPki(bytes calldata caCertificate, bytes calldata secretsPublicKey, bytes calldata kmsAttestation)
        external;

    /// @notice Pauses registration, endpoint updates and metadata writes. Admin only.
    ///         Revocation and expiry keep working while paused.
    function pause() external;

    /// @notice Lifts a pause. Admin only.
    function unpause() external;

    /*//////////////////////////////////////////////////////////////
                               INSTANCES
    //////////////////////////////////////////////////////////////*/

    /// @notice Registers (or renews) the instance that owns `pubkey`. Operator only.
    /// @dev The quote must verify, its REPORTDATA must equal `reportDataFor(pubkey, msg.sender)`,
    ///      its workload must be allowlisted and its TCB status accepted by the policy.
    /// @param quote The TDX quote.
    /// @param pubkey The attested key: uncompressed P-256 point (65 bytes, 0x04 ‖ X ‖ Y).
    /// @param label The instance's DNS label: lower-case LDH, 1 to 63 characters.
    /// @param endpoints Where the instance can be reached.
    /// @return instanceId `sha256(pubkey)`.
    function registerInstance(
        bytes calldata quote,
        bytes calldata pubkey,
        string calldata label,
        Endpoints calldata endpoints
    ) external returns (bytes32 instanceId);

    /// @notice Replaces an active instance's endpoints. Its operator only, while it holds the
    ///         operator role.
    /// @param instanceId The instance.
    /// @param endpoints The new endpoints.
    function updateEndpoints(bytes32 instanceId, Endpoints calldata endpoints) external;

    /// @notice Revokes an instance for good. The admin or the instance's operator.
    /// @param instanceId An active or expired instance.
    function revokeInstance(bytes32 instanceId) external;

    /// @notice Marks an active instance past its expiry as expired. Anyone.
    /// @param instanceId The instance.
    function expireInstance(bytes32 instanceId) external;

    /// @notice Re-runs an active instance's checks against the current collateral, CRLs,
    ///         allowlist and TCB policy, and marks it Invalidated when they fail. Anyone.
    /// @dev The quote is the one the instance registered with (its keccak256 is `quoteHash`);
    ///      it is public in the registration transaction.
    /// @param instanceId The instance.
    /// @param quote The instance's registered quote.
    /// @return valid Whether the instance passed and stays active.
    function revalidate(bytes32 instanceId, bytes calldata quote) external returns (bool valid);

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The role bit of operators.
    function OPERATOR_ROLE() external view returns (uint256);
    /// @notice The role bit of metadata writers (storage backends, artifacts).
    function METADATA_WRITER_ROLE() external view returns (uint256);

    /// @notice The current admin.
    function owner() external view returns (address);
    /// @notice Whether `user` holds any of `roles`.
    function hasAnyRole(address user, uint256 roles) external view returns (bool);
    /// @notice Whether the registry is paused.
    function paused() external view returns (bool);

    /// @notice The quote verifier.
    function quoteVerifier() external view returns (IQuoteVerifier);
    /// @notice The lifetime of instance records, in seconds.
    function instanceTtl() external view returns (uint64);
    /// @notice The accepted TCB statuses as a bitmask.
    function acceptedTcbStatuses() external view returns (uint8);

    /// @notice The configuration hash of an allowlisted workload, zero when not allowlisted.
    /// @param workloadId The identity.
    function configHashOf(bytes32 workloadId) external view returns (bytes32);

    /// @notice The storage backends, in order.
    function storageBackends() external view returns (string[] memory);

    /// @notice The current application PKI (version 0 when none was published).
    function pki() external view returns (Pki memory);

    /// @notice The record of an instance (status None when unknown).
    /// @param instanceId `sha256(pubkey)`.
    function instance(bytes32 instanceId) external view returns (Instance memory);

    /// @notice The active instance holding `label`, zero when free.
    /// @param label A DNS label.
    function instanceIdByLabel(string calldata label) external view returns (bytes32);

    /// @notice Whether the instance is active and not past its expiry.
    /// @param instanceId The instance.
    function isActive(bytes32 instanceId) external view returns (bool);

    /// @notice The REPORTDATA a quote must carry to register `pubkey` through `operator` here.
    /// @param pubkey The attested key.
    /// @param operator The operator that will send the registration.
    /// @return reportData `sha256(pubkey) ‖ keccak256(abi.encode(chainid, registry, operator))`.
    function reportDataFor(bytes calldata pubkey, address operator) external view returns (bytes memory reportData);

    /// @notice The workload identity of a TD report (the Flashtestations definition).
    /// @param report The TD report.
    /// @return keccak256(mrTd ‖ rtMr0 ‖ rtMr1 ‖ rtMr2 ‖ rtMr3 ‖ mrConfigId ‖ xfam ‖ tdAttributes).
    function workloadIdOf(IQuoteVerifier.TdReport calldata report) external pure returns (bytes32);
}
