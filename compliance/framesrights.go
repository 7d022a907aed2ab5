package compliance

// collectorActWarned: an F16 act (a collector's pressure or publishing)
// that the sentence puts in the applicant's hands or warns about.
func (j *judge) collectorActWarned(c *cand, a, b, ss, se int) string {
	if j.s.phrases[c.phrase].Category != "F16" {
		return ""
	}
	if e := j.rightsAdvised(a, b, ss, se); e != "" {
		return e
	}
	return j.ownWish(a)
}

// rightsAdvised: a collector's act named as a condition and the applicant
// told what to do about it (催收如果call你的contacts，记得save证据然后complain;
// 要是催收打给你家人，可以截图向监管投诉): the act is warned about, not
// threatened. A rights word waved away after it (投诉也没用) is no advice.
func (j *judge) rightsAdvised(a, b, ss, se int) string {
	n := j.n
	if !hasAny(n[ss:a], collectorWords) || !hasAny(n[ss:a], conditionWords) {
		return ""
	}
	i := b
	for i < se && !isClauseEnd(n[i]) {
		i++
	}
	if i >= se {
		return ""
	}
	rest := n[i+1 : se]
	for _, w := range rightsWords {
		k := indexString(rest, w)
		if k < 0 {
			continue
		}
		after := rest[k+len([]rune(w)):]
		if prefixLen(after, []string{"也没用", "没用", "也无效", "无效", "不管用", "也不管用", "都没用", "是没用的"}) > 0 {
			return ""
		}
		if !firstPersonBetween(rest[:k]) {
			return "frame:rights-advice"
		}
	}
	return ""
}

// collectorWords name a debt collector.
var collectorWords = []string{"催收", "催款", "讨债", "追债", "collector", "collection", "收数"}

// conditionWords open a condition.
var conditionWords = []string{"如果", "要是", "假如", "若", "万一", "if", "一旦", "如遇", "遇到"}

// rightsWords tell the applicant to keep evidence or complain.
var rightsWords = []string{"保存证据", "留证据", "留存证据", "保留证据", "截图", "录音", "证据", "投诉", "举报", "报警", "complain", "report", "12378", "监管"}

// hasAny reports whether any of ws occurs in rs.
func hasAny(rs []rune, ws []string) bool {
	for _, w := range ws {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}
