// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {DcapFixture, console} from "./DcapFixture.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {DcapCollateralParser} from "../../contracts/dcap/DcapCollateralParser.sol";
import {DcapCollateralStore} from "../../contracts/dcap/DcapCollateralStore.sol";
import {DcapPckChainVerifier} from "../../contracts/dcap/DcapPckChainVerifier.sol";
import {DcapQuoteVerifier} from "../../contracts/dcap/DcapQuoteVerifier.sol";
import {Registry} from "../../contracts/Registry.sol";
import {TdxQuote} from "../../contracts/dcap/lib/TdxQuote.sol";
import {P256} from "../../contracts/dcap/lib/P256.sol";
import {X509} from "../../contracts/dcap/lib/X509.sol";
import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";

interface VmStore {
    function store(address target, bytes32 slot, bytes32 value) external;
}

/// @notice The whole verifier on the real Intel vectors in ../shared/testdata/tdx.
contract DcapQuoteVerifierTest is DcapFixture {
    DcapCollateralStore internal store;
    DcapQuoteVerifier internal verifier;

    function _deploy() internal {
        store = new DcapCollateralStore(_rootDer(), new DcapCollateralParser());
        verifier = new DcapQuoteVerifier(new DcapPckChainVerifier(store));
    }

    /// @dev Uploads a vector's collateral the way `teereg collateral push` does.
    function _push(string memory dir) internal {
        store.uploadCrl(_collateralHex(dir, "root_ca_crl"), "");
        bytes[] memory pckCa = h.splitPem(bytes(_collateral(dir, "pck_crl_issuer_chain")));
        store.uploadCrl(_collateralHex(dir, "pck_crl"), pckCa[0]);
        bytes[] memory signer = h.splitPem(bytes(_collateral(dir, "tcb_info_issuer_chain")));
        store.uploadTcbInfo(_collateral(dir, "tcb_info"), _collateralHex(dir, "tcb_info_signature"), signer[0]);
        signer = h.splitPem(bytes(_collateral(dir, "qe_identity_issuer_chain")));
        store.uploadQeIdentity(_collateral(dir, "qe_identity"), _collateralHex(dir, "qe_identity_signature"), signer[0]);
    }

    function _verifyAt(string memory dir, uint256 at) internal returns (IQuoteVerifier.Verdict memory v, uint256 gasUsed) {
        bytes memory quote = _quote(dir);
        vm.warp(at);
        _deploy();
        _push(dir);
        uint256 g = gasleft();
        v = verifier.verifyQuote(quote);
        gasUsed = g - gasleft();
    }

    function test_phala_upToDate() public {
        (IQuoteVerifier.Verdict memory v, uint256 gasUsed) = _verifyAt(PHALA, PHALA_VERIFY_AT);
        vm.assertTrue(v.valid, string(abi.encodePacked(v.failure)));
        vm.assertEq(uint256(v.tcbStatus), uint256(IQuoteVerifier.TcbStatus.UpToDate));
        vm.assertEq(v.report.reportData.length, 64);
        vm.assertEq(v.report.mrTd.length, 48);
        console.log("gas: full verification, phala (CA already cached by the CRL upload)", gasUsed);
    }

    function test_automata_outOfDate() public {
        (IQuoteVerifier.Verdict memory v, uint256 gasUsed) = _verifyAt(AUTOMATA, AUTOMATA_VERIFY_AT);
        vm.assertTrue(v.valid, string(abi.encodePacked(v.failure)));
        vm.assertEq(uint256(v.tcbStatus), uint256(IQuoteVerifier.TcbStatus.OutOfDate));
        vm.assertEq(v.advisoryIds.length, 3);
        vm.assertEq(v.advisoryIds[0], "INTEL-SA-00960");
        console.log("gas: full verification, automata", gasUsed);
    }

    function test_verificationGasBelowTarget() public {
        (, uint256 gasUsed) = _verifyAt(PHALA, PHALA_VERIFY_AT);
        bytes memory quote = _quote(PHALA);
        uint256 g = gasleft();
        verifier.verifyQuote(quote);
        uint256 again = g - gasleft();
        console.log("gas: repeat verification, phala", again);
        vm.assertLe(gasUsed, 1_000_000);
    }

    function test_failsAfterCollateralWindow() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        (,, uint64 nextUpdate,) = store.tcbInfoOf(bytes6(0xb0c06f000000));
        vm.warp(nextUpdate + 1);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
        vm.assertTrue(v.failure != bytes32(0));
    }

    function test_failsBeforeCollateralWindow() public {
        bytes memory quote = _quote(AUTOMATA);
        vm.warp(AUTOMATA_VERIFY_AT);
        _deploy();
        _push(AUTOMATA);
        (, uint64 issueDate,,) = store.tcbInfoOf(bytes6(0x00806f050000));
        vm.warp(issueDate - 1);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
    }

    function test_rejectsTamperedSignedBody() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        quote[48 + 520] ^= 0x01; // a REPORTDATA byte
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
        vm.assertEq(v.failure, bytes32("QUOTE_SIGNATURE"));
    }

    function test_rejectsTamperedQeReport() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        quote[632 + 4 + 128 + 6 + 300] ^= 0x01; // inside the QE report
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
    }

    function test_missingCollateral() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        store.uploadCrl(_collateralHex(PHALA, "root_ca_crl"), "");
        bytes[] memory pckCa = h.splitPem(bytes(_collateral(PHALA, "pck_crl_issuer_chain")));
        store.uploadCrl(_collateralHex(PHALA, "pck_crl"), pckCa[0]);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
        vm.assertEq(v.failure, bytes32("TCB_INFO_MISSING"));
    }

    function test_tamperedTcbInfoRejectedAtUpload() public {
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        store.uploadCrl(_collateralHex(PHALA, "root_ca_crl"), "");
        bytes[] memory signer = h.splitPem(bytes(_collateral(PHALA, "tcb_info_issuer_chain")));
        bytes memory json = bytes(_collateral(PHALA, "tcb_info"));
        json[json.length - 10] = json[json.length - 10] == bytes1("1") ? bytes1("2") : bytes1("1");
        vm.expectRevert(DcapCollateralStore.InvalidCollateralSignature.selector);
        store.uploadTcbInfo(string(json), _collateralHex(PHALA, "tcb_info_signature"), signer[0]);
    }

    function test_olderCollateralCannotReplaceNewer() public {
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        bytes[] memory signer = h.splitPem(bytes(_collateral(PHALA, "tcb_info_issuer_chain")));
        vm.expectRevert();
        store.uploadTcbInfo(_collateral(PHALA, "tcb_info"), _collateralHex(PHALA, "tcb_info_signature"), signer[0]);
    }

    /// @dev A real quote through the registry: it verifies on chain, and is then refused because
    ///      its REPORTDATA was not made for this chain, registry and operator.
    function test_registry_realQuoteIsVerifiedThenBound() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        address admin = address(0xA11CE);
        address operator = address(0x0BE1);
        Registry registry = new Registry(admin, verifier, 1 days);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.startPrank(admin);
        registry.grantRoles(operator, registry.OPERATOR_ROLE());
        registry.allowWorkload(registry.workloadIdOf(v.report), sha256("config"));
        vm.stopPrank();

        bytes memory pubkey = new bytes(65);
        pubkey[0] = 0x04;
        IRegistry.Endpoints memory e = IRegistry.Endpoints(new bytes4[](1), new bytes16[](0), 443);
        e.ipv4[0] = 0x0a000001;
        vm.prank(operator);
        vm.expectRevert(IRegistry.ReportDataMismatch.selector);
        registry.registerInstance(quote, pubkey, "phala", e);
    }

    /// @dev Intel will not sign a CRL listing these real PCK certificates, so the store's revocation
    ///      entry for the leaf is written directly (slot of `_revoked[issuer][epoch][serial]`, storage
    ///      slot 2): the verifier must honour it. CRL parsing itself is tested on the real CRLs.
    function _revokeLeaf(string memory dir) internal {
        bytes[] memory chain = _quoteChain(dir);
        bytes32 issuer = h.parseCert(chain[1]).subjectHash;
        uint256 serial = h.parseCert(chain[0]).serialNumber;
        (,, uint32 epoch,) = store.crlOf(issuer);
        bytes32 slot = keccak256(abi.encode(serial, keccak256(abi.encode(epoch, keccak256(abi.encode(issuer, uint256(2)))))));
        VmStore(address(vm)).store(address(store), slot, bytes32(uint256(1)));
        vm.assertTrue(store.isRevoked(issuer, serial));
    }

    function test_phala_failsWithRevokedPckSerial() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        _revokeLeaf(PHALA);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
        vm.assertEq(v.failure, bytes32("PCK_REVOKED"));
    }

    function test_automata_failsWithRevokedPckSerial() public {
        bytes memory quote = _quote(AUTOMATA);
        vm.warp(AUTOMATA_VERIFY_AT);
        _deploy();
        _push(AUTOMATA);
        _revokeLeaf(AUTOMATA);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
        vm.assertEq(v.failure, bytes32("PCK_REVOKED"));
    }

    function test_automata_failsAfterCollateralWindow() public {
        bytes memory quote = _quote(AUTOMATA);
        vm.warp(AUTOMATA_VERIFY_AT);
        _deploy();
        _push(AUTOMATA);
        (,, uint64 nextUpdate,) = store.tcbInfoOf(bytes6(0x00806f050000));
        vm.warp(nextUpdate + 1);
        IQuoteVerifier.Verdict memory v = verifier.verifyQuote(quote);
        vm.assertFalse(v.valid);
    }

    /// @dev The v5 vector (TDX 1.5 body, type 3) comes without collateral, and its PCK leaf was
    ///      issued in 2026, after every CRL we hold: the whole verifier cannot run on it. The
    ///      quote parser and each signature of the chain are checked step by step instead.
    function test_v5_parsesAndSignaturesVerify() public {
        bytes memory quote = _quote(GOTDX);
        V5Probe probe = new V5Probe();
        (uint16 version, uint16 bodyType, bool quoteSig, bool binding, bool qeSig) = probe.check(quote, _quoteChain(GOTDX));
        vm.assertEq(version, 5);
        vm.assertEq(bodyType, 3);
        vm.assertTrue(quoteSig, "quote signature");
        vm.assertTrue(binding, "QE report binds the attestation key");
        vm.assertTrue(qeSig, "QE report signed by the PCK leaf");
        // The chain: leaf <- PCK Platform CA <- root (the pinned Intel root).
        bytes[] memory chain = _quoteChain(GOTDX);
        h.checkIssuedBy(chain[0], chain[1]);
        h.checkIssuedBy(chain[1], chain[2]);
        vm.assertEq(sha256(chain[2]), sha256(_rootDer()));
        quote[100] ^= 0x01; // inside the signed body
        (,, quoteSig,,) = probe.check(quote, chain);
        vm.assertFalse(quoteSig);
    }

    function _isQuoteError(bytes4 sel) internal pure returns (bool) {
        return sel == TdxQuote.QuoteTruncated.selector || sel == TdxQuote.UnsupportedQuoteVersion.selector
            || sel == TdxQuote.UnsupportedAttestationKeyType.selector || sel == TdxQuote.NotTdxQuote.selector
            || sel == TdxQuote.UnknownQeVendor.selector || sel == TdxQuote.UnsupportedBodyType.selector
            || sel == TdxQuote.BodySizeMismatch.selector || sel == TdxQuote.UnexpectedCertificationDataType.selector
            || sel == TdxQuote.CertificationDataOverrun.selector || sel == TdxQuote.SignatureDataSizeMismatch.selector;
    }

    /// @dev Every truncation of a real quote short of its signature data is rejected by the
    ///      parser with its own error; the padding after it may go.
    function testFuzz_truncatedQuoteRejected(uint256 cut) public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        uint256 signedEnd = 632 + 4 + 4300; // header ‖ body ‖ length ‖ signature data
        uint256 n = bound(cut, 0, signedEnd - 1);
        assembly {
            mstore(quote, n)
        }
        try verifier.verifyQuote(quote) returns (IQuoteVerifier.Verdict memory v) {
            vm.assertTrue(false, string.concat("truncated quote accepted, valid=", v.valid ? "true" : "false"));
        } catch (bytes memory reason) {
            vm.assertTrue(_isQuoteError(bytes4(reason)), "truncation not reported by the quote parser");
        }
    }

    function test_signatureDataLengthMustBeExact() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        quote[632] = bytes1(uint8(quote[632]) + 1); // declared length one byte into the padding
        vm.expectRevert(TdxQuote.SignatureDataSizeMismatch.selector);
        verifier.verifyQuote(quote);
    }

    function test_paddingMayBeDropped() public {
        bytes memory quote = _quote(PHALA);
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        _push(PHALA);
        uint256 signedEnd = 632 + 4 + 4300;
        assembly {
            mstore(quote, signedEnd)
        }
        vm.assertTrue(verifier.verifyQuote(quote).valid);
    }

    /// @dev Random bytes never verify: they revert with a parser error of the quote or of the
    ///      certificate libraries, or yield an invalid verdict.
    function testFuzz_randomQuoteNeverValid(bytes calldata junk) public {
        vm.warp(PHALA_VERIFY_AT);
        _deploy();
        try verifier.verifyQuote(junk) returns (IQuoteVerifier.Verdict memory v) {
            vm.assertFalse(v.valid);
        } catch (bytes memory reason) {
            vm.assertTrue(reason.length >= 4, "revert without a custom error");
            vm.assertTrue(bytes4(reason) != bytes4(0x4e487b71), "panic");
        }
    }
}

/// @dev Runs the verifier's signature steps on a quote, one by one.
contract V5Probe {
    function check(bytes calldata quote, bytes[] calldata chain)
        external
        view
        returns (uint16 version, uint16 bodyType, bool quoteSig, bool binding, bool qeSig)
    {
        TdxQuote.Quote memory p = TdxQuote.parse(quote);
        version = p.version;
        bodyType = p.bodyType;
        quoteSig = P256.verify(sha256(quote[:p.signedLength]), p.sigR, p.sigS, p.attestationKeyX, p.attestationKeyY);
        TdxQuote.QeReport memory qe = TdxQuote.qeReport(quote, p);
        binding = qe.reportDataHigh == bytes32(0)
            && qe.reportDataLow
                == sha256(abi.encodePacked(p.attestationKeyX, p.attestationKeyY, quote[p.qeAuthOffset:p.qeAuthOffset + p.qeAuthLength]));
        X509.Certificate memory leaf = X509.parse(chain[0]);
        qeSig = P256.verify(
            sha256(quote[p.qeReportOffset:p.qeReportOffset + TdxQuote.QE_REPORT_SIZE]), p.qeSigR, p.qeSigS, leaf.pubKeyX, leaf.pubKeyY
        );
    }
}
