package registry

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/template/parse"
	"unicode/utf8"
)

// Configuration templates.
//
// A workload's configuration is a template in text/template syntax,
// restricted to this subset (anything else is an error, found when the
// template is compiled, before any secret is opened):
//
//	{{ secret "<64 lower-case hex digits>" }}   the secret whose envelope has that sha256 (kms.SecretID)
//	{{ secret "<id>" | json }}                  the same, as a JSON string literal (quotes included; UTF-8 only)
//	{{ secret "<id>" | base64 }}                the same, standard base64
//	{{ "text" }}                                a string literal, e.g. {{ "{{" }} for literal braces
//	{{/* comment */}}                           nothing
//
// Trim markers ({{- and -}}) work as in text/template. There is no data
// (no dot, fields or variables), no control structure (if, range, with,
// define, template, block) and no other function (printf, index, …).
// Text outside actions is copied byte for byte, so a configuration without
// "{{" is served exactly as stored.

// ErrTemplate is wrapped by every template compilation and rendering error.
var ErrTemplate = errors.New("configuration template")

// MaxTemplateSecrets bounds the distinct secrets one template may name.
const MaxTemplateSecrets = 256

// Template functions; the values are unused (parse only checks names).
var templateFuncs = map[string]any{"secret": true, "json": true, "base64": true}

// configTemplate is a compiled configuration template.
type configTemplate struct {
	parts   []part
	secrets [][32]byte // distinct, in order of first use
}

type part struct {
	text    []byte    // literal text (when secret is nil)
	secret  *[32]byte // a secret reference
	filters []string  // applied to the secret in order: "json", "base64"
}

// compileTemplate checks src against the allowed subset and compiles it.
func compileTemplate(src []byte) (*configTemplate, error) {
	if !bytes.Contains(src, []byte("{{")) {
		return &configTemplate{parts: []part{{text: src}}}, nil
	}
	trees, err := parse.Parse("config", string(src), "{{", "}}", templateFuncs)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTemplate, err)
	}
	tree := trees["config"]
	if len(trees) != 1 || tree == nil {
		return nil, fmt.Errorf("%w: define and block are not allowed", ErrTemplate)
	}
	ct := &configTemplate{}
	if tree.Root == nil {
		return ct, nil
	}
	seen := make(map[[32]byte]bool)
	for _, n := range tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			ct.parts = append(ct.parts, part{text: n.Text})
		case *parse.ActionNode:
			p, err := compileAction(tree, n)
			if err != nil {
				return nil, err
			}
			if p.secret != nil && !seen[*p.secret] {
				if len(ct.secrets) == MaxTemplateSecrets {
					return nil, fmt.Errorf("%w: more than %d distinct secrets", ErrTemplate, MaxTemplateSecrets)
				}
				seen[*p.secret] = true
				ct.secrets = append(ct.secrets, *p.secret)
			}
			ct.parts = append(ct.parts, p)
		default:
			return nil, templateError(tree, n, "%s is not allowed (only secret, json, base64 and string literals)", nodeKind(n))
		}
	}
	return ct, nil
}

func compileAction(tree *parse.Tree, a *parse.ActionNode) (part, error) {
	pipe := a.Pipe
	if pipe == nil || len(pipe.Cmds) == 0 {
		return part{}, templateError(tree, a, "empty action")
	}
	if len(pipe.Decl) != 0 || pipe.IsAssign {
		return part{}, templateError(tree, a, "variables are not allowed")
	}
	first := pipe.Cmds[0]
	var p part
	switch {
	case len(first.Args) == 1 && first.Args[0].Type() == parse.NodeString:
		if len(pipe.Cmds) != 1 {
			return part{}, templateError(tree, a, "only a secret may be piped into json or base64")
		}
		return part{text: []byte(first.Args[0].(*parse.StringNode).Text)}, nil
	case len(first.Args) >= 1 && isIdent(first.Args[0], "secret"):
		if len(first.Args) != 2 || first.Args[1].Type() != parse.NodeString {
			return part{}, templateError(tree, a, `secret takes one string argument: {{ secret "<64 hex digits>" }}`)
		}
		id, err := parseSecretID(first.Args[1].(*parse.StringNode).Text)
		if err != nil {
			return part{}, templateError(tree, a, "%v", err)
		}
		p.secret = &id
	default:
		return part{}, templateError(tree, a, "%q is not allowed: an action is a string literal or {{ secret \"<id>\" }}", first.String())
	}
	for _, c := range pipe.Cmds[1:] {
		if len(c.Args) != 1 || !(isIdent(c.Args[0], "json") || isIdent(c.Args[0], "base64")) {
			return part{}, templateError(tree, a, "%q is not allowed after |: only json or base64, without arguments", c.String())
		}
		p.filters = append(p.filters, c.Args[0].(*parse.IdentifierNode).Ident)
	}
	return p, nil
}

func isIdent(n parse.Node, name string) bool {
	id, ok := n.(*parse.IdentifierNode)
	return ok && id.Ident == name
}

// parseSecretID parses a SecretID: 64 lower-case hex digits.
func parseSecretID(s string) ([32]byte, error) {
	var id [32]byte
	if len(s) != 64 || strings.ToLower(s) != s {
		return id, fmt.Errorf("secret id %q is not 64 lower-case hex digits (the sha256 of the envelope)", truncate(s, 80))
	}
	if _, err := hex.Decode(id[:], []byte(s)); err != nil {
		return id, fmt.Errorf("secret id %q is not 64 lower-case hex digits (the sha256 of the envelope)", truncate(s, 80))
	}
	return id, nil
}

func nodeKind(n parse.Node) string {
	switch n.Type() {
	case parse.NodeIf:
		return "if"
	case parse.NodeRange:
		return "range"
	case parse.NodeWith:
		return "with"
	case parse.NodeTemplate:
		return "template"
	case parse.NodeBreak, parse.NodeContinue:
		return "break/continue"
	}
	return fmt.Sprintf("node type %d", n.Type())
}

func templateError(tree *parse.Tree, n parse.Node, format string, args ...any) error {
	loc, _ := tree.ErrorContext(n)
	return fmt.Errorf("%w: %s: %s", ErrTemplate, loc, fmt.Sprintf(format, args...))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// render expands the template with the opened secrets, which must hold
// every id of ct.secrets. The output holds secrets: the caller clears it.
func (ct *configTemplate) render(secrets map[[32]byte][]byte) ([]byte, error) {
	var out bytes.Buffer
	for _, p := range ct.parts {
		if p.secret == nil {
			out.Write(p.text)
			continue
		}
		v, ok := secrets[*p.secret]
		if !ok {
			clear(out.Bytes())
			return nil, fmt.Errorf("%w: secret %x was not opened", ErrTemplate, *p.secret)
		}
		for _, f := range p.filters {
			var err error
			if v, err = applyFilter(f, v); err != nil {
				clear(out.Bytes())
				return nil, fmt.Errorf("%w: secret %x | %s: %w", ErrTemplate, *p.secret, f, err)
			}
		}
		out.Write(v)
	}
	return out.Bytes(), nil
}

func applyFilter(name string, v []byte) ([]byte, error) {
	switch name {
	case "base64":
		return base64.StdEncoding.AppendEncode(nil, v), nil
	case "json":
		if !utf8.Valid(v) {
			return nil, errors.New("the value is not valid UTF-8 (use base64)")
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(string(v)); err != nil {
			return nil, err
		}
		return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
	}
	return nil, fmt.Errorf("unknown filter %q", name)
}
