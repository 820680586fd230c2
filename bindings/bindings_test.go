package bindings_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/test/testbindings"
)

// TestBindingsMatchForgeArtifacts fails when the committed Go bindings were
// generated from other contracts than forge builds now: run `make bindings`.
func TestBindingsMatchForgeArtifacts(t *testing.T) {
	for name, meta := range map[string]*bind.MetaData{
		"Registry":             bindings.RegistryMetaData,
		"ArtifactStore":        bindings.ArtifactStoreMetaData,
		"DcapCollateralParser": bindings.DcapCollateralParserMetaData,
		"DcapCollateralStore":  bindings.DcapCollateralStoreMetaData,
		"DcapPckChainVerifier": bindings.DcapPckChainVerifierMetaData,
		"DcapQuoteVerifier":    bindings.DcapQuoteVerifierMetaData,
		"MockQuoteVerifier":    testbindings.MockQuoteVerifierMetaData,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("..", "out", name+".sol", name+".json")
			raw, err := os.ReadFile(path)
			if os.IsNotExist(err) {
				t.Skipf("forge artifact %s absent: run `make build` first (make test does)", path)
			}
			if err != nil {
				t.Fatalf("read forge artifact: %v", err)
			}
			var artifact struct {
				ABI      json.RawMessage `json:"abi"`
				Bytecode struct {
					Object string `json:"object"`
				} `json:"bytecode"`
			}
			if err := json.Unmarshal(raw, &artifact); err != nil {
				t.Fatalf("parse forge artifact %s: %v", path, err)
			}
			if got, want := describeABI(t, []byte(meta.ABI)), describeABI(t, artifact.ABI); !slices.Equal(got, want) {
				t.Errorf("bindings for %s are stale: ABI differs from %s; run `make bindings`\nbindings: %q\nforge:    %q", name, path, got, want)
			}
			if meta.Bin != artifact.Bytecode.Object {
				t.Errorf("bindings for %s are stale: bytecode differs from %s; run `make bindings`", name, path)
			}
		})
	}
}

// describeABI lists every entry of an ABI with its selector, argument names and
// types, indexed flags and mutability. abigen rewrites the ABI text (it drops
// spaces in internalType), so the ABIs are compared by meaning, not by bytes.
func describeABI(t *testing.T, raw []byte) []string {
	t.Helper()
	parsed, err := abi.JSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse ABI: %v", err)
	}
	args := func(as abi.Arguments) string {
		var b strings.Builder
		for _, a := range as {
			fmt.Fprintf(&b, "%s %s indexed=%v,", a.Type.String(), a.Name, a.Indexed)
		}
		return b.String()
	}
	out := []string{"constructor(" + args(parsed.Constructor.Inputs) + ")"}
	for _, m := range parsed.Methods {
		out = append(out, fmt.Sprintf("method %s %x %s (%s) -> (%s)", m.Sig, m.ID, m.StateMutability, args(m.Inputs), args(m.Outputs)))
	}
	for _, e := range parsed.Events {
		out = append(out, fmt.Sprintf("event %s %x (%s)", e.Sig, e.ID, args(e.Inputs)))
	}
	for _, e := range parsed.Errors {
		out = append(out, fmt.Sprintf("error %s %x (%s)", e.Sig, e.ID, args(e.Inputs)))
	}
	slices.Sort(out)
	return out
}
