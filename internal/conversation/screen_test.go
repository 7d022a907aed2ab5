package conversation

import (
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// The second opinion's flag is recorded with its sentence, version-stamped like every hit; the
// reply itself still goes out (a flag is not a block).
func TestScorerFlagRecordsItsSentence(t *testing.T) {
	ps, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := compliance.NewFilter(ps)
	if err != nil {
		t.Fatal(err)
	}
	const (
		text     = "您的预约号是2024120601，请保存。您这种情况我们办过很多，没有一个被拒的。"
		sentence = "您这种情况我们办过很多，没有一个被拒的"
	)
	v := f.CheckOutbound(text)
	if v.Verdict != compliance.Flag {
		t.Skipf("the second opinion no longer flags the sample (verdict %s); pick another", v.Verdict)
	}
	hits := hitsOf(v, text, store.DirectionOut)
	stampHits(hits, func() uint64 { return 4 })
	if len(hits) != 1 || hits[0].Category != compliance.CatScorer || hits[0].Action != "flag" ||
		hits[0].Text != sentence || hits[0].Version != 4 || hits[0].Direction != store.DirectionOut {
		t.Errorf("hits = %+v, want the S01 flag with its sentence %q, version 4", hits, sentence)
	}
	for _, tt := range []struct {
		start, end int
		want       string
	}{{0, 2, "您的"}, {3, 99, text}, {5, 5, text}, {-1, 2, text}} {
		if got := sentenceOf(text, tt.start, tt.end); got != tt.want {
			t.Errorf("sentenceOf(%d, %d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}
