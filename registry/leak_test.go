package registry

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestLeakDetector: the check the refusal tests rely on finds a secret
// embedded raw, in hex, in JSON, or base64 encoded at any alignment.
func TestLeakDetector(t *testing.T) {
	secret := []byte("SECRET-MARKER-91c2-hunter2")
	for pre := range 4 {
		text := append([]byte(strings.Repeat("x", pre)), secret...)
		text = append(text, " and more"...)
		js, _ := json.Marshal(map[string][]byte{"config": text})
		for name, body := range map[string][]byte{
			"raw":       text,
			"hex":       []byte(hex.EncodeToString(text)),
			"HEX":       []byte(strings.ToUpper(hex.EncodeToString(text))),
			"base64":    []byte(base64.StdEncoding.EncodeToString(text)),
			"base64url": []byte(base64.RawURLEncoding.EncodeToString(text)),
			"json":      js,
		} {
			if p, _ := leak(body, [][]byte{secret}); p == nil {
				t.Errorf("prefix %d, %s: leak not found in %s", pre, name, body)
			}
		}
	}
	if p, _ := leak([]byte(`{"code":"revoked","error":"instance 0x12 is revoked"}`), [][]byte{secret}); p != nil {
		t.Errorf("false positive %q", p)
	}
}

// TestDocsListEveryCode: docs/registry.md and docs/openapi.yaml name every
// refusal code the server can answer.
func TestDocsListEveryCode(t *testing.T) {
	codes := []Code{CodeUnknownInstance, CodeRevoked, CodeExpired, CodeWorkloadNotAllowed, CodeOperatorNotAuthorized,
		CodeTCBNotAccepted, CodeStaleChainView, CodeBadSignature, CodeReplayedNonce, CodeBadRequest, CodeBadCSR,
		CodeRequestTooLarge, CodeTooManyChallenges, CodeKMSSealed, CodePKIMismatch, CodeConfigUnavailable, CodeConfigInvalid,
		CodeAuditUnavailable, CodeInternal}
	for _, doc := range []string{"../docs/registry.md", "../docs/openapi.yaml"} {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range codes {
			if !strings.Contains(string(b), string(c)) {
				t.Errorf("%s does not mention %s", doc, c)
			}
			if got := refuse(c, "x").Status; !strings.Contains(string(b), strconv.Itoa(got)) {
				t.Errorf("%s does not mention status %d", doc, got)
			}
		}
	}
}
