package indexer

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	fuzzRegistry  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	fuzzArtifacts = common.HexToAddress("0x2000000000000000000000000000000000000002")
	fuzzStore     = common.HexToAddress("0x3000000000000000000000000000000000000003")
)

func fuzzDecoder(t testing.TB) *Decoder {
	d, err := NewDecoder(Contracts{Registry: fuzzRegistry, ArtifactStore: fuzzArtifacts, CollateralStore: fuzzStore})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDecodeGarbage: logs a followed contract cannot have emitted are
// clear errors, never a guess.
func TestDecodeGarbage(t *testing.T) {
	d := fuzzDecoder(t)
	allowed := crypto.Keccak256Hash([]byte("WorkloadAllowed(bytes32,bytes32)"))
	for _, tc := range []struct {
		name string
		log  types.Log
		want string
	}{
		{"unfollowed address", types.Log{Address: common.Address{9}, Topics: []common.Hash{allowed}}, "not a followed contract"},
		{"anonymous", types.Log{Address: fuzzRegistry}, "anonymous log"},
		{"unknown topic", types.Log{Address: fuzzRegistry, Topics: []common.Hash{{1}}}, "unknown event topic"},
		{"event of another contract", types.Log{Address: fuzzArtifacts, Topics: []common.Hash{allowed}}, "unknown event topic"},
		{"missing indexed topic", types.Log{Address: fuzzRegistry, Topics: []common.Hash{allowed}, Data: make([]byte, 32)}, "decode WorkloadAllowed"},
		{"short data", types.Log{Address: fuzzRegistry, Topics: []common.Hash{allowed, {2}}, Data: []byte{1, 2, 3}}, "decode WorkloadAllowed"},
		{"bad dynamic offset", types.Log{Address: fuzzRegistry, Topics: []common.Hash{crypto.Keccak256Hash([]byte("StorageBackendAdded(string,uint256)"))},
			Data: append(common.LeftPadBytes([]byte{0xff, 0xff}, 32), make([]byte, 32)...)}, "decode StorageBackendAdded"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := d.Decode(tc.log)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Decode = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// FuzzDecode feeds arbitrary logs to the decoder and, when one decodes, to
// the state machine: errors are fine, panics are not, and a decoded event
// always names its state row.
func FuzzDecode(f *testing.F) {
	d := fuzzDecoder(f)
	for _, sig := range []string{"WorkloadAllowed(bytes32,bytes32)", "StorageBackendAdded(string,uint256)",
		"InstanceEndpointsUpdated(bytes32,(bytes4[],bytes16[],uint16))", "RolesUpdated(address,uint256)", "PkiUpdated(uint64,bytes,bytes,bytes)"} {
		h := crypto.Keccak256Hash([]byte(sig))
		f.Add(uint8(0), h[:], []byte{1}, make([]byte, 96))
	}
	f.Fuzz(func(t *testing.T, which uint8, topic0, topic1, data []byte) {
		addr := []common.Address{fuzzRegistry, fuzzArtifacts, fuzzStore}[int(which)%3]
		l := types.Log{Address: addr, Topics: []common.Hash{common.BytesToHash(topic0)}, Data: data}
		if len(topic1) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(topic1))
		}
		ev, err := d.Decode(l)
		if err != nil {
			return
		}
		if ev.Entity == "" || ev.Value == nil {
			t.Fatalf("decoded %s without a state row", ev.Name)
		}
		if _, err := ev.Fields(); err != nil {
			t.Fatalf("fields of %s: %v", ev.Name, err)
		}
		_ = NewState().Apply(&ev)
	})
}
