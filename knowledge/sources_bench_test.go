package knowledge

import (
	"slices"
	"testing"
	"time"
)

// benchQuestions are applicant questions over the whole knowledge base: every FAQ variant, every
// product and checklist title, and questions no script foresees.
func benchQuestions(b *testing.B, kb *Base, src *Sources) []string {
	b.Helper()
	var qs []string
	for _, e := range kb.FAQ.Entries {
		qs = append(qs, e.Questions...)
	}
	for _, s := range src.All() {
		qs = append(qs, s.Title+"怎么样？")
	}
	return append(qs, "我是个体户没有流水怎么办", "你们和银行什么关系", "我老婆有逾期影响我吗", "車貸利率多少？",
		"ｌｐｒ降了我的房贷能便宜吗😊", "征信花了还能批吗 急用钱", "公积金交了三年能贷多少")
}

// BenchmarkRetrieve measures one retrieval (bleve query + coverage) over the whole knowledge
// base and reports its p50 and p99 (the bound: p99 ≤ 2 ms).
func BenchmarkRetrieve(b *testing.B) {
	kb, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	src, err := NewSources(kb)
	if err != nil {
		b.Fatal(err)
	}
	qs := benchQuestions(b, kb, src)
	var lat []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if _, err := src.Retrieve(qs[i%len(qs)], 4); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	reportQuantiles(b, lat)
}

// BenchmarkFAQMatch measures the FAQ matcher the engine calls on most messages.
func BenchmarkFAQMatch(b *testing.B) {
	kb, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	src, err := NewSources(kb)
	if err != nil {
		b.Fatal(err)
	}
	qs := benchQuestions(b, kb, src)
	var lat []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		kb.FAQ.Match(qs[i%len(qs)])
		lat = append(lat, time.Since(start))
	}
	reportQuantiles(b, lat)
}

// reportQuantiles reports the p50 and p99 of the wall times (on a shared machine the tail is
// mostly waiting for a CPU: read it with the load average).
func reportQuantiles(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	q := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) }
	b.ReportMetric(q(0.50), "p50-µs")
	b.ReportMetric(q(0.99), "p99-µs")
}
