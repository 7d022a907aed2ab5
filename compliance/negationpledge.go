package compliance

import (
	"slices"
	"strings"
)

// Negations that are no denial, and denials that carry no negator before the
// hit:
//   - a negated outcome followed by the speaker's pledge (今晚没到卡你来找我,
//     未入数你嚟搵我, 批不下来唯我是问): the negation is the condition of a
//     guarantee, it excuses nothing;
//   - a claim introduced as untrue (并不是说…, 不是真的…, It's not true that…,
//     Tidak benar bahwa…, Hindi totoo na…): the claim that follows is denied.

// pledgeWords are the speaker's pledges after a failed outcome: come and find
// me, hold me to account.
var pledgeWords = []string{"你来找我", "您来找我", "恁来找我", "你来揾我", "你来搵我", "你嚟搵我", "你嚟揾我", "嚟搵我", "嚟揾我", "来找我", "直接找我",
	"唯我是问", "拿我是问", "我负全责", "我全权负责", "我承担全部责任", "搵我", "揾我",
	// a refund pledged on the failed outcome (两个钟头钱不到账，服务费全退; 办不下来双倍退)
	"全额退", "全退", "退全款", "全部退还", "双倍退", "如数退还", "fullrefund", "moneyback",
	"comefindme", "comelookforme", "blameme", "balikanmoako", "hanapinmoako", "carisaya", "carigue", "carisayasaja"}

// pledgeAfter reports a pledge starting shortly after position b in its
// sentence (in the same clause or the next one), not itself refused or waved
// away (不用来找我, 来找我也没用, 你来找我也没办法) and not an invitation to ask (有问题来找我).
func pledgeAfter(n []rune, b int) bool {
	e := b
	for e < len(n) && e-b < 16 && !isSentenceEnd(n[e]) {
		e++
	}
	breaks := 0
	for i := b; i < e; i++ {
		if isClauseEnd(n[i]) {
			breaks++
			if breaks > 1 {
				return false
			}
			continue
		}
		if i-b > 8 {
			return false
		}
		k := prefixLen(n[i:e], pledgeWords)
		if k == 0 {
			continue
		}
		if i > 0 && (negatorRule(n[i-1]) != "" || n[i-1] == '唔' || n[i-1] == '甭') {
			return false // 别来找我, 唔使嚟搵我
		}
		cs := i
		for cs > b && !isClauseEnd(n[cs-1]) {
			cs--
		}
		if prefixLen(n[cs:i], []string{"有问题", "有疑问", "有事", "有需要", "需要", "不懂", "不明白", "有咩问题", "有乜"}) > 0 {
			return false // 有问题来找我: an invitation, no pledge
		}
		rest := n[i+k : e]
		if prefixLen(rest, []string{"也", "都", "亦", "没用", "冇用", "无用", "没办法", "冇办法"}) > 0 {
			return false
		}
		return true
	}
	return false
}

// untrueWords introduce a claim as untrue; spaces are gone in the
// normalised text.
var untrueWords = []string{"并不是说", "不是真的", "并非真的", "唔系真㗎", "唔系真嘅", "唔系讲",
	"it'snottruethat", "itsnottruethat", "itisnottruethat", "it'snottrue", "itisnottrue", "itsnottrue", "notruththat", "it'sfalsethat", "itisfalsethat",
	"tidakbenarbahwa", "tidakbenarkalau", "tidakbenarjika", "takbenarbahawa", "tidakbenarbahawa", "tidakbenar", "takbenar", "bukanbenar",
	"hindipototoona", "hindihototoona", "hinditotoona", "hindipototoong", "hinditotoong", "hindipototoo", "hinditotoo", "dipototoona", "ditotoona"}

// untrueDenied: a claim whose clause opens with words saying that what
// follows is untrue (Hindi po totoo na hindi ire-report ang late payment,
// Tidak benar bahwa kami bisa hapus data SLIK, 并不是说逾期不会上征信): the
// claim is denied. The opener must stand at the start of the clause, or after
// a greeting or subject, a few runes before the hit.
func (j *judge) untrueDenied(cs, a, cond int) string {
	n := j.n
	if a-cs < 3 {
		return ""
	}
	for i := cs; i < a && i-cs <= 6; i++ {
		if !strings.ContainsRune("并不唔iethdbn", n[i]) {
			continue // the first letters of untrueWords
		}
		k := prefixLen(n[i:a], untrueWords)
		if k == 0 {
			continue
		}
		if cond >= 0 && i > cond || i > 0 && n[i-1] == '是' || hasPrefix(n[i+k:a], "benar") {
			return "" // 是不是真的 asks; tidak benar-benar is "not really"
		}
		if a-(i+k) > 16 || wordLen(n[i+k:a]) > negPromiseWindow+4 || slices.ContainsFunc(n[i+k:a], func(r rune) bool { return r == '.' || isSentenceEnd(r) }) {
			return ""
		}
		return "negation:untrue"
	}
	return ""
}

// exceptAfter reports an exception after the hit in its sentence (Tak ada
// siapa boleh padam rekod CCRIS kecuali kami, hindi kaya ng iba maliban sa
// amin, nobody can … except us): the negation makes the claim ours alone.
func (j *judge) exceptAfter(a int) bool {
	n := j.n
	for i := a; i < len(n) && !isSentenceEnd(n[i]); i++ {
		if prefixLen(n[i:], []string{"kecuali", "selain", "melainkan", "maliban", "bukodsa", "except", "otherthan", "除了我们", "除咗我哋", "只有我们"}) > 0 {
			return true
		}
	}
	return false
}
