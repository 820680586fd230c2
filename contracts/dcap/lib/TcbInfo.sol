// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../interfaces/IQuoteVerifier.sol";
import {CollateralJson} from "./CollateralJson.sol";

/// @title TcbInfo
/// @notice Parses Intel's TDX TCB Info (id "TDX", version 3) — the exact JSON body Intel signs —
///         into a compact struct, and packs that struct into bytes for storage (e.g. SSTORE2).
/// @dev What is accepted and how levels are ordered follows Intel's QVL parser
///      (intel/SGX-TDX-DCAP-QuoteVerificationLibrary, Src/AttestationParsers/src/Json/TcbInfo.cpp,
///      TcbLevel.cpp, TcbComponent.cpp, TdxModule.cpp, TdxModuleIdentity.cpp, TdxModuleTcbLevel.cpp):
///      - required: id, version, issueDate, nextUpdate, fmspc (12 hex), pceId (4 hex), tcbType (must
///        be 0), tcbEvaluationDataNumber, tdxModule, tcbLevels (non-empty); optional:
///        tdxModuleIdentities (non-empty when present); unknown keys are ignored;
///      - hex is case-insensitive (Intel writes FMSPC upper-case; PCK certificates carry bytes);
///      - platform levels are kept sorted the way QVL's `std::set<TcbLevel, std::greater>` orders
///        them — descending by (sgx component SVNs, pcesvn, tdx component SVNs), lexicographically —
///        and an equal pair reverts, as QVL's "Detected duplicated TCB levels" does;
///      - TDX module identity levels are sorted descending by isvsvn, duplicates revert;
///      - component `svn`s must fit a byte (QVL truncates larger values; we refuse them), pcesvn 16
///        bits, module isvsvn 16 bits (QVL's range);
///      - module identity ids must read "TDX_" + two hex digits (case-insensitive, as QVL upper-cases
///        both sides); the version byte is stored. Module level statuses must be UpToDate, OutOfDate
///        or Revoked (QVL's VALID_MODULE_TCB_STATUSES; QVL checks this when the level is used, we at
///        parse time).
///      Advisory IDs are kept in a compact form: the IDs joined by ',' (see `advisoryIds`).
library TcbInfo {
    using CollateralJson for CollateralJson.Cursor;

    /// @notice The TDX module's expected identity when TEE_TCB_SVN[1] (the module major version) is 0.
    struct TdxModule {
        bytes mrsigner; // 48 bytes
        bytes8 attributes;
        bytes8 attributesMask;
    }

    /// @notice One TCB level of a TDX module identity.
    struct ModuleLevel {
        uint16 isvsvn;
        uint64 tcbDate;
        IQuoteVerifier.TcbStatus status; // UpToDate, OutOfDate or Revoked
        string advisoryIds; // comma-joined
    }

    /// @notice A TDX module identity ("TDX_03" → version 3).
    struct ModuleIdentity {
        uint8 version;
        bytes mrsigner; // 48 bytes
        bytes8 attributes;
        bytes8 attributesMask;
        ModuleLevel[] levels; // descending by isvsvn
    }

    /// @notice One platform TCB level.
    struct Level {
        bytes16 sgxComponents; // byte i = sgxtcbcomponents[i].svn
        uint16 pcesvn;
        bytes16 tdxComponents; // byte i = tdxtcbcomponents[i].svn
        uint64 tcbDate;
        IQuoteVerifier.TcbStatus status;
        string advisoryIds; // comma-joined
    }

    /// @notice A parsed TDX TCB Info.
    struct Info {
        bytes6 fmspc;
        bytes2 pceId;
        uint32 tcbEvaluationDataNumber;
        uint64 issueDate;
        uint64 nextUpdate;
        TdxModule tdxModule;
        ModuleIdentity[] moduleIdentities; // empty when the JSON has no tdxModuleIdentities
        Level[] levels; // descending, in QVL's order
    }

    /// @notice The first byte of the packed form.
    uint8 internal constant ENCODING_VERSION = 1;
    /// @notice The most platform TCB levels accepted (Intel publishes about a dozen at most).
    uint256 internal constant MAX_LEVELS = 64;
    /// @notice The most TDX module identities accepted.
    uint256 internal constant MAX_MODULE_IDENTITIES = 16;
    /// @notice The most TCB levels accepted per TDX module identity.
    uint256 internal constant MAX_MODULE_LEVELS = 32;

    /// @notice `id` is not "TDX".
    error UnsupportedTcbInfoId();
    /// @notice `version` is not 3.
    error UnsupportedTcbInfoVersion(uint256 version);
    /// @notice `tcbType` is not 0.
    error UnsupportedTcbType(uint256 tcbType);
    /// @notice A component array does not have exactly 16 entries.
    error WrongComponentCount(bytes32 field);
    /// @notice An array that must not be empty is (`tcbLevels`, `tdxModuleIdentities`).
    error EmptyArray(bytes32 field);
    /// @notice An array is longer than this library accepts.
    error TooManyEntries(bytes32 field);
    /// @notice Two platform TCB levels with the same SVNs.
    error DuplicateTcbLevel();
    /// @notice Two TCB levels of one TDX module identity with the same isvsvn.
    error DuplicateModuleTcbLevel(uint256 isvsvn);
    /// @notice A TDX module identity id that is not "TDX_" + two hex digits.
    error InvalidModuleIdentityId();
    /// @notice The packed form is malformed.
    error InvalidEncoding();

    // Keys of the top-level object, as bits.
    uint256 private constant _ID = 1;
    uint256 private constant _VERSION = 2;
    uint256 private constant _ISSUE = 4;
    uint256 private constant _NEXT = 8;
    uint256 private constant _FMSPC = 16;
    uint256 private constant _PCEID = 32;
    uint256 private constant _TCBTYPE = 64;
    uint256 private constant _EDN = 128;
    uint256 private constant _MODULE = 256;
    uint256 private constant _IDENTITIES = 512;
    uint256 private constant _LEVELS = 1024;

    /*//////////////////////////////////////////////////////////////
                                 PARSE
    //////////////////////////////////////////////////////////////*/

    /// @notice Parses a TDX TCB Info JSON body.
    /// @param json The body Intel signed (the value of "tcbInfo"), byte for byte.
    /// @return info The parsed TCB Info.
    function parse(string memory json) internal pure returns (Info memory info) {
        return parse(bytes(json));
    }

    /// @notice Parses a TDX TCB Info JSON body.
    /// @param json The body Intel signed (the value of "tcbInfo"), byte for byte.
    /// @return info The parsed TCB Info.
    function parse(bytes memory json) internal pure returns (Info memory info) {
        CollateralJson.Cursor memory c = CollateralJson.cursor(json);
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            seen = _topField(c, info, k, seen);
        }
        c.finish();
        CollateralJson.need(seen, _ID, "id");
        CollateralJson.need(seen, _VERSION, "version");
        CollateralJson.need(seen, _ISSUE, "issueDate");
        CollateralJson.need(seen, _NEXT, "nextUpdate");
        CollateralJson.need(seen, _FMSPC, "fmspc");
        CollateralJson.need(seen, _PCEID, "pceId");
        CollateralJson.need(seen, _TCBTYPE, "tcbType");
        CollateralJson.need(seen, _EDN, "tcbEvaluationDataNumber");
        CollateralJson.need(seen, _MODULE, "tdxModule");
        CollateralJson.need(seen, _LEVELS, "tcbLevels");
    }

    /// @dev Reads the value of top-level key `k` into `info`; returns the updated seen-bits.
    function _topField(CollateralJson.Cursor memory c, Info memory info, bytes32 k, uint256 seen)
        private
        pure
        returns (uint256)
    {
        if (k == "id") {
            seen = CollateralJson.mark(seen, _ID, k);
            (uint256 ptr, uint256 len) = c.readString();
            if (CollateralJson.word(ptr, len) != "TDX") revert UnsupportedTcbInfoId();
        } else if (k == "version") {
            seen = CollateralJson.mark(seen, _VERSION, k);
            uint256 v = c.readUint(type(uint32).max);
            if (v != 3) revert UnsupportedTcbInfoVersion(v);
        } else if (k == "issueDate") {
            seen = CollateralJson.mark(seen, _ISSUE, k);
            info.issueDate = c.readDate(k);
        } else if (k == "nextUpdate") {
            seen = CollateralJson.mark(seen, _NEXT, k);
            info.nextUpdate = c.readDate(k);
        } else if (k == "fmspc") {
            seen = CollateralJson.mark(seen, _FMSPC, k);
            info.fmspc = bytes6(c.readHex(k, 6));
        } else if (k == "pceId") {
            seen = CollateralJson.mark(seen, _PCEID, k);
            info.pceId = bytes2(c.readHex(k, 2));
        } else if (k == "tcbType") {
            seen = CollateralJson.mark(seen, _TCBTYPE, k);
            uint256 t = c.readUint(type(uint32).max);
            if (t != 0) revert UnsupportedTcbType(t);
        } else if (k == "tcbEvaluationDataNumber") {
            seen = CollateralJson.mark(seen, _EDN, k);
            info.tcbEvaluationDataNumber = uint32(c.readUint(type(uint32).max));
        } else if (k == "tdxModule") {
            seen = CollateralJson.mark(seen, _MODULE, k);
            info.tdxModule = _readTdxModule(c);
        } else if (k == "tdxModuleIdentities") {
            seen = CollateralJson.mark(seen, _IDENTITIES, k);
            info.moduleIdentities = _readIdentities(c);
        } else if (k == "tcbLevels") {
            seen = CollateralJson.mark(seen, _LEVELS, k);
            info.levels = _readLevels(c);
        } else {
            c.skipValue();
        }
        return seen;
    }

    /// @dev Reads the "tdxModule" object.
    function _readTdxModule(CollateralJson.Cursor memory c) private pure returns (TdxModule memory m) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "mrsigner") {
                seen = CollateralJson.mark(seen, 1, k);
                m.mrsigner = c.readHex48(k);
            } else if (k == "attributes") {
                seen = CollateralJson.mark(seen, 2, k);
                m.attributes = bytes8(c.readHex(k, 8));
            } else if (k == "attributesMask") {
                seen = CollateralJson.mark(seen, 4, k);
                m.attributesMask = bytes8(c.readHex(k, 8));
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "mrsigner");
        CollateralJson.need(seen, 2, "attributes");
        CollateralJson.need(seen, 4, "attributesMask");
    }

    /// @dev Reads the "tdxModuleIdentities" array (non-empty, JSON order kept: QVL takes the first match).
    function _readIdentities(CollateralJson.Cursor memory c) private pure returns (ModuleIdentity[] memory ids) {
        c.expect(0x5b);
        ids = _identitySlots(MAX_MODULE_IDENTITIES);
        uint256 n;
        for (; c.nextElement(n); ++n) {
            if (n == MAX_MODULE_IDENTITIES) revert TooManyEntries("tdxModuleIdentities");
            ids[n] = _readIdentity(c);
        }
        if (n == 0) revert EmptyArray("tdxModuleIdentities");
        /// @solidity memory-safe-assembly
        assembly {
            mstore(ids, n)
        }
    }

    /// @dev Reads one TDX module identity object.
    function _readIdentity(CollateralJson.Cursor memory c) private pure returns (ModuleIdentity memory m) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "id") {
                seen = CollateralJson.mark(seen, 1, k);
                m.version = _readModuleId(c);
            } else if (k == "mrsigner") {
                seen = CollateralJson.mark(seen, 2, k);
                m.mrsigner = c.readHex48(k);
            } else if (k == "attributes") {
                seen = CollateralJson.mark(seen, 4, k);
                m.attributes = bytes8(c.readHex(k, 8));
            } else if (k == "attributesMask") {
                seen = CollateralJson.mark(seen, 8, k);
                m.attributesMask = bytes8(c.readHex(k, 8));
            } else if (k == "tcbLevels") {
                seen = CollateralJson.mark(seen, 16, k);
                m.levels = _readModuleLevels(c);
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "id");
        CollateralJson.need(seen, 2, "mrsigner");
        CollateralJson.need(seen, 4, "attributes");
        CollateralJson.need(seen, 8, "attributesMask");
        CollateralJson.need(seen, 16, "tcbLevels");
    }

    /// @dev Reads a module identity id "TDX_XX" and returns the version byte 0xXX.
    function _readModuleId(CollateralJson.Cursor memory c) private pure returns (uint8) {
        (uint256 ptr, uint256 len) = c.readString();
        // Upper-case "tdx" (not '_'): clear bit 5 of the first three bytes.
        if (len != 6 || CollateralJson.word(ptr, 4) & bytes32(uint256(0xDFDFDFFF) << 224) != "TDX_") {
            revert InvalidModuleIdentityId();
        }
        uint256 ok;
        /// @solidity memory-safe-assembly
        assembly {
            let w := mload(ptr)
            let h1 := byte(4, w)
            let h2 := byte(5, w)
            ok := and(
                or(lt(sub(h1, 0x30), 10), lt(sub(or(h1, 0x20), 0x61), 6)),
                or(lt(sub(h2, 0x30), 10), lt(sub(or(h2, 0x20), 0x61), 6))
            )
        }
        if (ok == 0) revert InvalidModuleIdentityId();
        return uint8(bytes1(CollateralJson.decodeHex(ptr + 4, 2, "id")));
    }

    /// @dev Reads a module identity's "tcbLevels": non-empty, sorted descending by isvsvn, no duplicates.
    function _readModuleLevels(CollateralJson.Cursor memory c) private pure returns (ModuleLevel[] memory levels) {
        c.expect(0x5b);
        levels = _moduleLevelSlots(MAX_MODULE_LEVELS);
        uint256 n;
        for (; c.nextElement(n); ++n) {
            if (n == MAX_MODULE_LEVELS) revert TooManyEntries("tcbLevels");
            ModuleLevel memory l = _readModuleLevel(c);
            uint256 j = n;
            while (j != 0 && levels[j - 1].isvsvn < l.isvsvn) {
                levels[j] = levels[j - 1];
                --j;
            }
            if (j != 0 && levels[j - 1].isvsvn == l.isvsvn) revert DuplicateModuleTcbLevel(l.isvsvn);
            levels[j] = l;
        }
        if (n == 0) revert EmptyArray("tcbLevels");
        /// @solidity memory-safe-assembly
        assembly {
            mstore(levels, n)
        }
    }

    /// @dev Reads one module identity TCB level.
    function _readModuleLevel(CollateralJson.Cursor memory c) private pure returns (ModuleLevel memory l) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "tcb") {
                seen = CollateralJson.mark(seen, 1, k);
                l.isvsvn = _readModuleTcb(c);
            } else if (k == "tcbDate") {
                seen = CollateralJson.mark(seen, 2, k);
                l.tcbDate = c.readDate(k);
            } else if (k == "tcbStatus") {
                seen = CollateralJson.mark(seen, 4, k);
                IQuoteVerifier.TcbStatus s = c.readTcbStatus(k);
                if (
                    s != IQuoteVerifier.TcbStatus.UpToDate && s != IQuoteVerifier.TcbStatus.OutOfDate
                        && s != IQuoteVerifier.TcbStatus.Revoked
                ) revert CollateralJson.UnknownTcbStatus(k);
                l.status = s;
            } else if (k == "advisoryIDs") {
                seen = CollateralJson.mark(seen, 8, k);
                l.advisoryIds = c.readAdvisoryIds();
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "tcb");
        CollateralJson.need(seen, 2, "tcbDate");
        CollateralJson.need(seen, 4, "tcbStatus");
    }

    /// @dev Reads a module level's "tcb" object: {"isvsvn": n}.
    function _readModuleTcb(CollateralJson.Cursor memory c) private pure returns (uint16 isvsvn) {
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

    /// @dev Reads the platform "tcbLevels": non-empty, sorted into QVL's order, no duplicates.
    function _readLevels(CollateralJson.Cursor memory c) private pure returns (Level[] memory levels) {
        c.expect(0x5b);
        levels = _levelSlots(MAX_LEVELS);
        uint256 n;
        for (; c.nextElement(n); ++n) {
            if (n == MAX_LEVELS) revert TooManyEntries("tcbLevels");
            Level memory l = _readLevel(c);
            uint256 j = n;
            int256 cmp;
            while (j != 0) {
                cmp = _compare(levels[j - 1], l);
                if (cmp >= 0) break;
                levels[j] = levels[j - 1];
                --j;
            }
            if (j != 0 && cmp == 0) revert DuplicateTcbLevel();
            levels[j] = l;
        }
        if (n == 0) revert EmptyArray("tcbLevels");
        /// @solidity memory-safe-assembly
        assembly {
            mstore(levels, n)
        }
    }

    /// @dev An array of `cap` unset element slots (no default structs are allocated); callers
    ///      write every slot below the final length before reading it, then shrink the length.
    function _levelSlots(uint256 cap) private pure returns (Level[] memory a) {
        /// @solidity memory-safe-assembly
        assembly {
            a := mload(0x40)
            mstore(a, cap)
            mstore(0x40, add(a, shl(5, add(cap, 1))))
        }
    }

    /// @dev Like `_levelSlots`, for module levels.
    function _moduleLevelSlots(uint256 cap) private pure returns (ModuleLevel[] memory a) {
        /// @solidity memory-safe-assembly
        assembly {
            a := mload(0x40)
            mstore(a, cap)
            mstore(0x40, add(a, shl(5, add(cap, 1))))
        }
    }

    /// @dev Like `_levelSlots`, for module identities.
    function _identitySlots(uint256 cap) private pure returns (ModuleIdentity[] memory a) {
        /// @solidity memory-safe-assembly
        assembly {
            a := mload(0x40)
            mstore(a, cap)
            mstore(0x40, add(a, shl(5, add(cap, 1))))
        }
    }

    /// @dev QVL's TcbLevel ordering: (sgx SVNs, pcesvn, tdx SVNs) lexicographically. -1, 0 or 1.
    function _compare(Level memory a, Level memory b) private pure returns (int256) {
        if (a.sgxComponents != b.sgxComponents) {
            return uint128(a.sgxComponents) > uint128(b.sgxComponents) ? int256(1) : -1;
        }
        if (a.pcesvn != b.pcesvn) return a.pcesvn > b.pcesvn ? int256(1) : -1;
        if (a.tdxComponents != b.tdxComponents) {
            return uint128(a.tdxComponents) > uint128(b.tdxComponents) ? int256(1) : -1;
        }
        return 0;
    }

    /// @dev Reads one platform TCB level.
    function _readLevel(CollateralJson.Cursor memory c) private pure returns (Level memory l) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "tcb") {
                seen = CollateralJson.mark(seen, 1, k);
                _readLevelTcb(c, l);
            } else if (k == "tcbDate") {
                seen = CollateralJson.mark(seen, 2, k);
                l.tcbDate = c.readDate(k);
            } else if (k == "tcbStatus") {
                seen = CollateralJson.mark(seen, 4, k);
                l.status = c.readTcbStatus(k);
            } else if (k == "advisoryIDs") {
                seen = CollateralJson.mark(seen, 8, k);
                l.advisoryIds = c.readAdvisoryIds();
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "tcb");
        CollateralJson.need(seen, 2, "tcbDate");
        CollateralJson.need(seen, 4, "tcbStatus");
    }

    /// @dev Reads a platform level's "tcb" object into `l`.
    function _readLevelTcb(CollateralJson.Cursor memory c, Level memory l) private pure {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "sgxtcbcomponents") {
                seen = CollateralJson.mark(seen, 1, k);
                l.sgxComponents = _readComponents(c, k);
            } else if (k == "pcesvn") {
                seen = CollateralJson.mark(seen, 2, k);
                l.pcesvn = uint16(c.readUint(type(uint16).max));
            } else if (k == "tdxtcbcomponents") {
                seen = CollateralJson.mark(seen, 4, k);
                l.tdxComponents = _readComponents(c, k);
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "sgxtcbcomponents");
        CollateralJson.need(seen, 2, "pcesvn");
        CollateralJson.need(seen, 4, "tdxtcbcomponents");
    }

    /// @dev Reads an array of exactly 16 components; returns their SVNs, component i in byte i.
    function _readComponents(CollateralJson.Cursor memory c, bytes32 field) private pure returns (bytes16) {
        (bool ok, bytes16 svns) = c.tryReadComponents();
        if (ok) return svns;
        c.expect(0x5b);
        uint256 acc;
        uint256 n;
        for (; c.nextElement(n); ++n) {
            if (n == 16) revert WrongComponentCount(field);
            acc |= _readComponent(c) << ((15 - n) << 3);
        }
        if (n != 16) revert WrongComponentCount(field);
        // forge-lint: disable-next-line(unsafe-typecast) 16 SVNs of 8 bits each: acc < 2**128.
        return bytes16(uint128(acc));
    }

    /// @dev Reads one component {"svn": n, "category"?: string, "type"?: string}; returns the SVN.
    function _readComponent(CollateralJson.Cursor memory c) private pure returns (uint256 svn) {
        c.expect(0x7b);
        uint256 seen;
        for (uint256 i;; ++i) {
            (bool more, bytes32 k) = c.nextKey(i);
            if (!more) break;
            if (k == "svn") {
                seen = CollateralJson.mark(seen, 1, k);
                svn = c.readUint(type(uint8).max);
            } else if (k == "category") {
                seen = CollateralJson.mark(seen, 2, k);
                c.skipString();
            } else if (k == "type") {
                seen = CollateralJson.mark(seen, 4, k);
                c.skipString();
            } else {
                c.skipValue();
            }
        }
        CollateralJson.need(seen, 1, "svn");
    }

    /*//////////////////////////////////////////////////////////////
                              ADVISORY IDS
    //////////////////////////////////////////////////////////////*/

    /// @notice Splits a compact advisory ID list ("A,B,C") into its IDs.
    /// @param compact The comma-joined IDs; "" yields an empty array.
    /// @return ids The IDs in order.
    function advisoryIds(string memory compact) internal pure returns (string[] memory ids) {
        bytes memory b = bytes(compact);
        uint256 len = b.length;
        if (len == 0) return new string[](0);
        uint256 n = 1;
        for (uint256 i; i < len; ++i) {
            if (b[i] == ",") ++n;
        }
        ids = new string[](n);
        uint256 from;
        uint256 k;
        for (uint256 i; i <= len; ++i) {
            if (i == len || b[i] == ",") {
                bytes memory id = new bytes(i - from);
                /// @solidity memory-safe-assembly
                assembly {
                    mcopy(add(id, 0x20), add(add(b, 0x20), from), sub(i, from))
                }
                ids[k++] = string(id);
                from = i + 1;
            }
        }
    }

    /*//////////////////////////////////////////////////////////////
                              PACKED FORM
    //////////////////////////////////////////////////////////////*/

    /// @notice Packs `info` into a compact byte string (see `decode` for the layout).
    /// @dev Reverts with `InvalidEncoding` if a field does not fit the layout (mrsigner not 48
    ///      bytes, more than 255 entries, an advisory list longer than 65535 bytes).
    /// @param info The TCB Info.
    /// @return out The packed form.
    function encode(Info memory info) internal pure returns (bytes memory out) {
        out = _alloc(_encodedSize(info));
        uint256 o;
        /// @solidity memory-safe-assembly
        assembly {
            o := add(out, 0x20)
        }
        o = _put(o, ENCODING_VERSION, 1);
        o = _put(o, uint48(info.fmspc), 6);
        o = _put(o, uint16(info.pceId), 2);
        o = _put(o, info.tcbEvaluationDataNumber, 4);
        o = _put(o, info.issueDate, 8);
        o = _put(o, info.nextUpdate, 8);
        o = _putModule(o, info.tdxModule.mrsigner, info.tdxModule.attributes, info.tdxModule.attributesMask);
        o = _put(o, info.moduleIdentities.length, 1);
        o = _put(o, info.levels.length, 1);
        for (uint256 i; i < info.moduleIdentities.length; ++i) {
            ModuleIdentity memory m = info.moduleIdentities[i];
            o = _put(o, m.version, 1);
            o = _putModule(o, m.mrsigner, m.attributes, m.attributesMask);
            o = _put(o, m.levels.length, 1);
            for (uint256 j; j < m.levels.length; ++j) {
                ModuleLevel memory l = m.levels[j];
                o = _put(o, l.isvsvn, 2);
                o = _put(o, l.tcbDate, 8);
                o = _put(o, uint8(l.status), 1);
                o = _putBytes(o, bytes(l.advisoryIds));
            }
        }
        for (uint256 i; i < info.levels.length; ++i) {
            Level memory l = info.levels[i];
            o = _put(o, uint128(l.sgxComponents), 16);
            o = _put(o, l.pcesvn, 2);
            o = _put(o, uint128(l.tdxComponents), 16);
            o = _put(o, l.tcbDate, 8);
            o = _put(o, uint8(l.status), 1);
            o = _putBytes(o, bytes(l.advisoryIds));
        }
        /// @solidity memory-safe-assembly
        assembly {
            mstore(o, 0) // clean the bytes after the end
        }
    }

    /// @notice Unpacks the output of `encode`.
    /// @dev Layout (big-endian integers): u8 ENCODING_VERSION, fmspc[6], pceId[2],
    ///      u32 tcbEvaluationDataNumber, u64 issueDate, u64 nextUpdate, tdxModule (mrsigner[48],
    ///      attributes[8], attributesMask[8]), u8 identityCount, u8 levelCount; then per identity:
    ///      u8 version, mrsigner[48], attributes[8], attributesMask[8], u8 levelCount, and per level
    ///      u16 isvsvn, u64 tcbDate, u8 status, u16 advisoryLength, advisory bytes; then per platform
    ///      level: sgx[16], u16 pcesvn, tdx[16], u64 tcbDate, u8 status, u16 advisoryLength, advisory
    ///      bytes. Reverts with `InvalidEncoding` on a wrong version byte, truncation, trailing bytes
    ///      or a status out of range.
    /// @param data The packed form.
    /// @return info The TCB Info.
    function decode(bytes memory data) internal pure returns (Info memory info) {
        uint256[2] memory r; // [position, end]
        /// @solidity memory-safe-assembly
        assembly {
            mstore(r, add(data, 0x20))
            mstore(add(r, 0x20), add(add(data, 0x20), mload(data)))
        }
        if (_take(r, 1) != ENCODING_VERSION) revert InvalidEncoding();
        info.fmspc = bytes6(uint48(_take(r, 6)));
        info.pceId = bytes2(uint16(_take(r, 2)));
        info.tcbEvaluationDataNumber = uint32(_take(r, 4));
        info.issueDate = uint64(_take(r, 8));
        info.nextUpdate = uint64(_take(r, 8));
        info.tdxModule.mrsigner = _takeBytes(r, 48);
        info.tdxModule.attributes = bytes8(uint64(_take(r, 8)));
        info.tdxModule.attributesMask = bytes8(uint64(_take(r, 8)));
        info.moduleIdentities = new ModuleIdentity[](_take(r, 1));
        info.levels = new Level[](_take(r, 1));
        for (uint256 i; i < info.moduleIdentities.length; ++i) {
            _takeIdentity(r, info.moduleIdentities[i]);
        }
        for (uint256 i; i < info.levels.length; ++i) {
            Level memory l = info.levels[i];
            l.sgxComponents = bytes16(uint128(_take(r, 16)));
            l.pcesvn = uint16(_take(r, 2));
            l.tdxComponents = bytes16(uint128(_take(r, 16)));
            l.tcbDate = uint64(_take(r, 8));
            l.status = _status(_take(r, 1));
            l.advisoryIds = string(_takeBytes(r, _take(r, 2)));
        }
        if (r[0] != r[1]) revert InvalidEncoding();
    }

    /// @dev Unpacks one module identity.
    function _takeIdentity(uint256[2] memory r, ModuleIdentity memory m) private pure {
        m.version = uint8(_take(r, 1));
        m.mrsigner = _takeBytes(r, 48);
        m.attributes = bytes8(uint64(_take(r, 8)));
        m.attributesMask = bytes8(uint64(_take(r, 8)));
        m.levels = new ModuleLevel[](_take(r, 1));
        for (uint256 j; j < m.levels.length; ++j) {
            ModuleLevel memory l = m.levels[j];
            l.isvsvn = uint16(_take(r, 2));
            l.tcbDate = uint64(_take(r, 8));
            l.status = _status(_take(r, 1));
            l.advisoryIds = string(_takeBytes(r, _take(r, 2)));
        }
    }

    /// @dev The size of the packed form of `info`; reverts if it does not fit the layout.
    function _encodedSize(Info memory info) private pure returns (uint256 size) {
        uint256 ni = info.moduleIdentities.length;
        uint256 nl = info.levels.length;
        if (ni > 255 || nl > 255) revert InvalidEncoding();
        size = 95;
        for (uint256 i; i < ni; ++i) {
            ModuleLevel[] memory ml = info.moduleIdentities[i].levels;
            if (ml.length > 255) revert InvalidEncoding();
            size += 66;
            for (uint256 j; j < ml.length; ++j) {
                size += 13 + _advLen(ml[j].advisoryIds);
            }
        }
        for (uint256 i; i < nl; ++i) {
            size += 45 + _advLen(info.levels[i].advisoryIds);
        }
    }

    /// @dev The length of an advisory list; reverts above 65535.
    function _advLen(string memory s) private pure returns (uint256 len) {
        len = bytes(s).length;
        if (len > type(uint16).max) revert InvalidEncoding();
    }

    /// @dev Writes mrsigner[48] ‖ attributes[8] ‖ attributesMask[8] at `o`.
    function _putModule(uint256 o, bytes memory mrsigner, bytes8 attributes, bytes8 mask)
        private
        pure
        returns (uint256)
    {
        if (mrsigner.length != 48) revert InvalidEncoding();
        /// @solidity memory-safe-assembly
        assembly {
            mcopy(o, add(mrsigner, 0x20), 48)
        }
        o = _put(o + 48, uint64(attributes), 8);
        return _put(o, uint64(mask), 8);
    }

    /// @dev Allocates a bytes of length `size` with a spare word after it (for `_put`'s overhang).
    function _alloc(uint256 size) private pure returns (bytes memory out) {
        /// @solidity memory-safe-assembly
        assembly {
            out := mload(0x40)
            mstore(out, size)
            mstore(0x40, add(add(out, 0x40), and(add(size, 31), not(31))))
        }
    }

    /// @dev Writes the low `n` bytes of `v` big-endian at `o` (clobbering up to 32 - n bytes after).
    function _put(uint256 o, uint256 v, uint256 n) private pure returns (uint256) {
        /// @solidity memory-safe-assembly
        assembly {
            mstore(o, shl(sub(256, shl(3, n)), v))
        }
        return o + n;
    }

    /// @dev Writes u16 length ‖ bytes at `o`.
    function _putBytes(uint256 o, bytes memory b) private pure returns (uint256) {
        uint256 len = b.length;
        o = _put(o, len, 2);
        /// @solidity memory-safe-assembly
        assembly {
            mcopy(o, add(b, 0x20), len)
        }
        return o + len;
    }

    /// @dev Reads an `n`-byte big-endian integer at r[0] and advances; reverts past r[1].
    function _take(uint256[2] memory r, uint256 n) private pure returns (uint256 v) {
        uint256 p = r[0];
        if (p + n > r[1]) revert InvalidEncoding();
        /// @solidity memory-safe-assembly
        assembly {
            v := shr(sub(256, shl(3, n)), mload(p))
        }
        r[0] = p + n;
    }

    /// @dev Copies `n` bytes at r[0] and advances; reverts past r[1].
    function _takeBytes(uint256[2] memory r, uint256 n) private pure returns (bytes memory b) {
        uint256 p = r[0];
        if (p + n > r[1]) revert InvalidEncoding();
        b = new bytes(n);
        /// @solidity memory-safe-assembly
        assembly {
            mcopy(add(b, 0x20), p, n)
        }
        r[0] = p + n;
    }

    /// @dev A status byte as the enum; reverts if out of range.
    function _status(uint256 v) private pure returns (IQuoteVerifier.TcbStatus) {
        if (v > uint8(type(IQuoteVerifier.TcbStatus).max)) revert InvalidEncoding();
        return IQuoteVerifier.TcbStatus(v);
    }
}
