// Package pgserver starts a throwaway PostgreSQL cluster in a temporary
// directory (as the postgres OS user when running as root) and stops it,
// leaving nothing behind: for tests (internal/pgtest) and the devnet. A
// started cluster can be given streaming-replication hot standbys
// (StartStandby), for testing readers of a read replica.
package pgserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoBinaries is returned (wrapped) by findBinaries when PostgreSQL is not
// installed.
var ErrNoBinaries = errors.New("pgserver: PostgreSQL server binaries (initdb, postgres) not found")

const (
	// pgLibGlob is where Debian/Ubuntu packages install the server binaries.
	pgLibGlob = "/usr/lib/postgresql/*/bin"
	// dirPrefix names the temporary directories holding the clusters.
	dirPrefix = "teereg-pgtest-"
	// ownerFile, in such a directory, holds the PID of the test process.
	ownerFile = "owner.pid"
)

// findBinaries returns the paths of initdb and postgres: from PATH if both
// are there, else from the newest version directory matching libGlob (such as
// /usr/lib/postgresql/*/bin) that has both.
func findBinaries(libGlob string) (initdb, postgres string, err error) {
	initdb, err1 := exec.LookPath("initdb")
	postgres, err2 := exec.LookPath("postgres")
	if err1 == nil && err2 == nil {
		return initdb, postgres, nil
	}
	dirs, _ := filepath.Glob(libGlob)             // the only possible error is a bad pattern
	slices.SortFunc(dirs, func(a, b string) int { // newest version first
		return compareVersions(filepath.Base(filepath.Dir(b)), filepath.Base(filepath.Dir(a)))
	})
	for _, dir := range dirs {
		initdb, postgres = filepath.Join(dir, "initdb"), filepath.Join(dir, "postgres")
		if isExecutable(initdb) && isExecutable(postgres) {
			return initdb, postgres, nil
		}
	}
	return "", "", fmt.Errorf("%w on PATH or in %s: run `make test`, which installs PostgreSQL "+
		"(or set DATABASE_URL to use an existing server, or PGTEST_SKIP_IF_ABSENT=1 to skip the tests that need it)",
		ErrNoBinaries, libGlob)
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// compareVersions compares dotted version numbers such as "9.6" and "15".
func compareVersions(a, b string) int {
	parse := func(v string) []int {
		var out []int
		for f := range strings.SplitSeq(v, ".") {
			n, err := strconv.Atoi(f)
			if err != nil {
				n = -1
			}
			out = append(out, n)
		}
		return out
	}
	return slices.Compare(parse(a), parse(b))
}

// Server is a PostgreSQL cluster started by Start, or a hot standby of one
// started by StartStandby.
type Server struct {
	dir      string // temporary directory: data dir, socket dir, log
	logPath  string
	port     int
	initdb   string // the binaries it was started with
	postgres string
	cmd      *exec.Cmd
	done     chan struct{} // closed when the postgres process has exited
	waitErr  error         // cmd.Wait's result, valid once done is closed
}

func (s *Server) URL(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, database)
}

// Start initialises and starts a cluster in a new temporary directory
// and waits until it accepts connections. On error nothing is left running
// and the directory is removed.
func Start(ctx context.Context) (_ *Server, err error) {
	initdb, postgres, err := findBinaries(pgLibGlob)
	if err != nil {
		return nil, err
	}
	removeStaleDirs()
	cred, err := serverCredential()
	if err != nil {
		return nil, err
	}

	s, err := newServer(initdb, postgres, cred)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			if stopErr := s.Stop(); stopErr != nil {
				err = errors.Join(err, stopErr)
			}
		}
	}()
	dir := s.dir

	data := filepath.Join(dir, "data")
	cmd := exec.CommandContext(ctx, initdb, "--pgdata="+data, "--username=postgres",
		"--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync")
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgserver: initdb %s: %w\n%s", data, err, out)
	}

	if err := s.startOnFreePort(ctx, data, cred); err != nil {
		return nil, err
	}
	return s, nil
}

// newServer makes a server's temporary directory, marked with this
// process as its owner (removeStaleDirs) and owned by the OS user that runs
// postgres (cred; nil: this one). On error nothing is left behind.
func newServer(initdb, postgres string, cred *syscall.Credential) (*Server, error) {
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, fmt.Errorf("pgserver: create temporary directory: %w", err)
	}
	s := &Server{dir: dir, logPath: filepath.Join(dir, "postgres.log"), initdb: initdb, postgres: postgres}
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, errors.Join(fmt.Errorf("pgserver: write %s: %w", ownerFile, err), s.Stop())
	}
	if cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return nil, errors.Join(fmt.Errorf("pgserver: give %s to the postgres user: %w", dir, err), s.Stop())
		}
	}
	return s, nil
}

// startOnFreePort starts postgres on a free port and waits until it accepts
// connections. The free port may be taken by someone else before postgres
// binds it; it tries again with another one then.
func (s *Server) startOnFreePort(ctx context.Context, data string, cred *syscall.Credential, extra ...string) error {
	for attempt := 1; ; attempt++ {
		var err error
		s.port, err = freePort()
		if err != nil {
			return err
		}
		err = s.startPostgres(ctx, s.postgres, data, cred, extra...)
		if err == nil || attempt == 3 || !s.exited() || !strings.Contains(s.LogTail(), "could not bind") {
			return err
		}
		s.cmd = nil
	}
}

// StartStandby makes a streaming-replication hot standby of s, which must
// be running: a base backup of s (pg_basebackup -R -X stream, taken as the
// OS user that runs s) in a new temporary directory, started on another
// free port with hot_standby=on. It returns once the standby accepts
// (read-only) connections; it then follows s's commits with a short lag.
// Stop it like any Server. On error nothing is left running and the
// directory is removed.
//
// The primary needs nothing special: wal_level=replica, max_wal_senders and
// the replication line for 127.0.0.1 in pg_hba.conf that initdb writes with
// --auth=trust are PostgreSQL's defaults, and Start sets the first two
// explicitly so a changed default cannot break this.
func (s *Server) StartStandby(ctx context.Context) (_ *Server, err error) {
	if s.cmd == nil || s.exited() {
		return nil, errors.New("pgserver: StartStandby: the primary is not running")
	}
	basebackup, err := findBasebackup(s.initdb)
	if err != nil {
		return nil, err
	}
	cred, err := serverCredential()
	if err != nil {
		return nil, err
	}
	st, err := newServer(s.initdb, s.postgres, cred)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			if stopErr := st.Stop(); stopErr != nil {
				err = errors.Join(err, stopErr)
			}
		}
	}()
	dir := st.dir

	// -R writes standby.signal and primary_conninfo (this connection
	// string) into the copy; -X stream copies the WAL written meanwhile
	// over a second connection; -c fast does not wait for a spread
	// checkpoint; --no-sync as the clusters are throwaway.
	data := filepath.Join(dir, "data")
	cmd := exec.CommandContext(ctx, basebackup, "--pgdata="+data, "--write-recovery-conf", "--wal-method=stream",
		"--checkpoint=fast", "--no-sync",
		"--dbname="+fmt.Sprintf("host=127.0.0.1 port=%d user=postgres application_name=%s", s.port, filepath.Base(dir)))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgserver: %s of the server on port %d into %s: %w\n%s\nprimary's log:\n%s",
			filepath.Base(basebackup), s.port, data, err, out, s.LogTail())
	}
	if err := st.startOnFreePort(ctx, data, cred, "-c", "hot_standby=on"); err != nil {
		return nil, err
	}
	return st, nil
}

// findBasebackup returns pg_basebackup of the same installation as initdb:
// next to it, or next to the file it links to (/usr/local/bin/initdb may
// link to /usr/lib/postgresql/15/bin/initdb), else from PATH.
func findBasebackup(initdb string) (string, error) {
	dirs := []string{filepath.Dir(initdb)}
	if real, err := filepath.EvalSymlinks(initdb); err == nil {
		dirs = append(dirs, filepath.Dir(real))
	}
	for _, dir := range dirs {
		if p := filepath.Join(dir, "pg_basebackup"); isExecutable(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath("pg_basebackup"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%w: pg_basebackup is neither next to %s nor on PATH (Debian: package postgresql-client)",
		ErrNoBinaries, initdb)
}

// startPostgres starts postgres on s.port with the extra arguments and waits
// until it accepts connections.
func (s *Server) startPostgres(ctx context.Context, postgres, data string, cred *syscall.Credential, extra ...string) error {
	logFile, err := os.OpenFile(s.logPath, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("pgserver: create server log: %w", err)
	}
	defer logFile.Close() // postgres has its own copy

	s.cmd = exec.Command(postgres, append([]string{
		"-D", data,
		"-p", strconv.Itoa(s.port),
		"-k", s.dir,
		"-c", "listen_addresses=127.0.0.1",
		"-c", "max_connections=200",
		"-c", "fsync=off",
		"-c", "synchronous_commit=off",
		"-c", "full_page_writes=off",
		// For StartStandby (both are the defaults): WAL with enough for a
		// standby, and senders for pg_basebackup and the standby.
		"-c", "wal_level=replica",
		"-c", "max_wal_senders=10",
	}, extra...)...)
	s.cmd.Dir = s.dir
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	s.cmd.SysProcAttr = &syscall.SysProcAttr{
		Credential: cred,
		Setpgid:    true, // so that stop can kill the backends too
		// If the test process dies without stopping the server, the kernel
		// kills the postmaster, and the backends exit on their own.
		Pdeathsig: syscall.SIGKILL,
	}
	s.done = make(chan struct{})
	started := make(chan error, 1)
	go func() {
		// Pdeathsig fires when the thread that started the process exits,
		// not the process; keep that thread alive as long as the server.
		runtime.LockOSThread()
		defer close(s.done)
		if err := s.cmd.Start(); err != nil {
			s.waitErr = err
			started <- err
			return
		}
		started <- nil
		s.waitErr = s.cmd.Wait()
	}()
	if err := <-started; err != nil {
		s.cmd = nil
		return fmt.Errorf("pgserver: start %s: %w", postgres, err)
	}

	for {
		if err := s.ping(ctx); err == nil {
			return nil
		} else if ctx.Err() != nil {
			return fmt.Errorf("pgserver: PostgreSQL did not accept connections on port %d: %w\nserver log:\n%s", s.port, err, s.LogTail())
		}
		select {
		case <-s.done:
			return fmt.Errorf("pgserver: PostgreSQL exited during startup: %w\nserver log:\n%s", s.waitErr, s.LogTail())
		case <-ctx.Done():
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// exited reports whether the postgres process has exited.
func (s *Server) exited() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

func (s *Server) ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return err
	}
	return conn.Close(ctx)
}

// stop shuts the server down, if it is running, and removes its directory.
func (s *Server) Stop() error {
	var errs []error
	if s.cmd != nil {
		// SIGQUIT is PostgreSQL's "immediate shutdown".
		_ = s.cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			pid := s.cmd.Process.Pid
			errs = append(errs, fmt.Errorf("pgserver: PostgreSQL (pid %d) did not stop within 10s of SIGQUIT; killed it", pid))
			_ = syscall.Kill(-pid, syscall.SIGKILL) // its process group: postmaster and backends
			<-s.done
		}
		s.cmd = nil
	}
	if err := os.RemoveAll(s.dir); err != nil {
		errs = append(errs, fmt.Errorf("pgserver: remove %s: %w", s.dir, err))
	}
	return errors.Join(errs...)
}

// logTail returns the last lines of the server log.
func (s *Server) LogTail() string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return fmt.Sprintf("(cannot read server log: %v)", err)
	}
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// serverCredential returns the user to run the server as: nil (the current
// user) unless running as root, which PostgreSQL refuses; then "postgres".
func serverCredential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("pgserver: running as root, which PostgreSQL refuses, and cannot find the OS user \"postgres\" to run it as: %w", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgserver: uid of user postgres: %w", err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgserver: gid of user postgres: %w", err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgserver: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// removeStaleDirs removes, best effort, the directories of clusters whose
// test process is gone (killed before it could clean up).
func removeStaleDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			// Just created and the owner file not written yet, or not ours:
			// only remove it once it is clearly abandoned.
			if fi, err := os.Stat(dir); err == nil && time.Since(fi.ModTime()) > time.Hour {
				_ = os.RemoveAll(dir)
			}
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err == nil && pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
			_ = os.RemoveAll(dir)
		}
	}
}
