package dcap

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/bindings"
)

// Step names, as errors and results report them.
const (
	StepDeployParser   = "deploy DcapCollateralParser"
	StepDeployStore    = "deploy DcapCollateralStore"
	StepDeployPckChain = "deploy DcapPckChainVerifier"
	StepDeployVerifier = "deploy DcapQuoteVerifier"
	StepCheckAddresses = "check deployed addresses"
	StepRootCACRL      = "upload root CA CRL"
	StepPCKCRL         = "upload PCK CRL"
	StepTCBInfo        = "upload TCB info"
	StepQEIdentity     = "upload QE identity"
	StepVerifyQuote    = "verify quote"
)

// StepError is the failure of one step of a push or a verification. Its
// message names the step, then the cause: "upload TCB info:
// CollateralNotNewer(17, 1750000000)".
type StepError struct {
	Step string
	Err  error
}

func (e *StepError) Error() string { return e.Step + ": " + e.Err.Error() }
func (e *StepError) Unwrap() error { return e.Err }

// RevertError is a contract revert decoded with the ABIs of the teereg
// contracts (every custom error of the DCAP contracts, the libraries they use,
// the Registry and the ArtifactStore), or Solidity's Error(string) and
// Panic(uint256).
type RevertError struct {
	// Name is the error's name ("CollateralNotNewer", "Error", "Panic"), empty
	// when the selector is unknown or the data is too short to hold one.
	Name string
	// Args are the decoded arguments, in declaration order.
	Args []any
	// Data is the raw revert data.
	Data []byte
	// Cause is the error the revert data came with (the JSON-RPC error), if any.
	Cause error
}

func (e *RevertError) Error() string {
	switch {
	case len(e.Data) == 0:
		return "reverted without data"
	case e.Name == "":
		if len(e.Data) < 4 {
			return fmt.Sprintf("reverted with %d bytes of data %#x", len(e.Data), e.Data)
		}
		return fmt.Sprintf("reverted with unknown error %#x (%d bytes of data)", e.Data[:4], len(e.Data))
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = formatArg(a)
	}
	return e.Name + "(" + strings.Join(args, ", ") + ")"
}

func (e *RevertError) Unwrap() error { return e.Cause }

// Is reports whether target is a *RevertError of the same name, so
// errors.Is(err, &RevertError{Name: "CollateralNotNewer"}) matches.
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name != "" && t.Name == e.Name && t.Data == nil
}

// RevertData returns the revert data an RPC error carries (go-ethereum's
// rpc.DataError with hex data, as eth_call and eth_estimateGas return on a
// revert), and whether there was any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	}
	return nil, false
}

// DecodeRevert decodes revert data into a *RevertError. It never fails: data
// it cannot decode gives a RevertError without Name.
func DecodeRevert(data []byte) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	if len(data) < 4 {
		return e
	}
	var id [4]byte
	copy(id[:], data[:4])
	table, err := errorTable()
	if err != nil {
		return e
	}
	def, ok := table[id]
	if !ok {
		return e
	}
	args, err := def.Inputs.Unpack(data[4:])
	if err != nil {
		return e
	}
	e.Name, e.Args = def.Name, args
	return e
}

// ExplainError returns err as a *RevertError when it carries revert data,
// and err unchanged otherwise. A revert without data (as a failed
// transaction's receipt gives) stays err.
func ExplainError(err error) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	r := DecodeRevert(data)
	r.Cause = err
	return r
}

// assemblyErrors are argument-less custom errors the contracts raise from
// inline assembly (mstore(0, selector); revert(0x1c, 4)), which solc leaves
// out of the ABI: Asn1Der's DER framing errors and solady SSTORE2's. A test
// checks that every error declared under contracts/ is decodable.
var assemblyErrors = []string{
	"DerTruncated", "DerLengthOutOfBounds", "DerIndefiniteLength", "DerLengthTooLong", "DerNonMinimalLength",
	"DerHighTagNumber", "DerNotConstructed", "DerNoChild", "DerNoSibling",
	"DeploymentFailed",
}

var (
	revertSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector  = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// errorTable maps selectors to the custom errors of every teereg contract.
// It is computed once from the bindings' ABIs and never changes.
var errorTable = sync.OnceValues(func() (map[[4]byte]abi.Error, error) {
	table := make(map[[4]byte]abi.Error)
	for _, meta := range []*bind.MetaData{
		bindings.DcapQuoteVerifierMetaData,
		bindings.DcapPckChainVerifierMetaData,
		bindings.DcapCollateralStoreMetaData,
		bindings.DcapCollateralParserMetaData,
		bindings.RegistryMetaData,
		bindings.ArtifactStoreMetaData,
	} {
		parsed, err := meta.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("parsing binding ABI: %w", err)
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			table[id] = e
		}
	}
	for _, name := range assemblyErrors {
		e := abi.NewError(name, nil)
		var id [4]byte
		copy(id[:], e.ID[:4])
		table[id] = e
	}
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	table[revertSelector] = abi.NewError("Error", abi.Arguments{{Name: "reason", Type: str}})
	table[panicSelector] = abi.NewError("Panic", abi.Arguments{{Name: "code", Type: u256}})
	return table, nil
})

// formatArg renders a decoded error argument: numbers in decimal, byte
// strings in hex, bytes32 values that hold a short ASCII code (as failure
// codes do) as that code in quotes.
func formatArg(a any) string {
	switch v := a.(type) {
	case *big.Int:
		return v.String()
	case [32]byte:
		if s, ok := shortString(v[:]); ok {
			return fmt.Sprintf("%q", s)
		}
		return hexutil.Encode(v[:])
	case []byte:
		return hexutil.Encode(v)
	case string:
		return fmt.Sprintf("%q", v)
	case common.Address:
		return v.Hex()
	}
	// Fixed-size byte arrays other than bytes32 (bytes4, bytes6, bytes16).
	if b, ok := byteArray(a); ok {
		return hexutil.Encode(b)
	}
	return fmt.Sprint(a)
}

// shortString returns the ASCII text of a left-aligned, zero-padded bytes32
// such as "QUOTE_SIGNATURE".
func shortString(b []byte) (string, bool) {
	s := string(bytes.TrimRight(b, "\x00"))
	if s == "" || strings.IndexByte(s, 0) >= 0 {
		return "", false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsPrint(r) {
			return "", false
		}
	}
	return s, true
}

func byteArray(a any) ([]byte, bool) {
	switch v := a.(type) {
	case [1]byte:
		return v[:], true
	case [2]byte:
		return v[:], true
	case [4]byte:
		return v[:], true
	case [6]byte:
		return v[:], true
	case [8]byte:
		return v[:], true
	case [16]byte:
		return v[:], true
	case [20]byte:
		return v[:], true
	}
	return nil, false
}
