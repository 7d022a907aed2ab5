package ngram

import (
	"strings"
	"testing"
)

func BenchmarkScore500(b *testing.B) {
	m := Train(samples(), Options{Epochs: 2, Rate: 0.3, Seed: 2})
	s := []rune(strings.Repeat("审核一般需要1到3个工作日，结果以机构通知为准", 25)[:500])
	for b.Loop() {
		m.Score(s)
	}
}
