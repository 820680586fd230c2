package kms

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeCustodians is the test double of the on-chain role check.
type fakeCustodians struct {
	mu    sync.Mutex
	set   map[common.Address]bool
	err   error
	calls int
}

func (f *fakeCustodians) IsCustodian(_ context.Context, a common.Address) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.err != nil {
		return false, f.err
	}
	return f.set[a], nil
}

var testDomain = Domain{ChainID: 31337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// sealedFixture is a fresh M-of-N split and a sealed KMS for it.
type sealedFixture struct {
	keys       []*ecdsa.PrivateKey // custodian i holds share i+1
	split      *SplitResult
	custodians *fakeCustodians
	kms        *KMS
}

func newSealedFixture(t testing.TB, m, n int) *sealedFixture {
	t.Helper()
	f := &sealedFixture{custodians: &fakeCustodians{set: map[common.Address]bool{}}}
	var pubs []*ecdsa.PublicKey
	for range n {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		f.keys = append(f.keys, k)
		pubs = append(pubs, &k.PublicKey)
		f.custodians.set[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	split, err := Split(m, pubs, CAConfig{CommonName: "test CA"})
	if err != nil {
		t.Fatalf("Split(%d of %d): %v", m, n, err)
	}
	f.split = split
	f.kms, err = NewSealed(SealedConfig{
		Manifest:   split.Manifest,
		Expected:   split.Manifest.PKI(),
		Domain:     testDomain,
		Custodians: f.custodians,
	})
	if err != nil {
		t.Fatalf("NewSealed: %v", err)
	}
	return f
}

// share decrypts custodian i's share (0-based).
func (f *sealedFixture) share(t testing.TB, i int) []byte {
	t.Helper()
	s, err := DecryptShare(f.keys[i], f.split.Shares[i].Ciphertext)
	if err != nil {
		t.Fatalf("DecryptShare(custodian %d): %v", i, err)
	}
	return s
}

// submission is custodian i's signed submission for the KMS's current nonce.
func (f *sealedFixture) submission(t testing.TB, i int) *Submission {
	t.Helper()
	return f.signed(t, f.keys[i], f.share(t, i))
}

func (f *sealedFixture) signed(t testing.TB, key *ecdsa.PrivateKey, share []byte) *Submission {
	t.Helper()
	st := f.kms.Status()
	if st.Nonce == nil {
		t.Fatal("status has no nonce")
	}
	s, err := SignSubmission(key, testDomain, *st.Nonce, share)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// submit submits custodian i's share and requires acceptance.
func (f *sealedFixture) submit(t testing.TB, i int) Status {
	t.Helper()
	st, err := f.kms.SubmitShare(context.Background(), f.submission(t, i))
	if err != nil {
		t.Fatalf("custodian %d's valid share rejected: %v", i, err)
	}
	return st
}

func requireErrorIs(t testing.TB, err, want error) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %v", want)
	}
	if !errors.Is(err, want) {
		t.Fatalf("got error %q, want one wrapping %q", err, want)
	}
}
