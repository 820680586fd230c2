// Package e2e runs the whole system (devnet) and tells the product's story
// as assertions: instances register with dev-TEE quotes verified on chain,
// provision their configuration and certificates, and find each other over
// DNS; revocation, expiry and de-allowlisting take effect within a block;
// a reorg that removes a registration removes its effects.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/miekg/dns"

	"github.com/teereg/teereg/agent"
	"github.com/teereg/teereg/devnet"
	"github.com/teereg/teereg/registry"
)

func start(t *testing.T) *devnet.Devnet {
	t.Helper()
	return startWith(t, devnet.Config{})
}

func startWith(t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var story strings.Builder
	log := slog.New(slog.DiscardHandler)
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	cfg.Dir, cfg.IndexerListen, cfg.DNSListen, cfg.RegistryListen, cfg.Story, cfg.Log = t.TempDir(), "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0", &story, log
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("devnet: %v\n%s", err, story.String())
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	t.Logf("story:\n%s", story.String())
	return d
}

func TestStory(t *testing.T) {
	d := start(t)
	if len(d.Agents) != 3 {
		t.Fatalf("%d agents", len(d.Agents))
	}
}

// dnsHas reports whether <label>.<zone> resolves and whether the SRV set lists it.
func dnsHas(t *testing.T, d *devnet.Devnet, label string) (a bool, srv bool) {
	t.Helper()
	m := new(dns.Msg)
	m.SetQuestion(label+".teereg.test.", dns.TypeA)
	r, err := dns.Exchange(m, d.DNSAddr)
	if err != nil {
		t.Fatalf("DNS: %v", err)
	}
	a = r.Rcode == dns.RcodeSuccess && len(r.Answer) > 0
	peers, err := agent.LookupPeers(t.Context(), d.DNSAddr, "teereg.test.", "teereg")
	if err != nil {
		t.Fatalf("DNS SRV: %v", err)
	}
	for _, p := range peers {
		if p.Name == label+".teereg.test" {
			srv = true
		}
	}
	return a, srv
}

// eventually retries cond until it returns nil, for a few seconds, and
// reports cond's last error if it never does. dnsd and the registry reload
// on the indexer's NOTIFY, each on its own, milliseconds after its commit;
// no further block is mined while a test waits, so passing means the change
// took effect within the block that made it. The bound only absorbs a
// loaded CI machine.
func eventually(t *testing.T, what string, cond func() error) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 5 s of the indexer's commit: %v", what, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// inDNS is a condition for eventually: label resolves (A) and the SRV set
// lists it, or, with want false, neither.
func inDNS(t *testing.T, d *devnet.Devnet, label string, want bool) func() error {
	return func() error {
		a, srv := dnsHas(t, d, label)
		if a != want || srv != want {
			return fmt.Errorf("A answered %t, in the SRV set %t", a, srv)
		}
		return nil
	}
}

// eventuallyRefused waits until the registry refuses a's provisioning with
// want.
func eventuallyRefused(t *testing.T, d *devnet.Devnet, a *agent.Agent, want registry.Code) {
	t.Helper()
	eventually(t, fmt.Sprintf("%s refused with %q", a.Label(), want), func() error {
		if err := provisionOnce(t, d, a); refusal(err) != want {
			return fmt.Errorf("last answer: %v", err)
		}
		return nil
	})
}

// eventuallyProvisioned waits until a is provisioned.
func eventuallyProvisioned(t *testing.T, d *devnet.Devnet, a *agent.Agent) {
	t.Helper()
	eventually(t, a.Label()+" provisioned", func() error { return provisionOnce(t, d, a) })
}

func refusal(err error) registry.Code {
	var r *registry.RefusedError
	if errors.As(err, &r) {
		return r.Code
	}
	return ""
}

// provisionOnce asks without the agent's retries.
func provisionOnce(t *testing.T, d *devnet.Devnet, a *agent.Agent) error {
	t.Helper()
	_, err := a.ProvisionOnce(t.Context())
	return err
}

// mineAndIndex sends a governance tx and waits until the indexer committed its block.
func mineAndIndex(t *testing.T, d *devnet.Devnet) func(*types.Transaction, error) uint64 {
	return func(tx *types.Transaction, err error) uint64 {
		t.Helper()
		return mined(t, d, tx, err)
	}
}

func mined(t *testing.T, d *devnet.Devnet, tx *types.Transaction, err error) uint64 {
	t.Helper()
	rcpt, err := d.Mine(t.Context())(tx, err)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WaitIndexed(t.Context(), rcpt.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	return rcpt.BlockNumber.Uint64()
}

func TestRevokedInstanceLosesDNSAndProvisioning(t *testing.T) {
	d := start(t)
	victim := d.Agents[1]
	if a, srv := dnsHas(t, d, "node-2"); !a || !srv {
		t.Fatal("node-2 is not in DNS before revocation")
	}
	mineAndIndex(t, d)(d.RegistryBinding().RevokeInstance(d.Auth(t.Context(), d.Admin), victim.InstanceID()))
	eventually(t, "revoked node-2 leaves DNS", inDNS(t, d, "node-2", false))
	eventuallyRefused(t, d, victim, registry.CodeRevoked)
	if a, srv := dnsHas(t, d, "node-1"); !a || !srv {
		t.Fatal("node-1 left DNS with node-2")
	}
	if err := provisionOnce(t, d, d.Agents[0]); err != nil {
		t.Fatalf("node-1 after node-2's revocation: %v", err)
	}
}

func TestRemovedWorkloadIsRefused(t *testing.T) {
	d := start(t)
	mineAndIndex(t, d)(d.RegistryBinding().RemoveWorkload(d.Auth(t.Context(), d.Admin), d.WorkloadID))
	for _, a := range d.Agents {
		eventuallyRefused(t, d, a, registry.CodeWorkloadNotAllowed)
		eventually(t, a.Label()+" leaves DNS", inDNS(t, d, a.Label(), false))
	}
}

func TestExpiredInstanceIsRefused(t *testing.T) {
	d := start(t)
	// Move the chain past the instances' TTL and mine a block at that time.
	if err := d.Anvil.Call(t.Context(), "evm_increaseTime", 2*3600); err != nil {
		t.Fatal(err)
	}
	if err := d.Anvil.Call(t.Context(), "evm_mine"); err != nil {
		t.Fatal(err)
	}
	head, err := d.Client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WaitIndexed(t.Context(), head); err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Agents {
		eventually(t, a.Label()+" leaves DNS", inDNS(t, d, a.Label(), false))
		// The registry reloads its view on the same NOTIFY as dnsd, but
		// not in lockstep with it.
		eventuallyRefused(t, d, a, registry.CodeExpired)
	}
}

func TestReorgRemovesRegistration(t *testing.T) {
	d := start(t)
	late, err := d.NewAgent("node-late", 9100)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := late.Register(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WaitIndexed(t.Context(), rcpt.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	eventually(t, "node-late in DNS", inDNS(t, d, "node-late", true))
	eventuallyProvisioned(t, d, late)
	// Replace the registration's block (and nothing deeper than the
	// indexer's window) with an empty one.
	if err := d.Anvil.Call(t.Context(), "anvil_reorg", 1, []any{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Anvil.Call(t.Context(), "evm_mine"); err != nil {
		t.Fatal(err)
	}
	head, err := d.Client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WaitIndexed(t.Context(), head); err != nil {
		t.Fatal(err)
	}
	eventually(t, "node-late leaves DNS after the reorg", inDNS(t, d, "node-late", false))
	eventuallyRefused(t, d, late, registry.CodeUnknownInstance)
	if a, _ := dnsHas(t, d, "node-1"); !a {
		t.Fatal("the reorg took node-1 with it")
	}
}

// TestAgentReattests: an agent renews its record before the TTL ends (the
// shortest TTL the registry allows, renewing at 5% of it) and stays active.
func TestAgentReattests(t *testing.T) {
	d := startWith(t, devnet.Config{InstanceTTL: time.Minute, AgentRenewAt: 0.05, Instances: 1})
	a, err := d.NewAgent("renewer", 9200)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()
	reg := d.RegistryBinding()
	var first uint64
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		inst, err := reg.Instance(&bind.CallOpts{}, a.InstanceID())
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case inst.Status == 1 && first == 0:
			first = inst.RegisteredAt
		case first != 0 && inst.RegisteredAt > first:
			if inst.Status != 1 || inst.ExpiresAt != inst.RegisteredAt+60 {
				t.Fatalf("renewed record %+v", inst)
			}
			return
		}
		select {
		case err := <-done:
			t.Fatalf("agent stopped: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("the agent did not re-attest (first registration at %d)", first)
}
