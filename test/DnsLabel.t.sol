// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "./utils/Vm.sol";
import {RegistryFixture} from "./utils/RegistryFixture.sol";
import {DnsLabel} from "../contracts/libraries/DnsLabel.sol";
import {IRegistry} from "../contracts/interfaces/IRegistry.sol";

/// @dev Exposes the internal library function (it takes calldata).
contract DnsLabelHarness {
    function isValid(string calldata label) external pure returns (bool) {
        return DnsLabel.isValid(label);
    }
}

/// @notice DnsLabel against an independent reference, directly and through registration.
contract DnsLabelTest is RegistryFixture {
    DnsLabelHarness internal h;

    function setUp() public override {
        super.setUp();
        h = new DnsLabelHarness();
    }

    /// @dev Reference: a character class table and the RFC 1123 rules, written differently from
    ///      the library (membership in an explicit alphabet string, hyphen rule by position).
    function _ref(bytes memory b) internal pure returns (bool) {
        if (b.length < 1 || b.length > 63) return false;
        bytes memory alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
        for (uint256 i; i < b.length; ++i) {
            bool found;
            for (uint256 j; j < alphabet.length; ++j) {
                if (b[i] == alphabet[j]) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
            bool edge = i == 0 || i == b.length - 1;
            if (edge && b[i] == "-") return false;
        }
        return true;
    }

    function test_valid() public view {
        string[8] memory ok =
            ["a", "0", "a0", "node-1", "x--y", "123", "abcdefghijklmnopqrstuvwxyz-0123456789", "a-b-c-d-e"];
        for (uint256 i; i < ok.length; ++i) {
            vm.assertTrue(h.isValid(ok[i]), ok[i]);
        }
        bytes memory max = new bytes(63);
        for (uint256 i; i < 63; ++i) {
            max[i] = "z";
        }
        vm.assertTrue(h.isValid(string(max)));
    }

    function test_invalid() public view {
        string[16] memory bad = [
            "", "-", "-a", "a-", "A", "nodE", "a.b", "a_b", "a b", "a/b", "a:b", "a@b", "a`b", "a{b", "\x00", "\xc3\xa9"
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.assertFalse(h.isValid(bad[i]), bad[i]);
        }
        bytes memory tooLong = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            tooLong[i] = "z";
        }
        vm.assertFalse(h.isValid(string(tooLong)));
    }

    /// @dev Every single byte value as a one-character label.
    function test_everySingleByte() public view {
        for (uint256 c; c < 256; ++c) {
            bytes memory b = abi.encodePacked(bytes1(uint8(c)));
            vm.assertEq(h.isValid(string(b)), _ref(b));
        }
    }

    function testFuzz_arbitrary(bytes memory b) public view {
        vm.assertEq(h.isValid(string(b)), _ref(b));
    }

    /// @dev Labels drawn mostly from the valid alphabet, with fuzzed length around the bounds and
    ///      an occasional byte from just outside each character range.
    function testFuzz_structured(uint8 len, bytes32 seed) public view {
        bytes memory b = _structured(len, seed);
        vm.assertEq(h.isValid(string(b)), _ref(b));
    }

    /// @dev Registration rejects exactly the labels the reference rejects.
    function testFuzz_registrationLabel(uint8 len, bytes32 seed) public {
        bytes memory b = _structured(len, seed);
        bytes memory pk = _pubkey(1);
        bytes memory quote = _quoteFor(pk, OPERATOR);
        bool ok = _ref(b);
        vm.prank(OPERATOR);
        if (!ok) vm.expectRevert(IRegistry.InvalidLabel.selector);
        registry.registerInstance(quote, pk, string(b), _endpoints());
        vm.assertEq(registry.instanceIdByLabel(string(b)), ok ? sha256(pk) : bytes32(0));
    }

    function _structured(uint8 len, bytes32 seed) internal pure returns (bytes memory b) {
        bytes memory pool = "abcdefghijklmnopqrstuvwxyz0123456789---";
        bytes memory near = "`{/:@[AZ._ \x00\x7f\xff";
        b = new bytes(bound(len, 0, 66));
        for (uint256 i; i < b.length; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            b[i] = r % 40 == 0 ? near[(r >> 8) % near.length] : pool[(r >> 8) % pool.length];
        }
    }
}
