package kms

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type httpFixture struct {
	*sealedFixture
	srv *httptest.Server
}

func newHTTPFixture(t *testing.T, m, n int) *httpFixture {
	f := &httpFixture{sealedFixture: newSealedFixture(t, m, n)}
	f.srv = httptest.NewServer(NewHandler(f.kms, nil))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *httpFixture) status(t *testing.T) Status {
	t.Helper()
	resp, err := http.Get(f.srv.URL + "/v1/kms/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET status: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	var st Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	return st
}

// post sends body to the unseal endpoint and returns the HTTP code and the
// decoded response (a Status or an errorResponse).
func (f *httpFixture) post(t *testing.T, body []byte) (int, errorResponse, Status) {
	t.Helper()
	resp, err := http.Post(f.srv.URL+"/v1/kms/unseal", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var e errorResponse
	var st Status
	if resp.StatusCode == http.StatusOK {
		err = json.Unmarshal(raw, &st)
	} else {
		err = json.Unmarshal(raw, &e)
	}
	if err != nil {
		t.Fatalf("response %s: %s is not JSON: %v", resp.Status, raw, err)
	}
	return resp.StatusCode, e, st
}

func (f *httpFixture) submissionJSON(t *testing.T, i int) []byte {
	t.Helper()
	// The custodian takes the nonce from the status endpoint.
	st := f.status(t)
	s, err := SignSubmission(f.keys[i], testDomain, *st.Nonce, f.share(t, i))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTTPUnseal(t *testing.T) {
	f := newHTTPFixture(t, 2, 3)
	if st := f.status(t); !st.Sealed || st.Threshold != 2 || st.Received != 0 || st.Nonce == nil {
		t.Fatalf("status = %+v", st)
	}
	first := f.submissionJSON(t, 0)
	code, _, st := f.post(t, first)
	if code != http.StatusOK || !st.Sealed || st.Received != 1 {
		t.Fatalf("first share: %d %+v", code, st)
	}
	// Replay: 409, state unchanged.
	code, e, _ := f.post(t, first)
	if code != http.StatusConflict || !strings.Contains(e.Error, "nonce") || e.Status == nil || e.Status.Received != 1 {
		t.Fatalf("replay: %d %+v", code, e)
	}
	code, _, st = f.post(t, f.submissionJSON(t, 2))
	if code != http.StatusOK || st.Sealed || st.Received != 2 {
		t.Fatalf("second share: %d %+v", code, st)
	}
	if f.status(t).Sealed {
		t.Fatal("status still sealed")
	}
	unsealedWorks(t, f.kms, f.split.Manifest.PKI())
}

func TestHTTPUnsealErrors(t *testing.T) {
	f := newHTTPFixture(t, 2, 3)
	forged := func() []byte {
		share := f.share(t, 1)
		share[50] ^= 1
		b, _ := json.Marshal(f.signed(t, f.keys[1], share))
		return b
	}
	outsider := func() []byte {
		k := newSealedFixture(t, 1, 1).keys[0]
		b, _ := json.Marshal(f.signed(t, k, f.share(t, 0)))
		return b
	}
	for _, tc := range []struct {
		name string
		body func() []byte
		code int
	}{
		{"garbage", func() []byte { return []byte("garbage") }, http.StatusBadRequest},
		{"oversized", func() []byte { return bytes.Repeat([]byte(" "), MaxSubmissionSize+1) }, http.StatusRequestEntityTooLarge},
		{"forged share", forged, http.StatusUnprocessableEntity},
		{"non-custodian", outsider, http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, e, _ := f.post(t, tc.body())
			if code != tc.code || e.Error == "" {
				t.Fatalf("got %d %+v, want %d with an error", code, e, tc.code)
			}
		})
	}
	if st := f.status(t); st.Received != 0 || !st.Sealed {
		t.Fatalf("status after rejected submissions = %+v", st)
	}
	resp, err := http.Get(f.srv.URL + "/v1/kms/unseal")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET unseal: %s", resp.Status)
	}
}
