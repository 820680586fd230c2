package pgserver

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBinaries(t *testing.T) {
	// Nothing on PATH; versions 9.6 and 10 complete, 16 lacks postgres.
	t.Setenv("PATH", t.TempDir())
	lib := t.TempDir()
	for _, f := range []string{"9.6/bin/initdb", "9.6/bin/postgres", "10/bin/initdb", "10/bin/postgres", "16/bin/initdb"} {
		path := filepath.Join(lib, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	initdb, postgres, err := findBinaries(filepath.Join(lib, "*", "bin"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(lib, "10/bin/initdb"); initdb != want {
		t.Errorf("initdb = %s, want %s", initdb, want)
	}
	if want := filepath.Join(lib, "10/bin/postgres"); postgres != want {
		t.Errorf("postgres = %s, want %s", postgres, want)
	}

	_, _, err = findBinaries(filepath.Join(t.TempDir(), "*", "bin"))
	if !errors.Is(err, ErrNoBinaries) || !strings.Contains(err.Error(), "make test") {
		t.Errorf("without binaries: err = %v, want errNoBinaries mentioning `make test`", err)
	}
}

func TestFindBasebackup(t *testing.T) {
	// initdb on PATH is a link into the installation, as with
	// /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb.
	t.Setenv("PATH", t.TempDir())
	lib, bin := t.TempDir(), t.TempDir()
	for _, f := range []string{"15/bin/initdb", "15/bin/pg_basebackup"} {
		path := filepath.Join(lib, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(bin, "initdb")
	if err := os.Symlink(filepath.Join(lib, "15/bin/initdb"), link); err != nil {
		t.Fatal(err)
	}
	got, err := findBasebackup(link)
	if want := filepath.Join(lib, "15/bin/pg_basebackup"); err != nil || got != want {
		t.Errorf("findBasebackup(%s) = %s, %v; want %s", link, got, err, want)
	}

	if _, err := findBasebackup(filepath.Join(t.TempDir(), "initdb")); !errors.Is(err, ErrNoBinaries) {
		t.Errorf("without pg_basebackup: err = %v, want ErrNoBinaries", err)
	}
}
