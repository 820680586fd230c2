package kms

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadOrCreateKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms.pem")
	keys, created, err := LoadOrCreateKeyFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !created {
		t.Fatal("created = false for a new file")
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Fatalf("new key file has mode %04o, want 0600", perm)
	}
	again, created, err := LoadOrCreateKeyFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if created {
		t.Fatal("created = true for an existing file")
	}
	if !again.PKI().Equal(keys.PKI()) {
		t.Fatal("reloaded keys differ from the created ones")
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("directory holds %d entries, want only the key file (temporary file left behind?)", len(entries))
	}
}

func TestKeyFileWidePermissionsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms.pem")
	if _, _, err := LoadOrCreateKeyFile(path, nil); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []fs.FileMode{0o640, 0o604, 0o644, 0o660, 0o666, 0o700} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		_, err := ReadKeyFile(path)
		if mode&0o077 == 0 {
			if err != nil {
				t.Fatalf("mode %04o refused: %v", mode, err)
			}
			continue
		}
		requireErrorIs(t, err, ErrKeyFilePermissions)
		if !strings.Contains(err.Error(), "chmod 600") {
			t.Fatalf("error %q does not say how to fix it", err)
		}
		// LoadOrCreate refuses too, and does not replace the file.
		_, _, err = LoadOrCreateKeyFile(path, nil)
		requireErrorIs(t, err, ErrKeyFilePermissions)
	}
	for _, mode := range []fs.FileMode{0o400, 0o600} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadKeyFile(path); err != nil {
			t.Fatalf("mode %04o refused: %v", mode, err)
		}
	}
}

func TestCorruptKeyFileIsNotReplaced(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms.pem")
	if err := os.WriteFile(path, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := LoadOrCreateKeyFile(path, nil)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("corrupt key file: %v, want an error naming the file", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "garbage" {
		t.Fatal("corrupt key file was overwritten")
	}
}

func TestWriteKeyFileNeverReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms.pem")
	if err := os.WriteFile(path, []byte("existing"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := WriteKeyFile(path, testKeys(t))
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("WriteKeyFile over an existing file: %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "existing" {
		t.Fatal("existing file was overwritten")
	}
}

func TestKeyFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := ReadKeyFile(dir)
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("directory as key file: %v", err)
	}
	_, _, err = LoadOrCreateKeyFile(filepath.Join(dir, "missing-dir", "kms.pem"), nil)
	if err == nil {
		t.Fatal("key file in a missing directory created")
	}
}
