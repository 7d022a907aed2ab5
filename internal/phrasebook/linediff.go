package phrasebook

import "strings"

// DiffLine is one line of a text diff: "+" added, "-" removed, " " context; Line numbers the
// line in the new text (the old one for removals).
type DiffLine struct {
	Op   string `json:"op"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// maxDiffCells bounds the LCS table; beyond it the diff is every old line removed and every
// new line added.
const maxDiffCells = 16 << 20

// LineDiff is the line diff from a to b (longest common subsequence), keeping `context` unchanged
// lines around each change. Equal texts give an empty diff.
func LineDiff(a, b string, context int) []DiffLine {
	out := []DiffLine{}
	if a == b {
		return out
	}
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	p := 0 // the common prefix and suffix need no table
	for p < len(al) && p < len(bl) && al[p] == bl[p] {
		p++
	}
	s := 0
	for s < len(al)-p && s < len(bl)-p && al[len(al)-1-s] == bl[len(bl)-1-s] {
		s++
	}
	full := editScript(al[p:len(al)-s], bl[p:len(bl)-s], p)
	keep := make([]bool, len(full))
	for i, d := range full {
		if d.Op == " " {
			continue
		}
		for k := max(0, i-context); k <= min(len(full)-1, i+context); k++ {
			keep[k] = true
		}
	}
	for i := p - 1; i >= 0 && i >= p-context; i-- { // context from the common prefix
		out = append([]DiffLine{{Op: " ", Line: i + 1, Text: al[i]}}, out...)
	}
	for i, d := range full {
		if keep[i] || d.Op != " " {
			out = append(out, d)
		}
	}
	nb := len(bl) - s
	for i := 0; i < s && i < context; i++ {
		out = append(out, DiffLine{Op: " ", Line: nb + i + 1, Text: bl[nb+i]})
	}
	return out
}

// editScript diffs the middle parts (off lines precede them in both texts).
func editScript(a, b []string, off int) []DiffLine {
	var out []DiffLine
	if len(a)*len(b) > maxDiffCells {
		for i, l := range a {
			out = append(out, DiffLine{Op: "-", Line: off + i + 1, Text: l})
		}
		for j, l := range b {
			out = append(out, DiffLine{Op: "+", Line: off + j + 1, Text: l})
		}
		return out
	}
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w) // lcs[i*w+j]: LCS length of a[i:] and b[j:]
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			out = append(out, DiffLine{Op: " ", Line: off + j + 1, Text: b[j]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			out = append(out, DiffLine{Op: "-", Line: off + i + 1, Text: a[i]})
			i++
		default:
			out = append(out, DiffLine{Op: "+", Line: off + j + 1, Text: b[j]})
			j++
		}
	}
	return out
}
