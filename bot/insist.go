package bot

import (
	"strings"
)

// Insistence after a refusal: a plea, another person's papers or name, or the request pressed again
// is refused again; a question about the applicant's own facts is not.

// insists reports a message after a refusal that pleads or argues rather than moving on: no fact,
// no new question we can answer, no acceptance ("好吧", "那算了").
func (t *turn) insists() bool {
	if t.cmd == "yes" {
		return false
	}
	for _, w := range t.e.kb.Flow.Accept {
		if strings.Contains(t.text, w) {
			return false
		}
	}
	if !isEmpty(t.u.Slots) || !isEmpty(t.u.Tentative) {
		return pressesAgain(t.text) // "你就帮我弄一下嘛 我月入才五千": a fact told to press the request
	}
	switch t.u.Intent {
	case IntentOther, IntentFAQ, IntentProvideInfo, IntentGreeting, "":
	default:
		return false
	}
	if t.u.Intent == IntentProvideInfo && looksLikeQuestion(t.text) && !pleads(t.text) && !usesOthers(t.text) {
		return false // "不讲收入行不行", "唔講收入得唔得": a question about the applicant's facts, no plea
	}
	return true
}

// usesOthers reports a message that offers someone else's papers or name in place of the applicant's
// ("那用我老婆的行不行", "换成我爸的呢"): after a refusal it asks for the same act.
func usesOthers(s string) bool {
	for _, verb := range []string{"用", "拿", "借", "换成", "换"} {
		for i := strings.Index(s, verb); i >= 0; {
			rest := []rune(s[i+len(verb):])
			if len(rest) > 6 {
				rest = rest[:6]
			}
			w := string(rest)
			if strings.Contains(w, "的") && strings.ContainsAny(w, "老婆公爸妈弟哥姐妹亲朋友家同事") && !strings.Contains(w, "自己") {
				return true
			}
			j := strings.Index(s[i+len(verb):], verb)
			if j < 0 {
				break
			}
			i += len(verb) + j
		}
	}
	return false
}

// pressesAgain reports a plea for the refused act itself ("帮我弄一下", "求求你", "通融一下"), which a
// fact in the same message does not make a new answer.
func pressesAgain(s string) bool {
	for _, w := range []string{"帮我弄", "帮我做", "帮我搞", "帮帮忙", "帮下忙", "求你", "求求", "通融", "你就帮", "就帮我", "行个方便", "想想办法", "想个办法"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// pleads reports words that press a refused request again ("帮帮忙", "求你了", "想想办法").
func pleads(s string) bool {
	for _, w := range []string{"帮", "幫", "求", "通融", "拜托", "拜託", "办法", "辦法", "就这一次", "方便", "弄", "搞", "包"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
