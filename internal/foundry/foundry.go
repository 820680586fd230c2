// Package foundry finds the pinned Foundry binaries (installed by `make deps`
// into node_modules) and runs anvil as a child process.
package foundry

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/rpc"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrNotInstalled reports that a Foundry binary is missing.
var ErrNotInstalled = errors.New("not installed: run `make deps` (make test and make devnet do)")

// DevPrivateKeys are anvil's well-known development accounts (mnemonic
// "test test … junk"). Never use them outside a local chain.
var DevPrivateKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
}

// Root returns the module root: the nearest directory at or above the working
// directory that holds foundry.toml.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("foundry: working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "foundry.toml")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("foundry: no foundry.toml at or above the working directory")
		}
		dir = parent
	}
}

// Tool returns the path of a pinned Foundry binary ("forge", "anvil" or "cast").
func Tool(name string) (string, error) {
	root, err := Root()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "node_modules", "@foundry-rs", name+"-linux-amd64", "bin", name)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("foundry: %s at %s %w", name, p, ErrNotInstalled)
	}
	return p, nil
}

// Anvil is a running anvil child process.
type Anvil struct {
	// URL is the HTTP JSON-RPC endpoint.
	URL string
	// ChainID is the chain id anvil serves.
	ChainID uint64

	cmd  *exec.Cmd
	done chan error
}

// AnvilConfig configures StartAnvil.
type AnvilConfig struct {
	// Port to listen on; zero picks a free one.
	Port int
	// ChainID; zero means anvil's default, 31337.
	ChainID uint64
	// BlockTime in seconds; zero means a block per transaction (automine).
	BlockTime int
	// Log receives anvil's output; nil discards it.
	Log io.Writer
	// ExtraArgs are appended to anvil's command line (for example
	// "--gas-limit", "1000000000").
	ExtraArgs []string
}

// StartAnvil starts anvil on 127.0.0.1 and waits until it answers.
func StartAnvil(ctx context.Context, cfg AnvilConfig) (*Anvil, error) {
	bin, err := Tool("anvil")
	if err != nil {
		return nil, err
	}
	port := cfg.Port
	if port == 0 {
		if port, err = freePort(); err != nil {
			return nil, err
		}
	}
	chainID := cfg.ChainID
	if chainID == 0 {
		chainID = 31337
	}
	args := []string{
		"--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(chainID, 10),
		"--hardfork", "osaka",
	}
	if cfg.BlockTime > 0 {
		args = append(args, "--block-time", strconv.Itoa(cfg.BlockTime))
	}
	args = append(args, cfg.ExtraArgs...)
	cmd := exec.Command(bin, args...)
	// Own process group, and die with the parent: a killed test or devnet
	// leaves no anvil behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("foundry: anvil stdout: %w", err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("foundry: start anvil: %w", err)
	}
	a := &Anvil{
		URL:     fmt.Sprintf("http://127.0.0.1:%d", port),
		ChainID: chainID,
		cmd:     cmd,
		done:    make(chan error, 1),
	}
	ready := make(chan struct{})
	var tail strings.Builder
	go func() {
		sc := bufio.NewScanner(stdout)
		signalled := false
		for sc.Scan() {
			line := sc.Text()
			if cfg.Log != nil {
				fmt.Fprintln(cfg.Log, line)
			}
			if !signalled {
				tail.WriteString(line + "\n")
				if strings.HasPrefix(line, "Listening on") {
					signalled = true
					close(ready)
				}
			}
		}
		a.done <- cmd.Wait()
	}()
	select {
	case <-ready:
		return a, nil
	case err := <-a.done:
		return nil, fmt.Errorf("foundry: anvil exited before listening (%v):\n%s", err, tail.String())
	case <-time.After(30 * time.Second):
		a.Stop()
		return nil, errors.New("foundry: anvil did not listen within 30s")
	case <-ctx.Done():
		a.Stop()
		return nil, fmt.Errorf("foundry: start anvil: %w", ctx.Err())
	}
}

// Stop kills anvil and waits for it to exit.
func (a *Anvil) Stop() {
	if a.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-a.done:
	case <-time.After(10 * time.Second):
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("foundry: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Call sends one JSON-RPC call to anvil (for example "evm_increaseTime",
// "evm_mine", "anvil_reorg") and discards the result.
func (a *Anvil) Call(ctx context.Context, method string, args ...any) error {
	c, err := rpc.DialContext(ctx, a.URL)
	if err != nil {
		return fmt.Errorf("foundry: connect to anvil: %w", err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, method, args...); err != nil {
		return fmt.Errorf("foundry: %s: %w", method, err)
	}
	return nil
}
