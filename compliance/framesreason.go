package compliance

import "strings"

// Evaluation cues that are no verdict on the hit: a checker that needs what
// was asked for, and a refutation aimed elsewhere after the writer endorsed
// the claim.

// checkerNouns name who checks an application.
var checkerNouns = []string{"审核", "风控", "系统", "后台", "上面", "领导", "机构", "银行", "平台", "公司", "老板", "我们", "我这边", "信审"}

// checkerNeeds reports 要看/得看 at [st, en) right after a checker and closing
// its clause (把验证码发给我，风控要看): the reason for the request, not a doubt
// (额度要看审核结果 keeps its object and stays a doubt).
func checkerNeeds(n []rune, st, en int) bool {
	w := string(n[st:en])
	if w != "要看" && w != "得看" && w != "要睇" && w != "得睇" {
		return false
	}
	s := st
	for s > 0 && strings.ContainsRune("需也都还", n[s-1]) && st-s < 2 {
		s-- // 审核需要看, 风控也要看
	}
	named := false
	for _, c := range checkerNouns {
		if hasSuffixRunes(n[:s], c) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	i := en
	for i < len(n) && strings.ContainsRune("的啊呀哦嘛啦了下一", n[i]) {
		i++
	}
	return i == len(n) || isClauseEnd(n[i])
}

// endorsements affirm what was reported (这是真的, 没错), each as a clause of
// its own.
var endorsements = []string{"这是真的", "那是真的", "这个是真的", "是真的", "确实是真的", "确实如此", "确实是这样", "的确如此", "没错", "说得对", "说的对", "确有其事", "千真万确", "系真嘅", "真系咁"}

// endorsedBefore reports an endorsement opening a clause between the hit
// and st (有人说我们不还也没事，这是真的，别信催收): a refutation or an
// attribution around the hit no longer disowns it. A question (是真的吗？)
// asks, it does not endorse.
func endorsedBefore(n []rune, b, st int) bool {
	if st <= b {
		return false
	}
	for i := b; i < st; i++ {
		if i > b && !isClauseEnd(n[i-1]) {
			continue
		}
		p := prefixLen(n[i:st], endorsements)
		if p == 0 {
			continue
		}
		e := i + p
		for e < st && strings.ContainsRune("的啊呀啦喔哦嘅", n[e]) {
			e++
		}
		if e == st || isClauseEnd(n[e]) && n[e] != '？' && n[e] != '?' {
			return true
		}
	}
	return false
}
