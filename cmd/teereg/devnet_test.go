package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/teereg/teereg/internal/foundry"
)

// TestMain lets a test run the teereg binary itself: the test binary
// re-executed with TEEREG_TEST_RUN_MAIN=1 is `teereg` with its arguments.
func TestMain(m *testing.M) {
	if os.Getenv("TEEREG_TEST_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestDevnetCtrlCLeavesNothingBehind runs `teereg devnet` as a process,
// waits for the whole system to be up, sends SIGINT as Ctrl-C does, and
// checks that it exits cleanly having stopped every service (each port is
// closed, no anvil or PostgreSQL process survives) and removed its working
// directory.
func TestDevnetCtrlCLeavesNothingBehind(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the whole devnet")
	}
	if _, err := foundry.Tool("anvil"); err != nil {
		t.Skipf("%v", err)
	}
	isolateEnv(t)
	dir := filepath.Join(t.TempDir(), ".devnet")
	ports := freePorts(t, 4)
	addr := func(p int) string { return "127.0.0.1:" + strconv.Itoa(p) }
	cmd := exec.Command(os.Args[0], "devnet", "--dir", dir, "--port", strconv.Itoa(ports[0]),
		"--indexer-listen", addr(ports[1]), "--registry-listen", addr(ports[2]), "--dns-listen", addr(ports[3]), "--instances", "2")
	cmd.Env = append(os.Environ(), "TEEREG_TEST_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	var out lockedBuffer
	running := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(pipe)
		signalled := false
		for sc.Scan() {
			out.WriteLine(sc.Text())
			if !signalled && strings.Contains(sc.Text(), "running; Ctrl-C stops everything") {
				close(running)
				signalled = true
			}
		}
		_, _ = io.Copy(io.Discard, pipe)
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	select {
	case <-running:
	case err := <-exited:
		t.Fatalf("teereg devnet exited before it was up: %v\nstdout:\n%s\nstderr:\n%s", err, out.String(), stderr.String())
	case <-time.After(3 * time.Minute):
		t.Fatalf("teereg devnet not up within 3 minutes\nstdout:\n%s\nstderr:\n%s", out.String(), stderr.String())
	}
	m := regexp.MustCompile(`throwaway PostgreSQL at postgres://[^@]+@127\.0\.0\.1:(\d+)/`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no PostgreSQL address in the story:\n%s", out.String())
	}
	pgPort, _ := strconv.Atoi(m[1])
	for _, f := range []string{"deployment.json", "devtee.json", "kms-key.pem", "audit.jsonl", "instances/node-1/config"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("while running: %v", err)
		}
	}
	all := append([]int{pgPort}, ports...)
	for _, p := range all {
		if !listening(p) {
			t.Errorf("while running: nothing listens on port %d", p)
		}
	}

	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("teereg devnet after Ctrl-C: %v\nstderr:\n%s", err, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatalf("teereg devnet still running a minute after Ctrl-C\nstderr:\n%s", stderr.String())
	}
	if !strings.Contains(out.String(), "stopping: instances, registry, dnsd, indexer, PostgreSQL and anvil.") {
		t.Errorf("no stopping line:\n%s", out.String())
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		entries, _ := os.ReadDir(dir)
		t.Errorf("the working directory %s is left behind: %v %v", dir, err, entries)
	}
	for _, p := range all {
		if listening(p) {
			t.Errorf("port %d still listens after Ctrl-C", p)
		}
	}
	// Neither anvil nor PostgreSQL outlives the devnet.
	for _, needle := range [][]byte{
		[]byte("--port\x00" + strconv.Itoa(ports[0]) + "\x00"),
		[]byte("-p\x00" + strconv.Itoa(pgPort) + "\x00"),
	} {
		if pid := processWith(needle); pid != 0 {
			t.Errorf("process %d (command line with %q) survives the devnet", pid, bytes.ReplaceAll(needle, []byte{0}, []byte{' '}))
		}
	}
}

// freePorts returns n distinct TCP ports that were free a moment ago.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	var lns []net.Listener
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	for _, ln := range lns {
		ln.Close()
	}
	return ports
}

func listening(port int) bool {
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// processWith returns the pid of a process whose command line contains
// needle, or 0.
func processWith(needle []byte) int {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err == nil && bytes.Contains(append(cmdline, 0), needle) {
			return pid
		}
	}
	return 0
}

// lockedBuffer collects lines written by one goroutine and read by another.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) WriteLine(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
	l.b.WriteByte('\n')
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
