// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {vm} from "../utils/Vm.sol";
import {DcapFixture, console} from "./DcapFixture.sol";
import {IQuoteVerifier} from "../../contracts/interfaces/IQuoteVerifier.sol";
import {DcapCollateralParser} from "../../contracts/dcap/DcapCollateralParser.sol";
import {DcapCollateralStore} from "../../contracts/dcap/DcapCollateralStore.sol";
import {DcapPckChainVerifier} from "../../contracts/dcap/DcapPckChainVerifier.sol";
import {DcapQuoteVerifier} from "../../contracts/dcap/DcapQuoteVerifier.sol";

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
}
