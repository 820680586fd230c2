package kms

import (
	"bytes"
	"context"
	gocrypto "crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// unsealedWorks checks that an unsealed KMS opens secrets sealed to pki's
// public key and signs certificates that chain to pki's CA.
func unsealedWorks(t *testing.T, k *KMS, pki PKI) {
	t.Helper()
	secret := []byte("database password: hunter2")
	env, err := EncryptSecret(pki.SecretsPublicKey, secret)
	if err != nil {
		t.Fatal(err)
	}
	got, err := k.OpenSecret(context.Background(), env)
	if err != nil {
		t.Fatalf("OpenSecret after unseal: %v", err)
	}
	if !bytes.Equal(got, secret) {
		t.Fatalf("OpenSecret = %q, want %q", got, secret)
	}
	if err := issueAndVerifyLeaf(k.CASigner(), pki.CACertificate); err != nil {
		t.Fatalf("CA signer after unseal: %v", err)
	}
}

// issueAndVerifyLeaf issues a leaf certificate (as the registry does for an
// instance) with signer under the CA caDER and verifies that it chains.
func issueAndVerifyLeaf(signer gocrypto.Signer, caDER []byte) error {
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return err
	}
	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(42),
		Subject:      pkix.Name{CommonName: "instance"},
		DNSNames:     []string{"instance.example"},
		NotBefore:    time.Now().Add(-time.Minute),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &leafKey.PublicKey, signer)
	if err != nil {
		return err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return err
	}
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	_, err = leaf.Verify(x509.VerifyOptions{Roots: roots, DNSName: "instance.example"})
	return err
}

func TestUnsealWithExactlyThreshold(t *testing.T) {
	f := newSealedFixture(t, 3, 5)
	if st := f.kms.Status(); !st.Sealed || st.Threshold != 3 || st.Received != 0 || st.Mode != ModeShamir || st.Nonce == nil {
		t.Fatalf("initial status = %+v, want sealed, shamir, 0 of 3, with a nonce", st)
	}
	// Shares 5, 2 and 4: any M of them, in any order.
	order := []int{4, 1, 3}
	for n, i := range order {
		before := f.kms.Status()
		st := f.submit(t, i)
		if st.Received != n+1 {
			t.Fatalf("after %d shares, received = %d", n+1, st.Received)
		}
		if n < len(order)-1 {
			if !st.Sealed {
				t.Fatalf("unsealed after %d of 3 shares", n+1)
			}
			if *st.Nonce == *before.Nonce {
				t.Fatal("nonce not replaced after an accepted share")
			}
		}
	}
	st := f.kms.Status()
	if st.Sealed || f.kms.Sealed() {
		t.Fatalf("still sealed after 3 of 3 shares: %+v", st)
	}
	if st.Nonce != nil {
		t.Fatal("unsealed status still shows a nonce")
	}
	for n, i := range order {
		if st.Submitted[n] != f.split.Shares[i].Custodian {
			t.Fatalf("submitted = %v, want custodians %v in that order", st.Submitted, order)
		}
	}
	unsealedWorks(t, f.kms, f.split.Manifest.PKI())
	for _, r := range f.kms.received {
		if r.share != nil {
			t.Fatal("share values kept after unsealing")
		}
	}
}

func TestUnsealEverySubsetOfTwoOfThree(t *testing.T) {
	pubs, keys := custodianKeys(t, 3)
	split, err := Split(2, pubs, CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]int{{0, 1}, {0, 2}, {1, 2}, {2, 0}} {
		f := &sealedFixture{keys: keys, split: split, custodians: allowAll(pubs)}
		f.kms, err = NewSealed(SealedConfig{Manifest: split.Manifest, Expected: split.Manifest.PKI(), Domain: testDomain, Custodians: f.custodians})
		if err != nil {
			t.Fatal(err)
		}
		f.submit(t, pair[0])
		f.submit(t, pair[1])
		if f.kms.Sealed() {
			t.Fatalf("shares %v did not unseal", pair)
		}
		unsealedWorks(t, f.kms, split.Manifest.PKI())
	}
}

func TestUnsealOneOfOne(t *testing.T) {
	f := newSealedFixture(t, 1, 1)
	f.submit(t, 0)
	if f.kms.Sealed() {
		t.Fatal("1-of-1 share did not unseal")
	}
	unsealedWorks(t, f.kms, f.split.Manifest.PKI())
}

func TestThresholdMinusOneStaysSealed(t *testing.T) {
	f := newSealedFixture(t, 3, 4)
	f.submit(t, 0)
	st := f.submit(t, 2)
	if !st.Sealed || st.Received != 2 {
		t.Fatalf("status after 2 of 3 shares = %+v, want sealed with 2 received", st)
	}
	_, err := f.kms.OpenSecret(context.Background(), mustEncrypt(t, f.split.Manifest.SecretsPublicKey, []byte("x")))
	requireErrorIs(t, err, ErrSealed)
	signer := f.kms.CASigner()
	ca, err := x509.ParseCertificate(f.split.Manifest.CACertificate)
	if err != nil {
		t.Fatal(err)
	}
	if !ca.PublicKey.(*ecdsa.PublicKey).Equal(signer.Public()) {
		t.Fatal("sealed CA signer's public key is not the CA certificate's")
	}
	_, err = signer.Sign(rand.Reader, make([]byte, 32), gocrypto.SHA256)
	requireErrorIs(t, err, ErrSealed)
	if err := issueAndVerifyLeaf(signer, f.split.Manifest.CACertificate); !errors.Is(err, ErrSealed) {
		t.Fatalf("issuing a certificate while sealed: %v, want ErrSealed", err)
	}
}

func TestReplayedSubmissionRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	sub := f.submission(t, 0)
	replay := *sub
	replay.Share = bytes.Clone(sub.Share)
	if _, err := f.kms.SubmitShare(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
	before := f.kms.Status()
	st, err := f.kms.SubmitShare(context.Background(), &replay)
	requireErrorIs(t, err, ErrStaleNonce)
	if st.Received != 1 || !st.Sealed || *st.Nonce != *before.Nonce {
		t.Fatalf("status after a replay = %+v, want unchanged %+v", st, before)
	}
	// Another custodian's submission signed over the old nonce: stale too.
	stale, err := SignSubmission(f.keys[1], testDomain, sub.Nonce, f.share(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.kms.SubmitShare(context.Background(), stale)
	requireErrorIs(t, err, ErrStaleNonce)
	if f.custodians.calls != 1 {
		t.Fatalf("custodian check ran %d times, want once (stale nonces fail before it)", f.custodians.calls)
	}
}

func TestForgedShareRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	f.submit(t, 0)
	for _, tc := range []struct {
		name string
		byte int // offset in the plaintext share to flip a bit of
		want error
	}{
		{"secrets key share", 40, ErrForgedShare},
		{"secrets key share, last byte", 66, ErrForgedShare},
		{"CA key share", 70, ErrForgedShare},
		{"CA key share, last byte", 98, ErrForgedShare},
		{"key set id", 10, ErrWrongShare},
		{"threshold", 2, ErrWrongShare},
		{"index", 1, ErrWrongShare},
	} {
		t.Run(tc.name, func(t *testing.T) {
			share := f.share(t, 1)
			share[tc.byte] ^= 0x01
			before := f.kms.Status()
			// A valid signature by the rightful custodian over the
			// altered share: only the share's content is wrong.
			st, err := f.kms.SubmitShare(context.Background(), f.signed(t, f.keys[1], share))
			requireErrorIs(t, err, tc.want)
			if !st.Sealed || st.Received != 1 || *st.Nonce != *before.Nonce {
				t.Fatalf("status after a forged share = %+v, want unchanged %+v", st, before)
			}
		})
	}
	// The rightful share is still accepted and unseals.
	f.submit(t, 1)
	if f.kms.Sealed() {
		t.Fatal("valid share after forged ones did not unseal")
	}
	unsealedWorks(t, f.kms, f.split.Manifest.PKI())
}

func TestShareValueOutOfRangeIsMalformed(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	share := f.share(t, 0)
	for i := 35; i < 67; i++ {
		share[i] = 0xff // ≥ the P-256 order
	}
	_, err := f.kms.SubmitShare(context.Background(), f.signed(t, f.keys[0], share))
	requireErrorIs(t, err, ErrMalformedShare)
}

func TestNonCustodianRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	// A custodian's valid share, signed by an account without the role.
	outsider, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.kms.SubmitShare(context.Background(), f.signed(t, outsider, f.share(t, 0)))
	requireErrorIs(t, err, ErrNotCustodian)
	if st.Received != 0 {
		t.Fatalf("received = %d after a non-custodian's submission", st.Received)
	}
	// A custodian whose role was revoked on chain.
	f.custodians.set[f.split.Shares[1].Custodian] = false
	_, err = f.kms.SubmitShare(context.Background(), f.submission(t, 1))
	requireErrorIs(t, err, ErrNotCustodian)
	// Signed for another chain or Registry: recovers to an unrelated account.
	for _, d := range []Domain{
		{ChainID: testDomain.ChainID + 1, Registry: testDomain.Registry},
		{ChainID: testDomain.ChainID, Registry: common.HexToAddress("0x01")},
	} {
		sub, err := SignSubmission(f.keys[0], d, *f.kms.Status().Nonce, f.share(t, 0))
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.kms.SubmitShare(context.Background(), sub)
		requireErrorIs(t, err, ErrNotCustodian)
	}
	if f.kms.Status().Received != 0 {
		t.Fatal("a rejected submission was counted")
	}
}

func TestAnotherCustodiansShareRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	// Custodian 2 got hold of custodian 1's share and signs it as theirs.
	_, err := f.kms.SubmitShare(context.Background(), f.signed(t, f.keys[1], f.share(t, 0)))
	requireErrorIs(t, err, ErrWrongShare)
}

func TestDuplicateCustodianRejected(t *testing.T) {
	f := newSealedFixture(t, 3, 3)
	f.submit(t, 0)
	// Same custodian, same share, fresh nonce and signature.
	st, err := f.kms.SubmitShare(context.Background(), f.submission(t, 0))
	requireErrorIs(t, err, ErrDuplicateCustodian)
	if st.Received != 1 {
		t.Fatalf("received = %d after a duplicate", st.Received)
	}
	f.submit(t, 1)
	f.submit(t, 2)
	if f.kms.Sealed() {
		t.Fatal("not unsealed by three distinct custodians")
	}
}

func TestShareOfAnotherKeySetRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	pubs := []*ecdsa.PublicKey{&f.keys[0].PublicKey, &f.keys[1].PublicKey}
	other, err := Split(2, pubs, CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	share, err := DecryptShare(f.keys[0], other.Shares[0].Ciphertext)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.kms.SubmitShare(context.Background(), f.signed(t, f.keys[0], share))
	requireErrorIs(t, err, ErrWrongShare)
}

func TestBadSignaturesRejected(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	valid := f.submission(t, 0)
	n := crypto.S256().Params().N
	for _, tc := range []struct {
		name   string
		mutate func(sig []byte)
	}{
		{"v out of range", func(sig []byte) { sig[64] = 5 }},
		{"zero r", func(sig []byte) { clear(sig[:32]) }},
		{"high s", func(sig []byte) {
			s := new(big.Int).SetBytes(sig[32:64])
			new(big.Int).Sub(n, s).FillBytes(sig[32:64])
			sig[64] ^= 1 // the matching recovery id of the malleated signature
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub := *valid
			sub.Signature = bytes.Clone(valid.Signature)
			tc.mutate(sub.Signature)
			_, err := f.kms.SubmitShare(context.Background(), &sub)
			requireErrorIs(t, err, ErrBadSignature)
		})
	}
	t.Run("short", func(t *testing.T) {
		sub := *valid
		sub.Signature = valid.Signature[:64]
		_, err := f.kms.SubmitShare(context.Background(), &sub)
		requireErrorIs(t, err, ErrBadSignature)
	})
	// v as 0/1 (raw crypto.Sign) is accepted as well as 27/28.
	sub := *valid
	sub.Signature = bytes.Clone(valid.Signature)
	sub.Signature[64] -= 27
	if _, err := f.kms.SubmitShare(context.Background(), &sub); err != nil {
		t.Fatalf("signature with v in {0,1} rejected: %v", err)
	}
}

func TestCustodianLookupFailureChangesNothing(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	f.custodians.err = errors.New("rpc down")
	before := f.kms.Status()
	st, err := f.kms.SubmitShare(context.Background(), f.submission(t, 0))
	requireErrorIs(t, err, ErrCustodianLookup)
	if st.Received != 0 || *st.Nonce != *before.Nonce {
		t.Fatalf("status after a failed lookup = %+v, want unchanged", st)
	}
	f.custodians.err = nil
	f.submit(t, 0)
}

func TestSubmissionAfterUnsealRejected(t *testing.T) {
	f := newSealedFixture(t, 1, 2)
	sub := f.submission(t, 1)
	f.submit(t, 0)
	_, err := f.kms.SubmitShare(context.Background(), sub)
	requireErrorIs(t, err, ErrNotSealed)
}

func TestFileModeKMS(t *testing.T) {
	keys, err := GenerateKeys()
	if err != nil {
		t.Fatal(err)
	}
	k := NewUnsealed(keys, nil)
	if st := k.Status(); st.Sealed || st.Mode != ModeFile || st.Nonce != nil {
		t.Fatalf("file mode status = %+v", st)
	}
	if !k.PKI().Equal(keys.PKI()) {
		t.Fatal("KMS PKI is not the keys' PKI")
	}
	unsealedWorks(t, k, keys.PKI())
	_, err = k.SubmitShare(context.Background(), &Submission{})
	requireErrorIs(t, err, ErrNotSealed)
}

// TestRecoveryMismatchDiscardsShares drives the defensive path that the
// commitment check makes unreachable from outside: a share that got into
// the received set although wrong (as if the check had a bug).
func TestRecoveryMismatchDiscardsShares(t *testing.T) {
	f := newSealedFixture(t, 2, 2)
	f.submit(t, 0)
	r := f.kms.received[0]
	r.share.secrets.Add(r.share.secrets, shareIDScalar(1)) // corrupt it in place
	st, err := f.kms.SubmitShare(context.Background(), f.submission(t, 1))
	requireErrorIs(t, err, ErrRecoveryFailed)
	if !st.Sealed || st.Received != 0 || len(st.Submitted) != 0 {
		t.Fatalf("status after a failed recovery = %+v, want sealed with nothing received", st)
	}
	// Both custodians can start over.
	f.submit(t, 0)
	f.submit(t, 1)
	if f.kms.Sealed() {
		t.Fatal("fresh submissions after a failed recovery did not unseal")
	}
}

func TestConcurrentSubmissionsWithOneNonce(t *testing.T) {
	f := newSealedFixture(t, 4, 4)
	subs := make([]*Submission, 4)
	for i := range subs {
		subs[i] = f.submission(t, i) // all over the same nonce
	}
	var wg sync.WaitGroup
	errs := make([]error, len(subs))
	for i, s := range subs {
		wg.Go(func() { _, errs[i] = f.kms.SubmitShare(context.Background(), s) })
	}
	wg.Wait()
	accepted := 0
	for _, err := range errs {
		switch {
		case err == nil:
			accepted++
		case !errors.Is(err, ErrStaleNonce):
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if accepted != 1 || f.kms.Status().Received != 1 {
		t.Fatalf("%d submissions over one nonce accepted (received %d), want exactly 1", accepted, f.kms.Status().Received)
	}
}

func TestNewSealedChecksConfig(t *testing.T) {
	f := newSealedFixture(t, 2, 3)
	m := f.split.Manifest
	otherKeys, err := GenerateKeys()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cfg  SealedConfig
	}{
		{"no manifest", SealedConfig{Expected: m.PKI(), Domain: testDomain, Custodians: f.custodians}},
		{"no custodians", SealedConfig{Manifest: m, Expected: m.PKI(), Domain: testDomain}},
		{"no chain id", SealedConfig{Manifest: m, Expected: m.PKI(), Domain: Domain{Registry: testDomain.Registry}, Custodians: f.custodians}},
		{"no registry", SealedConfig{Manifest: m, Expected: m.PKI(), Domain: Domain{ChainID: 1}, Custodians: f.custodians}},
		{"other PKI on chain", SealedConfig{Manifest: m, Expected: otherKeys.PKI(), Domain: testDomain, Custodians: f.custodians}},
		{"no PKI on chain", SealedConfig{Manifest: m, Domain: testDomain, Custodians: f.custodians}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewSealed(tc.cfg); err == nil {
				t.Fatal("NewSealed accepted it")
			}
		})
	}
}

func custodianKeys(t testing.TB, n int) ([]*ecdsa.PublicKey, []*ecdsa.PrivateKey) {
	t.Helper()
	var pubs []*ecdsa.PublicKey
	var keys []*ecdsa.PrivateKey
	for range n {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		pubs = append(pubs, &k.PublicKey)
	}
	return pubs, keys
}

func allowAll(pubs []*ecdsa.PublicKey) *fakeCustodians {
	f := &fakeCustodians{set: map[common.Address]bool{}}
	for _, p := range pubs {
		f.set[crypto.PubkeyToAddress(*p)] = true
	}
	return f
}

func mustEncrypt(t testing.TB, pub, secret []byte) []byte {
	t.Helper()
	env, err := EncryptSecret(pub, secret)
	if err != nil {
		t.Fatal(err)
	}
	return env
}
