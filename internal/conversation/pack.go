package conversation

import (
	"strings"
	"unicode/utf8"
)

// MaxPassiveBytes is the most content WeChat accepts in one passive text reply.
const MaxPassiveBytes = 2048

// maxFollowUps is how many 客服消息 may follow one applicant message.
const maxFollowUps = 5

// Pack joins texts with blank lines into a first message of at most limit bytes; whatever does
// not fit follows as further messages, each within limit. Text is cut only at rune boundaries,
// preferably at line ends.
func Pack(texts []string, limit int) (first string, rest []string) {
	var msgs []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			msgs = append(msgs, cur.String())
			cur.Reset()
		}
	}
	for _, t := range texts {
		for _, piece := range split(t, limit) {
			if cur.Len() > 0 && cur.Len()+2+len(piece) > limit {
				flush()
			}
			if cur.Len() > 0 {
				cur.WriteString("\n\n")
			}
			cur.WriteString(piece)
		}
	}
	flush()
	if len(msgs) == 0 {
		return "", nil
	}
	return msgs[0], msgs[1:]
}

// split cuts one text into pieces of at most limit bytes.
func split(t string, limit int) []string {
	var out []string
	for len(t) > limit {
		cut := strings.LastIndexByte(t[:limit], '\n')
		if cut <= 0 {
			cut = limit
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
		}
		out = append(out, strings.TrimRight(t[:cut], "\n"))
		t = strings.TrimLeft(t[cut:], "\n")
	}
	if t != "" {
		out = append(out, t)
	}
	return out
}
