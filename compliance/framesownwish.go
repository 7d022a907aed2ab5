package compliance

// ownWish: the hit is something the applicant may wish to do herself (如果你想把
// 照片发到朋友圈，请注意保护个人隐私; 您打算把截图发群里的话…): the addressee
// is its doer, so it threatens nothing. No first person may stand between the
// wish and the hit (你想让我们把照片发到朋友圈吗 is a threat).
func (j *judge) ownWish(a int) string {
	n := j.n
	cs := a
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for _, w := range [...]string{"你想", "您想", "你打算", "您打算", "你要是想", "您要是想", "你如果想", "您如果想", "你希望", "您希望", "你想要", "您想要", "你自己想", "您自己想"} {
		k := indexString(n[cs:a], w)
		if k < 0 {
			continue
		}
		between := n[cs+k+len([]rune(w)) : a]
		if len(between) > 4 || firstPersonBetween(between) || hasAny(between, []string{"让", "叫", "被"}) {
			continue
		}
		return "frame:own-wish"
	}
	return ""
}
