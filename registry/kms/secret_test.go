package kms

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

func testKeys(t testing.TB) *Keys {
	t.Helper()
	k, err := GenerateKeys()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestSecretRoundTrip(t *testing.T) {
	keys := testKeys(t)
	for _, size := range []int{0, 1, 31, 4096, MaxSecretSize} {
		secret := bytes.Repeat([]byte{byte(size)}, size)
		env, err := EncryptSecret(keys.SecretsPublicKey(), secret)
		if err != nil {
			t.Fatalf("EncryptSecret(%d bytes): %v", size, err)
		}
		if len(env) != size+envelopeOverhead {
			t.Fatalf("envelope of %d bytes is %d bytes, want %d", size, len(env), size+envelopeOverhead)
		}
		if size == MaxSecretSize && len(env) != MaxEnvelopeSize {
			t.Fatalf("largest envelope is %d bytes, want the artifact limit %d", len(env), MaxEnvelopeSize)
		}
		got, err := keys.OpenSecret(env)
		if err != nil {
			t.Fatalf("OpenSecret(%d bytes): %v", size, err)
		}
		if !bytes.Equal(got, secret) {
			t.Fatalf("round trip of %d bytes changed the secret", size)
		}
	}
}

func TestSecretEnvelopeLayout(t *testing.T) {
	keys := testKeys(t)
	env, err := EncryptSecret(keys.SecretsPublicKey(), []byte("s"))
	if err != nil {
		t.Fatal(err)
	}
	// "TRS", version 1, KEM 0x0010, KDF 0x0001, AEAD 0x0002, then enc (an
	// uncompressed point).
	wantHeader := []byte{'T', 'R', 'S', 0x01, 0x00, 0x10, 0x00, 0x01, 0x00, 0x02, 0x04}
	if !bytes.HasPrefix(env, wantHeader) {
		t.Fatalf("envelope starts %x, want %x", env[:len(wantHeader)], wantHeader)
	}
	// Fresh encapsulation each time.
	env2, err := EncryptSecret(keys.SecretsPublicKey(), []byte("s"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(env, env2) {
		t.Fatal("two encryptions of one secret are equal")
	}
}

func TestSecretID(t *testing.T) {
	env := []byte("any envelope")
	sum := sha256.Sum256(env)
	if got, want := SecretID(env), hex.EncodeToString(sum[:]); got != want {
		t.Fatalf("SecretID = %s, want %s", got, want)
	}
}

func TestEncryptSecretRejects(t *testing.T) {
	keys := testKeys(t)
	if _, err := EncryptSecret(keys.SecretsPublicKey(), make([]byte, MaxSecretSize+1)); err == nil {
		t.Fatal("secret larger than an artifact accepted")
	}
	pub := keys.SecretsPublicKey()
	for name, bad := range map[string][]byte{
		"empty":      nil,
		"compressed": append([]byte{0x02}, pub[1:33]...),
		"off curve":  append(append([]byte{}, pub[:64]...), pub[64]^1),
		"truncated":  pub[:64],
	} {
		if _, err := EncryptSecret(bad, []byte("s")); err == nil {
			t.Errorf("%s public key accepted", name)
		}
	}
}

func TestOpenSecretWrongKey(t *testing.T) {
	a, b := testKeys(t), testKeys(t)
	env := mustEncrypt(t, a.SecretsPublicKey(), []byte("for a"))
	_, err := b.OpenSecret(env)
	requireErrorIs(t, err, ErrSecretNotOpened)
}

// TestOpenSecretTampered flips each bit of a whole envelope in turn: every
// alteration fails, none yields a plaintext.
func TestOpenSecretTampered(t *testing.T) {
	keys := testKeys(t)
	env := mustEncrypt(t, keys.SecretsPublicKey(), []byte("top secret"))
	for i := range env {
		for bit := range 8 {
			bad := bytes.Clone(env)
			bad[i] ^= 1 << bit
			pt, err := keys.OpenSecret(bad)
			if err == nil {
				t.Fatalf("flipping bit %d of byte %d: opened to %q", bit, i, pt)
			}
			if !errors.Is(err, ErrMalformedEnvelope) && !errors.Is(err, ErrSecretNotOpened) {
				t.Fatalf("flipping bit %d of byte %d: error %v wraps neither sentinel", bit, i, err)
			}
		}
	}
	for n := range len(env) {
		if _, err := keys.OpenSecret(env[:n]); err == nil {
			t.Fatalf("envelope truncated to %d bytes opened", n)
		}
	}
	if _, err := keys.OpenSecret(append(bytes.Clone(env), 0)); err == nil {
		t.Fatal("envelope with a byte appended opened")
	}
}

func TestOpenSecretGarbage(t *testing.T) {
	keys := testKeys(t)
	env := mustEncrypt(t, keys.SecretsPublicKey(), []byte("x"))
	withByte := func(i int, v byte) []byte { b := bytes.Clone(env); b[i] = v; return b }
	for _, tc := range []struct {
		name, input, want string
	}{
		{"empty", "", "fewer than"},
		{"text", "{{ secret \"abc\" }}", "fewer than"},
		{"wrong magic", string(withByte(0, 'X')), "magic"},
		{"version 2", string(withByte(3, 2)), "version 2"},
		{"ChaCha20 suite", string(withByte(9, 3)), "HPKE suite"},
		{"enc not a point", string(withByte(10, 0x05)), "encapsulated key"},
		{"too large", string(append(bytes.Clone(env), make([]byte, MaxEnvelopeSize)...)), "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := keys.OpenSecret([]byte(tc.input))
			requireErrorIs(t, err, ErrMalformedEnvelope)
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

func TestKMSOpenSecretHonoursContext(t *testing.T) {
	keys := testKeys(t)
	k := NewUnsealed(keys, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := k.OpenSecret(ctx, mustEncrypt(t, keys.SecretsPublicKey(), []byte("x")))
	requireErrorIs(t, err, context.Canceled)
}

// FuzzOpenSecret: arbitrary bytes never panic, and nothing but the genuine
// envelope opens (a forgery would need to break AES-GCM or HPKE).
func FuzzOpenSecret(f *testing.F) {
	keys := testKeys(f)
	secret := []byte("fuzz secret")
	env := mustEncrypt(f, keys.SecretsPublicKey(), secret)
	f.Add(env)
	f.Add(env[:envelopeOverhead])
	f.Add([]byte{})
	f.Add([]byte("TRS\x01\x00\x10\x00\x01\x00\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pt, err := keys.OpenSecret(data)
		if err != nil {
			if !errors.Is(err, ErrMalformedEnvelope) && !errors.Is(err, ErrSecretNotOpened) {
				t.Fatalf("error %v wraps neither sentinel", err)
			}
			return
		}
		if !bytes.Equal(data, env) || !bytes.Equal(pt, secret) {
			t.Fatalf("input %x that is not the genuine envelope opened to %q", data, pt)
		}
	})
}

// FuzzSecretRoundTrip: any plaintext up to the limit survives the round trip.
func FuzzSecretRoundTrip(f *testing.F) {
	keys := testKeys(f)
	f.Add([]byte(""))
	f.Add([]byte("password"))
	f.Fuzz(func(t *testing.T, secret []byte) {
		env, err := EncryptSecret(keys.SecretsPublicKey(), secret)
		if len(secret) > MaxSecretSize {
			if err == nil {
				t.Fatal("oversized secret sealed")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := keys.OpenSecret(env)
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("round trip: %q, %v", got, err)
		}
	})
}
