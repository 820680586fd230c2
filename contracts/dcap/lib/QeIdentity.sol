// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../interfaces/IQuoteVerifier.sol";
import {CollateralJson} from "./CollateralJson.sol";

/// @title QeIdentity
/// @notice Parses Intel's TD quoting enclave identity (Enclave Identity v2, id "TD_QE") — the exact
///         JSON body Intel signs — into a compact struct, and packs it into bytes for storage.
/// @dev Follows Intel's QVL parser (intel/SGX-TDX-DCAP-QuoteVerificationLibrary,
///      Src/AttestationLibrary/src/Verifiers/EnclaveIdentityV2.cpp): every field is required;
///      miscselect/miscselectMask are 4 bytes, attributes/attributesMask 16, mrsigner 32 (hex of
///      either case); tcbLevels is a non-empty array whose order is kept (QVL takes the first level
///      whose isvsvn is not above the QE's); level statuses are UpToDate, ConfigurationNeeded,
///      OutOfDate, OutOfDateConfigurationNeeded or Revoked (QVL's `parseStringToTcbStatus`);
///      a level's optional advisoryIDs must be an array of strings and is not kept (QVL ignores it).
///      isvprodid and level isvsvn must fit 16 bits (the QE report's fields are 16 bits).
library QeIdentity {
    using CollateralJson for CollateralJson.Cursor;

    /// @notice One TCB level of the QE identity.
    struct Level {
        uint16 isvsvn;
        uint64 tcbDate;
        IQuoteVerifier.TcbStatus status;
    }

    /// @notice A parsed TD_QE identity.
    /// @dev Byte strings are in the byte order of the QE report's fields (as Intel prints them).
    struct Identity {
        uint32 tcbEvaluationDataNumber;
        uint64 issueDate;
        uint64 nextUpdate;
        bytes4 miscselect;
        bytes4 miscselectMask;
        bytes16 attributes;
        bytes16 attributesMask;
        bytes32 mrsigner;
        uint16 isvprodid;
        Level[] levels; // JSON order
    }

    /// @notice The first byte of the packed form.
    uint8 internal constant ENCODING_VERSION = 1;
    /// @notice The most TCB levels accepted.
    uint256 internal constant MAX_LEVELS = 64;

    /// @notice `id` is not "TD_QE".
    error UnsupportedQeIdentityId();
    /// @notice `version` is not 2.
    error UnsupportedQeIdentityVersion(uint256 version);
    /// @notice `tcbLevels` is empty.
    error EmptyTcbLevels();
    /// @notice `tcbLevels` has more than `MAX_LEVELS` entries.
    error TooManyTcbLevels();
    /// @notice The packed form is malformed.
    error InvalidEncoding();

    uint256 private constant _ID = 1;
    uint256 private constant _VERSION = 2;
    uint256 private constant _ISSUE = 4;
    uint256 private constant _NEXT = 8;
    uint256 private constant _EDN = 16;
    uint256 private constant _MISC = 32;
    uint256 private constant _MISC_MASK = 64;
    uint256 private constant _ATTR = 128;
    uint256 private constant _ATTR_MASK = 256;
    uint256 private constant _MRSIGNER = 512;
    uint256 private constant _PRODID = 1024;
    uint256 private constant _LEVELS = 2048;

    /// @notice Parses a TD_QE identity JSON body.
    /// @param json The body Intel signed (the value of "enclaveIdentity"), byte for byte.
    /// @return id The parsed identity.
    function parse(string memory json) internal pure returns (Identity memory id) {
        return parse(bytes(json));
    }

    /// @notice Parses a TD_QE identity JSON body.
    /// @param json The body Intel signed (the value of "enclaveIdentity"), byte for byte.
    /// @return id The parsed identity.
    function parse(bytes memory json) internal pure returns (Identity memory id) {
        CollateralJson.Cursor memory c = CollateralJson.cursor(json);
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            seen = _field(c, id, k, seen);
        }
        c.finish();
        CollateralJson.need(seen, _ID, "id");
        CollateralJson.need(seen, _VERSION, "version");
        CollateralJson.need(seen, _ISSUE, "issueDate");
        CollateralJson.need(seen, _NEXT, "nextUpdate");
        CollateralJson.need(seen, _EDN, "tcbEvaluationDataNumber");
        CollateralJson.need(seen, _MISC, "miscselect");
        CollateralJson.need(seen, _MISC_MASK, "miscselectMask");
        CollateralJson.need(seen, _ATTR, "attributes");
        CollateralJson.need(seen, _ATTR_MASK, "attributesMask");
        CollateralJson.need(seen, _MRSIGNER, "mrsigner");
        CollateralJson.need(seen, _PRODID, "isvprodid");
        CollateralJson.need(seen, _LEVELS, "tcbLevels");
    }

    /// @dev Reads the value of top-level key `k` into `id`; returns the updated seen-bits.
    function _field(CollateralJson.Cursor memory c, Identity memory id, bytes32 k, uint256 seen)
        private
        pure
        returns (uint256)
    {
        if (k == "id") {
            seen = CollateralJson.mark(seen, _ID, k);
            (uint256 ptr, uint256 len) = c.readString();
            if (CollateralJson.word(ptr, len) != "TD_QE") revert UnsupportedQeIdentityId();
        } else if (k == "version") {
            seen = CollateralJson.mark(seen, _VERSION, k);
            uint256 v = c.readUint(type(uint32).max);
            if (v != 2) revert UnsupportedQeIdentityVersion(v);
        } else if (k == "issueDate") {
            seen = CollateralJson.mark(seen, _ISSUE, k);
            id.issueDate = c.readDate(k);
        } else if (k == "nextUpdate") {
            seen = CollateralJson.mark(seen, _NEXT, k);
            id.nextUpdate = c.readDate(k);
        } else if (k == "tcbEvaluationDataNumber") {
            seen = CollateralJson.mark(seen, _EDN, k);
            id.tcbEvaluationDataNumber = uint32(c.readUint(type(uint32).max));
        } else if (k == "miscselect") {
            seen = CollateralJson.mark(seen, _MISC, k);
            id.miscselect = bytes4(c.readHex(k, 4));
        } else if (k == "miscselectMask") {
            seen = CollateralJson.mark(seen, _MISC_MASK, k);
            id.miscselectMask = bytes4(c.readHex(k, 4));
        } else if (k == "attributes") {
            seen = CollateralJson.mark(seen, _ATTR, k);
            id.attributes = bytes16(c.readHex(k, 16));
        } else if (k == "attributesMask") {
            seen = CollateralJson.mark(seen, _ATTR_MASK, k);
            id.attributesMask = bytes16(c.readHex(k, 16));
        } else if (k == "mrsigner") {
            seen = CollateralJson.mark(seen, _MRSIGNER, k);
            id.mrsigner = c.readHex(k, 32);
        } else if (k == "isvprodid") {
            seen = CollateralJson.mark(seen, _PRODID, k);
            id.isvprodid = uint16(c.readUint(type(uint16).max));
        } else if (k == "tcbLevels") {
            seen = CollateralJson.mark(seen, _LEVELS, k);
            id.levels = _readLevels(c);
        } else {
            c.skipValue();
        }
        return seen;
    }

    /// @dev Reads "tcbLevels": non-empty, JSON order kept.
    function _readLevels(CollateralJson.Cursor memory c) private pure returns (Level[] memory levels) {
        c.expect(0x5b);
        /// @solidity memory-safe-assembly
        assembly {
            // MAX_LEVELS unset slots; every slot below the final length is written before use.
            levels := mload(0x40)
            mstore(levels, MAX_LEVELS)
            mstore(0x40, add(levels, shl(5, add(MAX_LEVELS, 1))))
        }
        uint256 n;
        for (; c.nextElement(n); ++n) {
            if (n == MAX_LEVELS) revert TooManyTcbLevels();
            levels[n] = _readLevel(c);
        }
        if (n == 0) revert EmptyTcbLevels();
        /// @solidity memory-safe-assembly
        assembly {
            mstore(levels, n)
        }
    }

    /// @dev Reads one TCB level.
    function _readLevel(CollateralJson.Cursor memory c) private pure returns (Level memory l) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "tcb") {
                seen = CollateralJson.mark(seen, 1, k);
                l.isvsvn = _readTcb(c);
            } else if (k == "tcbDate") {
                seen = CollateralJson.mark(seen, 2, k);
                l.tcbDate = c.readDate(k);
            } else if (k == "tcbStatus") {
                seen = CollateralJson.mark(seen, 4, k);
                IQuoteVerifier.TcbStatus s = c.readTcbStatus(k);
                if (
                    s == IQuoteVerifier.TcbStatus.SWHardeningNeeded
                        || s == IQuoteVerifier.TcbStatus.ConfigurationAndSWHardeningNeeded
                ) revert CollateralJson.UnknownTcbStatus(k);
                l.status = s;
            } else if (k == "advisoryIDs") {
                seen = CollateralJson.mark(seen, 8, k);
                c.readAdvisoryIds();
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "tcb");
        CollateralJson.need(seen, 2, "tcbDate");
        CollateralJson.need(seen, 4, "tcbStatus");
    }

    /// @dev Reads a level's "tcb" object: {"isvsvn": n}.
    function _readTcb(CollateralJson.Cursor memory c) private pure returns (uint16 isvsvn) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "isvsvn") {
                seen = CollateralJson.mark(seen, 1, k);
                isvsvn = uint16(c.readUint(type(uint16).max));
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "isvsvn");
    }

    /*//////////////////////////////////////////////////////////////
                              PACKED FORM
    //////////////////////////////////////////////////////////////*/

    /// @notice Packs `id` into a compact byte string (see `decode` for the layout).
    /// @param id The identity (at most 255 levels).
    /// @return out The packed form.
    function encode(Identity memory id) internal pure returns (bytes memory out) {
        uint256 n = id.levels.length;
        if (n > 255) revert InvalidEncoding();
        out = abi.encodePacked(
            ENCODING_VERSION,
            id.tcbEvaluationDataNumber,
            id.issueDate,
            id.nextUpdate,
            id.miscselect,
            id.miscselectMask,
            id.attributes,
            id.attributesMask,
            id.mrsigner,
            id.isvprodid,
            // forge-lint: disable-next-line(unsafe-typecast) n <= 255 was checked above.
            uint8(n)
        );
        for (uint256 i; i < n; ++i) {
            Level memory l = id.levels[i];
            out = bytes.concat(out, abi.encodePacked(l.isvsvn, l.tcbDate, uint8(l.status)));
        }
    }

    /// @notice Unpacks the output of `encode`.
    /// @dev Layout (big-endian integers, 96 + 11 × levels bytes): u8 ENCODING_VERSION,
    ///      u32 tcbEvaluationDataNumber, u64 issueDate, u64 nextUpdate, miscselect[4],
    ///      miscselectMask[4], attributes[16], attributesMask[16], mrsigner[32], u16 isvprodid,
    ///      u8 levelCount, then per level u16 isvsvn, u64 tcbDate, u8 status.
    /// @param data The packed form.
    /// @return id The identity.
    function decode(bytes memory data) internal pure returns (Identity memory id) {
        if (data.length < 96) revert InvalidEncoding();
        uint256 p;
        uint256 n;
        /// @solidity memory-safe-assembly
        assembly {
            p := add(data, 0x20)
            n := byte(0, mload(add(p, 95)))
        }
        if (data.length != 96 + 11 * n || uint8(data[0]) != ENCODING_VERSION) revert InvalidEncoding();
        id.tcbEvaluationDataNumber = uint32(_word(p + 1, 4));
        id.issueDate = uint64(_word(p + 5, 8));
        id.nextUpdate = uint64(_word(p + 13, 8));
        id.miscselect = bytes4(uint32(_word(p + 21, 4)));
        id.miscselectMask = bytes4(uint32(_word(p + 25, 4)));
        id.attributes = bytes16(uint128(_word(p + 29, 16)));
        id.attributesMask = bytes16(uint128(_word(p + 45, 16)));
        id.mrsigner = bytes32(_word(p + 61, 32));
        id.isvprodid = uint16(_word(p + 93, 2));
        id.levels = new Level[](n);
        p += 96;
        for (uint256 i; i < n; ++i) {
            Level memory l = id.levels[i];
            l.isvsvn = uint16(_word(p, 2));
            l.tcbDate = uint64(_word(p + 2, 8));
            uint256 s = _word(p + 10, 1);
            if (s > uint8(type(IQuoteVerifier.TcbStatus).max)) revert InvalidEncoding();
            l.status = IQuoteVerifier.TcbStatus(s);
            p += 11;
        }
    }

    /// @dev The `n`-byte big-endian integer at memory address `p`.
    function _word(uint256 p, uint256 n) private pure returns (uint256 v) {
        /// @solidity memory-safe-assembly
        assembly {
            v := shr(sub(256, shl(3, n)), mload(p))
        }
    }
}
