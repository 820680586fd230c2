package storage

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestFileBackend(t *testing.T) {
	dir := t.TempDir()
	blob := testBlob(1000, "file")
	hash := sha256.Sum256(blob)
	if err := os.WriteFile(filepath.Join(dir, hexHash(hash)), blob, 0o600); err != nil {
		t.Fatal(err)
	}
	uri := "file://" + dir

	got, err := fetch(t, uri, Options{}, hash)
	if err != nil || string(got) != string(blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}

	t.Run("not found", func(t *testing.T) {
		_, err := fetch(t, uri, Options{}, sha256.Sum256([]byte("absent")))
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, uri, dir)
	})
	t.Run("tampered", func(t *testing.T) {
		h := sha256.Sum256([]byte("expected"))
		os.WriteFile(filepath.Join(dir, hexHash(h)), []byte("something else"), 0o600)
		_, err := fetch(t, uri, Options{}, h)
		mustErrIs(t, err, ErrHashMismatch)
		mustContain(t, err, uri, hexHash(h))
	})
	t.Run("too large", func(t *testing.T) {
		_, err := fetch(t, uri, Options{MaxSize: int64(len(blob) - 1)}, hash)
		mustErrIs(t, err, ErrTooLarge)
		got, err := fetch(t, uri, Options{MaxSize: int64(len(blob))}, hash)
		if err != nil || len(got) != len(blob) {
			t.Fatalf("at exactly MaxSize: %d bytes, %v", len(got), err)
		}
	})
	t.Run("missing directory", func(t *testing.T) {
		_, err := fetch(t, "file://"+dir+"/nope", Options{}, hash)
		mustContain(t, err, "open directory", "nope")
	})
	t.Run("symlink out of the directory", func(t *testing.T) {
		outside := t.TempDir()
		secret := []byte("outside the backend directory")
		h := sha256.Sum256(secret)
		os.WriteFile(filepath.Join(outside, "secret"), secret, 0o600)
		if err := os.Symlink(filepath.Join(outside, "secret"), filepath.Join(dir, hexHash(h))); err != nil {
			t.Fatal(err)
		}
		// The content would even match its hash: the escape itself is refused.
		_, err := fetch(t, uri, Options{}, h)
		mustContain(t, err, "escapes")
	})
	t.Run("directory under the hash's name", func(t *testing.T) {
		h := sha256.Sum256([]byte("dir"))
		os.Mkdir(filepath.Join(dir, hexHash(h)), 0o700)
		_, err := fetch(t, uri, Options{}, h)
		mustContain(t, err, "not a regular file")
	})
	t.Run("fifo does not hang", func(t *testing.T) {
		h := sha256.Sum256([]byte("fifo"))
		if err := syscall.Mkfifo(filepath.Join(dir, hexHash(h)), 0o600); err != nil {
			t.Skip("mkfifo:", err)
		}
		done := make(chan error, 1)
		go func() { _, err := fetch(t, uri, Options{}, h); done <- err }()
		select {
		case err := <-done:
			mustContain(t, err, "not a regular file")
		case <-time.After(5 * time.Second):
			t.Fatal("Fetch blocked on a FIFO")
		}
	})
}
