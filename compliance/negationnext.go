package compliance

import "strings"

// Refusals: a proposal refused by the clause right after
// it (你表弟叫你用他名字贷，这个搞不得), and a prohibition on a verb of sending
// whose destination holds the hit (莫发到哪个的私人手机上, 别转到个人账户里).

// nextRefusalSubjects may open the refusing clause: the proposal as its topic.
var nextRefusalSubjects = []string{"这种事儿", "这种事", "这事儿", "这个事", "这件事", "这样子", "这个", "这事", "这样", "那个", "那样", "那可", "这可", "那", "这", "可"}

// nextRefusals are the verdicts that refuse a proposal on their own: a
// potential negative of doing (搞不得, 使不得, 要不得) or a flat "no".
var nextRefusals = []string{"万万搞不得", "万万使不得", "万万不可", "万万不行", "千万搞不得", "绝对不行", "绝对不可以", "绝对搞不得",
	"搞不得", "使不得", "做不得", "干不得", "弄不得", "整不得", "要不得", "碰不得", "沾不得", "来不得",
	"不行", "不成", "不可以", "不可取", "行不通", "不得行", "要不得", "唔得", "唔好搞", "甭介", "别介"}

// refusedNext (f09_proposal-refused): the hit's clause ends right after it
// and the next clause is only a refusal of it (…用他名字贷，这个搞不得，出了事…).
// The refusal must close its clause (这个不行的话换一个, 这个不成问题 and a
// question 这个不行？ refuse nothing).
func refusedNext(n []rune, b int) string {
	ce := b
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	if ce-b > 2 || ce+1 >= len(n) || !strings.ContainsRune(",，;；", n[ce]) || strings.ContainsRune(string(n[b:ce]), '就') {
		return ""
	}
	st := ce + 1
	st += prefixLen(n[st:], nextRefusalSubjects)
	st += prefixLen(n[st:], []string{"可", "真", "真的", "是"})
	k := prefixLen(n[st:], nextRefusals)
	if k == 0 {
		return ""
	}
	en := st + k
	for en < len(n) && strings.ContainsRune("的啊呀哦喔啦嘞咧哈", n[en]) {
		en++
	}
	if en < len(n) && (!isClauseEnd(n[en]) || strings.ContainsRune("?？", n[en])) {
		return ""
	}
	return "negation:refused-next"
}

// sendVerbs are the verbs of sending a prohibition may govern with a
// destination after them (发到, 转给, 寄去).
var sendVerbs = []string{"转发", "发送", "上传", "传送", "转账", "汇款", "打款", "发", "传", "转", "寄", "汇", "交", "打"}

// destNegation (f19_send-dest-refused): a prohibition right before a verb of
// sending and a destination marker (莫发到哪个的私人手机上, 不要转到个人账户,
// 切勿寄给陌生人): the sending is forbidden, the hit is where it would go. A
// condition or contrast between (别发到…就…) ends the scope.
func (j *judge) destNegation(cs, a, cond int) string {
	n := j.n
	for i := max(cs, a-16); i+2 < a; i++ {
		k := prefixLen(n[i:a], []string{"千万不要", "千万别", "千万莫", "请不要", "请勿", "切勿", "切莫", "不要", "不得", "不可", "禁止", "严禁", "别", "勿", "莫", "唔好", "覅"})
		if k == 0 || cond >= 0 && i > cond || inWord(n, i) || j.neutralAt(i, i+1) {
			continue
		}
		e := i + k
		e += prefixLen(n[e:a], []string{"随便", "随意", "私自", "私下", "再"})
		v := prefixLen(n[e:a], sendVerbs)
		if v == 0 {
			continue
		}
		d := prefixLen(n[e+v:a], []string{"到", "给", "去", "进", "至", "往"})
		if d == 0 || scopeBreak(n[e:a]) || wordLen(n[e+v+d:a]) > 8 {
			continue
		}
		return "negation:send-dest"
	}
	return ""
}
