//go:build ignore

// Deploy teereg to a real chain with a pinned root CA through the Go deploy
// package (deploy.Deploy): DcapCollateralParser, DcapCollateralStore (pinning
// the root), DcapPckChainVerifier, DcapQuoteVerifier, then the Registry using
// that verifier and the ArtifactStore. Writes a deployment record that
// `teereg indexer|registry|agent --deployment FILE` read.
//
// teereg has no `teereg deploy` command yet; this example fills the gap.
// Run it from the repository root:
//
//	TEEREG_PRIVATE_KEY=0x… go run ./docs/examples/deploy/deploy.go \
//	    -rpc https://rpc.example -root Intel_SGX_Provisioning_Certification_RootCA.cer \
//	    -admin 0xSafe… -ttl 24h -out /etc/teereg/deployment.json
//
// Without -allow-other-root it refuses any root but Intel's SGX Root CA.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teereg/teereg/deploy"
)

// intelRootSHA256 is the SHA-256 of the Intel SGX Root CA certificate (DER).
const intelRootSHA256 = "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3"

func main() {
	rpc := flag.String("rpc", os.Getenv("TEEREG_RPC_URL"), "JSON-RPC URL (default $TEEREG_RPC_URL)")
	rootPath := flag.String("root", "", "root CA certificate to pin, DER")
	admin := flag.String("admin", "", "registry admin address (default: the deploying account)")
	ttl := flag.Duration("ttl", deploy.DefaultInstanceTTL, "instance record lifetime")
	out := flag.String("out", "deployment.json", "deployment record to write")
	otherRoot := flag.Bool("allow-other-root", false, "pin a root that is not Intel's SGX Root CA (test chains only)")
	flag.Parse()
	if err := run(*rpc, *rootPath, *admin, *ttl, *out, *otherRoot); err != nil {
		fmt.Fprintln(os.Stderr, "deploy:", err)
		os.Exit(1)
	}
}

func run(rpc, rootPath, admin string, ttl time.Duration, out string, otherRoot bool) error {
	if rpc == "" || rootPath == "" {
		return fmt.Errorf("give -rpc (or TEEREG_RPC_URL) and -root")
	}
	root, err := os.ReadFile(rootPath)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(root)
	fmt.Printf("root CA %s sha256 %x\n", rootPath, sum)
	if hex.EncodeToString(sum[:]) != intelRootSHA256 && !otherRoot {
		return fmt.Errorf("%s is not Intel's SGX Root CA (want sha256 %s); -allow-other-root for test chains", rootPath, intelRootSHA256)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(os.Getenv("TEEREG_PRIVATE_KEY")), "0x"))
	if err != nil {
		return fmt.Errorf("TEEREG_PRIVATE_KEY: %w", err)
	}
	cfg := deploy.Config{RootCA: root, InstanceTTL: ttl}
	if admin != "" {
		if !common.IsHexAddress(admin) {
			return fmt.Errorf("-admin %q is not an address", admin)
		}
		cfg.Admin = common.HexToAddress(admin)
	}
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return err
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return err
	}
	d, err := deploy.Deploy(ctx, client, auth, cfg)
	if err != nil {
		return err
	}
	// The shape of cmd/teereg's deployment record (deployment.go).
	rec := struct {
		*deploy.Deployment
		RPC     string `json:"rpc"`
		ChainID uint64 `json:"chainId"`
	}{d, rpc, chainID.Uint64()}
	blob, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(blob, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s\nwritten to %s\n", blob, out)
	return nil
}
