package dnsd

import (
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestWithDebianTools queries the server with Debian's kdig (knot-dnsutils)
// and dig (bind9-dnsutils), whichever are installed; `make test` installs
// both.
func TestWithDebianTools(t *testing.T) {
	var tools []string
	for _, tool := range []string{"kdig", "dig"} {
		if _, err := exec.LookPath(tool); err == nil {
			tools = append(tools, tool)
		}
	}
	if len(tools) == 0 {
		t.Skip("neither kdig nor dig is installed: apt-get install knot-dnsutils bind9-dnsutils (make test does)")
	}
	c := newChain(t)
	p := populate(c)
	s, _ := startServer(t, testConfig(c.url))
	block := c.commit()
	waitSerial(t, s, block)
	addr := s.Addr()

	for _, tool := range tools {
		t.Run(tool, func(t *testing.T) {
			run := func(args ...string) string {
				t.Helper()
				opts := []string{"+time=3", "+tries=1"}
				if tool == "kdig" {
					opts = []string{"+timeout=3", "+retry=0"}
				}
				args = append(append([]string{"@" + addr.Addr().String(), "-p", fmt.Sprint(addr.Port())}, opts...), args...)
				out, err := exec.Command(tool, args...).CombinedOutput()
				if err != nil {
					t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, out)
				}
				return string(out)
			}
			lines := func(out string) []string {
				var l []string
				for _, x := range strings.Split(strings.TrimSpace(out), "\n") {
					if x = strings.TrimSpace(x); x != "" {
						l = append(l, x)
					}
				}
				slices.Sort(l)
				return l
			}
			for _, transport := range []string{"+notcp", "+tcp"} {
				got := lines(run(transport, "+short", "alpha.peers.example", "A"))
				wantStrings(t, tool+" A", got, []string{"198.51.100.1", "198.51.100.2"})
				got = lines(run(transport, "+short", "_8443._tcp.alpha.peers.example", "TLSA"))
				if len(got) != 1 || strings.ToLower(strings.ReplaceAll(got[0], " ", "")) != "211"+p.tlsa {
					t.Errorf("%s TLSA: %q, want 2 1 1 %s", tool, got, p.tlsa)
				}
				got = lines(run(transport, "+short", "_app._tcp.peers.example", "SRV"))
				wantStrings(t, tool+" SRV", got, []string{"0 0 8443 alpha.peers.example.", "0 0 9443 beta.peers.example."})
			}
			// Status line and flags of a negative answer.
			out := run("+norec", "gone.peers.example", "A")
			if !strings.Contains(out, "NXDOMAIN") || !strings.Contains(out, " aa") || !strings.Contains(out, "SOA") {
				t.Errorf("%s NXDOMAIN answer:\n%s", tool, out)
			}
			badvers := []string{"+norec", "+edns=1", "peers.example", "SOA"}
			if tool == "dig" {
				badvers = append([]string{"+noednsneg"}, badvers...) // dig would retry with version 0
			}
			out = run(badvers...)
			if !strings.Contains(out, "BADVERS") {
				t.Errorf("%s EDNS version 1: no BADVERS:\n%s", tool, out)
			}
			// A full zone transfer.
			out = run("peers.example", "AXFR")
			if strings.Count(out, "\tSOA\t") != 2 || !strings.Contains(out, "beta.peers.example.") || strings.Contains(out, "203.0.113.") {
				t.Errorf("%s AXFR:\n%s", tool, out)
			}
		})
	}
}
