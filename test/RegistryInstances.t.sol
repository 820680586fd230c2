// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "./utils/Vm.sol";
import {RegistryFixture} from "./utils/RegistryFixture.sol";
import {Registry} from "../contracts/Registry.sol";
import {IRegistry} from "../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../contracts/interfaces/IQuoteVerifier.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @notice Instance lifecycle: registration and its checks, renewal, labels, endpoint updates,
///         revocation and expiry.
contract RegistryInstancesTest is RegistryFixture {
    bytes4 internal constant UNAUTHORIZED = 0x82b42900;

    /*//////////////////////////////////////////////////////////////
                              REGISTRATION
    //////////////////////////////////////////////////////////////*/

    function test_register_happyPath() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        IRegistry.Endpoints memory e = _endpoints(2, 3, 443);
        bytes32 id = sha256(pk);
        IRegistry.Instance memory want =
            _record(pk, OPERATOR, "node-1", e, quote, IQuoteVerifier.TcbStatus.UpToDate, TTL);

        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRegistered(id, workloadId, OPERATOR, want);
        vm.prank(OPERATOR);
        bytes32 got = registry.registerInstance(quote, pk, "node-1", e);

        vm.assertEq(got, id);
        _assertInstance(registry.instance(id), want);
        vm.assertTrue(registry.isActive(id));
        vm.assertEq(registry.instanceIdByLabel("node-1"), id);
        vm.assertTrue(verifier.passed(keccak256(quote)));
        vm.assertEq(verifier.calls(), 1);
    }

    function test_reportDataFor_matchesReference() public view {
        bytes memory pk = _pubkey(7);
        bytes memory rd = registry.reportDataFor(pk, OPERATOR);
        vm.assertEq(rd.length, 64);
        vm.assertEq(rd, _reportDataRef(pk, block.chainid, address(registry), OPERATOR));
        vm.assertTrue(keccak256(rd) != keccak256(registry.reportDataFor(pk, OPERATOR2)));
    }

    function test_register_acceptsSwHardeningNeededByDefault() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus.SWHardeningNeeded);
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(uint256(registry.instance(id).tcbStatus), uint256(IQuoteVerifier.TcbStatus.SWHardeningNeeded));
    }

    function test_register_configurationNeeded_rejectedByDefault_acceptedByPolicy() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus.ConfigurationNeeded);
        vm.prank(OPERATOR);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRegistry.TcbStatusNotAccepted.selector, IQuoteVerifier.TcbStatus.ConfigurationNeeded
            )
        );
        registry.registerInstance(quote, pk, "a", _endpoints());

        vm.prank(ADMIN);
        registry.setTcbPolicy(3 | (1 << 2)); // default plus ConfigurationNeeded
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(uint256(registry.instance(id).tcbStatus), uint256(IQuoteVerifier.TcbStatus.ConfigurationNeeded));
        vm.assertTrue(registry.isActive(id));
    }

    function test_register_revokedTcbNeverAccepted() public {
        vm.prank(ADMIN);
        registry.setTcbPolicy(0x3f); // every status the policy may accept
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus.Revoked);
        vm.prank(OPERATOR);
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.TcbStatusNotAccepted.selector, IQuoteVerifier.TcbStatus.Revoked)
        );
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    /// @dev Every (policy, status) pair: accepted exactly when the policy has the status's bit.
    function testFuzz_register_tcbPolicy(uint8 policy, uint8 status) public {
        policy = uint8(bound(policy, 1, 63));
        status = uint8(bound(status, 0, 6));
        vm.prank(ADMIN);
        registry.setTcbPolicy(policy);
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus(status));
        bool ok = (policy >> status) & 1 == 1;
        vm.prank(OPERATOR);
        if (!ok) {
            vm.expectRevert(
                abi.encodeWithSelector(IRegistry.TcbStatusNotAccepted.selector, IQuoteVerifier.TcbStatus(status))
            );
        }
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(registry.isActive(sha256(pk)), ok);
    }

    function test_register_revertsForNonOperators() public {
        address[3] memory who = [ADMIN, WRITER, STRANGER];
        bytes memory pk = _pubkey(1);
        for (uint256 i; i < 3; ++i) {
            bytes memory quote = _quoteFor(pk, who[i]);
            vm.prank(who[i]);
            vm.expectRevert(UNAUTHORIZED);
            registry.registerInstance(quote, pk, "a", _endpoints());
        }
        vm.assertEq(uint256(_status(sha256(pk))), 0);
    }

    function test_register_revertsWhenPaused() public {
        vm.prank(ADMIN);
        registry.pause();
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.prank(ADMIN);
        registry.unpause();
        vm.prank(OPERATOR);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_register_invalidPublicKey() public {
        bytes[6] memory bad = [
            bytes(""),
            abi.encodePacked(bytes1(0x04), bytes32(uint256(1)), bytes31(uint248(2))), // 64 bytes
            abi.encodePacked(_pubkey(1), bytes1(0)), // 66 bytes
            abi.encodePacked(bytes1(0x02), bytes32(uint256(1)), bytes32(uint256(2))), // compressed prefix
            abi.encodePacked(bytes1(0x03), bytes32(uint256(1)), bytes32(uint256(2))),
            abi.encodePacked(bytes1(0x00), bytes32(uint256(1)), bytes32(uint256(2)))
        ];
        for (uint256 i; i < bad.length; ++i) {
            bytes memory quote = _quoteFor(bad[i], OPERATOR); // correctly bound, so only the key is wrong
            vm.prank(OPERATOR);
            vm.expectRevert(IRegistry.InvalidPublicKey.selector);
            registry.registerInstance(quote, bad[i], "a", _endpoints());
        }
    }

    function test_register_invalidLabel() public {
        string[9] memory bad = ["", "Node", "-a", "a-", "a.b", "a_b", "a b", "\xc3\xa9", _repeat("a", 64)];
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(OPERATOR);
            vm.expectRevert(IRegistry.InvalidLabel.selector);
            registry.registerInstance(quote, pk, bad[i], _endpoints());
        }
        vm.prank(OPERATOR);
        registry.registerInstance(quote, pk, _repeat("a", 63), _endpoints());
        vm.assertEq(registry.instanceIdByLabel(_repeat("a", 63)), sha256(pk));
    }

    function test_register_endpointErrors() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        IRegistry.Endpoints memory e;

        e = _endpoints(0, 0, 443);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.NoAddresses.selector);
        registry.registerInstance(quote, pk, "a", e);

        e = _endpoints(5, 0, 443);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.TooManyAddresses.selector);
        registry.registerInstance(quote, pk, "a", e);

        e = _endpoints(1, 5, 443);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.TooManyAddresses.selector);
        registry.registerInstance(quote, pk, "a", e);

        e = _endpoints(1, 1, 0);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ZeroPort.selector);
        registry.registerInstance(quote, pk, "a", e);

        e = _endpoints(2, 1, 443);
        e.ipv4[1] = bytes4(0);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ZeroAddressEndpoint.selector);
        registry.registerInstance(quote, pk, "a", e);

        e = _endpoints(0, 2, 443);
        e.ipv6[0] = bytes16(0);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ZeroAddressEndpoint.selector);
        registry.registerInstance(quote, pk, "a", e);

        // The maximum of both families, and single-family endpoints, are fine.
        e = _endpoints(4, 4, 65535);
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", e);
        vm.assertEq(abi.encode(registry.instance(id).endpoints), abi.encode(e));
    }

    /// @dev Fuzzed endpoint shapes against an independent statement of the rule.
    function testFuzz_register_endpoints(uint8 n4, uint8 n6, uint16 port, uint8 zeroAt) public {
        n4 = uint8(bound(n4, 0, 6));
        n6 = uint8(bound(n6, 0, 6));
        IRegistry.Endpoints memory e = _endpoints(n4, n6, port);
        // zeroAt < 12 zeroes one address (if it exists); otherwise none.
        bool hasZero;
        if (zeroAt < 6 && zeroAt < n4) (e.ipv4[zeroAt], hasZero) = (bytes4(0), true);
        else if (zeroAt >= 6 && zeroAt < 12 && zeroAt - 6 < n6) (e.ipv6[zeroAt - 6], hasZero) = (bytes16(0), true);

        bytes4 err;
        if (n4 + n6 == 0) err = IRegistry.NoAddresses.selector;
        else if (n4 > 4 || n6 > 4) err = IRegistry.TooManyAddresses.selector;
        else if (port == 0) err = IRegistry.ZeroPort.selector;
        else if (hasZero) err = IRegistry.ZeroAddressEndpoint.selector;

        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        if (err != 0) vm.expectRevert(err);
        registry.registerInstance(quote, pk, "a", e);
        if (err == 0) vm.assertEq(abi.encode(registry.instance(sha256(pk)).endpoints), abi.encode(e));
        else vm.assertEq(uint256(_status(sha256(pk))), 0);
    }

    function test_register_quoteRejected() public {
        bytes memory pk = _pubkey(1);
        IQuoteVerifier.Verdict memory v = _verdictOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus.UpToDate);
        v.valid = false;
        v.failure = bytes32("bad-signature");
        bytes memory quote = abi.encode(v);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.QuoteRejected.selector, bytes32("bad-signature")));
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertFalse(verifier.passed(keccak256(quote)));
    }

    function test_register_malformedQuoteReverts() public {
        bytes memory pk = _pubkey(1);
        vm.prank(OPERATOR);
        vm.expectRevert();
        registry.registerInstance(hex"deadbeef", pk, "a", _endpoints());
        vm.assertEq(uint256(_status(sha256(pk))), 0);
    }

    function test_register_quoteVerifierNotSet() public {
        vm.prank(ADMIN);
        registry.setQuoteVerifier(IQuoteVerifier(address(0)));
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.QuoteVerifierNotSet.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_register_workloadNotAllowed() public {
        bytes memory pk = _pubkey(1);
        IQuoteVerifier.TdReport memory r = _report(_bound(pk, OPERATOR));
        r.rtMr3 = _filled(48, 0xaa); // a different runtime measurement
        bytes32 wid = _workloadIdRef(r);
        bytes memory quote = _quoteOf(r, IQuoteVerifier.TcbStatus.UpToDate);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.WorkloadNotAllowed.selector, wid));
        registry.registerInstance(quote, pk, "a", _endpoints());

        // Allowlisting that identity makes the same quote register, with that workload id.
        vm.prank(ADMIN);
        registry.allowWorkload(wid, CONFIG_HASH);
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(registry.instance(id).workloadId, wid);
    }

    /*//////////////////////////////////////////////////////////////
                           REPORT DATA BINDING
    //////////////////////////////////////////////////////////////*/

    function _expectMismatch(bytes memory reportData, bytes memory pk, address op) internal {
        bytes memory quote = _quoteOf(_report(reportData), IQuoteVerifier.TcbStatus.UpToDate);
        vm.prank(op);
        vm.expectRevert(IRegistry.ReportDataMismatch.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_reportData_otherChainRejected() public {
        bytes memory pk = _pubkey(1);
        bytes memory rd = _reportDataRef(pk, block.chainid + 1, address(registry), OPERATOR);
        _expectMismatch(rd, pk, OPERATOR);
        // The same quote is good on the chain it was made for.
        vm.chainId(block.chainid + 1);
        bytes memory quote = _quoteOf(_report(rd), IQuoteVerifier.TcbStatus.UpToDate);
        vm.prank(OPERATOR);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_reportData_chainChangeAfterQuoteRejected() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.chainId(8453);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ReportDataMismatch.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
    }

    function test_reportData_otherRegistryRejected() public {
        Registry other = new Registry(ADMIN, verifier, TTL);
        vm.startPrank(ADMIN);
        other.grantRoles(OPERATOR, OPERATOR_ROLE);
        other.allowWorkload(workloadId, CONFIG_HASH);
        vm.stopPrank();
        bytes memory pk = _pubkey(1);
        bytes memory rd = _reportDataRef(pk, block.chainid, address(other), OPERATOR);
        _expectMismatch(rd, pk, OPERATOR);
        // The quote is good for the deployment it was made for.
        bytes memory quote = _quoteOf(_report(rd), IQuoteVerifier.TcbStatus.UpToDate);
        vm.prank(OPERATOR);
        other.registerInstance(quote, pk, "a", _endpoints());
        vm.assertTrue(other.isActive(sha256(pk)));
        vm.assertFalse(registry.isActive(sha256(pk)));
    }

    function test_reportData_otherOperatorRejected() public {
        bytes memory pk = _pubkey(1);
        _expectMismatch(_bound(pk, OPERATOR2), pk, OPERATOR);
        _expectMismatch(_bound(pk, OPERATOR), pk, OPERATOR2);
    }

    function test_reportData_otherPubkeyRejected() public {
        _expectMismatch(_bound(_pubkey(2), OPERATOR), _pubkey(1), OPERATOR);
    }

    function test_reportData_wrongLengthRejected() public {
        bytes memory pk = _pubkey(1);
        bytes memory rd = _bound(pk, OPERATOR);
        _expectMismatch(abi.encodePacked(rd, bytes1(0)), pk, OPERATOR);
        _expectMismatch(abi.encodePacked(sha256(pk)), pk, OPERATOR);
        _expectMismatch("", pk, OPERATOR);
    }

    /// @dev Any reportData other than the exact binding is rejected.
    function testFuzz_reportData_arbitraryRejected(bytes memory rd) public {
        bytes memory pk = _pubkey(1);
        vm.assume(keccak256(rd) != keccak256(_bound(pk, OPERATOR)));
        _expectMismatch(rd, pk, OPERATOR);
        vm.assertEq(uint256(_status(sha256(pk))), 0);
    }

    /// @dev Flipping any single bit of the exact binding breaks it.
    function testFuzz_reportData_bitFlipRejected(uint16 bit) public {
        bit = uint16(bound(bit, 0, 511));
        bytes memory pk = _pubkey(1);
        bytes memory rd = _bound(pk, OPERATOR);
        rd[bit / 8] ^= bytes1(uint8(1 << (bit % 8)));
        _expectMismatch(rd, pk, OPERATOR);
    }

    /// @dev Quotes bound to a fuzzed (chain, registry, operator) register only when all three match.
    function testFuzz_reportData_binding(uint64 chainId, address reg, uint8 opIdx) public {
        address op = opIdx % 2 == 0 ? OPERATOR : OPERATOR2;
        bool right = opIdx % 4 < 2; // half the runs use the right chain and registry
        if (right) (chainId, reg) = (uint64(block.chainid), address(registry));
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_reportDataRef(pk, chainId, reg, op)), IQuoteVerifier.TcbStatus.UpToDate);
        bool ok = chainId == block.chainid && reg == address(registry);
        vm.prank(op);
        if (!ok) vm.expectRevert(IRegistry.ReportDataMismatch.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(registry.isActive(sha256(pk)), ok);
        // Even a right binding never registers through the other operator.
        if (ok) vm.assertEq(registry.instance(sha256(pk)).operator, op);
    }

    /// @dev Fuzzed public keys: only a 65-byte 0x04 key registers, only with its own binding,
    ///      and then under sha256(pubkey).
    function testFuzz_pubkey(bytes memory pk, bool forceValid) public {
        if (forceValid) {
            pk = abi.encodePacked(bytes1(0x04), keccak256(pk), keccak256(abi.encode(pk)));
        }
        bool wellFormed = pk.length == 65 && pk[0] == 0x04;
        // A quote bound to another key is never accepted.
        bytes memory other = _pubkey(99);
        bytes memory quote = _quoteFor(other, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(wellFormed ? IRegistry.ReportDataMismatch.selector : IRegistry.InvalidPublicKey.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());

        quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        if (!wellFormed) vm.expectRevert(IRegistry.InvalidPublicKey.selector);
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.assertEq(registry.isActive(sha256(pk)), wellFormed);
        if (wellFormed) vm.assertEq(registry.instance(sha256(pk)).pubkey, pk);
    }

    /*//////////////////////////////////////////////////////////////
                                RENEWAL
    //////////////////////////////////////////////////////////////*/

    function test_renewal_sameOperator_newExpiryAndLabel() public {
        bytes32 id = _register(OPERATOR, 1, "old");
        vm.warp(T0 + 1 hours);

        bytes memory pk = _pubkey(1);
        IQuoteVerifier.TdReport memory r = _report(_bound(pk, OPERATOR));
        r.mrOwner = hex"01"; // a fresh quote: different bytes, same workload
        bytes memory quote = _quoteOf(r, IQuoteVerifier.TcbStatus.SWHardeningNeeded);
        IRegistry.Endpoints memory e = _endpoints(0, 1, 9000);
        IRegistry.Instance memory want =
            _record(pk, OPERATOR, "new", e, quote, IQuoteVerifier.TcbStatus.SWHardeningNeeded, TTL);

        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRegistered(id, workloadId, OPERATOR, want);
        vm.prank(OPERATOR);
        vm.assertEq(registry.registerInstance(quote, pk, "new", e), id);

        _assertInstance(registry.instance(id), want);
        vm.assertEq(uint256(registry.instance(id).expiresAt), T0 + 1 hours + TTL);
        vm.assertEq(registry.instanceIdByLabel("new"), id);
        vm.assertEq(registry.instanceIdByLabel("old"), bytes32(0));
        // The old label is free for someone else.
        _register(OPERATOR2, 2, "old");
    }

    function test_renewal_sameLabel_shrinksEndpoints() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", _endpoints(4, 4, 1));
        IRegistry.Endpoints memory e = _endpoints(1, 0, 2);
        vm.prank(OPERATOR);
        registry.registerInstance(quote, pk, "a", e);
        vm.assertEq(abi.encode(registry.instance(id).endpoints), abi.encode(e));
        vm.assertEq(registry.instanceIdByLabel("a"), id);
    }

    function test_renewal_pastExpiryBeforeExpire_sameOperator() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.warp(T0 + TTL + 5);
        vm.assertFalse(registry.isActive(id));
        _register(OPERATOR, 1, "a");
        vm.assertTrue(registry.isActive(id));
        vm.assertEq(uint256(registry.instance(id).expiresAt), T0 + TTL + 5 + TTL);
    }

    function test_renewal_otherOperator_reverts() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR2); // correctly bound to OPERATOR2
        vm.prank(OPERATOR2);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.NotInstanceOperator.selector, id));
        registry.registerInstance(quote, pk, "b", _endpoints());
        // Still NotInstanceOperator once past expiry, until someone marks it expired.
        vm.warp(T0 + TTL);
        vm.prank(OPERATOR2);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.NotInstanceOperator.selector, id));
        registry.registerInstance(quote, pk, "b", _endpoints());
        vm.assertEq(registry.instance(id).operator, OPERATOR);
    }

    function test_renewal_toTakenLabel_revertsAndKeepsOldLabel() public {
        bytes32 a = _register(OPERATOR, 1, "a");
        bytes32 b = _register(OPERATOR2, 2, "b");
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.LabelTaken.selector, b));
        registry.registerInstance(quote, pk, "b", _endpoints());
        vm.assertEq(registry.instanceIdByLabel("a"), a);
        vm.assertEq(registry.instanceIdByLabel("b"), b);
        vm.assertEq(registry.instance(a).label, "a");
    }

    function test_revoked_cannotReregister_ever() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(OPERATOR);
        registry.revokeInstance(id);
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceIsRevoked.selector, id));
        registry.registerInstance(quote, pk, "a", _endpoints());
        vm.warp(T0 + 10 * 365 days);
        bytes memory quote2 = _quoteFor(pk, OPERATOR2);
        vm.prank(OPERATOR2);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceIsRevoked.selector, id));
        registry.registerInstance(quote2, pk, "a", _endpoints());
    }

    function test_expired_canReregister_sameOrOtherOperator() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.warp(T0 + TTL);
        registry.expireInstance(id);
        vm.warp(T0 + TTL + 100);
        _register(OPERATOR, 1, "a");
        vm.assertTrue(registry.isActive(id));
        vm.assertEq(uint256(registry.instance(id).registeredAt), T0 + TTL + 100);

        vm.warp(T0 + 3 * TTL);
        registry.expireInstance(id);
        // Another operator may take over an expired instance with a quote bound to itself.
        _register(OPERATOR2, 1, "b");
        IRegistry.Instance memory inst = registry.instance(id);
        vm.assertEq(inst.operator, OPERATOR2);
        vm.assertEq(inst.label, "b");
        vm.assertEq(inst.pubkey, _pubkey(1));
        vm.assertEq(registry.instanceIdByLabel("a"), bytes32(0));
        vm.assertEq(registry.instanceIdByLabel("b"), id);
    }

    /*//////////////////////////////////////////////////////////////
                                 LABELS
    //////////////////////////////////////////////////////////////*/

    function test_label_takenWhileHolderUnexpired() public {
        bytes32 a = _register(OPERATOR, 1, "web");
        vm.warp(T0 + TTL - 1);
        bytes memory pk = _pubkey(2);
        bytes memory quote = _quoteFor(pk, OPERATOR2);
        vm.prank(OPERATOR2);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.LabelTaken.selector, a));
        registry.registerInstance(quote, pk, "web", _endpoints());
        // The same operator cannot take it with another key either.
        bytes memory quote1 = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.LabelTaken.selector, a));
        registry.registerInstance(quote1, pk, "web", _endpoints());
    }

    function test_label_holderPastExpiryIsExpiredOnTheWay() public {
        bytes32 a = _register(OPERATOR, 1, "web");
        vm.warp(T0 + TTL);
        bytes memory pk = _pubkey(2);
        bytes32 b = sha256(pk);
        bytes memory quote = _quoteFor(pk, OPERATOR2);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceExpired(a);
        IRegistry.Instance memory want =
            _record(pk, OPERATOR2, "web", _endpoints(), quote, IQuoteVerifier.TcbStatus.UpToDate, TTL);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRegistered(b, workloadId, OPERATOR2, want);
        vm.prank(OPERATOR2);
        registry.registerInstance(quote, pk, "web", _endpoints());
        vm.assertEq(uint256(_status(a)), uint256(IRegistry.InstanceStatus.Expired));
        vm.assertEq(registry.instanceIdByLabel("web"), b);
        // The displaced instance cannot expire twice, and can come back under another label.
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.InstanceNotActive.selector, a, IRegistry.InstanceStatus.Expired)
        );
        registry.expireInstance(a);
        _register(OPERATOR, 1, "web2");
        vm.assertEq(registry.instanceIdByLabel("web2"), a);
    }

    function test_label_freedByRevoke() public {
        bytes32 a = _register(OPERATOR, 1, "web");
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRevoked(a, ADMIN);
        vm.prank(ADMIN);
        registry.revokeInstance(a);
        vm.assertEq(registry.instanceIdByLabel("web"), bytes32(0));
        bytes32 b = _register(OPERATOR2, 2, "web");
        vm.assertEq(registry.instanceIdByLabel("web"), b);
    }

    function test_label_freedByExpire() public {
        bytes32 a = _register(OPERATOR, 1, "web");
        vm.warp(T0 + TTL);
        registry.expireInstance(a);
        vm.assertEq(registry.instanceIdByLabel("web"), bytes32(0));
        bytes32 b = _register(OPERATOR2, 2, "web");
        vm.assertEq(registry.instanceIdByLabel("web"), b);
    }

    /*//////////////////////////////////////////////////////////////
                             UPDATE ENDPOINTS
    //////////////////////////////////////////////////////////////*/

    function test_updateEndpoints() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        IRegistry.Endpoints memory e = _endpoints(3, 2, 7000);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceEndpointsUpdated(id, e);
        vm.prank(OPERATOR);
        registry.updateEndpoints(id, e);
        IRegistry.Instance memory inst = registry.instance(id);
        vm.assertEq(abi.encode(inst.endpoints), abi.encode(e));
        // Nothing else moved.
        vm.assertEq(uint256(inst.expiresAt), T0 + TTL);
        vm.assertEq(inst.label, "a");
    }

    function test_updateEndpoints_reverts() public {
        bytes32 missing = sha256(_pubkey(42));
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotFound.selector, missing));
        registry.updateEndpoints(missing, _endpoints());

        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(OPERATOR2);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.NotInstanceOperator.selector, id));
        registry.updateEndpoints(id, _endpoints());
        // Without the operator role nobody reaches the instance check, the admin included.
        address[3] memory others = [ADMIN, WRITER, STRANGER];
        for (uint256 i; i < 3; ++i) {
            vm.prank(others[i]);
            vm.expectRevert(bytes4(0x82b42900)); // Unauthorized()
            registry.updateEndpoints(id, _endpoints());
        }

        IRegistry.Endpoints memory e = _endpoints(0, 0, 1);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.NoAddresses.selector);
        registry.updateEndpoints(id, e);
        e = _endpoints(5, 0, 1);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.TooManyAddresses.selector);
        registry.updateEndpoints(id, e);
        e = _endpoints(1, 0, 0);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ZeroPort.selector);
        registry.updateEndpoints(id, e);
        e = _endpoints(1, 1, 1);
        e.ipv6[0] = bytes16(0);
        vm.prank(OPERATOR);
        vm.expectRevert(IRegistry.ZeroAddressEndpoint.selector);
        registry.updateEndpoints(id, e);

        vm.prank(ADMIN);
        registry.pause();
        vm.prank(OPERATOR);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        registry.updateEndpoints(id, _endpoints(1, 1, 1));
        vm.prank(ADMIN);
        registry.unpause();

        vm.warp(T0 + TTL);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceHasExpired.selector, id, uint64(T0 + TTL)));
        registry.updateEndpoints(id, _endpoints(1, 1, 1));

        registry.expireInstance(id);
        vm.prank(OPERATOR);
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.InstanceNotActive.selector, id, IRegistry.InstanceStatus.Expired)
        );
        registry.updateEndpoints(id, _endpoints(1, 1, 1));

        vm.prank(OPERATOR);
        registry.revokeInstance(id);
        vm.prank(OPERATOR);
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.InstanceNotActive.selector, id, IRegistry.InstanceStatus.Revoked)
        );
        registry.updateEndpoints(id, _endpoints(1, 1, 1));
        vm.assertEq(abi.encode(registry.instance(id).endpoints), abi.encode(_endpoints()));
    }

    /*//////////////////////////////////////////////////////////////
                               REVOCATION
    //////////////////////////////////////////////////////////////*/


    function _registerWithQuote(uint256 seed, string memory label) internal returns (bytes32 id, bytes memory quote) {
        bytes memory pk = _pubkey(seed);
        quote = _quoteFor(pk, OPERATOR);
        vm.prank(OPERATOR);
        id = registry.registerInstance(quote, pk, label, _endpoints());
    }

    function test_revalidate_keepsAPassingInstance() public {
        (bytes32 id, bytes memory quote) = _registerWithQuote(1, "a");
        vm.recordLogs();
        vm.prank(STRANGER);
        vm.assertTrue(registry.revalidate(id, quote));
        vm.assertEq(vm.getRecordedLogs().length, 0);
        vm.assertEq(uint256(_status(id)), uint256(IRegistry.InstanceStatus.Active));
    }

    function test_revalidate_invalidatesWhenTheVerifierNowFails() public {
        (bytes32 id, bytes memory quote) = _registerWithQuote(1, "a");
        verifier.setForcedFailure("PCK_REVOKED");
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceInvalidated(id, "PCK_REVOKED");
        vm.prank(STRANGER);
        vm.assertFalse(registry.revalidate(id, quote));
        vm.assertEq(uint256(_status(id)), uint256(IRegistry.InstanceStatus.Invalidated));
        vm.assertEq(registry.instanceIdByLabel("a"), bytes32(0));
        vm.assertFalse(registry.isActive(id));
        // An invalidated instance is not active: it cannot be revalidated again or updated.
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.InstanceNotActive.selector, id, IRegistry.InstanceStatus.Invalidated)
        );
        registry.revalidate(id, quote);
    }

    function test_revalidate_invalidatesARemovedWorkload() public {
        (bytes32 id, bytes memory quote) = _registerWithQuote(1, "a");
        vm.prank(ADMIN);
        registry.removeWorkload(workloadId);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceInvalidated(id, "WORKLOAD_NOT_ALLOWED");
        vm.assertFalse(registry.revalidate(id, quote));
    }

    function test_revalidate_invalidatesATcbStatusNoLongerAccepted() public {
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteOf(_report(_bound(pk, OPERATOR)), IQuoteVerifier.TcbStatus.SWHardeningNeeded);
        vm.prank(OPERATOR);
        bytes32 id = registry.registerInstance(quote, pk, "a", _endpoints());
        vm.prank(ADMIN);
        registry.setTcbPolicy(1); // UpToDate only
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceInvalidated(id, "TCB_NOT_ACCEPTED");
        vm.assertFalse(registry.revalidate(id, quote));
    }

    function test_revalidate_reverts() public {
        (bytes32 id, bytes memory quote) = _registerWithQuote(1, "a");
        bytes memory other = _quoteFor(_pubkey(2), OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.QuoteMismatch.selector, id));
        registry.revalidate(id, other);
        bytes32 missing = sha256(_pubkey(9));
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotFound.selector, missing));
        registry.revalidate(missing, quote);
        vm.prank(ADMIN);
        registry.setQuoteVerifier(IQuoteVerifier(address(0)));
        vm.expectRevert(IRegistry.QuoteVerifierNotSet.selector);
        registry.revalidate(id, quote);
    }

    function test_updateEndpoints_revertsOnceTheOperatorLostItsRole() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(ADMIN);
        registry.revokeRoles(OPERATOR, OPERATOR_ROLE);
        vm.prank(OPERATOR);
        vm.expectRevert(bytes4(0x82b42900)); // Unauthorized()
        registry.updateEndpoints(id, _endpoints(1, 1, 1));
    }
    function test_revokeInstance_byOperator() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRevoked(id, OPERATOR);
        vm.prank(OPERATOR);
        registry.revokeInstance(id);
        IRegistry.Instance memory inst = registry.instance(id);
        vm.assertEq(uint256(inst.status), uint256(IRegistry.InstanceStatus.Revoked));
        vm.assertFalse(registry.isActive(id));
        vm.assertEq(registry.instanceIdByLabel("a"), bytes32(0));
        // The record itself is kept.
        vm.assertEq(inst.pubkey, _pubkey(1));
        vm.assertEq(inst.operator, OPERATOR);
    }

    function test_revokeInstance_reverts() public {
        bytes32 missing = sha256(_pubkey(42));
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotFound.selector, missing));
        registry.revokeInstance(missing);

        bytes32 id = _register(OPERATOR, 1, "a");
        address[3] memory others = [OPERATOR2, WRITER, STRANGER];
        for (uint256 i; i < 3; ++i) {
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(IRegistry.NotInstanceOperator.selector, id));
            registry.revokeInstance(id);
        }
        vm.assertTrue(registry.isActive(id));

        vm.prank(ADMIN);
        registry.revokeInstance(id);
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceIsRevoked.selector, id));
        registry.revokeInstance(id);
        vm.prank(OPERATOR);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceIsRevoked.selector, id));
        registry.revokeInstance(id);
    }

    function test_revokeInstance_worksWhilePaused() public {
        bytes32 a = _register(OPERATOR, 1, "a");
        bytes32 b = _register(OPERATOR, 2, "b");
        vm.prank(ADMIN);
        registry.pause();
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRevoked(a, OPERATOR);
        vm.prank(OPERATOR);
        registry.revokeInstance(a);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRevoked(b, ADMIN);
        vm.prank(ADMIN);
        registry.revokeInstance(b);
        vm.assertEq(uint256(_status(a)), uint256(IRegistry.InstanceStatus.Revoked));
        vm.assertEq(uint256(_status(b)), uint256(IRegistry.InstanceStatus.Revoked));
    }

    function test_revokeInstance_expiredInstance() public {
        bytes32 a = _register(OPERATOR, 1, "a");
        vm.warp(T0 + TTL);
        registry.expireInstance(a);
        bytes32 b = _register(OPERATOR2, 2, "a"); // label reused meanwhile
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceRevoked(a, OPERATOR);
        vm.prank(OPERATOR);
        registry.revokeInstance(a);
        vm.assertEq(uint256(_status(a)), uint256(IRegistry.InstanceStatus.Revoked));
        // Revoking the expired record must not release the label its successor holds.
        vm.assertEq(registry.instanceIdByLabel("a"), b);
        vm.assertTrue(registry.isActive(b));
    }

    function test_revokeInstance_operatorWithoutRoleCanStillRevoke() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(ADMIN);
        registry.revokeRoles(OPERATOR, OPERATOR_ROLE);
        vm.prank(OPERATOR);
        registry.revokeInstance(id);
        vm.assertEq(uint256(_status(id)), uint256(IRegistry.InstanceStatus.Revoked));
    }

    /*//////////////////////////////////////////////////////////////
                                 EXPIRY
    //////////////////////////////////////////////////////////////*/

    function test_expireInstance_byAnyoneAtExpiry() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.warp(T0 + TTL - 1);
        vm.assertTrue(registry.isActive(id));
        vm.prank(STRANGER);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotExpired.selector, id, uint64(T0 + TTL)));
        registry.expireInstance(id);

        vm.warp(T0 + TTL);
        vm.assertFalse(registry.isActive(id)); // inactive from expiresAt on, even before marking
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceExpired(id);
        vm.prank(STRANGER);
        registry.expireInstance(id);
        vm.assertEq(uint256(_status(id)), uint256(IRegistry.InstanceStatus.Expired));
        vm.assertEq(registry.instanceIdByLabel("a"), bytes32(0));
    }

    function test_expireInstance_reverts() public {
        bytes32 missing = sha256(_pubkey(42));
        vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotFound.selector, missing));
        registry.expireInstance(missing);

        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(ADMIN);
        registry.revokeInstance(id);
        vm.warp(T0 + TTL);
        vm.expectRevert(
            abi.encodeWithSelector(IRegistry.InstanceNotActive.selector, id, IRegistry.InstanceStatus.Revoked)
        );
        registry.expireInstance(id);
    }

    function test_expireInstance_worksWhilePaused() public {
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.prank(ADMIN);
        registry.pause();
        vm.warp(T0 + TTL + 1);
        vm.expectEmit(address(registry));
        emit IRegistry.InstanceExpired(id);
        registry.expireInstance(id);
        vm.assertEq(uint256(_status(id)), uint256(IRegistry.InstanceStatus.Expired));
    }

    function testFuzz_expiry(uint64 ttl, uint64 dt) public {
        ttl = uint64(bound(ttl, 60, 365 days));
        dt = uint64(bound(dt, 0, 2 * uint256(ttl)));
        vm.prank(ADMIN);
        registry.setInstanceTtl(ttl);
        bytes32 id = _register(OPERATOR, 1, "a");
        vm.assertEq(uint256(registry.instance(id).expiresAt), T0 + ttl);
        vm.warp(T0 + dt);
        bool live = dt < ttl;
        vm.assertEq(registry.isActive(id), live);
        if (live) {
            vm.expectRevert(abi.encodeWithSelector(IRegistry.InstanceNotExpired.selector, id, uint64(T0 + ttl)));
        }
        registry.expireInstance(id);
        vm.assertEq(
            uint256(_status(id)), uint256(live ? IRegistry.InstanceStatus.Active : IRegistry.InstanceStatus.Expired)
        );
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    function _repeat(string memory s, uint256 n) internal pure returns (string memory out) {
        for (uint256 i; i < n; ++i) {
            out = string.concat(out, s);
        }
    }
}
