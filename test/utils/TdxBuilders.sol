// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";

/// @notice Builders of TD reports, verdicts (mock quotes), keys and endpoints for tests and handlers.
library TdxBuilders {
    /// @dev `len` bytes counting up from `tag` (mod 256).
    function filled(uint256 len, uint8 tag) internal pure returns (bytes memory b) {
        b = new bytes(len);
        for (uint256 i; i < len; ++i) {
            b[i] = bytes1(uint8(tag + i));
        }
    }

    /// @dev A TD report with fixed measurements (the fixtures' allowlisted workload) and `reportData`.
    function report(bytes memory rd) internal pure returns (IQuoteVerifier.TdReport memory r) {
        r.teeTcbSvn = bytes16(uint128(0x0b01));
        r.mrTd = filled(48, 0x10);
        r.rtMr0 = filled(48, 0x20);
        r.rtMr1 = filled(48, 0x30);
        r.rtMr2 = filled(48, 0x40);
        r.rtMr3 = filled(48, 0x50);
        r.mrConfigId = filled(48, 0x60);
        r.mrOwner = filled(48, 0x70);
        r.mrOwnerConfig = filled(48, 0x80);
        r.xfam = bytes8(0x00000000000618e7);
        r.tdAttributes = bytes8(0x0000000010000000);
        r.reportData = rd;
    }

    /// @dev A passing verdict carrying `r`.
    function verdict(IQuoteVerifier.TdReport memory r, IQuoteVerifier.TcbStatus tcb)
        internal
        pure
        returns (IQuoteVerifier.Verdict memory v)
    {
        v.valid = true;
        v.tcbStatus = tcb;
        v.advisoryIds = new string[](1);
        v.advisoryIds[0] = "INTEL-SA-00837";
        v.report = r;
    }

    /// @dev sha256(pubkey) ‖ keccak256(abi.encode(chainId, registry, operator)).
    function reportData(bytes memory key, uint256 chainId, address registry, address operator)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(sha256(key), keccak256(abi.encode(chainId, registry, operator)));
    }

    /// @dev A well-formed uncompressed P-256-shaped key (0x04 ‖ X ‖ Y), distinct per seed.
    function pubkey(uint256 seed) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x04), keccak256(abi.encode("x", seed)), keccak256(abi.encode("y", seed)));
    }

    /// @dev `n4` IPv4 and `n6` IPv6 non-zero addresses and `port`.
    function endpoints(uint256 n4, uint256 n6, uint16 port) internal pure returns (IRegistry.Endpoints memory e) {
        e.ipv4 = new bytes4[](n4);
        for (uint256 i; i < n4; ++i) {
            e.ipv4[i] = bytes4(uint32(0xc0a80001 + i));
        }
        e.ipv6 = new bytes16[](n6);
        for (uint256 i; i < n6; ++i) {
            e.ipv6[i] = bytes16(uint128(0xfd000000000000000000000000000001 + i));
        }
        e.port = port;
    }
}
