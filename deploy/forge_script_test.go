package deploy_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/internal/foundry"
)

// TestDeployScriptOnAnvil runs script/Deploy.s.sol with `forge script` against a
// real anvil node and reads the deployment back through the Go bindings.
func TestDeployScriptOnAnvil(t *testing.T) {
	forge, err := foundry.Tool("forge")
	if errors.Is(err, foundry.ErrNotInstalled) {
		t.Skipf("%v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	root, err := foundry.Root()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	// A chain id of its own keeps forge's broadcast records apart from other runs.
	chainID := 40_000 + rand.Uint64N(10_000)
	anvil, err := foundry.StartAnvil(ctx, foundry.AnvilConfig{ChainID: chainID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(anvil.Stop)
	t.Cleanup(func() {
		for _, dir := range []string{"broadcast", "cache"} {
			_ = os.RemoveAll(filepath.Join(root, dir, "Deploy.s.sol", strconv.FormatUint(chainID, 10)))
		}
	})

	admin := common.HexToAddress("0x000000000000000000000000000000000000a11c")
	cmd := exec.CommandContext(ctx, forge, "script", "script/Deploy.s.sol:Deploy",
		"--rpc-url", anvil.URL, "--broadcast", "--private-key", "0x"+foundry.DevPrivateKeys[0], "--json")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "TEEREG_ADMIN="+admin.Hex(), "TEEREG_INSTANCE_TTL=3600")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("forge script: %v\n%s\n%s", err, out, stderr.String())
	}
	registryAddr, storeAddr, err := scriptReturns(out)
	if err != nil {
		t.Fatalf("%v\noutput:\n%s", err, out)
	}

	client, err := ethclient.DialContext(ctx, anvil.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	reg, err := bindings.NewRegistry(registryAddr, client)
	if err != nil {
		t.Fatal(err)
	}
	store, err := bindings.NewArtifactStore(storeAddr, client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	if got, err := reg.Owner(call); err != nil || got != admin {
		t.Errorf("owner = %s, %v; want %s from TEEREG_ADMIN", got, err, admin)
	}
	if got, err := reg.InstanceTtl(call); err != nil || got != 3600 {
		t.Errorf("instance TTL = %d, %v; want 3600 from TEEREG_INSTANCE_TTL", got, err)
	}
	if got, err := reg.QuoteVerifier(call); err != nil || got != (common.Address{}) {
		t.Errorf("quote verifier = %s, %v; want none", got, err)
	}
	if got, err := store.Registry(call); err != nil || got != registryAddr {
		t.Errorf("artifact store's registry = %s, %v; want %s", got, err, registryAddr)
	}
	// The deployment emitted the events an indexer starts from.
	it, err := reg.FilterInstanceTtlSet(&bind.FilterOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	if !it.Next() || it.Event.Ttl != 3600 {
		t.Errorf("no InstanceTtlSet(3600) event from the deployment: %v", it.Error())
	}
}

// scriptReturns finds the addresses run() returned in forge's --json output.
func scriptReturns(out []byte) (registry, artifacts common.Address, err error) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var line struct {
			Returns map[string]struct {
				Value string `json:"value"`
			} `json:"returns"`
		}
		if json.Unmarshal(sc.Bytes(), &line) != nil || line.Returns == nil {
			continue
		}
		r, a := line.Returns["registry"].Value, line.Returns["artifacts"].Value
		if !common.IsHexAddress(r) || !common.IsHexAddress(a) {
			return registry, artifacts, fmt.Errorf("forge script returned %+v, want registry and artifacts addresses", line.Returns)
		}
		return common.HexToAddress(r), common.HexToAddress(a), nil
	}
	return registry, artifacts, errors.New("forge script printed no return values")
}
