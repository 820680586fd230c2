// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Vm, vm} from "./Vm.sol";

/// @notice Base of teereg's forge tests: the cheatcodes, plus the target lists forge's invariant
///         runner reads (`targetContracts`, `targetSenders`).
abstract contract Test {
    bool public constant IS_TEST = true;

    address[] private _targetContracts;
    address[] private _targetSenders;

    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    function targetSender(address sender) internal {
        _targetSenders.push(sender);
    }

    /// @dev Read by forge's invariant runner.
    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    /// @dev Read by forge's invariant runner.
    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }

    /// @dev Clamps `x` into [lo, hi] uniformly enough for fuzzing (forge-std's `bound`).
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo + 1;
        if (size == 0) return x; // full range
        return lo + (x % size);
    }
}
