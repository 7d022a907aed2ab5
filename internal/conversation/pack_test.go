package conversation

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPack(t *testing.T) {
	long := strings.Repeat("贷款需谨慎，", 200) // 3,600 bytes, no newline
	lines := strings.Repeat("第一行说明文字。\n", 150)
	tests := []struct {
		name      string
		texts     []string
		limit     int
		wantFirst string // "" = don't check
		wantRest  int
	}{
		{"nothing", nil, 2048, "", 0},
		{"two short join", []string{"您好", "请问贷款用途？"}, 2048, "您好\n\n请问贷款用途？", 0},
		{"second does not fit", []string{strings.Repeat("啊", 600), strings.Repeat("哦", 600)}, 2048, strings.Repeat("啊", 600), 1},
		{"long text split on runes", []string{long}, 2048, "", 1},
		{"long text split at line ends", []string{lines}, 2048, "", 1},
		{"emoji kept whole", []string{strings.Repeat("😊", 600)}, 2048, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, rest := Pack(tt.texts, tt.limit)
			if tt.wantFirst != "" && first != tt.wantFirst {
				t.Fatalf("first = %q, want %q", first, tt.wantFirst)
			}
			if len(rest) != tt.wantRest {
				t.Fatalf("rest has %d messages, want %d", len(rest), tt.wantRest)
			}
			joined := strings.Join(append([]string{first}, rest...), "")
			for _, m := range append([]string{first}, rest...) {
				if len(m) > tt.limit || !utf8.ValidString(m) {
					t.Fatalf("message of %d bytes (valid UTF-8: %v)", len(m), utf8.ValidString(m))
				}
			}
			want := strings.ReplaceAll(strings.Join(tt.texts, ""), "\n", "")
			if got := strings.ReplaceAll(joined, "\n", ""); got != want {
				t.Fatalf("content changed: lost %d bytes", len(want)-len(got))
			}
		})
	}
}

func TestMaskID(t *testing.T) {
	tests := map[string]string{"o9AgO5Kd5ggOC-bXrbNODIiE3bGY": "o9Ag…3bGY", "short": "****", "": "****"}
	for in, want := range tests {
		if got := MaskID(in); got != want {
			t.Errorf("MaskID(%q) = %q, want %q", in, got, want)
		}
	}
}
