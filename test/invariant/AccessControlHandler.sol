// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {TdxBuilders} from "../utils/TdxBuilders.sol";
import {Registry} from "../../contracts/Registry.sol";
import {ArtifactStore} from "../../contracts/ArtifactStore.sol";
import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {MockQuoteVerifier} from "../mocks/MockQuoteVerifier.sol";

/// @notice Drives every state-changing function of Registry and ArtifactStore from a fuzzed
///         actor (admin, operators, metadata writer, strangers, a would-be admin) with fuzzed
///         arguments, and watches who changes what.
/// @dev Two independent checks of authority:
///      1. Snapshot diff: around every call, a hash of the governance state (and of the metadata
///         state) is taken before and after; a change by a caller that was not entitled to it
///         records a violation.
///      2. Ghost model: the handler keeps its own copy of the governance and metadata state and
///         updates it only on successful calls by entitled callers; the invariants compare it
///         with the contracts, so any change through any other path shows up.
contract AccessControlHandler {
    Registry public immutable registry;
    ArtifactStore public immutable store;
    MockQuoteVerifier public immutable mock;

    uint256 internal constant OPERATOR_ROLE = 1;
    uint256 internal constant WRITER_ROLE = 2;
    uint256 internal constant N_KEYS = 6;

    address[] internal _actors;
    bytes32[4] internal _workloads;
    string[4] internal _labels = ["a", "b", "c", "d"];
    string[6] internal _uris = ["ipfs://a", "s3://b", "https://c/d", "file:///e", "ftp://bad", "vault://f"];

    /*//////////////////////////////////////////////////////////////
                                 GHOSTS
    //////////////////////////////////////////////////////////////*/

    address public ghostOwner;
    address public ghostVerifier;
    uint64 public ghostTtl;
    uint8 public ghostTcb;
    uint64 public ghostPkiVersion;
    bytes32 public ghostPkiHash;
    bool public ghostPaused;
    mapping(address => uint256) public ghostRoles;
    mapping(bytes32 => bytes32) public ghostConfig;
    string[] internal _ghostBackends;
    mapping(bytes32 => bool) public ghostArtifact;

    /// @dev Current time: forge does not carry vm.warp across invariant calls, so every call
    ///      re-applies it.
    uint256 public now_;

    /// @dev First violation seen, empty while none.
    string public violation;

    /// @dev Successful calls per function, and in total (so the invariants cannot pass vacuously).
    mapping(string => uint256) public successes;
    uint256 public totalSuccesses;
    uint256 public totalCalls;

    constructor(Registry registry_, ArtifactStore store_, MockQuoteVerifier mock_, address[] memory actors_) {
        registry = registry_;
        store = store_;
        mock = mock_;
        _actors = actors_;
        IQuoteVerifier.TdReport memory r = TdxBuilders.report("");
        _workloads[0] = registry_.workloadIdOf(r);
        r.rtMr3 = TdxBuilders.filled(48, 0xee);
        _workloads[1] = registry_.workloadIdOf(r);
        _workloads[2] = keccak256("workload 2");
        _workloads[3] = keccak256("workload 3");
        now_ = block.timestamp;
        // The ghosts start as a copy of the state the test set up.
        ghostOwner = registry.owner();
        ghostVerifier = address(registry.quoteVerifier());
        ghostTtl = registry.instanceTtl();
        ghostTcb = registry.acceptedTcbStatuses();
        ghostPaused = registry.paused();
        IRegistry.Pki memory p = registry.pki();
        ghostPkiVersion = p.version;
        ghostPkiHash = keccak256(abi.encode(p.caCertificate, p.secretsPublicKey, p.kmsAttestation));
        for (uint256 i; i < _actors.length; ++i) {
            ghostRoles[_actors[i]] = registry.rolesOf(_actors[i]);
        }
        for (uint256 i; i < 4; ++i) {
            ghostConfig[_workloads[i]] = registry.configHashOf(_workloads[i]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                          VIEWS FOR THE INVARIANTS
    //////////////////////////////////////////////////////////////*/

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function workloads() external view returns (bytes32[4] memory) {
        return _workloads;
    }

    function labels() external view returns (string[4] memory) {
        return _labels;
    }

    function ghostBackends() external view returns (string[] memory) {
        return _ghostBackends;
    }

    /// @dev Every instance id the handler can ever touch: the keys are drawn from a fixed set.
    function instanceIds() external pure returns (bytes32[] memory ids) {
        ids = new bytes32[](N_KEYS);
        for (uint256 i; i < N_KEYS; ++i) {
            ids[i] = sha256(TdxBuilders.pubkey(i));
        }
    }

    function artifactHashes() public pure returns (bytes32[] memory hs) {
        hs = new bytes32[](4);
        for (uint256 i; i < 4; ++i) {
            hs[i] = sha256(_artifact(i));
        }
    }

    /*//////////////////////////////////////////////////////////////
                        SNAPSHOTS AND BOOKKEEPING
    //////////////////////////////////////////////////////////////*/

    struct Pre {
        address actor;
        bool wasOwner;
        bool wasWriter;
        bool wasOperator;
        bool paused;
        bytes32 gov;
        uint256 actorRoles;
        bytes32 meta;
    }

    /// @dev Governance state except `exclude`'s own roles (anyone may renounce their own).
    function _govHash(address exclude) internal view returns (bytes32 h) {
        IRegistry.Pki memory p = registry.pki();
        h = keccak256(
            abi.encode(
                registry.owner(),
                address(registry.quoteVerifier()),
                registry.instanceTtl(),
                registry.acceptedTcbStatuses(),
                registry.paused(),
                p.version,
                p.updatedAt,
                keccak256(abi.encode(p.caCertificate, p.secretsPublicKey, p.kmsAttestation))
            )
        );
        for (uint256 i; i < 4; ++i) {
            h = keccak256(abi.encode(h, registry.configHashOf(_workloads[i])));
        }
        for (uint256 i; i < _actors.length; ++i) {
            if (_actors[i] != exclude) h = keccak256(abi.encode(h, registry.rolesOf(_actors[i])));
        }
    }

    /// @dev Storage backends and artifacts.
    function _metaHash() internal view returns (bytes32 h) {
        h = keccak256(abi.encode(registry.storageBackends()));
        bytes32[] memory hs = artifactHashes();
        for (uint256 i; i < hs.length; ++i) {
            h = keccak256(abi.encode(h, store.exists(hs[i])));
        }
    }

    /// @dev A caller biased towards the current admin, so that governance calls do succeed; one
    ///      time in ten a fresh random address.
    function _pre(uint256 actorSeed) internal returns (Pre memory p) {
        uint256 k = actorSeed % 10;
        return _preAs(k < 3 ? registry.owner() : k == 9 ? _random(actorSeed) : _actors[actorSeed % _actors.length]);
    }

    /// @dev A caller biased towards the two initial operators (actors 1 and 2).
    function _preOp(uint256 actorSeed) internal returns (Pre memory p) {
        uint256 k = actorSeed % 10;
        return
            _preAs(
                k < 6 ? _actors[1 + actorSeed % 2] : k == 9 ? _random(actorSeed) : _actors[actorSeed % _actors.length]
            );
    }

    function _random(uint256 seed) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("actor", seed)))));
    }

    function _preAs(address actor) internal returns (Pre memory p) {
        vm.warp(now_);
        totalCalls++;
        p.actor = actor;
        p.wasOwner = p.actor == registry.owner();
        p.wasWriter = registry.hasAnyRole(p.actor, WRITER_ROLE);
        p.wasOperator = registry.hasAnyRole(p.actor, OPERATOR_ROLE);
        p.paused = registry.paused();
        p.gov = _govHash(p.actor);
        p.actorRoles = registry.rolesOf(p.actor);
        p.meta = _metaHash();
    }

    function _post(Pre memory p, string memory fn) internal {
        if (!p.wasOwner) {
            if (_govHash(p.actor) != p.gov) _violate(fn, "governance changed by non-admin");
            // A non-admin may only drop its own roles, never gain one.
            if (registry.rolesOf(p.actor) & ~p.actorRoles != 0) _violate(fn, "non-admin gained a role");
            if (!p.wasWriter && _metaHash() != p.meta) _violate(fn, "metadata changed by non-writer");
        }
    }

    function _ok(string memory fn) internal {
        successes[fn]++;
        totalSuccesses++;
    }

    function _violate(string memory fn, string memory what) internal {
        if (bytes(violation).length == 0) violation = string.concat(fn, ": ", what);
    }

    function _artifact(uint256 i) internal pure returns (bytes memory) {
        return abi.encodePacked("artifact-", bytes1(uint8(0x30 + i)));
    }

    /*//////////////////////////////////////////////////////////////
                                  TIME
    //////////////////////////////////////////////////////////////*/

    function warp(uint256 dt) external {
        now_ += dt % 2 days;
        vm.warp(now_);
    }

    /*//////////////////////////////////////////////////////////////
                               GOVERNANCE
    //////////////////////////////////////////////////////////////*/

    function setQuoteVerifier(uint256 a, uint8 k) external {
        Pre memory p = _pre(a);
        address v = k % 4 == 0 ? address(0) : address(mock); // disabling registration: rarely
        vm.prank(p.actor);
        try registry.setQuoteVerifier(IQuoteVerifier(v)) {
            _ok("setQuoteVerifier");
            if (p.wasOwner) ghostVerifier = v;
        } catch {}
        _post(p, "setQuoteVerifier");
    }

    function setInstanceTtl(uint256 a, uint64 ttl) external {
        Pre memory p = _pre(a);
        if (ttl % 4 != 0) ttl = uint64(60 + ttl % (2 days)); // mostly valid
        vm.prank(p.actor);
        try registry.setInstanceTtl(ttl) {
            _ok("setInstanceTtl");
            if (p.wasOwner) ghostTtl = ttl;
        } catch {}
        _post(p, "setInstanceTtl");
    }

    function setTcbPolicy(uint256 a, uint8 policy) external {
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.setTcbPolicy(policy) {
            _ok("setTcbPolicy");
            if (p.wasOwner) ghostTcb = policy;
        } catch {}
        _post(p, "setTcbPolicy");
    }

    function allowWorkload(uint256 a, uint8 w, bytes32 configHash) external {
        Pre memory p = _pre(a);
        bytes32 id = _workloads[w % 4];
        vm.prank(p.actor);
        try registry.allowWorkload(id, configHash) {
            _ok("allowWorkload");
            if (p.wasOwner) ghostConfig[id] = configHash;
        } catch {}
        _post(p, "allowWorkload");
    }

    function updateWorkloadConfig(uint256 a, uint8 w, bytes32 configHash) external {
        Pre memory p = _pre(a);
        bytes32 id = _workloads[w % 4];
        vm.prank(p.actor);
        try registry.updateWorkloadConfig(id, configHash) {
            _ok("updateWorkloadConfig");
            if (p.wasOwner) ghostConfig[id] = configHash;
        } catch {}
        _post(p, "updateWorkloadConfig");
    }

    function removeWorkload(uint256 a, uint8 w) external {
        Pre memory p = _pre(a);
        bytes32 id = _workloads[w % 4];
        vm.prank(p.actor);
        try registry.removeWorkload(id) {
            _ok("removeWorkload");
            if (p.wasOwner) ghostConfig[id] = bytes32(0);
        } catch {}
        _post(p, "removeWorkload");
    }

    function setPki(uint256 a, uint8 caLen, uint8 keyLen, uint8 kmsLen) external {
        Pre memory p = _pre(a);
        bytes memory ca = TdxBuilders.filled(caLen % 40, caLen);
        bytes memory key = TdxBuilders.filled(keyLen % 70, keyLen);
        bytes memory kms = TdxBuilders.filled(kmsLen % 3 == 0 ? 0 : kmsLen, kmsLen);
        vm.prank(p.actor);
        try registry.setPki(ca, key, kms) {
            _ok("setPki");
            if (p.wasOwner) {
                ghostPkiVersion++;
                ghostPkiHash = keccak256(abi.encode(ca, key, kms));
            }
        } catch {}
        _post(p, "setPki");
    }

    /// @dev Attempted a quarter as often as unpause, so that the registry is mostly live.
    function pause(uint256 a, uint8 k) external {
        if (k % 4 != 0) return;
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.pause() {
            _ok("pause");
            if (p.wasOwner) ghostPaused = true;
        } catch {}
        _post(p, "pause");
    }

    function unpause(uint256 a) external {
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.unpause() {
            _ok("unpause");
            if (p.wasOwner) ghostPaused = false;
        } catch {}
        _post(p, "unpause");
    }

    /*//////////////////////////////////////////////////////////////
                           OWNERSHIP AND ROLES
    //////////////////////////////////////////////////////////////*/

    function _roles(uint256 r) internal pure returns (uint256) {
        uint256 k = r % 5;
        return k == 0 ? OPERATOR_ROLE : k == 1 ? WRITER_ROLE : k == 2 ? OPERATOR_ROLE | WRITER_ROLE : k == 3 ? 4 : r;
    }

    function grantRoles(uint256 a, uint256 t, uint256 r) external {
        Pre memory p = _pre(a);
        address target = _actors[t % _actors.length];
        uint256 roles = _roles(r);
        vm.prank(p.actor);
        try registry.grantRoles(target, roles) {
            _ok("grantRoles");
            if (p.wasOwner) ghostRoles[target] |= roles;
        } catch {}
        _post(p, "grantRoles");
    }

    /// @dev Attempted half as often as grants, so that operators and writers mostly keep roles.
    function revokeRoles(uint256 a, uint256 t, uint256 r, uint8 k) external {
        if (k % 2 != 0) return;
        Pre memory p = _pre(a);
        address target = _actors[t % _actors.length];
        uint256 roles = _roles(r);
        vm.prank(p.actor);
        try registry.revokeRoles(target, roles) {
            _ok("revokeRoles");
            if (p.wasOwner) ghostRoles[target] &= ~roles;
        } catch {}
        _post(p, "revokeRoles");
    }

    /// @dev Attempted a quarter as often as grants (it succeeds for anyone).
    function renounceRoles(uint256 a, uint256 r, uint8 k) external {
        if (k % 4 != 0) return;
        Pre memory p = _pre(a);
        uint256 roles = _roles(r);
        vm.prank(p.actor);
        try registry.renounceRoles(roles) {
            _ok("renounceRoles");
            ghostRoles[p.actor] &= ~roles;
        } catch {}
        _post(p, "renounceRoles");
    }

    function requestOwnershipHandover(uint256 a) external {
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.requestOwnershipHandover() {
            _ok("requestOwnershipHandover");
        } catch {}
        _post(p, "requestOwnershipHandover");
    }

    function cancelOwnershipHandover(uint256 a) external {
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.cancelOwnershipHandover() {
            _ok("cancelOwnershipHandover");
        } catch {}
        _post(p, "cancelOwnershipHandover");
    }

    function completeOwnershipHandover(uint256 a, uint256 t) external {
        Pre memory p = _pre(a);
        address pending = _actors[t % _actors.length];
        vm.prank(p.actor);
        try registry.completeOwnershipHandover(pending) {
            _ok("completeOwnershipHandover");
            if (p.wasOwner) ghostOwner = pending;
        } catch {}
        _post(p, "completeOwnershipHandover");
    }

    function transferOwnership(uint256 a, uint256 t) external {
        Pre memory p = _pre(a);
        address to = _actors[t % _actors.length];
        vm.prank(p.actor);
        try registry.transferOwnership(to) {
            _violate("transferOwnership", "one-step transfer succeeded");
        } catch {}
        _post(p, "transferOwnership");
    }

    function renounceOwnership(uint256 a) external {
        Pre memory p = _pre(a);
        vm.prank(p.actor);
        try registry.renounceOwnership() {
            _violate("renounceOwnership", "renounce succeeded");
        } catch {}
        _post(p, "renounceOwnership");
    }

    /*//////////////////////////////////////////////////////////////
                         METADATA: BACKENDS, ARTIFACTS
    //////////////////////////////////////////////////////////////*/

    function addStorageBackend(uint256 a, uint8 u) external {
        Pre memory p = _pre(a);
        string memory uri = _uris[u % _uris.length];
        vm.prank(p.actor);
        try registry.addStorageBackend(uri) {
            _ok("addStorageBackend");
            if (p.paused) _violate("addStorageBackend", "succeeded while paused");
            if (p.wasOwner || p.wasWriter) _ghostBackends.push(uri);
        } catch {}
        _post(p, "addStorageBackend");
    }

    function removeStorageBackend(uint256 a, uint8 u) external {
        Pre memory p = _pre(a);
        // Mostly a listed URI.
        string[] memory listed = registry.storageBackends();
        string memory uri = u % 4 != 0 && listed.length != 0 ? listed[u % listed.length] : _uris[u % _uris.length];
        vm.prank(p.actor);
        try registry.removeStorageBackend(uri) {
            _ok("removeStorageBackend");
            if (p.paused) _violate("removeStorageBackend", "succeeded while paused");
            if (p.wasOwner || p.wasWriter) _ghostRemoveBackend(uri);
        } catch {}
        _post(p, "removeStorageBackend");
    }

    function _ghostRemoveBackend(string memory uri) internal {
        uint256 n = _ghostBackends.length;
        for (uint256 i; i < n; ++i) {
            if (keccak256(bytes(_ghostBackends[i])) == keccak256(bytes(uri))) {
                for (uint256 j = i + 1; j < n; ++j) {
                    _ghostBackends[j - 1] = _ghostBackends[j];
                }
                _ghostBackends.pop();
                return;
            }
        }
    }

    function storeArtifact(uint256 a, uint8 i) external {
        Pre memory p = _pre(a);
        bytes memory data = i % 8 == 7 ? bytes("") : _artifact(i % 4);
        vm.prank(p.actor);
        try store.store(data) returns (bytes32 h) {
            _ok("store");
            if (p.paused) _violate("store", "succeeded while paused");
            if (h != sha256(data)) _violate("store", "hash is not sha256(data)");
            if (p.wasOwner || p.wasWriter) ghostArtifact[h] = true;
        } catch {}
        _post(p, "store");
    }

    function removeArtifact(uint256 a, uint8 i) external {
        Pre memory p = _pre(a);
        bytes32 h = sha256(_artifact(i % 4));
        vm.prank(p.actor);
        try store.remove(h) {
            _ok("remove");
            if (p.paused) _violate("remove", "succeeded while paused");
            if (p.wasOwner || p.wasWriter) ghostArtifact[h] = false;
        } catch {}
        _post(p, "remove");
    }

    /*//////////////////////////////////////////////////////////////
                                INSTANCES
    //////////////////////////////////////////////////////////////*/

    /// @dev `mode` picks the quote: mostly (0-10) right, else another workload (11), bound to
    ///      someone else (12) or another chain (13), any TCB status (14), failing verification (15).
    function registerInstance(uint256 a, uint8 key, uint8 label, uint8 mode, uint8 shape) external {
        _register(_preOp(a), key % N_KEYS, label, mode, shape);
    }

    /// @dev Renewal attempts: an existing record's key, usually by its own operator.
    function renewInstance(uint256 a, uint8 key, uint8 label, uint8 mode, uint8 shape) external {
        uint256 k = key % N_KEYS;
        address op = registry.instance(sha256(TdxBuilders.pubkey(k))).operator;
        Pre memory p = a % 4 != 0 && op != address(0) ? _preAs(op) : _preOp(a);
        _register(p, k, label, mode, shape);
    }

    function _register(Pre memory p, uint256 key, uint8 label, uint8 mode, uint8 shape) internal {
        bytes memory pk = TdxBuilders.pubkey(key);
        (bytes memory quote, bool bound) = _quote(pk, p.actor, mode, shape);
        IRegistry.Endpoints memory e = _shape(shape, 443);
        string memory lbl = _labels[label % 4];
        IRegistry.Instance memory before = registry.instance(sha256(pk));

        vm.prank(p.actor);
        try registry.registerInstance(quote, pk, lbl, e) returns (bytes32 id) {
            _ok("registerInstance");
            if (id != sha256(pk)) _violate("registerInstance", "id is not sha256(pubkey)");
            _checkRegistered(p, before, registry.instance(id), quote, bound);
        } catch {}
        _post(p, "registerInstance");
    }

    /// @dev Everything a successful registration must have satisfied.
    function _checkRegistered(
        Pre memory p,
        IRegistry.Instance memory before,
        IRegistry.Instance memory inst,
        bytes memory quote,
        bool bound
    ) internal {
        string memory fn = "registerInstance";
        if (!p.wasOperator) _violate(fn, "registered without OPERATOR_ROLE");
        if (p.paused) _violate(fn, "succeeded while paused");
        if (!mock.passed(keccak256(quote))) _violate(fn, "registered without a passing quote");
        if (inst.quoteHash != keccak256(quote)) _violate(fn, "recorded another quote");
        if (!bound) _violate(fn, "quote bound elsewhere accepted");
        if (before.status == IRegistry.InstanceStatus.Revoked) _violate(fn, "revoked instance came back");
        if (before.status == IRegistry.InstanceStatus.Active && before.operator != p.actor) {
            _violate(fn, "active instance taken over by another operator");
        }
        if (inst.status != IRegistry.InstanceStatus.Active || inst.operator != p.actor) _violate(fn, "bad record");
        if (inst.expiresAt != block.timestamp + registry.instanceTtl()) _violate(fn, "bad expiry");
        if (registry.configHashOf(inst.workloadId) == bytes32(0)) _violate(fn, "workload not allowlisted");
        if ((registry.acceptedTcbStatuses() >> uint8(inst.tcbStatus)) & 1 == 0) _violate(fn, "TCB status refused");
    }

    /// @return quote The mock quote.
    /// @return bound Whether its REPORTDATA binds `pk` to `actor` on this chain and registry.
    function _quote(bytes memory pk, address actor, uint8 mode, uint8 shape)
        internal
        view
        returns (bytes memory quote, bool bound)
    {
        address boundTo = actor;
        uint256 chainId = block.chainid;
        uint256 m = mode % 16;
        if (m == 12) boundTo = _actors[shape % _actors.length];
        if (m == 13) chainId = block.chainid + 1;
        bound = boundTo == actor && chainId == block.chainid;
        IQuoteVerifier.TdReport memory r =
            TdxBuilders.report(TdxBuilders.reportData(pk, chainId, address(registry), boundTo));
        if (m == 11) r.rtMr3 = TdxBuilders.filled(48, 0xee); // the second tracked workload
        r.mrOwner = abi.encode(now_); // fresh quote bytes per attempt
        // Any status in mode 14; otherwise the lowest one the current policy accepts.
        uint8 policy = registry.acceptedTcbStatuses();
        uint8 status;
        while (status < 6 && (policy >> status) & 1 == 0) ++status;
        IQuoteVerifier.TcbStatus tcb = IQuoteVerifier.TcbStatus(m == 14 ? (mode >> 4) % 7 : status);
        IQuoteVerifier.Verdict memory v = TdxBuilders.verdict(r, tcb);
        if (m == 15) (v.valid, v.failure) = (false, "bad-signature");
        quote = abi.encode(v);
    }

    /// @dev Endpoints: valid except shape % 16 == 0 (no address) or 1 (zero port); 5 IPv4
    ///      addresses (too many) when shape % 16 == 2.
    function _shape(uint8 shape, uint16 port) internal pure returns (IRegistry.Endpoints memory) {
        uint256 k = shape % 16;
        if (k == 0) return TdxBuilders.endpoints(0, 0, port);
        if (k == 1) return TdxBuilders.endpoints(1, 1, 0);
        if (k == 2) return TdxBuilders.endpoints(5, 0, port);
        return TdxBuilders.endpoints(1 + (shape >> 4) % 4, (shape >> 6) % 3, port);
    }

    /// @dev The id of the first key from `key` on whose record has status `want` (any record
    ///      when `want` is None), else the id of `key` itself.
    function _pick(uint8 key, IRegistry.InstanceStatus want) internal view returns (bytes32) {
        for (uint256 i; i < N_KEYS; ++i) {
            bytes32 id = sha256(TdxBuilders.pubkey((key + i) % N_KEYS));
            IRegistry.InstanceStatus st = registry.instance(id).status;
            if (want == IRegistry.InstanceStatus.None ? st != want : st == want) return id;
        }
        return sha256(TdxBuilders.pubkey(key % N_KEYS));
    }

    /// @dev A caller biased towards the instance's own operator.
    function _preInstance(uint256 a, IRegistry.Instance memory inst) internal returns (Pre memory) {
        return a % 4 != 0 && inst.operator != address(0) ? _preAs(inst.operator) : _pre(a);
    }

    function updateEndpoints(uint256 a, uint8 key, uint8 shape) external {
        bytes32 id = _pick(key, IRegistry.InstanceStatus.Active);
        IRegistry.Instance memory before = registry.instance(id);
        Pre memory p = _preInstance(a, before);
        IRegistry.Endpoints memory e = _shape(shape, 80);
        vm.prank(p.actor);
        try registry.updateEndpoints(id, e) {
            _ok("updateEndpoints");
            if (p.actor != before.operator) _violate("updateEndpoints", "not the instance's operator");
            if (p.paused) _violate("updateEndpoints", "succeeded while paused");
            if (block.timestamp >= before.expiresAt) _violate("updateEndpoints", "updated past expiry");
        } catch {}
        _post(p, "updateEndpoints");
    }

    function revokeInstance(uint256 a, uint8 key) external {
        bytes32 id = _pick(key, key % 4 == 0 ? IRegistry.InstanceStatus.None : IRegistry.InstanceStatus.Active);
        IRegistry.Instance memory before = registry.instance(id);
        Pre memory p = _preInstance(a, before);
        vm.prank(p.actor);
        try registry.revokeInstance(id) {
            _ok("revokeInstance");
            if (!p.wasOwner && p.actor != before.operator) _violate("revokeInstance", "revoked by a third party");
        } catch {}
        _post(p, "revokeInstance");
    }

    /// @dev Lets up to a day pass first, so that instances do reach their expiry.
    function expireInstance(uint256 a, uint8 key, uint32 dt) external {
        now_ += dt % 1 days;
        Pre memory p = _pre(a);
        bytes32 id = _pick(key, IRegistry.InstanceStatus.Active);
        IRegistry.Instance memory before = registry.instance(id);
        vm.prank(p.actor);
        try registry.expireInstance(id) {
            _ok("expireInstance");
            if (block.timestamp < before.expiresAt) _violate("expireInstance", "expired early");
        } catch {}
        _post(p, "expireInstance");
    }
}
