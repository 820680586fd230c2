package storage

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode"
)

// maxErrorBody bounds what is read of a non-2xx response, for the error message.
const maxErrorBody = 4 << 10

// response is a fully read, bounded HTTP response.
type response struct {
	status int
	header http.Header
	body   []byte
}

// clientFor returns a shallow copy of o.HTTPClient with the redirect policy
// of a backend: followRedirects=false returns 3xx responses as they are (the
// caller reports them); true follows at most 5 redirects and never from https
// to http (http is followed only from a plaintext loopback request to a
// loopback host).
func clientFor(base *http.Client, followRedirects bool) *http.Client {
	c := *base
	if !followRedirects {
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		return &c
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return errors.New("stopped after 5 redirects")
		}
		u := req.URL
		switch {
		case u.Scheme == "https":
			return nil
		case u.Scheme == "http" && via[0].URL.Scheme == "http" && isLoopback(u.Hostname()):
			return nil
		}
		return fmt.Errorf("refusing redirect to %s: only https is followed", u.Redacted())
	}
	return &c
}

// doBounded sends req and reads the response: a 2xx body of at most max
// bytes (a larger one is ErrTooLarge, detected from Content-Length before
// reading when announced), or the first maxErrorBody bytes of any other.
func doBounded(client *http.Client, req *http.Request, max int64) (*response, error) {
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", req.Method, req.URL.Redacted(), err)
	}
	defer resp.Body.Close()
	r := &response{status: resp.StatusCode, header: resp.Header}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		r.body, err = io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		if err != nil {
			return nil, fmt.Errorf("%s %s: status %d: reading body: %w", req.Method, req.URL.Redacted(), resp.StatusCode, err)
		}
		return r, nil
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%s %s: Content-Length %d: %w (%d bytes)", req.Method, req.URL.Redacted(), resp.ContentLength, ErrTooLarge, max)
	}
	r.body, err = readAtMost(resp.Body, max)
	if err != nil {
		return nil, fmt.Errorf("%s %s: reading body: %w", req.Method, req.URL.Redacted(), err)
	}
	return r, nil
}

// readAtMost reads r to its end, failing with ErrTooLarge past max bytes
// (it never holds more than max+1 bytes).
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("more than %d bytes: %w", max, ErrTooLarge)
	}
	return b, nil
}

// statusError describes a non-2xx response: 404 and 410 wrap ErrNotFound.
func statusError(what string, r *response) error {
	msg := snippet(r.body)
	if msg != "" {
		msg = ": " + msg
	}
	if r.status == http.StatusNotFound || r.status == http.StatusGone {
		return fmt.Errorf("%s: status %d: %w%s", what, r.status, ErrNotFound, msg)
	}
	return fmt.Errorf("%s: unexpected status %d %s%s", what, r.status, http.StatusText(r.status), msg)
}

// snippet makes an untrusted body safe and short for an error message.
func snippet(b []byte) string {
	const max = 200
	var sb strings.Builder
	for _, r := range strings.ToValidUTF8(string(b), "?") {
		if sb.Len() >= max {
			sb.WriteString("…")
			break
		}
		if unicode.IsPrint(r) {
			sb.WriteRune(r)
		} else {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}
