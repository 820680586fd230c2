// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Pem
/// @notice Decodes PEM "CERTIFICATE" blocks (RFC 7468) into DER, e.g. the PCK certificate chain
///         in a TDX quote's certification data or the issuer chains of Intel's collateral.
/// @dev Strict: a block is optional whitespace, "-----BEGIN CERTIFICATE-----", base64 (standard
///      alphabet, padded, any whitespace between characters), "-----END CERTIFICATE-----".
///      Anything else (explanatory text, other labels, URL-safe alphabet, misplaced '=') reverts.
///      Between and after blocks, whitespace and NUL bytes are skipped (quotes carry a trailing NUL).
///
///      Decoding works on 32 characters at a time with SWAR (SIMD-within-a-register) byte
///      arithmetic, whole 64-character lines straight from the input (see `_decodeBody`). This
///      is several times cheaper than a byte-table decoder such as Solady's `Base64.decode`
///      (which also neither validates nor skips line breaks).
///      Non-canonical encodings (non-zero bits under the padding) are rejected.
///      `decodeCertificateAt` decodes a single block so a caller can decode the leaf of a chain only.
library Pem {
    /// @dev "-----BEGIN CERTIFICATE-----", left-aligned.
    bytes32 private constant _BEGIN = 0x2d2d2d2d2d424547494e2043455254494649434154452d2d2d2d2d0000000000;
    uint256 private constant _BEGIN_LENGTH = 27;
    /// @dev "-----END CERTIFICATE-----", left-aligned.
    bytes32 private constant _END = 0x2d2d2d2d2d454e442043455254494649434154452d2d2d2d2d00000000000000;
    uint256 private constant _END_LENGTH = 25;

    /// @dev The requested range lies outside the buffer.
    error PemRangeOutOfBounds();
    /// @dev The block does not start with "-----BEGIN CERTIFICATE-----" (after whitespace).
    error PemMissingBeginMarker();
    /// @dev The base64 body is not followed by "-----END CERTIFICATE-----".
    error PemMissingEndMarker();
    /// @dev The body holds a non-base64 character, misplaced padding, or a length that is not a
    ///      positive multiple of 4.
    error PemInvalidBase64();
    /// @dev The input holds no certificate block.
    error PemNoCertificate();

    /// @notice Decodes every certificate block of a PEM chain, in order.
    /// @param pem The PEM text.
    /// @return ders The DER certificates.
    function splitCertificates(bytes memory pem) internal pure returns (bytes[] memory ders) {
        return splitCertificatesAt(pem, 0, pem.length);
    }

    /// @notice Decodes every certificate block in `data[start:end]`, in order.
    /// @param data The buffer (e.g. a whole quote).
    /// @param start Offset of the PEM text.
    /// @param end Offset one past its end.
    /// @return ders The DER certificates.
    function splitCertificatesAt(bytes memory data, uint256 start, uint256 end)
        internal
        pure
        returns (bytes[] memory ders)
    {
        if (end > data.length || start > end) revert PemRangeOutOfBounds();
        ders = new bytes[](4);
        uint256 n;
        uint256 p = start;
        while (true) {
            p = _skipSpace(data, p, end, true);
            if (p == end) break;
            bytes memory der;
            (der, p) = decodeCertificateAt(data, p, end);
            if (n == ders.length) ders = _grow(ders);
            ders[n] = der;
            unchecked {
                ++n;
            }
        }
        if (n == 0) revert PemNoCertificate();
        /// @solidity memory-safe-assembly
        assembly {
            mstore(ders, n) // Shrink to the blocks found.
        }
    }

    /// @notice Decodes the first certificate block of `pem` (trailing blocks are ignored).
    /// @param pem The PEM text.
    /// @return der The DER certificate.
    function decodeCertificate(bytes memory pem) internal pure returns (bytes memory der) {
        (der,) = decodeCertificateAt(pem, 0, pem.length);
    }

    /// @notice Decodes the certificate block starting at `start` (after optional whitespace).
    /// @param data The buffer.
    /// @param start Offset where the block (or whitespace before it) starts.
    /// @param end Limit of the PEM text in `data`.
    /// @return der The DER certificate.
    /// @return next Offset just past the END marker (where the next block may start).
    function decodeCertificateAt(bytes memory data, uint256 start, uint256 end)
        internal
        pure
        returns (bytes memory der, uint256 next)
    {
        if (end > data.length || start > end) revert PemRangeOutOfBounds();
        uint256 p = _skipSpace(data, start, end, false);
        unchecked {
            if (end - p < _BEGIN_LENGTH || _wordAt(data, p, _BEGIN_LENGTH) != _BEGIN) revert PemMissingBeginMarker();
            p += _BEGIN_LENGTH;
        }
        (der, p) = _decodeBody(data, _skipSpace(data, p, end, false), end);
        unchecked {
            if (end - p < _END_LENGTH || _wordAt(data, p, _END_LENGTH) != _END) revert PemMissingEndMarker();
            next = p + _END_LENGTH;
        }
    }

    /// @dev Decodes the base64 body starting at `p` up to the '-' that starts the END marker;
    ///      returns the DER and the offset of that '-'.
    ///
    ///      Phase A: while the next 65 bytes are 64 alphabet characters and '\n' (the layout of
    ///      every full line Intel and OpenSSL emit), decode the two words straight into the output,
    ///      48 bytes per line. Phase B: the rest (last line, padding, any other layout) is compacted
    ///      into a scratch buffer (whitespace dropped, '=' stored as 'A' and counted) while
    ///      validated, then decoded after Phase A's output. Phase A only consumes whole 4-character
    ///      quanta, so the two outputs concatenate.
    ///
    ///      SWAR per 32-byte word: five per-byte range checks (x + (0x80 - lo) sets bit 7 iff
    ///      x >= lo, without carries since bit 7 of x is masked off) classify the characters; the
    ///      6-bit value is x + 19 - s with s = 0 '+', 3 '/', 15 digit, 84 upper, 90 lower; the 32
    ///      values are packed pairwise into 12, 24, 48, 96 and 192 bits.
    function _decodeBody(bytes memory data, uint256 p, uint256 end) private pure returns (bytes memory der, uint256 q) {
        uint256 status; // 0 ok, 1 no terminator, 2 invalid base64.
        /// @solidity memory-safe-assembly
        assembly {
            // Returns `m` with bit 7 of each byte set iff that byte of `w` is in [A-Za-z0-9+/], and the
            // per-byte subtrahend `s` (meaningful for those bytes only).
            function classify(w) -> m, s {
                let x := and(w, 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f)
                // '/' (0x2f)
                let r :=
                    and(
                        add(x, 0x5151515151515151515151515151515151515151515151515151515151515151),
                        not(add(x, 0x5050505050505050505050505050505050505050505050505050505050505050))
                    )
                s := mul(shr(7, and(r, 0x8080808080808080808080808080808080808080808080808080808080808080)), 3)
                m := r
                // '0'..'9' (0x30..0x39)
                r := and(
                    add(x, 0x5050505050505050505050505050505050505050505050505050505050505050),
                    not(add(x, 0x4646464646464646464646464646464646464646464646464646464646464646))
                )
                s := add(s, mul(shr(7, and(r, 0x8080808080808080808080808080808080808080808080808080808080808080)), 15))
                m := or(m, r)
                // 'A'..'Z' (0x41..0x5a)
                r := and(
                    add(x, 0x3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f),
                    not(add(x, 0x2525252525252525252525252525252525252525252525252525252525252525))
                )
                s := add(s, mul(shr(7, and(r, 0x8080808080808080808080808080808080808080808080808080808080808080)), 84))
                m := or(m, r)
                // 'a'..'z' (0x61..0x7a)
                r := and(
                    add(x, 0x1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f),
                    not(add(x, 0x0505050505050505050505050505050505050505050505050505050505050505))
                )
                s := add(s, mul(shr(7, and(r, 0x8080808080808080808080808080808080808080808080808080808080808080)), 90))
                m := or(m, r)
                // '+' (0x2b): s = 0.
                m := or(
                    m,
                    and(
                        add(x, 0x5555555555555555555555555555555555555555555555555555555555555555),
                        not(add(x, 0x5454545454545454545454545454545454545454545454545454545454545454))
                    )
                )
                // Drop bytes >= 0x80.
                m := and(and(m, not(w)), 0x8080808080808080808080808080808080808080808080808080808080808080)
            }
            // The 24 bytes encoded by the 32 alphabet characters `w`, left-aligned.
            function pack(w, s) -> out {
                // (w | 0x80) - s >= 0x6d and + 19 <= 0xbf: no borrow or carry between bytes.
                let v :=
                    and(
                        add(
                            sub(or(w, 0x8080808080808080808080808080808080808080808080808080808080808080), s),
                            0x1313131313131313131313131313131313131313131313131313131313131313
                        ),
                        0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
                    )
                v := or(
                    shr(2, and(v, 0xff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00)),
                    and(v, 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
                )
                v := or(
                    shr(4, and(v, 0xffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000)),
                    and(v, 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff)
                )
                v := or(
                    shr(8, and(v, 0xffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000)),
                    and(v, 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff)
                )
                v := or(
                    shr(16, and(v, 0xffffffffffffffff0000000000000000ffffffffffffffff0000000000000000)),
                    and(v, 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff)
                )
                v := or(
                    shl(96, shr(128, v)),
                    and(v, 0x00000000000000000000000000000000ffffffffffffffffffffffffffffffff)
                )
                out := shl(64, v)
            }
            // Index (from the left) of the first non-zero byte of x != 0 (binary search).
            function firstByte(x) -> i {
                let r := shl(7, lt(0xffffffffffffffffffffffffffffffff, x))
                r := or(r, shl(6, lt(0xffffffffffffffff, shr(r, x))))
                r := or(r, shl(5, lt(0xffffffff, shr(r, x))))
                r := or(r, shl(4, lt(0xffff, shr(r, x))))
                r := or(r, shl(3, lt(0xff, shr(r, x))))
                i := sub(31, shr(3, r))
            }
            function isSpace(c) -> y {
                y := or(or(eq(c, 0x0a), eq(c, 0x0d)), or(eq(c, 0x20), eq(c, 0x09)))
            }

            let all := 0x8080808080808080808080808080808080808080808080808080808080808080
            let base := add(data, 0x20)
            let src := add(base, p)
            let limit := add(base, end)
            der := mload(0x40)
            let dst := add(der, 0x20)
            // Scratch text for phase B, after the largest possible output plus slack.
            let buf := add(dst, add(mul(shr(2, add(sub(limit, src), 3)), 3), 0x40))

            // Phase A.
            for {} gt(sub(limit, src), 64) {} {
                if iszero(eq(byte(0, mload(add(src, 64))), 0x0a)) { break }
                let w1 := mload(src)
                let m1, s1 := classify(w1)
                let w2 := mload(add(src, 32))
                let m2, s2 := classify(w2)
                if iszero(and(eq(m1, all), eq(m2, all))) { break }
                mstore(dst, pack(w1, s1))
                mstore(add(dst, 24), pack(w2, s2))
                dst := add(dst, 48)
                src := add(src, 65)
            }

            // Phase B, compaction: copy words, advance over their valid prefix, skip whitespace.
            let out := buf
            let c := 0
            for {} 1 {} {
                if iszero(lt(src, limit)) {
                    status := 1
                    break
                }
                let w := mload(src)
                let m, s := classify(w)
                let rem := sub(limit, src)
                // Bytes past `end` never count as base64.
                if lt(rem, 32) { m := and(m, not(shr(shl(3, rem), not(0)))) }
                mstore(out, w) // The valid prefix is kept; the rest is overwritten or past the length.
                if eq(m, all) {
                    src := add(src, 32)
                    out := add(out, 32)
                    continue
                }
                let k := firstByte(and(not(m), all))
                src := add(src, k)
                out := add(out, k)
                c := byte(0, mload(src)) // k < rem: inside the range.
                if isSpace(c) {
                    src := add(src, 1)
                    continue
                }
                break
            }
            // Up to two '=' (stored as 'A', whitespace allowed around them), then the END marker's '-'.
            let pad := 0
            if iszero(status) {
                for {} eq(c, 0x3d) {} {
                    pad := add(pad, 1)
                    if gt(pad, 2) { break }
                    mstore8(out, 0x41)
                    out := add(out, 1)
                    src := add(src, 1)
                    for {} and(lt(src, limit), isSpace(byte(0, mload(src)))) {} { src := add(src, 1) }
                    if iszero(lt(src, limit)) {
                        status := 1
                        break
                    }
                    c := byte(0, mload(src))
                }
            }
            q := sub(src, base)
            let len := sub(out, buf)
            let decodedA := sub(dst, add(der, 0x20))
            if iszero(status) {
                // '-' next; a whole number of quanta; something decoded.
                if or(iszero(eq(c, 0x2d)), or(and(len, 3), iszero(or(len, decodedA)))) { status := 2 }
            }
            if iszero(status) {
                // Phase B, decoding: the text is valid; fill the last word with 'A' (zero bits).
                mstore(out, 0x4141414141414141414141414141414141414141414141414141414141414141)
                for { let t := buf } lt(t, out) { t := add(t, 32) } {
                    let w := mload(t)
                    let m, s := classify(w)
                    mstore(dst, pack(w, s))
                    dst := add(dst, 24)
                }
                let full := add(decodedA, mul(shr(2, len), 3))
                let outLen := sub(full, pad)
                mstore(der, outLen)
                let tail := add(add(der, 0x20), outLen)
                // Canonical encoding: the bits under the padding are zero.
                if shr(sub(256, shl(3, pad)), mload(tail)) { status := 2 }
                mstore(tail, 0) // Clean bytes past the length.
                // Allocate the output only (the scratch text after it is dead).
                mstore(0x40, add(add(der, 0x40), and(add(full, 0x1f), not(0x1f))))
            }
        }
        if (status == 1) revert PemMissingEndMarker();
        if (status == 2) revert PemInvalidBase64();
    }

    /// @dev First offset in [p, end) that is not whitespace (nor NUL if `nul`), or `end`.
    function _skipSpace(bytes memory data, uint256 p, uint256 end, bool nul) private pure returns (uint256) {
        while (p < end) {
            uint256 c;
            /// @solidity memory-safe-assembly
            assembly {
                c := byte(0, mload(add(add(data, 0x20), p)))
            }
            if (c != 0x20 && c != 0x0a && c != 0x0d && c != 0x09 && (c != 0 || !nul)) break;
            unchecked {
                ++p;
            }
        }
        return p;
    }

    /// @dev `len` bytes at `data[p:]`, left-aligned (caller checked `p + len <= data.length`).
    function _wordAt(bytes memory data, uint256 p, uint256 len) private pure returns (bytes32 w) {
        /// @solidity memory-safe-assembly
        assembly {
            w := and(mload(add(add(data, 0x20), p)), not(shr(shl(3, len), not(0))))
        }
    }

    /// @dev A copy of `a` with twice the length (the tail is empty).
    function _grow(bytes[] memory a) private pure returns (bytes[] memory b) {
        b = new bytes[](a.length * 2);
        for (uint256 i; i < a.length; ++i) {
            b[i] = a[i];
        }
    }
}
