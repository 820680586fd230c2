// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {DateTimeLib} from "solady/utils/DateTimeLib.sol";

/// @title Asn1Der
/// @notice Strict, bounds-checked navigation of DER (X.690) encodings held in `bytes memory`.
/// @dev Nothing is copied: a TLV is addressed by offsets into the buffer, packed into one word
///      (a "node"), so walking a 1 KB certificate costs a few hundred gas per element.
///
///      Node layout (a `uint256`; every offset is relative to the start of the buffer's data):
///
///          bits 192..199  tag (identifier octet)
///          bits 144..191  parentEnd    - end of the enclosing content (limit for siblings)
///          bits  96..143  headerStart  - offset of the identifier octet
///          bits  48.. 95  contentStart - offset of the first content octet
///          bits   0.. 47  contentEnd   - offset one past the last content octet
///
///      Invariant of every node this library returns:
///      headerStart < contentStart <= contentEnd <= parentEnd <= buffer length < 2**32.
///      Only single-octet tags, definite lengths of at most 4 length octets and minimally
///      encoded lengths (DER) are accepted; anything else reverts with a specific error.
library Asn1Der {
    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                         CONSTANTS                          */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    uint256 internal constant TAG_BOOLEAN = 0x01;
    uint256 internal constant TAG_INTEGER = 0x02;
    uint256 internal constant TAG_BIT_STRING = 0x03;
    uint256 internal constant TAG_OCTET_STRING = 0x04;
    uint256 internal constant TAG_NULL = 0x05;
    uint256 internal constant TAG_OID = 0x06;
    uint256 internal constant TAG_ENUMERATED = 0x0a;
    uint256 internal constant TAG_UTC_TIME = 0x17;
    uint256 internal constant TAG_GENERALIZED_TIME = 0x18;
    uint256 internal constant TAG_SEQUENCE = 0x30;
    uint256 internal constant TAG_SET = 0x31;

    /// @dev Largest buffer the node packing supports (offsets are stored in 48 bits; 2**32 is
    ///      far beyond any memory an EVM call can pay for).
    uint256 private constant _MAX_INPUT = 1 << 32;

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                       CUSTOM ERRORS                        */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev The identifier or length octets run past the enclosing range.
    error DerTruncated();
    /// @dev The content runs past the enclosing range (or a range lies outside the buffer).
    error DerLengthOutOfBounds();
    /// @dev Indefinite length (0x80): BER only, never DER.
    error DerIndefiniteLength();
    /// @dev More than 4 length octets.
    error DerLengthTooLong();
    /// @dev The length is not minimally encoded.
    error DerNonMinimalLength();
    /// @dev Multi-octet (high) tag numbers are not supported.
    error DerHighTagNumber();
    /// @dev The element has another tag than the one the structure requires.
    error DerUnexpectedTag(uint256 expected, uint256 actual);
    /// @dev `firstChild` on a primitive element.
    error DerNotConstructed();
    /// @dev `firstChild` on a constructed element with empty content.
    error DerNoChild();
    /// @dev `nextSibling` on the last element of its parent.
    error DerNoSibling();
    /// @dev Octets follow an element that must be the last one of its range.
    error DerTrailingData();
    /// @dev The buffer is larger than 2**32 bytes.
    error DerInputTooLarge();
    /// @dev Empty or non-minimally encoded INTEGER.
    error DerInvalidInteger();
    /// @dev Negative INTEGER where a non-negative one is required.
    error DerNegativeInteger();
    /// @dev INTEGER does not fit in 256 bits.
    error DerIntegerTooLarge();
    /// @dev BIT STRING that is empty, has more than 7 unused bits, or unused bits where none are allowed.
    error DerInvalidBitString();
    /// @dev BOOLEAN whose content is not exactly 0x00 or 0xFF.
    error DerInvalidBoolean();
    /// @dev UTCTime / GeneralizedTime not of the form YYMMDDHHMMSSZ / YYYYMMDDHHMMSSZ, or out of range.
    error DerInvalidTime();
    /// @dev Content longer than 32 bytes where a single word is expected.
    error DerContentTooLong();

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                         NAVIGATION                         */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice Reads the outermost element, which must span the whole buffer.
    /// @param der The DER encoding.
    /// @return node The root node (its parentEnd is `der.length`).
    function root(bytes memory der) internal pure returns (uint256 node) {
        uint256 len = der.length;
        if (len >= _MAX_INPUT) revert DerInputTooLarge();
        node = _readNode(der, 0, len);
        if (contentEnd(node) != len) revert DerTrailingData();
    }

    /// @notice Reads the element starting at `offset` that must end at or before `limit`.
    /// @dev For embedded encodings (e.g. the DER inside an OCTET STRING), pass its content range.
    /// @param der The buffer.
    /// @param offset Offset of the identifier octet.
    /// @param limit End of the enclosing range (becomes the node's parentEnd); at most `der.length`.
    /// @return node The node.
    function readNodeAt(bytes memory der, uint256 offset, uint256 limit) internal pure returns (uint256 node) {
        if (der.length >= _MAX_INPUT) revert DerInputTooLarge();
        if (limit > der.length) revert DerLengthOutOfBounds();
        if (offset > limit) revert DerTruncated();
        node = _readNode(der, offset, limit);
    }

    /// @notice Reads the element that exactly fills the content of `node` (an OCTET STRING or
    ///         BIT STRING wrapper, or an EXPLICIT tag). Skips the unused-bits octet of BIT STRINGs
    ///         (which must be 0).
    /// @param der The buffer.
    /// @param node The wrapping node.
    /// @return inner The wrapped node.
    function unwrap(bytes memory der, uint256 node) internal pure returns (uint256 inner) {
        uint256 start = contentStart(node);
        uint256 end = contentEnd(node);
        if (tag(node) == TAG_BIT_STRING) {
            if (start == end || byteAt(der, start) != 0) revert DerInvalidBitString();
            unchecked {
                ++start;
            }
        }
        inner = _readNode(der, start, end);
        if (contentEnd(inner) != end) revert DerTrailingData();
    }

    /// @notice The first element inside a constructed node.
    /// @param der The buffer.
    /// @param node A constructed node with non-empty content.
    /// @return result The first child (its parentEnd is `node`'s contentEnd).
    function firstChild(bytes memory der, uint256 node) internal pure returns (uint256 result) {
        // Hot path: `_readNode` is inlined by hand (keep the two in sync).
        /// @solidity memory-safe-assembly
        assembly {
            if iszero(and(shr(192, node), 0x20)) {
                mstore(0x00, 0xd253d074) // DerNotConstructed()
                revert(0x1c, 0x04)
            }
            let offset := and(shr(48, node), 0xffffffffffff)
            let limit := and(node, 0xffffffffffff)
            if eq(offset, limit) {
                mstore(0x00, 0xa984141a) // DerNoChild()
                revert(0x1c, 0x04)
            }
            // TLV header at `offset`, inside [offset, limit).
            if iszero(lt(add(offset, 1), limit)) {
                mstore(0x00, 0x2c96976b) // DerTruncated()
                revert(0x1c, 0x04)
            }
            let w := mload(add(add(der, 0x20), offset))
            let t := shr(248, w)
            if eq(and(t, 0x1f), 0x1f) {
                mstore(0x00, 0xbe1b2f80) // DerHighTagNumber()
                revert(0x1c, 0x04)
            }
            let len := byte(1, w)
            let start := add(offset, 2)
            if gt(len, 0x7f) {
                let n := and(len, 0x7f)
                if iszero(n) {
                    mstore(0x00, 0x544f2895) // DerIndefiniteLength()
                    revert(0x1c, 0x04)
                }
                if gt(n, 4) {
                    mstore(0x00, 0xcb1efb26) // DerLengthTooLong()
                    revert(0x1c, 0x04)
                }
                start := add(start, n)
                if gt(start, limit) {
                    mstore(0x00, 0x2c96976b) // DerTruncated()
                    revert(0x1c, 0x04)
                }
                // The n length octets, big-endian.
                len := shr(sub(256, shl(3, n)), shl(16, w))
                // DER: long form only from 128 on, and no leading zero length octet.
                if or(lt(len, 0x80), iszero(shr(shl(3, sub(n, 1)), len))) {
                    mstore(0x00, 0x65df062c) // DerNonMinimalLength()
                    revert(0x1c, 0x04)
                }
            }
            let end := add(start, len)
            if gt(end, limit) {
                mstore(0x00, 0xe186abf4) // DerLengthOutOfBounds()
                revert(0x1c, 0x04)
            }
            result := or(or(shl(192, t), shl(144, limit)), or(or(shl(96, offset), shl(48, start)), end))
        }
    }

    /// @notice The element following `node` inside the same parent.
    /// @param der The buffer.
    /// @param node A node that is not its parent's last element.
    /// @return result The next sibling.
    function nextSibling(bytes memory der, uint256 node) internal pure returns (uint256 result) {
        // Hot path: `_readNode` is inlined by hand (keep the two in sync).
        /// @solidity memory-safe-assembly
        assembly {
            let offset := and(node, 0xffffffffffff)
            let limit := and(shr(144, node), 0xffffffffffff)
            if eq(offset, limit) {
                mstore(0x00, 0x187fea74) // DerNoSibling()
                revert(0x1c, 0x04)
            }
            // TLV header at `offset`, inside [offset, limit).
            if iszero(lt(add(offset, 1), limit)) {
                mstore(0x00, 0x2c96976b) // DerTruncated()
                revert(0x1c, 0x04)
            }
            let w := mload(add(add(der, 0x20), offset))
            let t := shr(248, w)
            if eq(and(t, 0x1f), 0x1f) {
                mstore(0x00, 0xbe1b2f80) // DerHighTagNumber()
                revert(0x1c, 0x04)
            }
            let len := byte(1, w)
            let start := add(offset, 2)
            if gt(len, 0x7f) {
                let n := and(len, 0x7f)
                if iszero(n) {
                    mstore(0x00, 0x544f2895) // DerIndefiniteLength()
                    revert(0x1c, 0x04)
                }
                if gt(n, 4) {
                    mstore(0x00, 0xcb1efb26) // DerLengthTooLong()
                    revert(0x1c, 0x04)
                }
                start := add(start, n)
                if gt(start, limit) {
                    mstore(0x00, 0x2c96976b) // DerTruncated()
                    revert(0x1c, 0x04)
                }
                // The n length octets, big-endian.
                len := shr(sub(256, shl(3, n)), shl(16, w))
                // DER: long form only from 128 on, and no leading zero length octet.
                if or(lt(len, 0x80), iszero(shr(shl(3, sub(n, 1)), len))) {
                    mstore(0x00, 0x65df062c) // DerNonMinimalLength()
                    revert(0x1c, 0x04)
                }
            }
            let end := add(start, len)
            if gt(end, limit) {
                mstore(0x00, 0xe186abf4) // DerLengthOutOfBounds()
                revert(0x1c, 0x04)
            }
            result := or(or(shl(192, t), shl(144, limit)), or(or(shl(96, offset), shl(48, start)), end))
        }
    }

    /// @notice Whether `node` is followed by another element in its parent.
    /// @param node The node.
    /// @return True if a sibling follows.
    function hasNextSibling(uint256 node) internal pure returns (bool) {
        return contentEnd(node) != parentEnd(node);
    }

    /// @notice Reverts with `DerTrailingData` unless `node` is the last element of its parent.
    /// @param node The node.
    function requireLast(uint256 node) internal pure {
        if (contentEnd(node) != parentEnd(node)) revert DerTrailingData();
    }

    /// @notice Reverts with `DerUnexpectedTag` unless `node` carries `expected`.
    /// @param node The node.
    /// @param expected The required tag.
    /// @return The node, for chaining.
    function requireTag(uint256 node, uint256 expected) internal pure returns (uint256) {
        uint256 t = tag(node);
        if (t != expected) revert DerUnexpectedTag(expected, t);
        return node;
    }

    /// @notice `firstChild` followed by `requireTag`.
    /// @param der The buffer.
    /// @param node The parent.
    /// @param expected The tag the first child must carry.
    /// @return The first child.
    function firstChildOf(bytes memory der, uint256 node, uint256 expected) internal pure returns (uint256) {
        return requireTag(firstChild(der, node), expected);
    }

    /// @notice `nextSibling` followed by `requireTag`.
    /// @param der The buffer.
    /// @param node The current node.
    /// @param expected The tag the next sibling must carry.
    /// @return The next sibling.
    function nextSiblingOf(bytes memory der, uint256 node, uint256 expected) internal pure returns (uint256) {
        return requireTag(nextSibling(der, node), expected);
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                      NODE ACCESSORS                        */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice The identifier octet.
    /// @param node The node.
    /// @return The tag.
    function tag(uint256 node) internal pure returns (uint256) {
        return (node >> 192) & 0xff;
    }

    /// @notice End of the enclosing content.
    /// @param node The node.
    /// @return The offset.
    function parentEnd(uint256 node) internal pure returns (uint256) {
        return (node >> 144) & 0xffffffffffff;
    }

    /// @notice Offset of the identifier octet.
    /// @param node The node.
    /// @return The offset.
    function headerStart(uint256 node) internal pure returns (uint256) {
        return (node >> 96) & 0xffffffffffff;
    }

    /// @notice Offset of the first content octet.
    /// @param node The node.
    /// @return The offset.
    function contentStart(uint256 node) internal pure returns (uint256) {
        return (node >> 48) & 0xffffffffffff;
    }

    /// @notice Offset one past the last content octet (also one past the whole element).
    /// @param node The node.
    /// @return The offset.
    function contentEnd(uint256 node) internal pure returns (uint256) {
        return node & 0xffffffffffff;
    }

    /// @notice Number of content octets.
    /// @param node The node.
    /// @return The length.
    function contentLength(uint256 node) internal pure returns (uint256) {
        unchecked {
            return contentEnd(node) - contentStart(node);
        }
    }

    /// @notice Number of octets of the whole element (header and content).
    /// @param node The node.
    /// @return The length.
    function totalLength(uint256 node) internal pure returns (uint256) {
        unchecked {
            return contentEnd(node) - headerStart(node);
        }
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                     CONTENT DECODERS                       */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice keccak256 of the whole element (header and content), e.g. of a DER Name.
    /// @param der The buffer.
    /// @param node The node.
    /// @return h The hash.
    function keccakElement(bytes memory der, uint256 node) internal pure returns (bytes32 h) {
        uint256 start = headerStart(node);
        uint256 len = totalLength(node);
        /// @solidity memory-safe-assembly
        assembly {
            h := keccak256(add(add(der, 0x20), start), len)
        }
    }

    /// @notice keccak256 of the content octets.
    /// @param der The buffer.
    /// @param node The node.
    /// @return h The hash.
    function keccakContent(bytes memory der, uint256 node) internal pure returns (bytes32 h) {
        uint256 start = contentStart(node);
        uint256 len = contentLength(node);
        /// @solidity memory-safe-assembly
        assembly {
            h := keccak256(add(add(der, 0x20), start), len)
        }
    }

    /// @notice Copies the content octets into a new `bytes` (convenience; prefer offsets).
    /// @param der The buffer.
    /// @param node The node.
    /// @return out The content.
    function contentBytes(bytes memory der, uint256 node) internal pure returns (bytes memory out) {
        uint256 start = contentStart(node);
        uint256 len = contentLength(node);
        out = new bytes(len);
        /// @solidity memory-safe-assembly
        assembly {
            mcopy(add(out, 0x20), add(add(der, 0x20), start), len)
        }
    }

    /// @notice The content octets left-aligned in a word, the rest zeroed.
    /// @param der The buffer.
    /// @param node A node with at most 32 content octets.
    /// @return word The content.
    function contentWord(bytes memory der, uint256 node) internal pure returns (bytes32 word) {
        uint256 len = contentLength(node);
        if (len > 32) revert DerContentTooLong();
        word = _loadLeft(der, contentStart(node), len);
    }

    /// @notice Whether `node` is an OBJECT IDENTIFIER whose content equals `oid`.
    /// @param der The buffer.
    /// @param node The node.
    /// @param oid The expected content octets, left-aligned.
    /// @param oidLength The number of content octets (at most 32).
    /// @return True on match.
    function isOid(bytes memory der, uint256 node, bytes32 oid, uint256 oidLength) internal pure returns (bool) {
        if (tag(node) != TAG_OID || contentLength(node) != oidLength) return false;
        return _loadLeft(der, contentStart(node), oidLength) == oid;
    }

    /// @notice Decodes a non-negative INTEGER.
    /// @param der The buffer.
    /// @param node An INTEGER node.
    /// @return The value.
    function readUint(bytes memory der, uint256 node) internal pure returns (uint256) {
        requireTag(node, TAG_INTEGER);
        return readUintContent(der, node);
    }

    /// @notice Decodes the content of `node` as a minimally encoded non-negative two's-complement
    ///         integer of at most 256 bits, whatever its tag (INTEGER, ENUMERATED, IMPLICIT tags).
    /// @param der The buffer.
    /// @param node The node.
    /// @return v The value.
    function readUintContent(bytes memory der, uint256 node) internal pure returns (uint256 v) {
        uint256 start = contentStart(node);
        uint256 len = contentLength(node);
        if (len == 0) revert DerInvalidInteger();
        uint256 w = wordAt(der, start);
        if (w >> 255 != 0) revert DerNegativeInteger();
        if (w >> 248 == 0 && len > 1) {
            // A leading zero octet is only allowed to clear the sign bit of the next one.
            if ((w >> 247) & 1 == 0) revert DerInvalidInteger();
            unchecked {
                ++start;
                --len;
            }
            w = wordAt(der, start);
        }
        if (len > 32) revert DerIntegerTooLarge();
        unchecked {
            v = w >> ((32 - len) << 3);
        }
    }

    /// @notice Decodes a DER BOOLEAN.
    /// @param der The buffer.
    /// @param node A BOOLEAN node.
    /// @return The value.
    function readBool(bytes memory der, uint256 node) internal pure returns (bool) {
        requireTag(node, TAG_BOOLEAN);
        if (contentLength(node) != 1) revert DerInvalidBoolean();
        uint256 b = byteAt(der, contentStart(node));
        if (b == 0xff) return true;
        if (b != 0) revert DerInvalidBoolean();
        return false;
    }

    /// @notice The byte-aligned payload of a BIT STRING (unused-bits octet must be 0).
    /// @param der The buffer.
    /// @param node A BIT STRING node.
    /// @return start Offset of the first payload octet.
    /// @return len Number of payload octets.
    function readBitString(bytes memory der, uint256 node) internal pure returns (uint256 start, uint256 len) {
        requireTag(node, TAG_BIT_STRING);
        start = contentStart(node);
        len = contentLength(node);
        if (len == 0 || byteAt(der, start) != 0) revert DerInvalidBitString();
        unchecked {
            ++start;
            --len;
        }
    }

    /// @notice The content range of an OCTET STRING.
    /// @param node An OCTET STRING node.
    /// @return start Offset of the first octet.
    /// @return len Number of octets.
    function readOctetString(uint256 node) internal pure returns (uint256 start, uint256 len) {
        requireTag(node, TAG_OCTET_STRING);
        start = contentStart(node);
        len = contentLength(node);
    }

    /// @notice Decodes a UTCTime (YYMMDDHHMMSSZ; YY < 50 means 20YY) or GeneralizedTime
    ///         (YYYYMMDDHHMMSSZ, no fractions) into unix seconds.
    /// @param der The buffer.
    /// @param node A UTCTime or GeneralizedTime node.
    /// @return The unix timestamp.
    function readTime(bytes memory der, uint256 node) internal pure returns (uint256) {
        uint256 t = tag(node);
        uint256 len = contentLength(node);
        uint256 w = wordAt(der, contentStart(node));
        if (t == TAG_UTC_TIME) {
            if (len != 13) revert DerInvalidTime();
            // Prepend the century ("19" for YY >= 50, else "20") to get the GeneralizedTime layout;
            // garbage in YY is caught by the digit check below either way.
            uint256 century = w >> 248 >= 0x35 ? 0x3139 : 0x3230;
            w = (w >> 16) | (century << 240);
        } else if (t == TAG_GENERALIZED_TIME) {
            if (len != 15) revert DerInvalidTime();
        } else {
            revert DerUnexpectedTag(TAG_UTC_TIME, t);
        }
        return _timestamp(w);
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                         RAW ACCESS                         */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @notice The 32 bytes at `offset` of `der`'s data as a big-endian word.
    /// @dev No bounds check: bytes past the end of `der` are whatever memory follows. Only use
    ///      with offsets inside a validated node, masking what lies beyond it.
    /// @param der The buffer.
    /// @param offset The offset.
    /// @return w The word.
    function wordAt(bytes memory der, uint256 offset) internal pure returns (uint256 w) {
        /// @solidity memory-safe-assembly
        assembly {
            w := mload(add(add(der, 0x20), offset))
        }
    }

    /// @notice The octet at `offset` of `der`'s data.
    /// @dev No bounds check (see `wordAt`).
    /// @param der The buffer.
    /// @param offset The offset.
    /// @return b The octet.
    function byteAt(bytes memory der, uint256 offset) internal pure returns (uint256 b) {
        /// @solidity memory-safe-assembly
        assembly {
            b := byte(0, mload(add(add(der, 0x20), offset)))
        }
    }

    /*´:°•.°+.*•´.*:˚.°*.˚•´.°:°•.°•.*•´.*:˚.°*.˚•´.°:°•.°+.*•´.*:*/
    /*                      PRIVATE HELPERS                       */
    /*.•°:°.´+˚.*°.˚:*.´•*.+°.•°:´*.´•*.•°.•°:°.´:•˚°.*°.˚:*.´+°.•*/

    /// @dev Parses the TLV header at `offset`. Callers guarantee `offset <= limit <= der.length < 2**32`,
    ///      so nothing below can overflow. Hot path: written in assembly (selectors are those of
    ///      the custom errors above).
    function _readNode(bytes memory der, uint256 offset, uint256 limit) private pure returns (uint256 result) {
        /// @solidity memory-safe-assembly
        assembly {
            // TLV header at `offset`, inside [offset, limit).
            if iszero(lt(add(offset, 1), limit)) {
                mstore(0x00, 0x2c96976b) // DerTruncated()
                revert(0x1c, 0x04)
            }
            let w := mload(add(add(der, 0x20), offset))
            let t := shr(248, w)
            if eq(and(t, 0x1f), 0x1f) {
                mstore(0x00, 0xbe1b2f80) // DerHighTagNumber()
                revert(0x1c, 0x04)
            }
            let len := byte(1, w)
            let start := add(offset, 2)
            if gt(len, 0x7f) {
                let n := and(len, 0x7f)
                if iszero(n) {
                    mstore(0x00, 0x544f2895) // DerIndefiniteLength()
                    revert(0x1c, 0x04)
                }
                if gt(n, 4) {
                    mstore(0x00, 0xcb1efb26) // DerLengthTooLong()
                    revert(0x1c, 0x04)
                }
                start := add(start, n)
                if gt(start, limit) {
                    mstore(0x00, 0x2c96976b) // DerTruncated()
                    revert(0x1c, 0x04)
                }
                // The n length octets, big-endian.
                len := shr(sub(256, shl(3, n)), shl(16, w))
                // DER: long form only from 128 on, and no leading zero length octet.
                if or(lt(len, 0x80), iszero(shr(shl(3, sub(n, 1)), len))) {
                    mstore(0x00, 0x65df062c) // DerNonMinimalLength()
                    revert(0x1c, 0x04)
                }
            }
            let end := add(start, len)
            if gt(end, limit) {
                mstore(0x00, 0xe186abf4) // DerLengthOutOfBounds()
                revert(0x1c, 0x04)
            }
            result := or(or(shl(192, t), shl(144, limit)), or(or(shl(96, offset), shl(48, start)), end))
        }
    }

    /// @dev `len` (<= 32) octets at `offset`, left-aligned, zero-padded.
    function _loadLeft(bytes memory der, uint256 offset, uint256 len) private pure returns (bytes32 w) {
        /// @solidity memory-safe-assembly
        assembly {
            // shl by 256 yields 0, so len == 0 gives 0.
            w := and(mload(add(add(der, 0x20), offset)), not(shr(shl(3, len), not(0))))
        }
    }

    /// @dev Decodes "YYYYMMDDHHMMSSZ" held in the top 15 octets of `w` into unix seconds.
    ///      The 14 digits are checked and converted in parallel (SWAR), two per 16-bit lane.
    function _timestamp(uint256 w) private pure returns (uint256) {
        uint256 year;
        uint256 month;
        uint256 day;
        uint256 hour;
        uint256 minute;
        uint256 second;
        bool bad;
        /// @solidity memory-safe-assembly
        assembly {
            let hi := shl(144, 0x8080808080808080808080808080) // bit 7 of each of the 14 digit octets
            let d := and(w, shl(144, 0xffffffffffffffffffffffffffff))
            // ASCII (no bit 7, so the adds below cannot carry across octets), then '0' <= c <= '9'.
            let ge := and(add(d, shl(144, 0x5050505050505050505050505050)), hi) // c >= 0x30
            let above := and(add(d, shl(144, 0x4646464646464646464646464646)), hi) // c > 0x39
            bad := iszero(
                and(
                    and(eq(byte(14, w), 0x5a), iszero(and(d, hi))), // 'Z' at octet 14; ASCII
                    eq(and(ge, not(above)), hi)
                )
            )
            d := sub(d, shl(144, 0x3030303030303030303030303030))
            // 16-bit lanes: tens * 10 + units (<= 99, no carry between lanes).
            d := add(
                mul(shr(8, and(d, shl(144, 0xff00ff00ff00ff00ff00ff00ff00))), 10),
                and(d, shl(144, 0x00ff00ff00ff00ff00ff00ff00ff))
            )
            year := add(mul(shr(240, d), 100), and(shr(224, d), 0xffff))
            month := and(shr(208, d), 0xffff)
            day := and(shr(192, d), 0xffff)
            hour := and(shr(176, d), 0xffff)
            minute := and(shr(160, d), 0xffff)
            second := and(shr(144, d), 0xffff)
        }
        if (bad || !DateTimeLib.isSupportedDateTime(year, month, day, hour, minute, second)) revert DerInvalidTime();
        return DateTimeLib.dateTimeToTimestamp(year, month, day, hour, minute, second);
    }
}
