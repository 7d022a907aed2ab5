package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/loanbot/loanbot/compliance/hanzi"
)

// normalizer folds full-width forms to half-width, traditional characters to simplified (the
// project's one table, compliance/hanzi, built from OpenCC's character data) and ASCII to lower case,
// then mends the words real input misspells (newWordFixes). normalize is safe for concurrent use.
type normalizer struct {
	simp  *hanzi.Folder
	words *strings.Replacer // input-method and voice-recognition slips, emoji and English words → the words the tables know
}

// newNormalizer takes the shared traditional → simplified table.
func newNormalizer() (*normalizer, error) {
	f, err := hanzi.Default()
	if err != nil {
		return nil, fmt.Errorf("traditional to simplified table: %w", err)
	}
	return &normalizer{simp: f, words: newWordFixes()}, nil
}

// newWordFixes lists what real input writes for the words the tables know: pinyin and voice
// homophones (余期 → 逾期, 征新 → 征信, 社bao → 社保), archaic numerals (卅 → 三十), "个k"/"个w",
// house and car emoji, and the English words bilingual applicants mix in. Applied after folding.
func newWordFixes() *strings.Replacer {
	pairs := []string{
		"monthly income", "月收入", "yue shou ru", "月收入", "yueshouru", "月收入", "shou ru", "收入", "credit card", "信用卡",
		"过万", "一万出头", "破万", "一万出头", // "月入过万": just over ten thousand, approximate
		"利系", "利息", "利西", "利息",
		"余期", "逾期", "愈期", "逾期", "于期", "逾期", "有预期", "有逾期", "预期了", "逾期了", "没预期", "没逾期", "没有预期", "没有逾期", "逾其", "逾期", "yu期", "逾期", "逾qi", "逾期", "yu 期", "逾期",
		"征新", "征信", "争信", "征信", "征性", "征信", "正信", "征信", "蒸信", "征信",
		"社bao", "社保", "社宝", "社保", "shebao", "社保", "社报", "社保",
		"卅", "三十", "廿", "二十", "卌", "四十",
		"个k", "k", "个w", "w", "个千", "千",
		"万把块", "一万来块", "千把块", "一千来块", // "借个万把块": about ten thousand, approximate
		"迟缴过", "逾期过", "迟交过", "逾期过", "晚缴过", "逾期过", "晚交过", "逾期过", "迟还过", "逾期过", "晚还过", "逾期过", "晚还了", "逾期了", "迟还了", "逾期了", "迟缴了", "逾期了", "晚还几天", "逾期几天", // "信用卡遲繳過", "花呗晚还了两天": a late payment is an overdue
		"🏠", "房", "🏡", "房", "🏘", "房", "🚗", "车", "🚙", "车", "🚘", "车",
		"credit report", "征信", "no overdue", "没有逾期", "overdue", "逾期", "salary", "工资", "income", "收入",
		"freelancer", "自由职业", "freelance", "自由职业", "loan", "贷款",
		"shang ban zu", "上班族", "shang ban", "上班", "mei you", "没有", "meiyou", "没有", "loan term", "期限", " months", "个月", "months", "个月", "month", "个月", "queries", "查询",
		"zheng xin", "征信", "yue xin", "月薪", "yuexin", "月薪", "xiang jie", "想借", "xiangjie", "想借", "fang zi", "房子", "fangzi", "房子",
		"che zi", "车子", "gong zi", "工资", "she bao", "社保", "yu qi", "逾期", "dai kuan", "贷款",
		"renovation", "装修", "no house", "没有房", "no car", "没有车", "house", "房", "purpose", "用途",
		"yuqi", "逾期", "zhengxin", "征信", "daikuan", "贷款", "gongzi", "工资", "shouru", "收入",
		"car", "车", "term", "期限", " years", "年", "years", "年", " year", "年", "year", "年",
	}
	pairs = append(pairs, homophones()...)
	pairs = append(pairs, cantonese()...)
	pairs = append(pairs, pinyinNumerals()...)
	for _, d := range "0123456789" {
		pairs = append(pairs, string(d)+"qian", string(d)+"千", string(d)+" qian", string(d)+"千", string(d)+"wan", string(d)+"万", string(d)+" wan", string(d)+"万", // before "qi": comparisons go in argument order
			string(d)+"nian", string(d)+"年", string(d)+"ci", string(d)+"次", string(d)+" nian", string(d)+"年",
			string(d)+"qi", string(d)+"期", string(d)+"sui", string(d)+"岁", string(d)+"geyue", string(d)+"个月", string(d)+"ge yue", string(d)+"个月")
	}
	for _, d := range "一二三四五六七八九" {
		pairs = append(pairs, "十有"+string(d), "十"+string(d)) // "五十有三"
	}
	return strings.NewReplacer(pairs...)
}

// normalize returns the folded runes of s. A run of white space next to a number is dropped ("20 万"
// reads as "20万") unless it separates two numbers ("8000 20万", "2万5 十二期" stay apart); elsewhere
// it becomes one space, a word boundary ("我在苏州 户口是外地的").
func (n *normalizer) normalize(s string) []rune {
	out := n.fold(s)
	if fixed := n.words.Replace(string(out)); fixed != string(out) {
		return []rune(fixed)
	}
	return out
}

// fold folds width, case and script and settles white space.
func (n *normalizer) fold(s string) []rune {
	out := make([]rune, 0, len(s)/2+1)
	pendingSpace := false
	for _, r := range s {
		r = n.foldRune(r)
		if unicode.IsSpace(r) {
			pendingSpace = len(out) > 0
			continue
		}
		if pendingSpace {
			if sep := spaceBetween(out[len(out)-1], r); sep != 0 {
				out = append(out, sep)
			}
		}
		pendingSpace = false
		out = append(out, r)
	}
	return out
}

// spaceBetween says what white space between prev and next becomes: '|' between two numbers,
// nothing next to a number or unit, ' ' between words.
func spaceBetween(prev, next rune) rune {
	switch {
	case isNumeralRune(prev) && startsNumeralRune(next):
		return '|'
	case isNumeralRune(prev) || isNumeralRune(next) || strings.ContainsRune("年期个月岁次块元%", next):
		if isWordRune(prev) || isWordRune(next) {
			return ' ' // "月入5500 社保交了7年", "退休工人 63": the space still ends a clause
		}
		return 0
	}
	return ' '
}

func startsNumeralRune(r rune) bool {
	_, digit := cnDigit(r)
	return isASCIIDigit(r) || digit || r == '十'
}

func isNumeralRune(r rune) bool {
	_, unit := cnUnit(r)
	return startsNumeralRune(r) || unit || r == 'k' || r == 'w'
}

func (n *normalizer) foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if k := width.LookupRune(r); k.Kind() == width.EastAsianFullwidth {
		if nr := k.Narrow(); nr != 0 {
			r = nr
		}
		if r < utf8.RuneSelf {
			return unicode.ToLower(r)
		}
	}
	switch r {
	case '\u3000':
		return ' '
	case '￥':
		return '¥'
	}
	return n.simp.SimplifyRune(r)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// pinyinNumerals spells the numerals of amounts typed in pinyin ("ershi wan" → 二十万, "san qian" →
// 三千): a digit word, an optional 十 and a unit, with or without spaces.
func pinyinNumerals() []string {
	digits := []struct{ py, zh string }{{"yi", "一"}, {"er", "二"}, {"liang", "两"}, {"san", "三"}, {"si", "四"}, {"wu", "五"},
		{"liu", "六"}, {"qi", "七"}, {"ba", "八"}, {"jiu", "九"}}
	units := []struct{ py, zh string }{{"wan", "万"}, {"qian", "千"}}
	var pairs []string
	for _, d := range digits {
		for _, u := range units {
			for _, sep := range []string{" ", ""} {
				for _, sep2 := range []string{" ", ""} { // folding may have closed either gap
					pairs = append(pairs, d.py+sep+"shi"+sep2+u.py, d.zh+"十"+u.zh)
				}
				pairs = append(pairs, d.py+sep+u.py, d.zh+u.zh)
			}
		}
	}
	for _, u := range units {
		pairs = append(pairs, "shi "+u.py, "十"+u.zh, "shi"+u.py, "十"+u.zh)
	}
	return pairs
}

// homophones are what pinyin input and voice recognition write for the words the tables know, beyond
// the ones listed with their English and pinyin forms: 公基金 for 公积金, 户扣 for 户口.
func homophones() []string {
	var pairs []string
	for word, slips := range map[string][]string{
		"公积金": {"公级金", "公鸡金", "公基金", "公机金", "公积全", "公及金", "工积金", "公积经"},
		"户口":  {"户扣", "户叩", "护口", "户囗", "户寇"},
		"社保":  {"社包", "设保", "射保"},
		"征信":  {"征心", "征兴", "正兴"},
		"逾期":  {"鱼期", "渝期"},
		"月供":  {"月共", "月贡"},
		"房贷":  {"房代"},
		"车贷":  {"车代"},
		"房本":  {"房笨"},
	} {
		for _, w := range slips {
			pairs = append(pairs, w, word)
		}
	}
	return pairs
}

// cantonese maps the written Cantonese of Hong Kong and Guangdong applicants (after folding to
// simplified script) to the Mandarin words the tables know: 冇 没有, 咗 了, 嘅 的, 喺 在, 而家 现在,
// 攞 拿, 层楼 a flat, 揸 开 (to drive). 系 is 是 only next to a pronoun or 唔, or before 自己/我的
// (whose: "架车系自己嘅"), where Mandarin has no 系.
func cantonese() []string {
	return []string{
		"冇", "没有", "咗", "了", "嘅", "的", "喺", "在", "而家", "现在", "攞", "拿", "唔系", "不是", "唔", "不",
		"佢哋", "他们", "佢", "他", "啲", "些", "嘢", "东西", "畀", "给", "睇", "看", "嚟", "来", "揾", "找", "搵", "找",
		"屋企", "家", "我系", "我是", "佢系", "他是", "都系", "都是", "就系", "就是", "系咪", "是不是", "户口系", "户口是", "系本地", "是本地", "系外地", "是外地",
		"读紧", "在读", "返紧工", "在上班", "做紧", "在做",
		"乜嘢", "什么", "点解", "为什么", "边度", "哪里", "返工", "上班", "打份工", "打工", "份人工", "工资", "出粮", "发工资",
		"有层楼", "有套房", "我层楼", "我的房子", "层楼系", "房子是", "嗰层楼", "那套房", "嗰", "那", "架车", "辆车", "揸车", "开车",
		"咁", "这么", "倾", "聊", "倾偈", "聊天", "还晒", "还完", "找晒数", "还完", "话我", "说我", // 还晒: repaid in full; "佢哋话我有逾期": they say I
		"揸的士", "开出租", "揸", "开", "系自己", "是自己", "系我的", "是我的", "系我嘅", "是我的", "系我老", "是我老", // "架车系自己嘅", "揸滴滴": owning and driving
		"俾人追数", "被人催债", "追数", "催债", "卡数", "信用卡", "拖数", "拖欠", "未找数", "没还", "冇找数", "没还", // "有笔卡数未还": a credit card debt unpaid
	}
}

// isWordRune reports a Han character that is no numeral and no unit: the start or end of a word
// that a space keeps apart from a number.
func isWordRune(r rune) bool {
	return unicode.Is(unicode.Han, r) && !isNumeralRune(r) && !strings.ContainsRune("年期个月岁次块元多来余左右以几半", r)
}
