//go:build ignore

// The KMS's Shamir M-of-N ceremony and a custodian's unseal, through the Go
// package registry/kms (docs/kms.md). teereg has no CLI for either yet; this
// example fills the gap. Run it from the repository root.
//
// Ceremony (on an offline machine; the keys exist only in its memory):
//
//	go run ./docs/examples/kms/kms.go split -threshold 2 -ca-cn "acme app CA" -out ceremony/ \
//	    -custodian 0x<pubkey of custodian 1> -custodian 0x<…2> -custodian 0x<…3>
//
// writes ceremony/manifest.json (public: give it to the registry as
// --kms-manifest, publish its PKI with setPki) and ceremony/share-<i>-<address>.bin
// (one encrypted share per custodian, decryptable only with that custodian's
// key). A custodian's public key is what `cast wallet public-key
// --raw-private-key KEY` prints (64 bytes, or 65 with the 04 prefix).
//
// Unseal (each custodian, against the registry's admin listener):
//
//	TEEREG_CUSTODIAN_KEY=0x… go run ./docs/examples/kms/kms.go unseal \
//	    -admin-url http://127.0.0.1:8481 -chain-id 1 -registry 0xRegistry… -share share-1-0x….bin
//
// -chain-id and -registry come from the custodian's own records, never from
// the KMS: they are what the signature authorises.
package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/registry/kms"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kms.go split|unseal [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "split":
		err = split(os.Args[2:])
	case "unseal":
		err = unseal(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q: split or unseal", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kms:", err)
		os.Exit(1)
	}
}

func split(args []string) error {
	fs := flag.NewFlagSet("split", flag.ExitOnError)
	threshold := fs.Int("threshold", 0, "shares needed to unseal (M)")
	cn := fs.String("ca-cn", "", "app CA common name (default: teereg app CA)")
	out := fs.String("out", ".", "output directory")
	var custodians list
	fs.Var(&custodians, "custodian", "a custodian's secp256k1 public key, hex (repeat, in order)")
	fs.Parse(args)
	var pubs []*ecdsa.PublicKey
	for _, s := range custodians {
		b, err := hexutil.Decode(s)
		if err != nil {
			return fmt.Errorf("-custodian %s: %w", s, err)
		}
		if len(b) == 64 {
			b = append([]byte{4}, b...)
		}
		pub, err := crypto.UnmarshalPubkey(b)
		if err != nil {
			return fmt.Errorf("-custodian %s: %w", s, err)
		}
		pubs = append(pubs, pub)
	}
	res, err := kms.Split(*threshold, pubs, kms.CAConfig{CommonName: *cn})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o700); err != nil {
		return err
	}
	manifest, err := res.Manifest.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "manifest.json"), manifest, 0o644); err != nil {
		return err
	}
	for _, s := range res.Shares {
		name := filepath.Join(*out, fmt.Sprintf("share-%d-%s.bin", s.Index, s.Custodian.Hex()))
		if err := os.WriteFile(name, s.Ciphertext, 0o600); err != nil {
			return err
		}
		fmt.Println("share for", s.Custodian.Hex(), "→", name)
	}
	pki := res.Manifest.PKI()
	fmt.Printf("manifest → %s\npublish with:\n  cast send $REGISTRY 'setPki(bytes,bytes,bytes)' 0x%x 0x%x 0x\n",
		filepath.Join(*out, "manifest.json"), pki.CACertificate, pki.SecretsPublicKey)
	return nil
}

func unseal(args []string) error {
	fs := flag.NewFlagSet("unseal", flag.ExitOnError)
	adminURL := fs.String("admin-url", "http://127.0.0.1:8481", "the registry's admin listener")
	chainID := fs.Uint64("chain-id", 0, "chain id of the deployment (from your own records)")
	registry := fs.String("registry", "", "Registry address (from your own records)")
	sharePath := fs.String("share", "", "your encrypted share file")
	fs.Parse(args)
	if *chainID == 0 || !common.IsHexAddress(*registry) || *sharePath == "" {
		return fmt.Errorf("give -chain-id, -registry and -share")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(os.Getenv("TEEREG_CUSTODIAN_KEY")), "0x"))
	if err != nil {
		return fmt.Errorf("TEEREG_CUSTODIAN_KEY: %w", err)
	}
	enc, err := os.ReadFile(*sharePath)
	if err != nil {
		return err
	}
	share, err := kms.DecryptShare(key, enc)
	if err != nil {
		return err
	}
	defer clear(share)
	var st struct {
		Sealed bool       `json:"sealed"`
		Nonce  *kms.Nonce `json:"nonce"`
	}
	resp, err := http.Get(strings.TrimRight(*adminURL, "/") + "/v1/kms/status")
	if err != nil {
		return err
	}
	err = json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	if !st.Sealed || st.Nonce == nil {
		return fmt.Errorf("the KMS is not sealed: nothing to do")
	}
	sub, err := kms.SignSubmission(key, kms.Domain{ChainID: *chainID, Registry: common.HexToAddress(*registry)}, *st.Nonce, share)
	if err != nil {
		return err
	}
	body, err := json.Marshal(sub)
	if err != nil {
		return err
	}
	resp, err = http.Post(strings.TrimRight(*adminURL, "/")+"/v1/kms/unseal", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	fmt.Printf("%s %s", resp.Status, answer)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unseal refused")
	}
	return nil
}
