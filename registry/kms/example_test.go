package kms_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teereg/teereg/registry/kms"
)

// allCustodians stands in for the registry's on-chain role check.
type allCustodians map[common.Address]bool

func (a allCustodians) IsCustodian(_ context.Context, acc common.Address) (bool, error) {
	return a[acc], nil
}

// The whole Shamir life cycle: split among three custodians, publish the
// PKI, start sealed, two custodians unseal, open a secret an admin sealed.
func Example() {
	var keys []*ecdsa.PrivateKey
	var pubs []*ecdsa.PublicKey
	roles := allCustodians{}
	for range 3 {
		k, err := crypto.GenerateKey()
		if err != nil {
			log.Fatal(err)
		}
		keys, pubs = append(keys, k), append(pubs, &k.PublicKey)
		roles[crypto.PubkeyToAddress(k.PublicKey)] = true
	}

	// Ceremony: fresh keys, 2-of-3 shares, public manifest. Admins publish
	// split.Manifest.PKI() with setPki and hand out the encrypted shares.
	split, err := kms.Split(2, pubs, kms.CAConfig{CommonName: "example app CA"})
	if err != nil {
		log.Fatal(err)
	}
	onChain := split.Manifest.PKI()

	// An admin seals a secret to the on-chain key.
	envelope, err := kms.EncryptSecret(onChain.SecretsPublicKey, []byte("s3cret"))
	if err != nil {
		log.Fatal(err)
	}

	// The registry starts sealed.
	domain := kms.Domain{ChainID: 1, Registry: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	k, err := kms.NewSealed(kms.SealedConfig{Manifest: split.Manifest, Expected: onChain, Domain: domain, Custodians: roles})
	if err != nil {
		log.Fatal(err)
	}

	// Custodians 3 and 1 decrypt their shares and sign them for the current nonce.
	for _, i := range []int{2, 0} {
		share, err := kms.DecryptShare(keys[i], split.Shares[i].Ciphertext)
		if err != nil {
			log.Fatal(err)
		}
		sub, err := kms.SignSubmission(keys[i], domain, *k.Status().Nonce, share)
		if err != nil {
			log.Fatal(err)
		}
		st, err := k.SubmitShare(context.Background(), sub)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("sealed=%v received=%d/%d\n", st.Sealed, st.Received, st.Threshold)
	}

	secret, err := k.OpenSecret(context.Background(), envelope)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(secret))
	// Output:
	// sealed=true received=1/2
	// sealed=false received=2/2
	// s3cret
}
