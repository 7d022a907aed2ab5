package compliance

// boastAfterInability reports an inability cue (做不到, 办不到) that others'
// failure sets up our own boast (别人做不到的，我们可以; 别家办不到，我们能办):
// when we-can follows it before the hit, the cue warns against nothing.
func (j *judge) boastAfterInability(st, en, a int) bool {
	switch string(j.n[st:en]) {
	case "做不到", "办不到":
	default:
		return false
	}
	if a > len(j.n) {
		a = len(j.n)
	}
	rest := j.n[en:a]
	for _, w := range [...]string{"我们可以", "我们能", "我们都能", "我们做得到", "我们办得到", "我们就能", "我们却能", "我们这可以", "我们这能", "我们这里可以", "我们这里能",
		"我可以", "我能", "俺们能", "俺能", "咱能", "咱们能", "咱可以", "咱们可以", "咱这能", "咱这儿能", "我哋可以", "我哋做得到", "我哋得", "我哋能",
		"本平台可以", "本平台能", "我司可以", "我司能", "wecan", "we'llmakeit", "wecando"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}
