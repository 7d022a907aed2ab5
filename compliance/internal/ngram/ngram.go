// Package ngram is the statistical second opinion of the compliance filter:
// a logistic regression over hashed character n-grams (1–3) of a normalised
// sentence. Training (Train) runs in the go generate step; the filter only
// loads the encoded model and scores (Score: no allocation).
package ngram

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

// Bits is the size of the hashed feature space (2^Bits weights). 2^14
// buckets for the ~60,000 distinct n-grams of the material made collisions
// cost recall on unseen writers: leaving one writer out (batches 3–5), the
// share of the rules' misses flagged at the cross-validated threshold went
// 62% (2^12) → 72% (2^14) → 76% (2^16) → 77% (2^18) at the same review
// load. 2^16 int16 weights are 128 KiB: they still sit in L2 cache.
const Bits = 16

const (
	size     = 1 << Bits
	maxOrder = 3
	boundary = rune(0x2) // marks the start and end of a sentence
	magic    = "NGLR1"
)

// Model is a trained scorer: one weight per hashed n-gram and a bias.
type Model struct {
	W         []float32
	Bias      float32
	Threshold float32 // a probability at or above it reads as promise-like
	q         []int16 // W quantised (Decode): Score reads these, half the cache of W
	qscale    float32
}

// The n-gram hashes: each rune is multiplied by a constant per position in
// the n-gram; the products are xored with the order and finalised.
const (
	k1 = 0x9E3779B1
	k2 = 0x85EBCA6B
	k3 = 0xC2B2AE35
)

func fin(x uint32) uint32 {
	x ^= x >> 16
	x *= 0x7FEB352D
	x ^= x >> 15
	return x & (size - 1)
}

// each calls fn with the bucket of every n-gram (orders 1–3) of the
// sentence with boundary marks, in the order Score adds them.
func each(sentence []rune, fn func(uint32)) {
	n := 0
	var prev1, prev2 rune
	for i := -1; i <= len(sentence); i++ {
		r := boundary
		if i >= 0 && i < len(sentence) {
			r = sentence[i]
		}
		c := uint32(r) * k1
		fn(fin(c + 1))
		if n >= 1 {
			fn(fin((uint32(prev1)*k2 ^ c) + 2))
		}
		if n >= 2 {
			fn(fin((uint32(prev2)*k3 ^ uint32(prev1)*k2 ^ c) + 3))
		}
		prev2, prev1 = prev1, r
		n++
	}
}

// count returns how many n-grams each() yields for a sentence of m runes: m+2
// positions (with the two boundaries), of which all but the first two have
// maxOrder n-grams.
func count(m int) int { return maxOrder*(m+2) - 3 }

// Score returns the probability that the normalised sentence makes a
// forbidden claim. It allocates nothing.
func (m *Model) Score(sentence []rune) float32 { return sigmoid(m.Logit(sentence)) }

// Logit returns Score's log-odds: compare it with Logit of a probability
// rather than Score with the probability, and skip the exponential. It is the
// inlined form of each().
func (m *Model) Logit(sentence []rune) float32 {
	if len(m.q) != size {
		m.quantise()
	}
	w := m.q[:size]
	var sum int32
	var prev1, prev2 uint32
	n := 0
	for i := -1; i <= len(sentence); i++ {
		r := boundary
		if i >= 0 && i < len(sentence) {
			r = sentence[i]
		}
		c := uint32(r) * k1
		sum += int32(w[fin(c+1)])
		if n >= 1 {
			b := prev1 * k2
			sum += int32(w[fin((b^c)+2)])
			if n >= 2 {
				sum += int32(w[fin((prev2*k3^b^c)+3)])
			}
		}
		prev2, prev1 = prev1, uint32(r)
		n++
	}
	scale := float32(1 / math.Sqrt(float64(count(len(sentence)))))
	return m.Bias + scale*m.qscale*float32(sum)
}

// LogOdds is the logit of probability p: Logit(x) >= LogOdds(p) exactly when
// Score(x) >= p, up to rounding.
func LogOdds(p float32) float32 { return float32(math.Log(float64(p) / (1 - float64(p)))) }

// quantise fills q from W (Train and Decode call it; Score does for a
// hand-built model, which is then not safe for concurrent first use).
func (m *Model) quantise() {
	var maxAbs float32
	for _, x := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	m.qscale = maxAbs / 32767
	if m.qscale == 0 {
		m.qscale = 1
	}
	m.q = make([]int16, len(m.W))
	for i, x := range m.W {
		m.q[i] = int16(math.Round(float64(x / m.qscale)))
	}
}

func sigmoid(x float32) float32 { return float32(1 / (1 + math.Exp(-float64(x)))) }

// Sample is one labelled sentence (normalised runes).
type Sample struct {
	Text     []rune
	Positive bool
}

// Options steer training.
type Options struct {
	Epochs int
	Rate   float64 // AdaGrad learning rate
	L2     float64
	Seed   uint64
}

// Train fits the weights by AdaGrad on the log loss with L2 regularisation.
// The threshold is left at 0.5; see PickThreshold.
func Train(samples []Sample, o Options) *Model {
	w := make([]float64, size)
	g2 := make([]float64, size)
	var bias, gb float64
	rng := rand.New(rand.NewPCG(o.Seed, 7))
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	var feats []uint32
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			s := samples[i]
			feats = feats[:0]
			each(s.Text, func(h uint32) { feats = append(feats, h) })
			if len(feats) != count(len(s.Text)) {
				panic("ngram: each and count disagree")
			}
			scale := 1 / math.Sqrt(float64(len(feats)))
			z := bias
			for _, h := range feats {
				z += scale * w[h]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if s.Positive {
				y = 1
			}
			g := p - y
			for _, h := range feats {
				gr := g*scale + o.L2*w[h]
				g2[h] += gr * gr
				w[h] -= o.Rate * gr / (math.Sqrt(g2[h]) + 1e-8)
			}
			gb += g * g
			bias -= o.Rate * g / (math.Sqrt(gb) + 1e-8)
		}
	}
	m := &Model{W: make([]float32, size), Bias: float32(bias), Threshold: 0.5}
	for i, x := range w {
		m.W[i] = float32(x)
	}
	m.quantise()
	return m
}

// Encode serialises the model: magic, threshold, bias, then the weights
// quantised to int16 with one float32 scale (little endian).
func (m *Model) Encode() []byte {
	var maxAbs float32
	for _, x := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, len(magic)+12+2*size)
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Threshold))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	for _, x := range m.W {
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(x/scale)))))
	}
	return out
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	if len(b) != len(magic)+12+2*size || string(b[:len(magic)]) != magic {
		return nil, errors.New("ngram: not an encoded model of this size")
	}
	b = b[len(magic):]
	m := &Model{W: make([]float32, size)}
	m.Threshold = math.Float32frombits(binary.LittleEndian.Uint32(b))
	m.Bias = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	b = b[12:]
	for i := range m.W {
		m.W[i] = float32(int16(binary.LittleEndian.Uint16(b[2*i:]))) * scale
	}
	m.quantise()
	if math.IsNaN(float64(m.Threshold)) || m.Threshold <= 0 || m.Threshold > 1 {
		return nil, fmt.Errorf("ngram: threshold %v out of (0,1]", m.Threshold)
	}
	return m, nil
}

// PickThreshold returns the lowest threshold at which at most maxFalse of
// the negative scores reach it (scores of held-out negatives).
func PickThreshold(negatives []float32, maxFalse float64) float32 {
	if len(negatives) == 0 {
		return 0.5
	}
	s := append([]float32(nil), negatives...)
	// sort descending
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] > s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	k := int(maxFalse * float64(len(s)))
	if k >= len(s) {
		return 0.5
	}
	t := s[k] + 1e-4
	return max(t, 0.5)
}
