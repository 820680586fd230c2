// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TcbInfo} from "./lib/TcbInfo.sol";
import {QeIdentity} from "./lib/QeIdentity.sol";

/// @title DcapCollateralParser
/// @notice Stateless parser of Intel's signed collateral JSON into the packed forms the
///         collateral store keeps. A contract of its own so the store stays under the code size
///         limit (EIP-170); it holds no state and trusts nothing.
contract DcapCollateralParser {
    /// @notice The header fields of a parsed collateral document and its packed form.
    struct Parsed {
        bytes6 fmspc; // zero for the QE identity
        uint32 tcbEvaluationDataNumber;
        uint64 issueDate;
        uint64 nextUpdate;
        bytes packed;
    }

    /// @notice Parses a TDX TCB Info v3 JSON body; reverts with TcbInfo's errors when malformed.
    /// @param json The exact JSON Intel signed.
    function parseTcbInfo(bytes calldata json) external pure returns (Parsed memory p) {
        TcbInfo.Info memory info = TcbInfo.parse(bytes(json));
        p = Parsed(info.fmspc, info.tcbEvaluationDataNumber, info.issueDate, info.nextUpdate, TcbInfo.encode(info));
    }

    /// @notice Parses a TD_QE identity v2 JSON body; reverts with QeIdentity's errors when malformed.
    /// @param json The exact JSON Intel signed.
    function parseQeIdentity(bytes calldata json) external pure returns (Parsed memory p) {
        QeIdentity.Identity memory id = QeIdentity.parse(bytes(json));
        p = Parsed(bytes6(0), id.tcbEvaluationDataNumber, id.issueDate, id.nextUpdate, QeIdentity.encode(id));
    }
}
