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
