package kms

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestUnsealMessageFormat(t *testing.T) {
	var nonce Nonce
	for i := range nonce {
		nonce[i] = byte(i)
	}
	msg := UnsealMessage(Domain{ChainID: 1, Registry: common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")}, nonce, []byte("share"))
	want := "teereg KMS unseal v1\n" +
		"chain: 1\n" +
		"registry: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n" +
		"nonce: 0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n" +
		"share: 0xc3bc45ac352fe43ff8f0a1cc26d6cc29f71f536dc417906f8513ea44ed4bb161\n" // sha256("share")
	if msg != want {
		t.Fatalf("unseal message:\n%s\nwant:\n%s", msg, want)
	}
}

// TestSignatureIsPersonalSign checks the signature independently of the
// package: keccak256("\x19Ethereum Signed Message:\n" ‖ len ‖ message), v in
// {27, 28}, as eth_sign / personal_sign wallets produce.
func TestSignatureIsPersonalSign(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var nonce Nonce
	rand.Read(nonce[:])
	share := bytes.Repeat([]byte{7}, ShareSize)
	sub, err := SignSubmission(key, testDomain, nonce, share)
	if err != nil {
		t.Fatal(err)
	}
	msg := UnsealMessage(testDomain, nonce, share)
	hash := crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", len(msg), msg)))
	if v := sub.Signature[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, want 27 or 28", v)
	}
	sig := bytes.Clone(sub.Signature)
	sig[64] -= 27
	pub, err := crypto.SigToPub(hash, sig)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("signature does not recover to the signer over the EIP-191 hash")
	}
	got, err := submissionSigner(testDomain, sub)
	if err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("submissionSigner = %s, %v", got, err)
	}
}

func TestSubmissionJSONRoundTrip(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	sub := f.submission(t, 0)
	data, err := json.Marshal(sub)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]string
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	if len(fields) != 3 || fields["share"] != hexutil.Encode(sub.Share) || fields["nonce"] != sub.Nonce.String() || fields["signature"] != hexutil.Encode(sub.Signature) {
		t.Fatalf("submission JSON = %s", data)
	}
	back, err := ParseSubmission(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Share, sub.Share) || back.Nonce != sub.Nonce || !bytes.Equal(back.Signature, sub.Signature) {
		t.Fatal("submission changed in the JSON round trip")
	}
	if _, err := f.kms.SubmitShare(context.Background(), back); err != nil {
		t.Fatalf("parsed submission rejected: %v", err)
	}
}

func TestParseSubmissionGarbage(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	sub := f.submission(t, 0)
	share, nonce, sig := hexutil.Encode(sub.Share), sub.Nonce.String(), hexutil.Encode(sub.Signature)
	obj := func(s, n, g string) string {
		return fmt.Sprintf(`{"share":%s,"nonce":%s,"signature":%s}`, s, n, g)
	}
	q := func(s string) string { return `"` + s + `"` }
	badShare := bytes.Clone(sub.Share)
	badShare[0] = 9
	for _, tc := range []struct{ name, input, want string }{
		{"empty", "", "EOF"},
		{"not JSON", "share=1", "invalid character"},
		{"array", "[]", "cannot unmarshal"},
		{"null", "null", "no share"},
		{"missing share", fmt.Sprintf(`{"nonce":%q,"signature":%q}`, nonce, sig), "no share"},
		{"missing nonce", fmt.Sprintf(`{"share":%q,"signature":%q}`, share, sig), "no nonce"},
		{"missing signature", fmt.Sprintf(`{"share":%q,"nonce":%q}`, share, nonce), "no signature"},
		{"unknown field", fmt.Sprintf(`{"share":%q,"nonce":%q,"signature":%q,"custodian":"0x01"}`, share, nonce, sig), "unknown field"},
		{"trailing data", obj(q(share), q(nonce), q(sig)) + "{}", "after the JSON"},
		{"share without 0x", obj(q(share[2:]), q(nonce), q(sig)), "0x prefix"},
		{"share odd hex", obj(q(share+"0"), q(nonce), q(sig)), "odd length"},
		{"share as number", obj("1", q(nonce), q(sig)), "cannot unmarshal"},
		{"short share", obj(q(share[:len(share)-2]), q(nonce), q(sig)), "98 bytes"},
		{"share version 9", obj(q(hexutil.Encode(badShare)), q(nonce), q(sig)), "version 9"},
		{"short nonce", obj(q(share), q(nonce[:64]), q(sig)), "nonce is 31 bytes"},
		{"short signature", obj(q(share), q(nonce), q(sig[:len(sig)-2])), "signature is 64 bytes"},
		{"too large", strings.Repeat(" ", MaxSubmissionSize+1), "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseSubmission([]byte(tc.input))
			requireErrorIs(t, err, ErrMalformedSubmission)
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

func TestSplitRejects(t *testing.T) {
	pubs, _ := custodianKeys(t, 3)
	p256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		threshold int
		pubs      []*ecdsa.PublicKey
	}{
		{"threshold 0", 0, pubs},
		{"threshold above N", 4, pubs},
		{"no custodians", 1, nil},
		{"duplicate custodian", 2, []*ecdsa.PublicKey{pubs[0], pubs[1], pubs[0]}},
		{"nil key", 1, []*ecdsa.PublicKey{pubs[0], nil}},
		{"P-256 key", 1, []*ecdsa.PublicKey{pubs[0], &p256.PublicKey}},
		{"too many", 1, make([]*ecdsa.PublicKey, MaxCustodians+1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Split(tc.threshold, tc.pubs, CAConfig{}); err == nil {
				t.Fatal("Split accepted it")
			}
		})
	}
}

func TestSplitOutput(t *testing.T) {
	pubs, keys := custodianKeys(t, 4)
	res, err := Split(3, pubs, CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Manifest
	if m.Threshold != 3 || len(m.Custodians) != 4 || len(res.Shares) != 4 || len(m.SecretsCommitments) != 3 || len(m.CACommitments) != 3 {
		t.Fatalf("manifest %+v with %d shares", m, len(res.Shares))
	}
	for i, s := range res.Shares {
		addr := crypto.PubkeyToAddress(keys[i].PublicKey)
		if s.Index != i+1 || s.Custodian != addr || m.Custodians[i] != addr {
			t.Fatalf("share %d: index %d custodian %s, manifest %s, want %s", i, s.Index, s.Custodian, m.Custodians[i], addr)
		}
		plain, err := DecryptShare(keys[i], s.Ciphertext)
		if err != nil {
			t.Fatal(err)
		}
		if len(plain) != ShareSize || plain[1] != byte(i+1) || plain[2] != 3 {
			t.Fatalf("share %d decrypts to %x", i, plain)
		}
		// Only its custodian can decrypt it.
		if _, err := DecryptShare(keys[(i+1)%4], s.Ciphertext); err == nil {
			t.Fatalf("share %d decrypted by another custodian", i)
		}
	}
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseManifest(data)
	if err != nil {
		t.Fatalf("ParseManifest(Marshal()): %v", err)
	}
	if !back.PKI().Equal(m.PKI()) || back.Threshold != 3 {
		t.Fatal("manifest changed in the JSON round trip")
	}
}

func TestDecryptShareGarbage(t *testing.T) {
	pubs, keys := custodianKeys(t, 1)
	res, err := Split(1, pubs, CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	ct := res.Shares[0].Ciphertext
	flipped := bytes.Clone(ct)
	flipped[len(flipped)-40] ^= 1
	p256, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	for _, tc := range []struct {
		name  string
		key   *ecdsa.PrivateKey
		input []byte
		want  string
	}{
		{"empty", keys[0], nil, "not a version 1 encrypted share"},
		{"no header", keys[0], ct[4:], "not a version 1 encrypted share"},
		{"header only", keys[0], ct[:4], "encrypted to another key, or altered"},
		{"bit flipped", keys[0], flipped, "encrypted to another key, or altered"},
		{"too large", keys[0], make([]byte, maxEncryptedShareSize+1), "more than"},
		{"P-256 key", p256, ct, "not a secp256k1"},
		{"nil key", nil, ct, "not a secp256k1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecryptShare(tc.key, tc.input)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestParseManifestGarbage(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	good, err := f.split.Manifest.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	other := newSealedFixture(t, 2, 3).split.Manifest
	edit := func(change func(m *Manifest)) string {
		var m Manifest
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		change(&m)
		b, err := json.Marshal(&m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, tc := range []struct{ name, input, want string }{
		{"empty", "", "EOF"},
		{"unknown field", strings.Replace(string(good), `"version"`, `"extra": 1, "version"`, 1), "unknown field"},
		{"version 2", edit(func(m *Manifest) { m.Version = 2 }), "version 2"},
		{"threshold 0", edit(func(m *Manifest) { m.Threshold = 0 }), "threshold 0"},
		{"threshold above N", edit(func(m *Manifest) { m.Threshold = 4 }), "threshold 4"},
		{"no custodians", edit(func(m *Manifest) { m.Custodians = nil }), "0 custodians"},
		{"duplicate custodian", edit(func(m *Manifest) { m.Custodians[1] = m.Custodians[0] }), "twice"},
		{"zero custodian", edit(func(m *Manifest) { m.Custodians[2] = common.Address{} }), "zero address"},
		{"garbage certificate", edit(func(m *Manifest) { m.CACertificate = []byte{1, 2} }), "CA certificate"},
		{"short secrets key", edit(func(m *Manifest) { m.SecretsPublicKey = m.SecretsPublicKey[:64] }), "secrets public key"},
		{"missing commitment", edit(func(m *Manifest) { m.CACommitments = m.CACommitments[:1] }), "1 CA key commitments"},
		{"commitment off curve", edit(func(m *Manifest) { m.SecretsCommitments[1][64] ^= 1 }), "commitment 1"},
		{"commitment 0 not the key", edit(func(m *Manifest) { m.SecretsCommitments[0] = m.SecretsCommitments[1] }), "commitment 0"},
		{"other key set's commitments", edit(func(m *Manifest) { m.CACommitments = other.CACommitments }), "commitment 0"},
		{"other CA", edit(func(m *Manifest) { m.CACertificate = other.CACertificate }), "commitment 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseManifest([]byte(tc.input))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// A manifest whose higher commitments were swapped (it still names the
// right public keys) cannot unseal: honest shares fail the commitment check
// instead of recovering anything.
func TestTamperedManifestCommitmentsRejectHonestShares(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	other := newSealedFixture(t, 2, 2).split.Manifest
	m := *f.split.Manifest
	m.SecretsCommitments = []hexutil.Bytes{m.SecretsCommitments[0], other.SecretsCommitments[1]}
	k, err := NewSealed(SealedConfig{Manifest: &m, Expected: m.PKI(), Domain: testDomain, Custodians: f.custodians})
	if err != nil {
		t.Fatal(err)
	}
	f.kms = k
	_, err = k.SubmitShare(context.Background(), f.submission(t, 0))
	requireErrorIs(t, err, ErrForgedShare)
}

// FuzzParseSubmission: no input panics; whatever parses has the right sizes
// and survives a JSON round trip unchanged.
func FuzzParseSubmission(f *testing.F) {
	fx := newSealedFixture(f, 2, 2)
	valid, err := json.Marshal(fx.submission(f, 0))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add([]byte(`{"share":"0x","nonce":"0x","signature":"0x"}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSubmission(data)
		if err != nil {
			if !errors.Is(err, ErrMalformedSubmission) {
				t.Fatalf("error %v does not wrap ErrMalformedSubmission", err)
			}
			return
		}
		if len(s.Share) != ShareSize || len(s.Signature) != 65 {
			t.Fatalf("parsed sizes share %d signature %d", len(s.Share), len(s.Signature))
		}
		again, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := ParseSubmission(again)
		if err != nil {
			t.Fatalf("re-encoded submission does not parse: %v", err)
		}
		if !bytes.Equal(s.Share, s2.Share) || s.Nonce != s2.Nonce || !bytes.Equal(s.Signature, s2.Signature) {
			t.Fatal("submission changed in the round trip")
		}
	})
}

// FuzzSubmitShare feeds arbitrary submissions to a sealed KMS whose current
// nonce is the one the seeds use: nothing panics, nothing but a genuine
// custodian's share is ever counted.
func FuzzSubmitShare(f *testing.F) {
	fx := newSealedFixture(f, 2, 2)
	nonce := *fx.kms.Status().Nonce
	genuine := [][]byte{fx.share(f, 0), fx.share(f, 1)}
	for i := range 2 {
		s := fx.submission(f, i)
		f.Add(s.Share, s.Signature)
	}
	f.Add(make([]byte, ShareSize), make([]byte, 65))
	f.Fuzz(func(t *testing.T, share, sig []byte) {
		// A fresh sealed KMS on the same manifest, pinned to the seeds' nonce.
		k, err := NewSealed(SealedConfig{Manifest: fx.split.Manifest, Expected: fx.split.Manifest.PKI(), Domain: testDomain, Custodians: fx.custodians})
		if err != nil {
			t.Fatal(err)
		}
		k.nonce = nonce
		st, err := k.SubmitShare(context.Background(), &Submission{Share: share, Nonce: nonce, Signature: sig})
		if err != nil {
			if st.Received != 0 {
				t.Fatal("rejected submission counted")
			}
			return
		}
		if !bytes.Equal(share, genuine[0]) && !bytes.Equal(share, genuine[1]) {
			t.Fatalf("non-genuine share %x accepted", share)
		}
	})
}

// FuzzParseManifest: no input panics; whatever parses re-encodes to a
// manifest that parses with the same PKI.
func FuzzParseManifest(f *testing.F) {
	fx := newSealedFixture(f, 2, 3)
	good, err := fx.split.Manifest.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			return
		}
		b, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := ParseManifest(b)
		if err != nil {
			t.Fatalf("re-encoded manifest does not parse: %v", err)
		}
		if !m2.PKI().Equal(m.PKI()) {
			t.Fatal("PKI changed in the round trip")
		}
	})
}

// FuzzDecryptShare: a custodian decrypting an arbitrary blob never panics
// and only the genuine blob yields a share.
func FuzzDecryptShare(f *testing.F) {
	pubs, keys := custodianKeys(f, 1)
	res, err := Split(1, pubs, CAConfig{})
	if err != nil {
		f.Fatal(err)
	}
	ct := res.Shares[0].Ciphertext
	f.Add(ct)
	f.Add(ct[:4])
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecryptShare(keys[0], data)
		if err != nil {
			return
		}
		if !bytes.Equal(data, ct) {
			t.Fatalf("forged blob %x decrypted to %x", data, s)
		}
	})
}
