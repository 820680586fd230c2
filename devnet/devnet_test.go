package devnet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDevTEEStateRoundTripAndGarbage(t *testing.T) {
	dir := t.TempDir()
	st := DevTEEState{Seed: bytes.Repeat([]byte{7}, 32), Created: time.Unix(1_700_000_000, 0).UTC()}
	_, p1, err := st.Platform()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "devtee.json")
	if err := os.WriteFile(path, []byte(`{"seed":"BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=","created":"2023-11-14T22:13:20Z"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	back, err := ReadDevTEEState(path)
	if err != nil {
		t.Fatal(err)
	}
	_, p2, err := back.Platform()
	if err != nil {
		t.Fatal(err)
	}
	if !p1.PCKCertificate().Equal(p2.PCKCertificate()) {
		t.Fatal("the same state re-created a different platform: an agent could not join the devnet")
	}
	for name, content := range map[string]string{"not json": "seed", "no seed": `{"created":"2023-11-14T22:13:20Z"}`} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadDevTEEState(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
