package registry

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

func secretIDOf(s string) (string, [32]byte) {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:]), h
}

func TestTemplateRender(t *testing.T) {
	idA, a := secretIDOf("a")
	idB, b := secretIDOf("b")
	secrets := map[[32]byte][]byte{a: []byte(`pa"ss<&>`), b: {0xff, 0x00, 'x'}}
	for _, tc := range []struct{ src, want string }{
		{"plain text, no actions", "plain text, no actions"},
		{"", ""},
		{`x={{ secret "` + idA + `" }}`, `x=pa"ss<&>`},
		{`x={{ secret "` + idA + `" | json }}`, `x="pa\"ss<&>"`},
		{`x={{ secret "` + idB + `" | base64 }}`, `x=/wB4`},
		{`x={{ secret "` + idA + `" | json | base64 }}`, `x=InBhXCJzczwmPiI=`},
		{`{{ "{{" }}literal{{ "}}" }}`, `{{literal}}`},
		{"a {{- /* comment */ -}} b", "ab"},
		{"{{ secret \"" + idA + "\" }}\n{{ secret \"" + idA + "\" }}", "pa\"ss<&>\npa\"ss<&>"},
		{"bin \xff\xfe {{ \"ok\" }} \x00", "bin \xff\xfe ok \x00"},
	} {
		ct, err := compileTemplate([]byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		out, err := ct.render(secrets)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if string(out) != tc.want {
			t.Errorf("%q renders %q, want %q", tc.src, out, tc.want)
		}
	}
	ct, _ := compileTemplate([]byte(`{{ secret "` + idA + `" }}{{ secret "` + idB + `" }}{{ secret "` + idA + `" }}`))
	if len(ct.secrets) != 2 || ct.secrets[0] != a || ct.secrets[1] != b {
		t.Errorf("secrets %x", ct.secrets)
	}
}

// TestTemplateStrict: everything outside the subset is refused when the
// template is compiled, with an error that says where and why.
func TestTemplateStrict(t *testing.T) {
	id, _ := secretIDOf("a")
	for _, tc := range []struct{ src, want string }{
		{`{{ env "HOME" }}`, `function "env" not defined`},
		{`{{ printf "%s" "x" }}`, "printf"},
		{`{{ . }}`, "not allowed"},
		{`{{ .Secret }}`, "not allowed"},
		{`{{ $x := "a" }}{{ $x }}`, "variables"},
		{`{{ if true }}x{{ end }}`, "if is not allowed"},
		{`{{ range . }}x{{ end }}`, "range is not allowed"},
		{`{{ with "a" }}x{{ end }}`, "with is not allowed"},
		{`{{ define "x" }}y{{ end }}`, "define"},
		{`{{ template "x" }}`, "template is not allowed"},
		{`{{ block "x" . }}y{{ end }}`, "define and block"},
		{`{{ secret }}`, "one string argument"},
		{`{{ secret "` + id + `" "` + id + `" }}`, "one string argument"},
		{`{{ secret 12 }}`, "one string argument"},
		{`{{ secret "` + strings.ToUpper(id) + `" }}`, "lower-case hex"},
		{`{{ secret "` + id[:63] + `" }}`, "64 lower-case hex"},
		{`{{ secret "` + id[:63] + `g" }}`, "64 lower-case hex"},
		{`{{ secret "` + id + `" | printf "%s" }}`, "printf"},
		{`{{ secret "` + id + `" | json "x" }}`, "without arguments"},
		{`{{ "a" | json }}`, "only a secret may be piped"},
		{`{{ json }}`, "not allowed"},
		{`{{ (secret "` + id + `") }}`, "not allowed"},
		{`{{ 12 }}`, "not allowed"},
		{`{{ nil }}`, `"nil" is not allowed`},
		{`{{ secret "` + id + `" `, "unclosed action"},
		{`}} {{`, "unclosed action"},
	} {
		_, err := compileTemplate([]byte(tc.src))
		if err == nil || !errors.Is(err, ErrTemplate) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want an ErrTemplate with %q", tc.src, err, tc.want)
		}
	}
	var b strings.Builder
	for i := range MaxTemplateSecrets + 1 {
		id, _ := secretIDOf(strings.Repeat("x", i+1))
		b.WriteString(`{{ secret "` + id + `" }}`)
	}
	if _, err := compileTemplate([]byte(b.String())); err == nil || !strings.Contains(err.Error(), "distinct secrets") {
		t.Errorf("too many secrets: %v", err)
	}
}

func TestTemplateRenderErrors(t *testing.T) {
	id, a := secretIDOf("a")
	ct, err := compileTemplate([]byte(`{{ secret "` + id + `" }}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ct.render(nil); err == nil || !strings.Contains(err.Error(), "not opened") {
		t.Errorf("missing secret: %v", err)
	}
	ct, _ = compileTemplate([]byte(`{{ secret "` + id + `" | json }}`))
	if _, err := ct.render(map[[32]byte][]byte{a: {0xff}}); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("json of binary: %v", err)
	}
}

// FuzzCompileTemplate: arbitrary bytes never panic; a template that
// compiles renders deterministically; bytes without "{{" render to
// themselves.
func FuzzCompileTemplate(f *testing.F) {
	id, _ := secretIDOf("a")
	for _, s := range []string{"", "plain", `{{ secret "` + id + `" | json }}`, `{{ "{{" }}`, `{{ if . }}{{ end }}`, "{{- /* c */ -}}", "{{", "}}", "\xff{{\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		ct, err := compileTemplate(src)
		if err != nil {
			if !errors.Is(err, ErrTemplate) {
				t.Fatalf("error %v does not wrap ErrTemplate", err)
			}
			return
		}
		secrets := make(map[[32]byte][]byte)
		for _, s := range ct.secrets {
			secrets[s] = []byte("v")
		}
		out, err := ct.render(secrets)
		if err != nil {
			t.Fatalf("compiled template does not render: %v", err)
		}
		if !bytes.Contains(src, []byte("{{")) && !bytes.Equal(out, src) {
			t.Fatalf("template without actions renders %q, want %q", out, src)
		}
		out2, _ := ct.render(secrets)
		if !bytes.Equal(out, out2) {
			t.Fatal("rendering is not deterministic")
		}
	})
}
