package compliance

import (
	"slices"
	"strings"
	"testing"
)

// TestDefaultPackHasNoDuplicates: the store seeds one row per (text, scope);
// the pack once repeated 包您…下款 and 保证您…下款 (a generated group
// re-listing hand-written patterns), which broke seeding.
func TestDefaultPackHasNoDuplicates(t *testing.T) {
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[phraseKey]int{}
	for i, p := range pack {
		k := phraseKey{p.Text, p.Scope}
		if j, ok := seen[k]; ok {
			t.Errorf("phrase %d %q (%s) repeats phrase %d", i, p.Text, p.Scope, j)
		}
		seen[k] = i
	}
}

func TestParsePackGenerate(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // text/scope/exceptions of every phrase, in order
		err  string
	}{
		{
			name: "product in order",
			yaml: "- {category: F01, action: block, severity: 3, reason: r, generate: [[[一定能, 保证], [下款, 到账]]]}",
			want: []string{"一定能…下款/outbound/", "一定能…到账/outbound/", "保证…下款/outbound/", "保证…到账/outbound/"},
		},
		{
			name: "three segments",
			yaml: "- {category: F03, action: block, severity: 3, reason: r, generate: [[[黑户], [也能, 照样], [贷]]]}",
			want: []string{"黑户…也能…贷/outbound/", "黑户…照样…贷/outbound/"},
		},
		{
			name: "generated repeat of a hand-written phrase keeps the hand-written one",
			yaml: "- {category: F01, action: block, severity: 3, reason: r, phrases: [包您…下款]}\n" +
				"- {category: F01, action: block, severity: 3, reason: r, exceptions: [保证资料], generate: [[[包您, 包你], [下款]], [[包你], [下款]]]}",
			want: []string{"包您…下款/outbound/", "包你…下款/outbound/保证资料"},
		},
		{
			name: "same text in another scope is another phrase",
			yaml: "- {category: F02, action: block, severity: 2, reason: r, phrases: [秒批]}\n" +
				"- {category: I01, action: flag, severity: 1, scope: inbound, reason: r, phrases: [秒批]}",
			want: []string{"秒批/outbound/", "秒批/inbound/"},
		},
		{
			name: "hand-written repeat is an error",
			yaml: "- {category: F01, action: block, severity: 3, reason: r, phrases: [包过, 稳过, 包過, 包过]}",
			err:  "repeats an earlier phrase",
		},
		{
			name: "empty segment",
			yaml: "- {category: F01, action: block, severity: 3, reason: r, generate: [[[一定能], [\" \"]]]}",
			err:  "generate 1: segment list 2",
		},
		{
			name: "one list is no pattern",
			yaml: "- {category: F01, action: block, severity: 3, reason: r, generate: [[[一定能, 保证]]]}",
			err:  "1 segment lists",
		},
		{
			name: "generated pattern is validated",
			yaml: "- {category: F01, action: flop, severity: 3, reason: r, generate: [[[一定能], [下款]]]}",
			err:  "generated phrase",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pack, err := ParsePack([]byte(tt.yaml))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParsePack error = %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range pack {
				got = append(got, p.Text+"/"+string(p.Scope)+"/"+strings.Join(p.Exceptions, ","))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ParsePack phrases\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
