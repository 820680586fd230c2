// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IQuoteVerifier} from "../../interfaces/IQuoteVerifier.sol";
import {DateTimeLib} from "solady/utils/DateTimeLib.sol";

/// @title CollateralJson
/// @notice A strict, single-pass JSON scanner for the bodies of Intel's signed collateral (TCB Info,
///         Enclave Identity). It builds no tree: a parser walks its schema with a cursor, matches keys
///         as `bytes32` words, decodes the values it needs in place and skips the rest.
/// @dev Accepts RFC 8259 JSON with three deliberate restrictions, each a revert and never a silent
///      acceptance (Intel's collateral needs none of them):
///      - keys, and string values a parser interprets (ids, hex, dates, statuses, advisory IDs),
///        may not contain escape sequences; skipped strings may;
///      - a number read as an integer must be a non-negative integer without fraction or exponent,
///        i.e. what rapidjson's `IsUint()` accepts, which is what Intel's QVL requires;
///      - values nest at most `MAX_DEPTH` deep.
///      Whether a key is duplicated, missing or unknown is the caller's business (`mark`, `need`).
///      A cursor holds absolute memory pointers into the input; errors report byte offsets.
library CollateralJson {
    /// @notice A read position in a JSON text held in memory.
    /// @param p The next byte to read (absolute memory address).
    /// @param end One past the last byte of the text.
    /// @param start The first byte of the text (for error offsets).
    struct Cursor {
        uint256 p;
        uint256 end;
        uint256 start;
    }

    /// @notice The maximum nesting depth of a skipped value.
    uint256 internal constant MAX_DEPTH = 16;
    /// @notice The key word reported for keys longer than 32 bytes (never a schema key).
    bytes32 internal constant LONG_KEY = bytes32(type(uint256).max);

    uint256 private constant _EOF = 0x100;
    /// @dev Bit i set for the JSON whitespace bytes: tab, LF, CR, space.
    uint256 private constant _WS = 0x100002600;
    /// @dev Bit i set for the bytes allowed after a backslash, other than 'u'.
    uint256 private constant _ESC = 0x144044100000000000800400000000;
    // Byte-broadcast words for the SWAR string scans.
    uint256 private constant _LO7 = 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f;
    uint256 private constant _HIGH = 0x8080808080808080808080808080808080808080808080808080808080808080;
    uint256 private constant _QUOTES = 0x2222222222222222222222222222222222222222222222222222222222222222;
    uint256 private constant _BACKSLASHES = 0x5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c;
    uint256 private constant _COMMAS = 0x2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c;
    /// @dev Masks the top three bits of each byte: zero exactly for the control bytes (< 0x20).
    uint256 private constant _CTRL = 0xe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0;

    /// @notice The text ended inside a value.
    error JsonUnexpectedEnd();
    /// @notice A byte that the grammar does not allow at `offset`.
    error JsonUnexpectedChar(uint256 offset);
    /// @notice A string with a control byte, a bad escape, or an escape where none is supported.
    error JsonInvalidString(uint256 offset);
    /// @notice A malformed number.
    error JsonInvalidNumber(uint256 offset);
    /// @notice A value that must be a non-negative integer is not one.
    error JsonNotUnsignedInteger(uint256 offset);
    /// @notice An integer above the field's maximum.
    error JsonNumberOutOfRange(uint256 offset);
    /// @notice Nesting deeper than `MAX_DEPTH`.
    error JsonTooDeep(uint256 offset);
    /// @notice Bytes other than whitespace after the top-level value.
    error JsonTrailingData(uint256 offset);
    /// @notice A key that occurs twice in one object.
    error JsonDuplicateKey(bytes32 key);
    /// @notice A required key is absent.
    error JsonMissingField(bytes32 key);
    /// @notice A hex string with a non-hex character.
    error InvalidHex(bytes32 field);
    /// @notice A hex string of the wrong length (`length` is in characters).
    error InvalidHexLength(bytes32 field, uint256 length);
    /// @notice A date that is not a valid "YYYY-MM-DDTHH:MM:SSZ".
    error InvalidDate(bytes32 field);
    /// @notice A status string that is not one the field allows.
    error UnknownTcbStatus(bytes32 field);
    /// @notice An advisory ID that is empty or contains a comma.
    error InvalidAdvisoryId(uint256 offset);

    /*//////////////////////////////////////////////////////////////
                               STRUCTURE
    //////////////////////////////////////////////////////////////*/

    /// @notice A cursor at the start of `json`.
    /// @param json The JSON text; it is read in place, not copied.
    /// @return c The cursor.
    function cursor(bytes memory json) internal pure returns (Cursor memory c) {
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            p := add(json, 0x20)
        }
        c.p = p;
        c.start = p;
        c.end = p + json.length;
    }

    /// @notice Skips whitespace and returns the next byte without consuming it.
    /// @dev Reverts with `JsonUnexpectedEnd` at the end of the text.
    /// @param c The cursor.
    /// @return ch The next byte.
    function peek(Cursor memory c) internal pure returns (uint256 ch) {
        ch = _skipWs(c);
        if (ch == _EOF) revert JsonUnexpectedEnd();
    }

    /// @notice Consumes the byte `ch` after optional whitespace.
    /// @param c The cursor.
    /// @param ch The byte expected.
    function expect(Cursor memory c, uint256 ch) internal pure {
        uint256 err;
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            let end := mload(add(c, 0x20))
            p := mload(c)
            for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
            switch lt(p, end)
            case 0 { err := 1 }
            default {
                switch eq(byte(0, mload(p)), ch)
                case 0 { err := 2 }
                default { mstore(c, add(p, 1)) }
            }
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice Steps to the next member of the object being read (opened by `expect(c, '{')`).
    /// @param c The cursor.
    /// @param i How many members were read before (0 for the first call).
    /// @return more False at the closing brace (consumed), true when a key and its colon were read.
    /// @return key The key as a left-aligned word (`LONG_KEY` when longer than 32 bytes).
    function nextKey(Cursor memory c, uint256 i) internal pure returns (bool more, bytes32 key) {
        uint256 err;
        uint256 p;
        uint256 end = c.end;
        /// @solidity memory-safe-assembly
        assembly {
            function ws(q, e) -> r {
                r := q
                for {} and(lt(r, e), and(shr(byte(0, mload(r)), _WS), 1)) { r := add(r, 1) } {}
            }
            p := ws(mload(c), end)
            // A block to break out of.
            for {} 1 {} {
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                let ch := byte(0, mload(p))
                if eq(ch, 0x7d) {
                    mstore(c, add(p, 1))
                    break
                }
                if i {
                    if iszero(eq(ch, 0x2c)) {
                        err := 2
                        break
                    }
                    p := ws(add(p, 1), end)
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                    ch := byte(0, mload(p))
                }
                if iszero(eq(ch, 0x22)) {
                    err := 2
                    break
                }
                more := 1
                break
            }
        }
        if (err != 0) _fail(c, err, p);
        if (!more) return (false, 0);
        uint256 from = p + 1;
        p = _scan(from, end);
        /// @solidity memory-safe-assembly
        assembly {
            for {} 1 {} {
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                if iszero(eq(byte(0, mload(p)), 0x22)) {
                    err := 3
                    break
                }
                let len := sub(p, from)
                key := not(0) // LONG_KEY
                if lt(len, 33) { key := and(mload(from), not(shr(shl(3, len), not(0)))) }
                p := add(p, 1)
                for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                if iszero(eq(byte(0, mload(p)), 0x3a)) {
                    err := 2
                    break
                }
                mstore(c, add(p, 1))
                break
            }
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice Steps to the next element of the array being read (opened by `expect(c, '[')`).
    /// @param c The cursor.
    /// @param i How many elements were read before (0 for the first call).
    /// @return more False at the closing bracket (consumed), true when an element follows.
    function nextElement(Cursor memory c, uint256 i) internal pure returns (bool more) {
        uint256 err;
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            let end := mload(add(c, 0x20))
            p := mload(c)
            for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
            for {} 1 {} {
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                let ch := byte(0, mload(p))
                if eq(ch, 0x5d) {
                    p := add(p, 1)
                    break
                }
                more := 1
                if i {
                    if iszero(eq(ch, 0x2c)) {
                        err := 2
                        break
                    }
                    p := add(p, 1)
                }
                break
            }
            mstore(c, p)
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice Requires that only whitespace remains.
    /// @param c The cursor.
    function finish(Cursor memory c) internal pure {
        if (_skipWs(c) != _EOF) revert JsonTrailingData(c.p - c.start);
    }

    /// @notice Records that the key with bit `bit` was seen; reverts when it was seen before.
    /// @param seen The bits of the keys seen so far.
    /// @param bit The key's bit.
    /// @param key The key (for the error).
    /// @return The updated bits.
    function mark(uint256 seen, uint256 bit, bytes32 key) internal pure returns (uint256) {
        if (seen & bit != 0) revert JsonDuplicateKey(key);
        return seen | bit;
    }

    /// @notice Reverts with `JsonMissingField(key)` unless bit `bit` is in `seen`.
    /// @param seen The bits of the keys seen.
    /// @param bit The required key's bit.
    /// @param key The required key.
    function need(uint256 seen, uint256 bit, bytes32 key) internal pure {
        if (seen & bit == 0) revert JsonMissingField(key);
    }

    /*//////////////////////////////////////////////////////////////
                                 VALUES
    //////////////////////////////////////////////////////////////*/

    /// @notice Reads a string without escape sequences.
    /// @param c The cursor.
    /// @return ptr The memory address of the string's first byte (inside the JSON text).
    /// @return len The string's length in bytes.
    function readString(Cursor memory c) internal pure returns (uint256 ptr, uint256 len) {
        uint256 err;
        uint256 p;
        uint256 end = c.end;
        /// @solidity memory-safe-assembly
        assembly {
            p := mload(c)
            for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
            switch lt(p, end)
            case 0 { err := 1 }
            default { if iszero(eq(byte(0, mload(p)), 0x22)) { err := 2 } }
        }
        if (err != 0) _fail(c, err, p);
        ptr = p + 1;
        p = _scan(ptr, end);
        /// @solidity memory-safe-assembly
        assembly {
            switch lt(p, end)
            case 0 { err := 1 }
            default { if iszero(eq(byte(0, mload(p)), 0x22)) { err := 3 } }
        }
        if (err != 0) _fail(c, err, p);
        len = p - ptr;
        c.p = p + 1;
    }

    /// @notice Skips a string, validating its escape sequences.
    /// @param c The cursor.
    function skipString(Cursor memory c) internal pure {
        uint256 err;
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            function isHex(h) -> r {
                r := or(lt(sub(h, 0x30), 10), lt(sub(or(h, 0x20), 0x61), 6))
            }
            let end := mload(add(c, 0x20))
            p := mload(c)
            for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
            switch and(lt(p, end), eq(byte(0, mload(p)), 0x22))
            case 0 { err := add(1, lt(p, end)) }
            default {
                for { p := add(p, 1) } 1 { p := add(p, 1) } {
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                    let ch := byte(0, mload(p))
                    if eq(ch, 0x22) { break }
                    if lt(ch, 0x20) {
                        err := 3
                        break
                    }
                    if eq(ch, 0x5c) {
                        p := add(p, 1)
                        if iszero(lt(p, end)) {
                            err := 1
                            break
                        }
                        ch := byte(0, mload(p))
                        if eq(ch, 0x75) {
                            // \uXXXX
                            if gt(add(p, 5), end) {
                                err := 1
                                break
                            }
                            ch := mload(add(p, 1))
                            if iszero(
                                and(
                                    and(isHex(byte(0, ch)), isHex(byte(1, ch))),
                                    and(isHex(byte(2, ch)), isHex(byte(3, ch)))
                                )
                            ) {
                                err := 3
                                break
                            }
                            p := add(p, 4)
                            continue
                        }
                        if iszero(and(shr(ch, _ESC), 1)) {
                            err := 3
                            break
                        }
                    }
                }
                if iszero(err) { mstore(c, add(p, 1)) }
            }
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice Reads a non-negative integer no greater than `max`.
    /// @param c The cursor.
    /// @param max The largest value allowed (at most 2**64 - 1).
    /// @return v The value.
    function readUint(Cursor memory c, uint256 max) internal pure returns (uint256 v) {
        uint256 err;
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            let end := mload(add(c, 0x20))
            p := mload(c)
            for {} and(lt(p, end), and(shr(byte(0, mload(p)), _WS), 1)) { p := add(p, 1) } {}
            let first := p
            for {} lt(p, end) { p := add(p, 1) } {
                let d := sub(byte(0, mload(p)), 0x30)
                if gt(d, 9) { break }
                v := add(mul(v, 10), d)
            }
            let n := sub(p, first)
            let next := 0x100
            if lt(p, end) { next := byte(0, mload(p)) }
            // err 1: end of text, 4: not a digit / fraction / exponent, 5: leading zero, 6: range.
            switch n
            case 0 { err := add(1, mul(3, lt(p, end))) }
            default {
                if or(eq(next, 0x2e), eq(or(next, 0x20), 0x65)) { err := 4 }
                if and(gt(n, 1), eq(byte(0, mload(first)), 0x30)) { err := 5 }
                if or(gt(n, 20), gt(v, max)) { err := 6 }
            }
            if err { p := first }
            if iszero(err) { mstore(c, p) }
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice Fast path for a TCB component array written exactly as Intel writes it: no
    ///         whitespace, 16 objects {"svn":n} with optional "category" then "type" strings.
    /// @dev Never reverts: on any deviation (whitespace, other keys or order, escapes, errors) it
    ///      returns `ok == false` without moving the cursor, and the caller parses the array with
    ///      the general primitives, which accept the same language plus the rest and report errors.
    /// @param c The cursor.
    /// @return ok Whether the fast path read the array.
    /// @return svns Component i's SVN in byte i.
    function tryReadComponents(Cursor memory c) internal pure returns (bool ok, bytes16 svns) {
        uint256 acc;
        uint256 q;
        /// @solidity memory-safe-assembly
        assembly {
            function z(v) -> r {
                r := not(or(or(add(and(v, _LO7), _LO7), v), _LO7))
            }
            // The position after a string without escapes or control bytes starting at r, or 0.
            function str(r, e) -> s {
                if and(lt(r, e), eq(byte(0, mload(r)), 0x22)) {
                    for { r := add(r, 1) } 1 { r := add(r, 32) } {
                        let w := mload(r)
                        let m := or(or(z(xor(w, _QUOTES)), z(xor(w, _BACKSLASHES))), z(and(w, _CTRL)))
                        m := or(m, shr(shl(3, sub(e, r)), _HIGH))
                        if m {
                            // Step to the first flagged byte.
                            for {} iszero(shr(248, m)) { m := shl(8, m) } { r := add(r, 1) }
                            if and(lt(r, e), eq(byte(0, mload(r)), 0x22)) { s := add(r, 1) }
                            break
                        }
                    }
                }
            }
            let end := mload(add(c, 0x20))
            let p := mload(c)
            if and(lt(p, end), eq(byte(0, mload(p)), 0x5b)) {
                p := add(p, 1)
                for { let n := 0 } 1 { n := add(n, 1) } {
                    // {"svn":
                    if or(gt(add(p, 7), end), iszero(eq(shr(200, mload(p)), 0x7b2273766e223a))) { break }
                    p := add(p, 7)
                    let f := p
                    let v := 0
                    for {} and(lt(p, end), lt(sub(byte(0, mload(p)), 0x30), 10)) { p := add(p, 1) } {
                        v := add(mul(v, 10), sub(byte(0, mload(p)), 0x30))
                    }
                    let nd := sub(p, f)
                    if or(or(iszero(nd), gt(nd, 3)), gt(v, 255)) { break }
                    if and(gt(nd, 1), eq(byte(0, mload(f)), 0x30)) { break }
                    // ,"category":"…"
                    if and(iszero(gt(add(p, 12), end)), eq(shr(160, mload(p)), 0x2c2263617465676f7279223a)) {
                        p := str(add(p, 12), end)
                        if iszero(p) { break }
                    }
                    // ,"type":"…"
                    if and(iszero(gt(add(p, 8), end)), eq(shr(192, mload(p)), 0x2c2274797065223a)) {
                        p := str(add(p, 8), end)
                        if iszero(p) { break }
                    }
                    if iszero(lt(add(p, 1), end)) { break }
                    if iszero(eq(byte(0, mload(p)), 0x7d)) { break }
                    acc := or(acc, shl(shl(3, sub(15, n)), v))
                    let b := byte(0, mload(add(p, 1)))
                    p := add(p, 2)
                    if eq(b, 0x5d) {
                        if eq(n, 15) { q := p }
                        break
                    }
                    if or(iszero(eq(b, 0x2c)), eq(n, 15)) { break }
                }
            }
        }
        if (q != 0) {
            c.p = q;
            // forge-lint: disable-next-line(unsafe-typecast) 16 SVNs of 8 bits each: acc < 2**128.
            return (true, bytes16(uint128(acc)));
        }
    }

    /// @notice Skips any JSON value.
    /// @param c The cursor.
    function skipValue(Cursor memory c) internal pure {
        _skipValue(c, 0);
    }

    /// @notice Reads a hex string of exactly `nbytes` bytes (either case), left-aligned in a word.
    /// @param c The cursor.
    /// @param field The key being read (for errors).
    /// @param nbytes The decoded length, 1 to 32.
    /// @return The decoded bytes, left-aligned.
    function readHex(Cursor memory c, bytes32 field, uint256 nbytes) internal pure returns (bytes32) {
        (uint256 ptr, uint256 len) = readString(c);
        if (len != nbytes << 1) revert InvalidHexLength(field, len);
        return decodeHex(ptr, len, field);
    }

    /// @notice Reads a 96-character hex string as 48 bytes.
    /// @param c The cursor.
    /// @param field The key being read (for errors).
    /// @return out The 48 bytes.
    function readHex48(Cursor memory c, bytes32 field) internal pure returns (bytes memory out) {
        (uint256 ptr, uint256 len) = readString(c);
        if (len != 96) revert InvalidHexLength(field, len);
        bytes32 hi = decodeHex(ptr, 64, field);
        bytes32 lo = decodeHex(ptr + 64, 32, field);
        out = new bytes(48);
        /// @solidity memory-safe-assembly
        assembly {
            mstore(add(out, 0x20), hi)
            mstore(add(out, 0x40), lo)
        }
    }

    /// @notice Decodes `nchars` (even, at most 64) hex characters at `ptr`, case-insensitively.
    /// @dev SWAR, 32 characters per step: validate every byte as [0-9A-Fa-f], turn each into its
    ///      nibble (low 4 bits + 9 × bit 6), pair nibbles into bytes, then compact 16-bit lanes.
    /// @param ptr The memory address of the first character.
    /// @param nchars The number of characters.
    /// @param field The key being read (for errors).
    /// @return out The decoded bytes, left-aligned.
    function decodeHex(uint256 ptr, uint256 nchars, bytes32 field) internal pure returns (bytes32 out) {
        uint256 ok = 1;
        /// @solidity memory-safe-assembly
        assembly {
            function chunk(w) -> r, good {
                let ones := 0x0101010101010101010101010101010101010101010101010101010101010101
                let high := mul(ones, 0x80)
                let l := or(w, mul(ones, 0x20))
                // Per byte x < 0x80: bit 7 of x + (0x80 - lo) is x >= lo; of x + (0x7f - hi) is x > hi.
                let digit := and(add(w, mul(ones, 0x50)), not(add(w, mul(ones, 0x46))))
                let letter := and(add(l, mul(ones, 0x1f)), not(add(l, mul(ones, 0x19))))
                good := and(iszero(and(w, high)), eq(and(or(digit, letter), high), high))
                r := add(and(w, mul(ones, 0x0f)), mul(and(shr(6, w), ones), 9))
                r := or(
                    and(shr(4, r), 0x00f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f0),
                    and(r, 0x000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f)
                )
                r := and(or(r, shr(8, r)), 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff)
                r := and(or(r, shr(16, r)), 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff)
                r := and(or(r, shr(32, r)), 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff)
                r := and(or(r, shr(64, r)), 0xffffffffffffffffffffffffffffffff)
            }
            for { let k := 0 } lt(k, nchars) { k := add(k, 32) } {
                let w := mload(add(ptr, k))
                let m := sub(nchars, k)
                if lt(m, 32) {
                    // Pad with '0' past the end.
                    let keep := not(shr(shl(3, m), not(0)))
                    w := or(
                        and(w, keep),
                        and(0x3030303030303030303030303030303030303030303030303030303030303030, not(keep))
                    )
                }
                let r, good := chunk(w)
                ok := and(ok, good)
                out := or(out, shl(sub(128, shl(2, k)), r))
            }
        }
        if (ok == 0) revert InvalidHex(field);
    }

    /// @notice Reads a date "YYYY-MM-DDTHH:MM:SSZ" (exactly; UTC) as a unix timestamp.
    /// @param c The cursor.
    /// @param field The key being read (for errors).
    /// @return The timestamp.
    function readDate(Cursor memory c, bytes32 field) internal pure returns (uint64) {
        (uint256 ptr, uint256 len) = readString(c);
        uint256 t;
        /// @solidity memory-safe-assembly
        assembly {
            // The 20 bytes XOR the template "0000-00-00T00:00:00Z": separators become 0, digits 0..9.
            t := xor(
                and(mload(ptr), not(shr(160, not(0)))),
                0x303030302d30302d30305430303a30303a30305a000000000000000000000000
            )
        }
        // Separators match, every byte < 0x80, every digit byte <= 9 (adding 0x76 sets bit 7 above 9).
        if (
            len != 20 || t & 0x00000000ff0000ff0000ff0000ff0000ff0000ff000000000000000000000000 != 0
                || t & 0x8080808080808080808080808080808080808080000000000000000000000000 != 0
                || (t + 0x7676767600767600767600767600767600767600000000000000000000000000)
                        & 0x8080808000808000808000808000808000808000000000000000000000000000 != 0
        ) revert InvalidDate(field);
        uint256 year = _at(t, 0) * 1000 + _at(t, 1) * 100 + _at(t, 2) * 10 + _at(t, 3);
        uint256 month = _at(t, 5) * 10 + _at(t, 6);
        uint256 day = _at(t, 8) * 10 + _at(t, 9);
        uint256 hour = _at(t, 11) * 10 + _at(t, 12);
        uint256 minute = _at(t, 14) * 10 + _at(t, 15);
        uint256 second = _at(t, 17) * 10 + _at(t, 18);
        if (!DateTimeLib.isSupportedDateTime(year, month, day, hour, minute, second)) revert InvalidDate(field);
        return uint64(DateTimeLib.dateTimeToTimestamp(year, month, day, hour, minute, second));
    }

    /// @notice Reads one of Intel's seven TCB status strings.
    /// @param c The cursor.
    /// @param field The key being read (for errors).
    /// @return s The status.
    function readTcbStatus(Cursor memory c, bytes32 field) internal pure returns (IQuoteVerifier.TcbStatus s) {
        (uint256 ptr, uint256 len) = readString(c);
        bytes32 h;
        /// @solidity memory-safe-assembly
        assembly {
            h := keccak256(ptr, len)
        }
        if (h == keccak256("UpToDate")) return IQuoteVerifier.TcbStatus.UpToDate;
        if (h == keccak256("OutOfDate")) return IQuoteVerifier.TcbStatus.OutOfDate;
        if (h == keccak256("SWHardeningNeeded")) return IQuoteVerifier.TcbStatus.SWHardeningNeeded;
        if (h == keccak256("ConfigurationNeeded")) return IQuoteVerifier.TcbStatus.ConfigurationNeeded;
        if (h == keccak256("ConfigurationAndSWHardeningNeeded")) {
            return IQuoteVerifier.TcbStatus.ConfigurationAndSWHardeningNeeded;
        }
        if (h == keccak256("OutOfDateConfigurationNeeded")) {
            return IQuoteVerifier.TcbStatus.OutOfDateConfigurationNeeded;
        }
        if (h == keccak256("Revoked")) return IQuoteVerifier.TcbStatus.Revoked;
        revert UnknownTcbStatus(field);
    }

    /// @notice Reads an array of advisory ID strings into their compact form: the IDs joined by ','.
    /// @dev Each ID must be non-empty and contain no comma, so the compact form splits back exactly.
    /// @param c The cursor.
    /// @return out The comma-joined IDs ("" for an empty array).
    function readAdvisoryIds(Cursor memory c) internal pure returns (string memory out) {
        uint256 err;
        uint256 p;
        /// @solidity memory-safe-assembly
        assembly {
            function ws(q, e) -> r {
                r := q
                for {} and(lt(r, e), and(shr(byte(0, mload(r)), _WS), 1)) { r := add(r, 1) } {}
            }
            function z(v) -> r {
                r := not(or(or(add(and(v, _LO7), _LO7), v), _LO7))
            }
            // The first address from q holding '"', '\\', ',' or a control byte, or e.
            function scan(q, e) -> r {
                for { r := q } 1 { r := add(r, 32) } {
                    let w := mload(r)
                    let m :=
                        or(or(z(xor(w, _QUOTES)), z(xor(w, _BACKSLASHES))), or(z(and(w, _CTRL)), z(xor(w, _COMMAS))))
                    m := or(m, shr(shl(3, sub(e, r)), _HIGH))
                    if m {
                        for {} iszero(shr(248, m)) { m := shl(8, m) } { r := add(r, 1) }
                        break
                    }
                }
            }
            let end := mload(add(c, 0x20))
            p := ws(mload(c), end)
            out := 0x60
            // Nothing allocates in this block: the IDs are written at the free memory pointer and
            // the pointer is bumped once at the end.
            for {} 1 {} {
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                if iszero(eq(byte(0, mload(p)), 0x5b)) {
                    err := 2
                    break
                }
                p := ws(add(p, 1), end)
                if iszero(lt(p, end)) {
                    err := 1
                    break
                }
                if eq(byte(0, mload(p)), 0x5d) {
                    p := add(p, 1)
                    break
                }
                let buf := mload(0x40)
                let o := add(buf, 0x20)
                for {} 1 {} {
                    if iszero(eq(byte(0, mload(p)), 0x22)) {
                        err := 2
                        break
                    }
                    p := add(p, 1)
                    let from := p
                    p := scan(p, end)
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                    let last := byte(0, mload(p))
                    if iszero(eq(last, 0x22)) {
                        err := 3
                        if eq(last, 0x2c) { err := 7 }
                        break
                    }
                    if eq(p, from) {
                        err := 7
                        break
                    }
                    mcopy(o, from, sub(p, from))
                    o := add(o, sub(p, from))
                    p := ws(add(p, 1), end)
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                    let ch := byte(0, mload(p))
                    if eq(ch, 0x5d) {
                        p := add(p, 1)
                        break
                    }
                    if iszero(eq(ch, 0x2c)) {
                        err := 2
                        break
                    }
                    mstore8(o, 0x2c)
                    o := add(o, 1)
                    p := ws(add(p, 1), end)
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                }
                if err { break }
                mstore(buf, sub(o, add(buf, 0x20)))
                mstore(o, 0)
                mstore(0x40, and(add(o, 0x3f), not(0x1f)))
                out := buf
                break
            }
            if iszero(err) { mstore(c, p) }
        }
        if (err != 0) _fail(c, err, p);
    }

    /// @notice The left-aligned word of a string of at most 32 bytes; `LONG_KEY` if longer.
    /// @param ptr The string's memory address.
    /// @param len Its length.
    /// @return w The word (zero-padded on the right).
    function word(uint256 ptr, uint256 len) internal pure returns (bytes32 w) {
        if (len > 32) return LONG_KEY;
        /// @solidity memory-safe-assembly
        assembly {
            w := and(mload(ptr), not(shr(shl(3, len), not(0))))
        }
    }

    /*//////////////////////////////////////////////////////////////
                                PRIVATE
    //////////////////////////////////////////////////////////////*/

    /// @dev Reverts with the error for `code` at address `p`: 1 end of text, 2 unexpected byte,
    ///      3 invalid string, 4 not an unsigned integer, 5 invalid number, 6 out of range,
    ///      7 invalid advisory ID.
    function _fail(Cursor memory c, uint256 code, uint256 p) private pure {
        uint256 offset = p - c.start;
        if (code == 1) revert JsonUnexpectedEnd();
        if (code == 2) revert JsonUnexpectedChar(offset);
        if (code == 3) revert JsonInvalidString(offset);
        if (code == 4) revert JsonNotUnsignedInteger(offset);
        if (code == 5) revert JsonInvalidNumber(offset);
        if (code == 6) revert JsonNumberOutOfRange(offset);
        revert InvalidAdvisoryId(offset);
    }

    /// @dev The first address in [p, end) holding '"', a backslash or a control byte (< 0x20),
    ///      or `end`. Scans a word at a time: z(v) has bit 7 set in exactly the zero bytes of v
    ///      (no borrows cross bytes), so the first flagged byte is the first match.
    function _scan(uint256 p, uint256 end) private pure returns (uint256 q) {
        /// @solidity memory-safe-assembly
        assembly {
            function z(v) -> r {
                r := not(or(or(add(and(v, _LO7), _LO7), v), _LO7))
            }
            q := p
            for {} 1 {} {
                let w := mload(q)
                let m := or(or(z(xor(w, _QUOTES)), z(xor(w, _BACKSLASHES))), z(and(w, _CTRL)))
                // Flag the bytes at and past `end` (none when 32 or more remain).
                m := or(m, shr(shl(3, sub(end, q)), _HIGH))
                if m {
                    let n := 0
                    if iszero(shr(128, m)) {
                        n := 16
                        m := shl(128, m)
                    }
                    if iszero(shr(192, m)) {
                        n := add(n, 8)
                        m := shl(64, m)
                    }
                    if iszero(shr(224, m)) {
                        n := add(n, 4)
                        m := shl(32, m)
                    }
                    if iszero(shr(240, m)) {
                        n := add(n, 2)
                        m := shl(16, m)
                    }
                    if iszero(shr(248, m)) { n := add(n, 1) }
                    q := add(q, n)
                    break
                }
                q := add(q, 32)
            }
        }
    }

    /// @dev Skips whitespace; returns the next byte, or `_EOF` at the end of the text.
    function _skipWs(Cursor memory c) private pure returns (uint256 ch) {
        uint256 p = c.p;
        uint256 end = c.end;
        /// @solidity memory-safe-assembly
        assembly {
            ch := _EOF
            for {} lt(p, end) { p := add(p, 1) } {
                let b := byte(0, mload(p))
                if iszero(and(shr(b, _WS), 1)) {
                    ch := b
                    break
                }
            }
        }
        c.p = p;
    }

    /// @dev Skips a value nested `depth` levels deep.
    function _skipValue(Cursor memory c, uint256 depth) private pure {
        uint256 ch = peek(c);
        if (ch == 0x22) return skipString(c);
        if (ch == 0x7b || ch == 0x5b) {
            if (depth == MAX_DEPTH) revert JsonTooDeep(c.p - c.start);
            unchecked {
                ++c.p;
            }
            if (ch == 0x5b) {
                for (uint256 i; nextElement(c, i); ++i) {
                    _skipValue(c, depth + 1);
                }
                return;
            }
            for (uint256 i;; ++i) {
                uint256 k = peek(c);
                unchecked {
                    if (k == 0x7d) {
                        ++c.p;
                        return;
                    }
                    if (i != 0) {
                        if (k != 0x2c) revert JsonUnexpectedChar(c.p - c.start);
                        ++c.p;
                    }
                }
                skipString(c);
                expect(c, 0x3a);
                _skipValue(c, depth + 1);
            }
        }
        if (ch == 0x74) return _literal(c, "true", 4);
        if (ch == 0x66) return _literal(c, "false", 5);
        if (ch == 0x6e) return _literal(c, "null", 4);
        unchecked {
            if (ch == 0x2d || ch - 0x30 < 10) return _skipNumber(c);
        }
        revert JsonUnexpectedChar(c.p - c.start);
    }

    /// @dev Consumes the literal `lit` of `n` bytes.
    function _literal(Cursor memory c, bytes32 lit, uint256 n) private pure {
        uint256 p = c.p;
        if (p + n > c.end) revert JsonUnexpectedEnd();
        if (word(p, n) != lit) revert JsonUnexpectedChar(p - c.start);
        c.p = p + n;
    }

    /// @dev Consumes a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    function _skipNumber(Cursor memory c) private pure {
        uint256 p = c.p;
        uint256 end = c.end;
        uint256 bad;
        /// @solidity memory-safe-assembly
        assembly {
            function at(q, e) -> r {
                r := 0x100
                if lt(q, e) { r := byte(0, mload(q)) }
            }
            function digits(q, e) -> r {
                r := q
                for {} lt(sub(at(r, e), 0x30), 10) { r := add(r, 1) } {}
            }
            if eq(at(p, end), 0x2d) { p := add(p, 1) }
            switch at(p, end)
            case 0x30 { p := add(p, 1) }
            default {
                let q := digits(p, end)
                if eq(q, p) { bad := 1 }
                p := q
            }
            if eq(at(p, end), 0x2e) {
                let q := digits(add(p, 1), end)
                if eq(q, add(p, 1)) { bad := 1 }
                p := q
            }
            if eq(or(at(p, end), 0x20), 0x65) {
                p := add(p, 1)
                let s := at(p, end)
                if or(eq(s, 0x2b), eq(s, 0x2d)) { p := add(p, 1) }
                let q := digits(p, end)
                if eq(q, p) { bad := 1 }
                p := q
            }
        }
        if (bad != 0) revert JsonInvalidNumber(p - c.start);
        c.p = p;
    }

    /// @dev Byte `i` of word `w`.
    function _at(uint256 w, uint256 i) private pure returns (uint256 b) {
        /// @solidity memory-safe-assembly
        assembly {
            b := byte(i, w)
        }
    }
}
