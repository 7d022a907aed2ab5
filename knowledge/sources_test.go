package knowledge

import (
	"testing"
)

func TestRetrieve(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	src, err := NewSources(kb)
	if err != nil {
		t.Fatal(err)
	}
	if src.Len() < len(kb.FAQ.Entries)+len(kb.Products) {
		t.Fatalf("indexed %d sources, want every FAQ entry and product", src.Len())
	}
	tests := []struct {
		q        string
		wantKind string // kind of one of the top three; "" = nothing relevant (coverage < 0.3)
	}{
		{"我是个体户没有流水怎么办", SourceFAQ},
		{"房抵贷需要什么材料", SourceMaterials},
		{"車抵貸的額度和期限是多少", SourceProduct}, // traditional
		{"经营贷要纳税证明吗", SourceFAQ},
		{"今天天气不错适合去钓鱼", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, err := src.Retrieve(tt.q, 5)
			if err != nil {
				t.Fatal(err)
			}
			found := ""
			for i, r := range got {
				if i < 3 && r.Coverage >= 0.3 && (tt.wantKind == "" || r.Kind == tt.wantKind) {
					found = r.Kind
				}
			}
			if found != tt.wantKind {
				t.Errorf("Retrieve(%q) top: %+v, want a %q source", tt.q, brief(got), tt.wantKind)
			}
		})
	}
}

func brief(rs []Retrieved) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
		_ = r.Coverage
	}
	return out
}
