package compliance

import (
	"strings"
	"testing"
)

// TestParseClaimsValidation: every refusal names the item at fault.
func TestParseClaimsValidation(t *testing.T) {
	const ok = "classes:\n  speaker: [我们]\n  handle: [帮您搞定]\nclaims:\n  - {family: F01, name: speaker+handle, order: [speaker, handle]}\n"
	cases := []struct {
		name, yaml, want string // want: a substring of the error ("" = valid)
	}{
		{"valid", ok, ""},
		{"unknown class in an order", "classes: {a: [肯定]}\nclaims:\n  - {family: F01, name: 稳批, order: [a, 下款词]}\n", `"下款词" is not defined`},
		{"empty class", "classes: {a: [肯定], b: []}\nclaims:\n  - {family: F01, name: x, order: [a, b]}\n", `"b" is empty`},
		{"duplicate claim name", "classes: {a: [肯定]}\nclaims:\n  - {family: F01, name: 同名, order: [a]}\n  - {family: F01, name: 同名, order: [a]}\n", "F01/同名"},
		{"duplicate class name", "classes:\n  a: [肯定]\n  a: [一定]\nclaims:\n  - {family: F01, name: x, order: [a]}\n", `"a"`},
		{"unused class", "classes: {a: [肯定], 闲置: [批]}\nclaims:\n  - {family: F01, name: x, order: [a]}\n", "闲置"},
		{"unknown family", "classes: {a: [肯定]}\nclaims:\n  - {family: F99, name: x, order: [a]}\n", "F99/x"},
		{"bad cross", "classes: {a: [肯定]}\nclaims:\n  - {family: F01, name: x, order: [a], cross: always}\n", "F01/x"},
		{"empty void word", "void: [' ']\nclasses: {a: [肯定]}\nclaims:\n  - {family: F01, name: x, order: [a]}\n", "void"},
		{"empty text", "  \n", "empty"},
		{"not YAML", "classes: [\n", "parse claim patterns"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseClaims([]byte(c.yaml))
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.want != "" && err == nil:
				t.Fatalf("parsed without error")
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Fatalf("error %q does not name %q", err, c.want)
			}
		})
	}
}

// TestWithClaims: a filter built or replaced with a supplied claim set enforces it instead of
// the embedded one; without the option the embedded set stays the default.
func TestWithClaims(t *testing.T) {
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	own, err := ParseClaims([]byte("classes:\n  谁: [小编]\n  承诺: [包您满意而归]\nclaims:\n  - {family: F01, name: 试验, order: [谁, 承诺]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	def, err := ParseClaims(DefaultClaimsYAML())
	if err != nil {
		t.Fatal(err)
	}
	if def.Len() != (Claims{}).Len() || own.Len() != 1 {
		t.Fatalf("Len: default %d, zero %d, own %d", def.Len(), (Claims{}).Len(), own.Len())
	}
	const novel = "小编今天包您满意而归！"
	const known = "资料交给我，我们帮您搞定审批。" // the embedded claim:F01/speaker+handle
	f, err := NewFilter(pack, WithClaims(own))
	if err != nil {
		t.Fatal(err)
	}
	if v := f.CheckOutbound(novel); v.Verdict != Block || v.Hits[0].Phrase != "claim:F01/试验" {
		t.Fatalf("own claims: %q → %+v", novel, v)
	}
	if err := f.Replace(pack); err != nil {
		t.Fatal(err)
	}
	if v := f.CheckOutbound(novel); v.Verdict == Block {
		t.Fatalf("default claims after Replace: %q blocked: %+v", novel, v.Hits)
	}
	if v := f.CheckOutbound(known); v.Verdict != Block {
		t.Fatalf("default claims after Replace: %q → %s", known, v.Verdict)
	}
	if err := f.Replace(pack, WithClaims(own)); err != nil {
		t.Fatal(err)
	}
	if v := f.CheckOutbound(novel); v.Verdict != Block {
		t.Fatalf("Replace WithClaims: %q → %s", novel, v.Verdict)
	}
}
