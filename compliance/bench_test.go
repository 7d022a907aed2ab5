package compliance

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	anknown "github.com/anknown/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"
)

// benchReply is a realistic 500-character outbound reply: a disclosed product
// quote, a materials list and ordinary advice, with digits, Latin letters
// (IRR, APP) and punctuation.
func benchReply() string {
	s := "您好，根据您提供的信息（月收入约1.2万元，无逾期，名下有一套满3年的住房），初步评估您可能适合以下产品。" +
		"【产品】XX消费金融公司·个人消费贷（放款机构：XX消费金融有限公司；本号为居间服务方，不放款、不参与审批）。" +
		"年化利率（单利，IRR口径）：7.2%–18.0%，已含利息及担保费等全部费用；逾期罚息为借款利率上浮50%，另行列示。" +
		"测算：10万元/12期/等额本息/年化12%，每月约8,884.88元，总利息约6,618.55元。测算仅供参考，以机构审批及合同、综合融资成本明示表为准。" +
		"本号居间服务费在放款后收取，为贷款金额的1%，已计入上述年化综合成本；放款前不收取任何费用。" +
		"申请需要准备的材料：身份证正反面、最近6个月的工资流水、工作证明或劳动合同、房产证复印件。" +
		"文件请按“姓名_证件类型_日期.pdf”命名，通过公众号菜单上传，不要发送到任何个人账号。" +
		"审核一般需要1到3个工作日，结果以机构通知为准，请留意APP和短信提醒。" +
		"贷款有风险，借款需谨慎，请根据自身还款能力理性借贷。是否获批、额度和利率均由放款机构决定。" +
		"如对服务有疑问，可在菜单“投诉”中反馈，或拨打12378银行保险消费者投诉热线。祝您生活愉快，有问题随时留言。"
	r := []rune(s)
	for len(r) < 500 {
		r = append(r, []rune("感谢您的耐心。")...)
	}
	return string(r[:500])
}

// cpuTimer reports the thread CPU time per operation ("cpu-ns/op") next to
// the wall time: on a shared machine ns/op grows with other people's load,
// cpu-ns/op does not.
type cpuTimer struct{ start time.Duration }

func startCPU(b *testing.B) cpuTimer {
	runtime.LockOSThread()
	b.ResetTimer()
	return cpuTimer{threadCPU()}
}

func (c cpuTimer) stop(b *testing.B) {
	used := threadCPU() - c.start
	b.StopTimer()
	runtime.UnlockOSThread()
	b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// syntheticPack returns the default pack plus generated phrases up to n,
// drawn from the characters of the default pack so that they share prefixes
// with real text the way a large real list does.
func syntheticPack(tb testing.TB, n int) []Phrase {
	tb.Helper()
	pack, err := DefaultPack()
	if err != nil {
		tb.Fatal(err)
	}
	var chars []rune
	seen := map[rune]bool{}
	for _, p := range pack {
		for _, r := range p.Text {
			if isCJK(r) && !seen[r] {
				seen[r] = true
				chars = append(chars, r)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	out := append([]Phrase(nil), pack...)
	for i := 0; len(out) < n; i++ {
		k := 3 + rng.IntN(4)
		var b strings.Builder
		for range k {
			b.WriteRune(chars[rng.IntN(len(chars))])
		}
		out = append(out, Phrase{Text: b.String(), Category: fmt.Sprintf("F%02d", 1+i%19), Action: Block,
			Severity: 2, Scope: Outbound, Enabled: true, Reason: "synthetic", Pinyin: i%10 == 0})
	}
	return out
}

// BenchmarkCheck10k checks a 500-character reply against 10,000 phrases,
// including normalisation, next to the naive strings.Contains loop over the
// raw text and (scan step only) two Aho-Corasick libraries on the same
// normalised text.
func BenchmarkCheck10k(b *testing.B) {
	phrases := syntheticPack(b, 10000)
	f, err := NewFilter(phrases)
	if err != nil {
		b.Fatal(err)
	}
	text := benchReply()
	b.Run("filter", func(b *testing.B) {
		v := f.CheckOutbound(text)
		b.ReportAllocs()
		cpu := startCPU(b)
		for b.Loop() {
			v = f.CheckOutbound(text)
		}
		cpu.stop(b)
		b.ReportMetric(float64(len(v.Hits)), "hits")
	})
	bad := strings.Replace(text, "初步评估您可能适合以下产品。", "包过，秒批，不看征信，先交保证金。", 1)
	b.Run("filter-with-hits", func(b *testing.B) {
		v := f.CheckOutbound(bad)
		b.ReportAllocs()
		cpu := startCPU(b)
		for b.Loop() {
			v = f.CheckOutbound(bad)
		}
		cpu.stop(b)
		b.ReportMetric(float64(len(v.Hits)), "hits")
	})
	b.Run("naive-contains", func(b *testing.B) {
		b.ReportAllocs()
		found := 0
		cpu := startCPU(b)
		for b.Loop() {
			found = 0
			for i := range phrases {
				if strings.Contains(text, phrases[i].Text) {
					found++
				}
			}
		}
		cpu.stop(b)
		b.ReportMetric(float64(found), "hits")
	})
	benchScanLibraries(b, f, text)
}

// benchScanLibraries compares the matching step alone: our automaton, the
// petar-dambovaliev NFA and DFA (bytes) and anknown (runes), over the same
// normalised text and the same patterns.
func benchScanLibraries(b *testing.B, f *Filter, text string) {
	s := f.snap.Load()
	n, _ := Normalize(text)
	runes := []rune(n)
	pats := patternTexts(s)
	rpats := make([][]rune, 0, len(pats))
	seen := map[string]bool{}
	for id := range pats {
		if !seen[pats[id]] {
			seen[pats[id]] = true
			rpats = append(rpats, []rune(pats[id]))
		}
	}
	b.Run("scan-own", func(b *testing.B) {
		var buf []match
		b.ReportAllocs()
		for b.Loop() {
			buf = s.main.scan(runes, buf[:0])
		}
	})
	for _, dfa := range []bool{false, true} {
		builder := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: dfa})
		ac := builder.Build(pats)
		b.Run(fmt.Sprintf("scan-petar-dfa=%v", dfa), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				it := ac.IterOverlapping(n)
				for it.Next() != nil {
				}
			}
		})
	}
	var m anknown.Machine
	if err := m.Build(rpats); err != nil {
		b.Fatal(err)
	}
	b.Run("scan-anknown", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m.MultiPatternSearch(runes, false)
		}
	})
}

// patternTexts recovers every main-automaton pattern from the trie (bench
// setup only): the pattern is the path to the state that reports it.
func patternTexts(s *snapshot) []string {
	a := s.main
	parent := make([]int32, len(a.fail))
	label := make([]rune, len(a.fail))
	symRune := map[int32]rune{}
	for r, sym := range a.symBMP {
		if sym != 0 {
			symRune[sym] = rune(r)
		}
	}
	for r, sym := range a.symOther {
		symRune[sym] = r
	}
	for sym, to := range a.root {
		if to != 0 {
			parent[to], label[to] = 0, symRune[int32(sym)]
		}
	}
	for st := range a.fail {
		for e := a.edgeOff[st]; e < a.edgeOff[st+1]; e++ {
			parent[a.edgeTo[e]], label[a.edgeTo[e]] = int32(st), symRune[a.edgeSym[e]]
		}
	}
	out := make([]string, len(a.patLen))
	for st := range a.fail {
		for k := a.outOff[st]; k < a.outOff[st+1]; k++ {
			var rs []rune
			for x := int32(st); x != 0; x = parent[x] {
				rs = append(rs, label[x])
			}
			slices.Reverse(rs)
			out[a.outs[k]] = string(rs)
		}
	}
	return out
}

// BenchmarkCompile10k compiles 10,000 phrases (the process-wide tables are
// built before the timer) and reports the heap held by one compiled set.
func BenchmarkCompile10k(b *testing.B) {
	phrases := syntheticPack(b, 10000)
	t, err := sharedTables()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := compile(t, phrases, t.claims, 1); err != nil {
			b.Fatal(err)
		}
	}
	cpu.stop(b)
	b.ReportMetric(float64(heapOfSnapshot(b, t, phrases))/(1<<20), "MB/set")
}

// heapOfSnapshot measures the live heap a compiled set adds.
func heapOfSnapshot(tb testing.TB, t *tables, phrases []Phrase) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s, err := compile(t, phrases, t.claims, 1)
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(s)
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkTables builds the process-wide normalisation tables (done once per
// process, on the first NewFilter).
func BenchmarkTables(b *testing.B) {
	for b.Loop() {
		if _, err := buildTables(); err != nil {
			b.Fatal(err)
		}
	}
}
