package ngram

import (
	"math"
	"testing"
)

func samples() []Sample {
	pos := []string{"百分百能批下来", "肯定给你批", "保证下款", "一定能到账", "包您拿到钱", "绝对能过审"}
	neg := []string{"审批结果由机构决定", "请您准备身份证", "放款时间以机构通知为准", "我们不承诺审批结果", "请通过菜单提交资料", "贷款有风险借款需谨慎"}
	var out []Sample
	for _, s := range pos {
		out = append(out, Sample{Text: []rune(s), Positive: true})
	}
	for _, s := range neg {
		out = append(out, Sample{Text: []rune(s)})
	}
	return out
}

func TestTrainSeparatesAndRoundTrips(t *testing.T) {
	m := Train(samples(), Options{Epochs: 40, Rate: 0.3, L2: 1e-5, Seed: 1})
	for _, s := range samples() {
		p := m.Score(s.Text)
		if s.Positive != (p >= 0.5) {
			t.Errorf("%s: score %.3f, positive %v", string(s.Text), p, s.Positive)
		}
	}
	m.Threshold = 0.7
	d, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if d.Threshold != 0.7 {
		t.Errorf("threshold %v after round trip", d.Threshold)
	}
	for _, s := range samples() {
		if a, b := m.Score(s.Text), d.Score(s.Text); math.Abs(float64(a-b)) > 0.01 {
			t.Errorf("%s: %.4f before encoding, %.4f after", string(s.Text), a, b)
		}
	}
	if n := testing.AllocsPerRun(100, func() { d.Score([]rune("保证下款")[:]) }); n > 1 {
		t.Errorf("Score allocates %.0f times", n)
	}
	if _, err := Decode([]byte("junk")); err == nil {
		t.Error("Decode accepted junk")
	}
}

func TestPickThreshold(t *testing.T) {
	neg := []float32{0.1, 0.2, 0.95, 0.3, 0.6, 0.4, 0.2, 0.1, 0.1, 0.1}
	if thr := PickThreshold(neg, 0.1); thr <= 0.6 || thr > 0.95 {
		t.Errorf("threshold %.3f: want one that flags only the 0.95", thr)
	}
	if thr := PickThreshold(nil, 0.1); thr != 0.5 {
		t.Errorf("threshold %.3f for no negatives", thr)
	}
}

// TestScoreMatchesEach: Score is the inlined form of each(), which training uses.
func TestScoreMatchesEach(t *testing.T) {
	m := Train(samples(), Options{Epochs: 5, Rate: 0.3, Seed: 2})
	for _, s := range append(samples(), Sample{Text: []rune("")}, Sample{Text: []rune("a")}) {
		var sum float32
		k := 0
		each(s.Text, func(h uint32) { sum += m.W[h]; k++ })
		if k != count(len(s.Text)) {
			t.Fatalf("%q: each yields %d n-grams, count says %d", string(s.Text), k, count(len(s.Text)))
		}
		want := sigmoid(m.Bias + float32(1/math.Sqrt(float64(k)))*sum)
		if got := m.Score(s.Text); math.Abs(float64(got-want)) > 1e-3 {
			t.Errorf("%q: Score %.6f, each-based %.6f", string(s.Text), got, want)
		}
	}
}
