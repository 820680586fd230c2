package dcap_test

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/dcap"
)

// revertData encodes a custom error the way the EVM returns it.
func revertData(t *testing.T, sig string, args ...any) []byte {
	t.Helper()
	data := crypto.Keccak256([]byte(sig))[:4]
	if len(args) == 0 {
		return data
	}
	inner := sig[strings.IndexByte(sig, '(')+1 : len(sig)-1]
	var arguments abi.Arguments
	for _, typ := range strings.Split(inner, ",") {
		ty, err := abi.NewType(typ, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		arguments = append(arguments, abi.Argument{Type: ty})
	}
	packed, err := arguments.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(data, packed...)
}

func TestDecodeRevert(t *testing.T) {
	var failure [32]byte
	copy(failure[:], "PCK_REVOKED")
	for _, tc := range []struct {
		data []byte
		want string
	}{
		{revertData(t, "CollateralNotNewer(uint32,uint64)", uint32(17), uint64(1750329147)), "CollateralNotNewer(17, 1750329147)"},
		{revertData(t, "QuoteTruncated(uint256,uint256)", big.NewInt(632), big.NewInt(48)), "QuoteTruncated(632, 48)"},
		{revertData(t, "UnknownQeVendor(bytes16)", [16]byte{0xaa}), "UnknownQeVendor(0xaa000000000000000000000000000000)"},
		{revertData(t, "QuoteRejected(bytes32)", failure), `QuoteRejected("PCK_REVOKED")`},
		{revertData(t, "UnknownIntermediate(bytes32)", [32]byte{0xff, 1}), "UnknownIntermediate(0xff01000000000000000000000000000000000000000000000000000000000000)"},
		{revertData(t, "DerLengthOutOfBounds()"), "DerLengthOutOfBounds()"},
		{revertData(t, "Error(string)", "boom"), `Error("boom")`},
		{revertData(t, "Panic(uint256)", big.NewInt(0x11)), "Panic(17)"},
		{[]byte{0xde, 0xad, 0xbe, 0xef}, "reverted with unknown error 0xdeadbeef (4 bytes of data)"},
		{[]byte{0xde}, "reverted with 1 bytes of data 0xde"},
		{nil, "reverted without data"},
		// A known selector whose arguments do not decode stays undecoded.
		{revertData(t, "CollateralNotNewer(uint32,uint64)")[:4], "reverted with unknown error 0xc1b87b0b (4 bytes of data)"},
	} {
		got := dcap.DecodeRevert(tc.data).Error()
		if tc.want == "reverted with unknown error 0xc1b87b0b (4 bytes of data)" {
			tc.want = fmt.Sprintf("reverted with unknown error %#x (4 bytes of data)", tc.data[:4])
		}
		if got != tc.want {
			t.Errorf("DecodeRevert(%x) = %q, want %q", tc.data, got, tc.want)
		}
	}
}

// rpcError is what go-ethereum's RPC client returns for a revert.
type rpcError struct{ data string }

func (e rpcError) Error() string          { return "execution reverted" }
func (e rpcError) ErrorData() interface{} { return e.data }

func TestExplainError(t *testing.T) {
	data := revertData(t, "CrlNotValidNow(uint64,uint64)", uint64(1), uint64(2))
	err := dcap.ExplainError(fmt.Errorf("estimate: %w", rpcError{hexutil.Encode(data)}))
	var r *dcap.RevertError
	if !errors.As(err, &r) || r.Name != "CrlNotValidNow" || err.Error() != "CrlNotValidNow(1, 2)" {
		t.Fatalf("got %v", err)
	}
	if !errors.As(err, new(rpcError)) {
		t.Fatal("the RPC error is not kept as the cause")
	}
	if !errors.Is(err, &dcap.RevertError{Name: "CrlNotValidNow"}) || errors.Is(err, &dcap.RevertError{Name: "CrlNotNewer"}) {
		t.Fatal("errors.Is by name")
	}
	plain := errors.New("connection refused")
	if dcap.ExplainError(plain) != plain || dcap.ExplainError(nil) != nil {
		t.Fatal("errors without revert data must pass unchanged")
	}
	step := &dcap.StepError{Step: dcap.StepTCBInfo, Err: dcap.DecodeRevert(revertData(t, "CollateralNotNewer(uint32,uint64)", uint32(17), uint64(1750329147)))}
	if step.Error() != "upload TCB info: CollateralNotNewer(17, 1750329147)" {
		t.Fatalf("got %q", step.Error())
	}
}

// TestAssemblyRevertsDecode finds every revert the contracts (and the
// solady files they import) raise from inline assembly — mstore(0x00,
// selector) with the error's name in a comment — and checks that DecodeRevert
// names it. solc leaves such errors out of the ABI unless the contract also
// declares them; the others must be in dcap's assemblyErrors.
func TestAssemblyRevertsDecode(t *testing.T) {
	sites := regexp.MustCompile("mstore\\(0x00, 0x([0-9a-f]{8})\\)\\s*//\\s*`?([A-Za-z0-9_.]+)\\(")
	imports := regexp.MustCompile(`import \{[^}]*\} from "solady/([^"]+)"`)
	files := map[string]bool{}
	err := filepath.WalkDir(filepath.Join("..", "contracts"), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".sol") {
			files[path] = true
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range imports.FindAllStringSubmatch(string(src), -1) {
				files[filepath.Join("..", "node_modules", "solady", "src", m[1])] = true
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for path := range files {
		src, err := os.ReadFile(path)
		if os.IsNotExist(err) {
			t.Logf("%s absent (npm packages not installed): not checked", path)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range sites.FindAllStringSubmatch(string(src), -1) {
			n++
			sel, name := hexutil.MustDecode("0x"+m[1]), m[2][strings.LastIndexByte(m[2], '.')+1:]
			// Zero arguments decode for every static type.
			if got := dcap.DecodeRevert(append(sel, make([]byte, 64)...)); got.Name != name {
				t.Errorf("%s: assembly revert 0x%s (%s) decodes as %q; add it to assemblyErrors", path, m[1], name, got.Name)
			}
		}
	}
	if n < 10 {
		t.Fatalf("found only %d assembly reverts", n)
	}
	t.Logf("%d assembly revert sites in %d files decode", n, len(files))
}
