package storage

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Schemes the Registry contract accepts, in its order.
var schemes = []string{"file", "ipfs", "onchain", "https", "s3", "vault", "github"}

// splitChecked applies the Registry contract's checks (Registry._checkBackendUri)
// and the characters this package accepts, and splits "<scheme>://<rest>".
func splitChecked(uri string) (scheme, rest string, err error) {
	if uri == "" {
		return "", "", errors.New("empty")
	}
	if len(uri) > MaxURILength {
		return "", "", fmt.Errorf("%d bytes, longer than %d", len(uri), MaxURILength)
	}
	for i := 0; i < len(uri); i++ {
		c := uri[i]
		if c < 0x21 || c > 0x7e {
			return "", "", fmt.Errorf("byte 0x%02x at offset %d: only visible ASCII is allowed", c, i)
		}
		if !uriChar(c) {
			return "", "", fmt.Errorf("character %q at offset %d is not allowed (no percent-encoding, fragments or unsafe characters)", c, i)
		}
	}
	sep := strings.Index(uri, "://")
	if sep < 1 || sep > 8 {
		return "", "", errors.New(`not of the form "<scheme>://<rest>"`)
	}
	scheme, rest = uri[:sep], uri[sep+3:]
	if rest == "" {
		return "", "", errors.New("nothing after the scheme")
	}
	for _, s := range schemes {
		if s == scheme {
			return scheme, rest, nil
		}
	}
	return "", "", fmt.Errorf("unsupported scheme %q (supported: %s)", scheme, strings.Join(schemes, " "))
}

// uriChar reports whether c may appear in a backend URI: RFC 3986's unreserved
// and reserved characters, except '%' (no percent-encoding, so every URI has
// exactly one reading) and '#' (no fragments).
func uriChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~:/?[]@!$&'()*+,;=", c) >= 0
}

// segmentChar reports whether c may appear in a path segment or a query value.
func segmentChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~+=,@", c) >= 0
}

// location is the parsed form of "<host>[:<port>][/<segment>...][?<query>]".
type location struct {
	host     string // host name or IP, without brackets
	port     string // "" when absent
	segments []string
	query    map[string]string
}

// hostPort returns host[:port] for use in a URL.
func (l location) hostPort() string {
	if l.port == "" {
		if strings.Contains(l.host, ":") {
			return "[" + l.host + "]"
		}
		return l.host
	}
	return net.JoinHostPort(l.host, l.port)
}

// parseLocation parses the part of a URI after "<scheme>://". allowedQuery
// lists the query parameters the scheme accepts; each may appear once.
// needHost: the authority must be a host name or IP address (else it must be
// empty, as in file:///dir).
func parseLocation(rest string, needHost bool, allowedQuery ...string) (location, error) {
	var l location
	if strings.Count(rest, "?") > 1 {
		return l, errors.New("more than one '?'")
	}
	beforeQuery, rawQuery, hasQuery := strings.Cut(rest, "?")
	authority, rawPath, _ := strings.Cut(beforeQuery, "/")
	if strings.Contains(authority, "@") {
		return l, errors.New("user information (user@host) is not allowed; credentials come from Options")
	}
	if needHost {
		host, port, err := splitHostPort(authority)
		if err != nil {
			return l, err
		}
		l.host, l.port = host, port
	} else if authority != "" {
		return l, fmt.Errorf("unexpected host %q (want an empty authority, as in file:///dir)", authority)
	}
	// One trailing '/' is tolerated: "https://host/prefix/" is "https://host/prefix".
	if trimmed := strings.TrimSuffix(rawPath, "/"); trimmed != rawPath {
		if trimmed == "" {
			return l, errors.New("path: empty segment (\"//\")")
		}
		rawPath = trimmed
	}
	if rawPath != "" {
		for _, s := range strings.Split(rawPath, "/") {
			if err := checkSegment(s); err != nil {
				return l, fmt.Errorf("path: %w", err)
			}
			l.segments = append(l.segments, s)
		}
	}
	if hasQuery {
		q, err := parseQuery(rawQuery, allowedQuery)
		if err != nil {
			return l, err
		}
		l.query = q
	}
	return l, nil
}

func checkSegment(s string) error {
	switch s {
	case "":
		return errors.New("empty segment (\"//\")")
	case ".", "..":
		return fmt.Errorf("segment %q is not allowed", s)
	}
	for i := 0; i < len(s); i++ {
		if !segmentChar(s[i]) {
			return fmt.Errorf("segment %q: character %q is not allowed (use A-Z a-z 0-9 - . _ ~ + = , @)", s, s[i])
		}
	}
	return nil
}

func parseQuery(raw string, allowed []string) (map[string]string, error) {
	q := map[string]string{}
	if raw == "" {
		return nil, errors.New("empty query after '?'")
	}
	for _, kv := range strings.Split(raw, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("query parameter %q is not key=value", kv)
		}
		known := false
		for _, a := range allowed {
			known = known || a == k
		}
		if !known {
			if len(allowed) == 0 {
				return nil, fmt.Errorf("query parameter %q: this scheme takes no query", k)
			}
			return nil, fmt.Errorf("unknown query parameter %q (accepted: %s)", k, strings.Join(allowed, ", "))
		}
		if _, dup := q[k]; dup {
			return nil, fmt.Errorf("query parameter %q given twice", k)
		}
		if v == "" {
			return nil, fmt.Errorf("query parameter %q is empty", k)
		}
		for i := 0; i < len(v); i++ {
			if !segmentChar(v[i]) && strings.IndexByte("/:[]", v[i]) < 0 {
				return nil, fmt.Errorf("query parameter %q: character %q is not allowed", k, v[i])
			}
		}
		q[k] = v
	}
	return q, nil
}

// splitHostPort parses "host", "host:port", "[v6]" or "[v6]:port".
func splitHostPort(authority string) (host, port string, err error) {
	if authority == "" {
		return "", "", errors.New("missing host")
	}
	if strings.HasPrefix(authority, "[") {
		end := strings.IndexByte(authority, ']')
		if end < 0 {
			return "", "", fmt.Errorf("host %q: missing ']'", authority)
		}
		host = authority[1:end]
		after := authority[end+1:]
		if ip := net.ParseIP(host); ip == nil || ip.To4() != nil || strings.Contains(host, "%") {
			return "", "", fmt.Errorf("host %q: not an IPv6 address", authority)
		}
		if after != "" {
			if !strings.HasPrefix(after, ":") {
				return "", "", fmt.Errorf("host %q: junk after ']'", authority)
			}
			port = after[1:]
		}
	} else {
		host = authority
		if i := strings.IndexByte(authority, ':'); i >= 0 {
			host, port = authority[:i], authority[i+1:]
		}
		if err := checkHostName(host); err != nil {
			return "", "", err
		}
	}
	if port != "" || strings.HasSuffix(authority, ":") {
		n, err := strconv.ParseUint(port, 10, 16)
		if err != nil || n == 0 || port[0] == '0' {
			return "", "", fmt.Errorf("port %q: want 1-65535", port)
		}
	}
	return host, port, nil
}

// checkHostName accepts an IPv4 address or a DNS name of letters, digits and
// hyphens (labels of 1-63 characters, at most 253 in all).
func checkHostName(h string) error {
	if h == "" {
		return errors.New("missing host")
	}
	if ip := net.ParseIP(h); ip != nil {
		return nil
	}
	if len(h) > 253 {
		return fmt.Errorf("host name of %d characters, longer than 253", len(h))
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 {
			return fmt.Errorf("host %q: label %q is empty or longer than 63 characters", h, label)
		}
		if label[0] == '-' || label[len(label)-1] == '-' {
			return fmt.Errorf("host %q: label %q starts or ends with '-'", h, label)
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return fmt.Errorf("host %q: character %q is not allowed", h, c)
			}
		}
	}
	return nil
}

// isLoopback: plaintext HTTP is allowed only to these hosts.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// plaintext reads the tls=true|false parameter; tls=false is only accepted
// for a loopback host, since tokens and keys would otherwise cross the
// network in clear.
func plaintext(l location) (bool, error) {
	v, ok := l.query["tls"]
	if !ok || v == "true" {
		return false, nil
	}
	if v != "false" {
		return false, fmt.Errorf("tls=%q: want true or false", v)
	}
	if !isLoopback(l.host) {
		return false, fmt.Errorf("tls=false is only allowed for a loopback host, not %q", l.host)
	}
	return true, nil
}

// baseURL builds scheme://host[:port]/seg/... with every segment escaped.
func baseURL(plain bool, l location, segments []string) *url.URL {
	u := &url.URL{Scheme: "https", Host: l.hostPort()}
	if plain {
		u.Scheme = "http"
	}
	u.Path = "/" + strings.Join(segments, "/")
	return u
}
