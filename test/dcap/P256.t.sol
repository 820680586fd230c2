// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {P256} from "../../contracts/dcap/lib/P256.sol";
import {DcapFixture} from "./DcapFixture.sol";

/// @dev Stands in for a verifier: answers every call with `len` bytes of memory holding the word
///      `word` (or reverts with them).
contract MockVerifier {
    uint256 immutable word;
    uint256 immutable len;
    bool immutable fails;

    constructor(uint256 word_, uint256 len_, bool fails_) {
        word = word_;
        len = len_;
        fails = fails_;
    }

    fallback() external {
        uint256 w = word;
        uint256 n = len;
        bool f = fails;
        /// @solidity memory-safe-assembly
        assembly {
            mstore(0x00, w)
            mstore(0x20, 0)
            if f { revert(0x00, n) }
            return(0x00, n)
        }
    }
}

contract P256Harness {
    function sha256Range(bytes memory data, uint256 start, uint256 len) external view returns (bytes32) {
        return P256.sha256Range(data, start, len);
    }
}

/// @dev The PCK leaf of the phala quote, signed by the Intel SGX PCK Platform CA (values from
///      `openssl asn1parse`; the tbsCertificate digest from `sha256sum` of its DER range).
contract P256Test is DcapFixture {
    bytes32 constant HASH = 0x504501ea2c2013ec9e2f8b4f78773c63675899d73f2036e0671c4a3e73ed6a9f;
    bytes32 constant R = 0xc93bd84d51d4b83454cdd50927fb670c706b5eb9bd4036f42fde5bee4a91f567;
    bytes32 constant S = 0x92c287d922000a0e5b36bf25aa068a783b537bd7af6e93b0ce7a9aa604c1d155; // high s
    bytes32 constant X = 0x35207feeddb595748ed82bb3a71c3be1e241ef61320c6816e6b5c2b71dad5532;
    bytes32 constant Y = 0xeaea12a4eb3f948916429ea47ba6c3af82a15e4b19664e52657939a2d96633de;
    uint256 constant N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551;

    function test_verify_realSignature() public view {
        vm.assertTrue(uint256(S) > N / 2, "fixture is high-s");
        vm.assertTrue(P256.verify(HASH, R, S, X, Y));
        // The low-s twin of the same signature is valid too: no malleability check either way.
        vm.assertTrue(P256.verify(HASH, R, bytes32(N - uint256(S)), X, Y));
    }

    function test_verify_falseNeverReverts() public view {
        vm.assertFalse(h.p256Verify(bytes32(uint256(HASH) ^ 1), R, S, X, Y));
        vm.assertFalse(h.p256Verify(HASH, bytes32(uint256(R) ^ 1), S, X, Y));
        vm.assertFalse(h.p256Verify(HASH, R, bytes32(uint256(S) ^ 1), X, Y));
        vm.assertFalse(h.p256Verify(HASH, R, S, Y, X)); // not on the curve
        vm.assertFalse(h.p256Verify(HASH, R, S, 0, 0));
        vm.assertFalse(h.p256Verify(HASH, 0, S, X, Y));
        vm.assertFalse(h.p256Verify(HASH, R, 0, X, Y));
        vm.assertFalse(h.p256Verify(HASH, bytes32(N), S, X, Y)); // r >= n
        vm.assertFalse(h.p256Verify(HASH, R, S, X, bytes32(type(uint256).max)));
    }

    /// @dev Only exactly 32 bytes equal to 1 count as success.
    function test_verifyWith_outputShape() public {
        vm.assertTrue(P256.verifyWith(address(new MockVerifier(1, 32, false)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(new MockVerifier(2, 32, false)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(new MockVerifier(1, 64, false)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(new MockVerifier(1, 31, false)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(new MockVerifier(1, 0, false)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(new MockVerifier(1, 32, true)), HASH, R, S, X, Y));
        vm.assertFalse(P256.verifyWith(address(0xdead), HASH, R, S, X, Y)); // no code
        vm.assertTrue(P256.verifyWith(P256.VERIFIER, HASH, R, S, X, Y));
    }

    function testFuzz_verify_randomNeverReverts(bytes32 hash, bytes32 r, bytes32 s, bytes32 x, bytes32 y) public view {
        vm.assertFalse(h.p256Verify(hash, r, s, x, y));
    }

    function test_sha256Range() public {
        P256Harness ph = new P256Harness();
        bytes memory data = "teereg: sha256 of a byte range";
        vm.assertEq(ph.sha256Range(data, 0, data.length), sha256(data));
        vm.assertEq(ph.sha256Range(data, 8, 6), sha256("sha256"));
        vm.assertEq(ph.sha256Range(data, data.length, 0), sha256(""));
        vm.expectRevert(P256.Sha256RangeOutOfBounds.selector);
        ph.sha256Range(data, 1, data.length);
        vm.expectRevert(P256.Sha256RangeOutOfBounds.selector);
        ph.sha256Range(data, data.length + 1, 0);
        vm.expectRevert(P256.Sha256RangeOutOfBounds.selector);
        ph.sha256Range(data, 2, type(uint256).max);
    }

    function test_gas_verify() public view {
        uint256 g = gasleft();
        bool ok = P256.verify(HASH, R, S, X, Y);
        g -= gasleft();
        vm.assertTrue(ok);
        vm.assertLt(g, 7500);
    }
}
