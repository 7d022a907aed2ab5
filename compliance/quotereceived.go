package compliance

// Quote cues that name no words of the applicant's, and posters named by a
// relative clause (群里那个发“…”的).

// receivedThing reports a quote cue followed by a receiving verb (您刚才收到的
// 短信验证码): the cue names something the applicant received, not words they
// said, so what follows is not a quotation.
func receivedThing(n []rune, e int) bool {
	return e > 0 && n[e-1] == '才' && prefixLen(n[e:], receivingVerbs) > 0 // 您刚才收到; not 您提到收到一条短信 (their words about it)
}

var receivingVerbs = []string{"收到", "接到", "拿到", "获取", "获得", "得到", "收的", "收咗", "攞到"}

// relativePoster reports a post quoted after a poster named by a
// demonstrative relative clause (群里那个发“不看征信秒下款”的我已经踢了) whose
// sentence then removes or warns against the poster: someone else's ad
// reported, not ours (我们那个群天天发“秒下款” keeps 我 and blocks).
func relativePoster(n []rune, ss, v, a int) bool {
	if v-2 < ss || prefixLen(n[v-2:v], []string{"那个", "那位", "这个", "那些", "呢个", "嗰个"}) == 0 {
		return false
	}
	q := a
	for q < len(n) && !isCloseQuote(n[q]) && !isSentenceEnd(n[q]) {
		q++
	}
	if q+1 >= len(n) || !isCloseQuote(n[q]) || n[q+1] != '的' && n[q+1] != '嘅' {
		return false
	}
	e := q + 1
	for e < len(n) && !isSentenceEnd(n[e]) {
		e++
	}
	for _, w := range posterRemoved {
		if indexString(n[q+1:e], w) >= 0 {
			return true
		}
	}
	return false
}

// posterRemoved: the poster removed, blocked or warned against.
var posterRemoved = []string{"踢了", "踢出", "踢咗", "移出", "拉黑", "封了", "禁言", "举报", "别加", "不要加", "唔好加", "别信", "不要信", "唔好信", "骗子", "是骗", "系骗", "删了", "removed", "kicked", "banned"}
