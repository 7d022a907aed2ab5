package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/bot/slot"
)

// kw is a phrase that states the value of an enumerated slot.
type kw struct {
	word string
	val  string
}

// kwTable is the phrases of one slot. The phrase that ends last in the text wins (on a tie, the
// longer one), so "经营周转" beats "周转" and a later statement beats an earlier one.
type kwTable struct {
	words    []kw
	negated  string         // value of a phrase right after 不/没/无/非 ("没有房子抵押" → none); "" = ignore it
	skipPrev []string       // a phrase right after one of these is not a statement ("想开店" is not 开店的)
	skipNext []string       // nor one right before these ("做生意用" is a purpose)
	family   bool           // skip phrases about a spouse or relative ("老公是公务员")
	byFirst  map[rune][]int // indexes into words by their first rune; built by indexed
}

// indexed returns t with its first-rune index built.
func (t kwTable) indexed() kwTable {
	t.byFirst = make(map[rune][]int, len(t.words))
	for i, k := range t.words {
		r, _ := utf8.DecodeRuneInString(k.word)
		t.byFirst[r] = append(t.byFirst[r], i)
	}
	return t
}

func kws(val string, words ...string) []kw {
	out := make([]kw, len(words))
	for i, w := range words {
		out[i] = kw{w, val}
	}
	return out
}

func kwJoin(lists ...[]kw) []kw {
	var out []kw
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// find returns the value of the last phrase of t stated in s.
func (t *kwTable) find(s string, ct *cueTables) (string, bool) {
	best, bestEnd, bestLen := "", -1, 0
	for i, r := range s {
		for _, j := range t.byFirst[r] {
			k := t.words[j]
			if !strings.HasPrefix(s[i:], k.word) {
				continue
			}
			v, ok := t.valueAt(s, i, k, ct)
			end := i + len(k.word)
			if ok && (end > bestEnd || (end == bestEnd && len(k.word) > bestLen)) {
				best, bestEnd, bestLen = v, end, len(k.word)
			}
		}
	}
	return best, bestEnd >= 0 && best != ""
}

func (t *kwTable) valueAt(s string, i int, k kw, ct *cueTables) (string, bool) {
	before := s[max(0, i-9):i] // up to three CJK runes
	for _, p := range t.skipPrev {
		if strings.HasSuffix(before, p) {
			return "", false
		}
	}
	if hasPrefixAny(s[i+len(k.word):], t.skipNext) {
		return "", false
	}
	if t.family && ct.personBefore(tailRunes(s[:i], 16), -1, ct.adultFamily) {
		return "", false
	}
	if isNegatedBefore(before) && !strings.HasPrefix(k.word, "没") && !strings.HasPrefix(k.word, "不") &&
		!strings.HasPrefix(k.word, "无") && !strings.HasPrefix(k.word, "非") {
		return t.negated, t.negated != ""
	}
	return k.val, true
}

func isNegatedBefore(before string) bool {
	for _, n := range []string{"不", "没", "没有", "无", "非", "不是", "不用", "不想"} {
		if strings.HasSuffix(before, n) {
			return !strings.HasSuffix(before, "有没有") && !strings.HasSuffix(before, "是不是")
		}
	}
	return false
}

// wordTables holds the phrase tables of the enumerated slots; built once by New.
type wordTables struct {
	purpose, employment, collateral, hukou kwTable
	urgent                                 kwTable // "急用钱": turnover, unless a purpose is named
	noDebt, noQueries, noIncome, noSocial  []string
	socialStopped                          []string          // "断了", "停了": no social security now, when it is the topic
	unknown                                []string          // "不知道", "不清楚": the applicant does not know
	vague                                  []string          // "好几次", "记不清": an answer without a figure
	businessContext                        []string          // turns 周转 into a business purpose
	dropMeasure                            *strings.Replacer // "买个电脑" → "买电脑", for purposes
}

func newWordTables() wordTables {
	return wordTables{
		purpose: kwTable{skipPrev: []string{"每月", "每个月", "一个月", "月供", "月要", "月需要", "月得", "月都"}, words: kwJoin(
			kws(slot.PurposeRenovation, "装修", "装房子", "翻新", "家装", "装个房"),
			kws(slot.PurposeCar, "买车", "购车", "提车", "买辆车", "买个车", "换车", "买新车", "买二手车", "买辆二手车", "买个二手车", "买台二手车", "买辆新车", "办车贷", "申请车贷", "做车贷", "买台车", "换辆车", "换个车", "换台车", "换部车", "换新车"),
			kws(slot.PurposeBusiness, "用于经营", "经营用", "经营需要", "做经营", "经营资金", "进货", "扩大生意", "生意周转", "店里周转", "想开店", "准备开店", "打算开店", "开店用", "做生意用",
				"生意上", "店里用", "公司周转", "公司资金", "备货", "经营贷", "生意需要", "扩店", "采购", "开厂", "经营周转", "生意用", "店铺周转", "周转一下生意", "周转生意", "生意上周转",
				"借钱做生意", "贷款做生意", "拿来做生意", "用来做生意", "想做生意", "要做生意", "打算做生意", "公司运营", "厂里周转", "工程款", "压货", "进点货", "进批货", "进一批货", "进些货", "进一些货", "拿货", "扩大经营", "扩大规模"),
			kws(slot.PurposeTurnover, "周转", "资金周转", "过桥", "倒贷", "短期周转"),
			kws(slot.PurposeMedical, "看病", "治病", "住院", "手术", "医疗", "医药费", "生病", "病了"),
			kws(slot.PurposeEducation, "学费", "上学", "读书", "培训", "教育", "留学", "考研", "上大学", "读研", "报班", "进修"),
			kws("", "在读研", "在读书", "还在读书", "在上学", "还在上学", "在上大学", "在读大学", "正在读研"), // a student's status, not a purpose
			kws(slot.PurposeConsumption, "消费", "买手机", "买电脑", "旅游", "结婚", "婚礼", "买家具", "买家电", "日常开销", "生活费", "消费贷",
				"买东西", "彩礼", "办酒", "买空调", "添置"),
			kws(slot.PurposeOther, "买房", "还信用卡", "还网贷", "还债", "买婚房"), // prohibited uses (炒股, 首付 …): see prohibitedTable
		)}.indexed(),
		urgent: kwTable{words: kws(slot.PurposeTurnover, "临时用钱", "急用钱", "应急", "急需用钱", "急用", "急需", "江湖救急", "资金紧张", "手头紧",
			"周转不开", "手头有点紧")}.indexed(),
		employment: kwTable{family: true, skipNext: []string{"用", "进货", "周转", "证明"}, skipPrev: []string{"想", "要", "打算", "准备", "借钱", "用来", "拿来", "用于", "来",
			"买车跑", "手车跑", "辆车跑", "台车跑", "个车跑"}, words: kwJoin(
			kws(slot.EmploymentSalaried, "上班", "上班族", "工薪", "打工", "职员", "员工", "国企", "事业单位", "公务员", "老师", "教师", "护士",
				"医生", "工人", "白领", "在职", "私企", "外企", "央企", "厂里上班", "文员", "程序员", "会计", "正式工", "合同工", "打工人",
				"保安", "护工", "保姆", "月嫂", "育儿嫂", "清洁工", "环卫工", "电工", "焊工", "普工", "操作工", "仓管", "营业员", "出纳", "上班的", "社保在公司", "发工资的", "拿工资", "快递员", "司机", "厨师", "服务员", "销售", "店员", "导购", "保洁",
				"工程师", "技术员", "当护士", "当老师", "上班族", "公司职员", "业务员", "前台", "收银员", "理财经理", "客户经理", "项目经理", "部门经理", "销售经理"),
			kws(slot.EmploymentBusinessOwner, "老板", "开公司", "公司法人", "企业主", "法人", "股东", "自己的公司", "开厂", "开了家公司", "开了个公司", "开了个小公司", "开了一家公司", "自己有公司", "开了个厂", "开了家厂", "开工厂", "公司老板", "厂老板", "公司是我自己开", "自己开的公司", "自己开公司", "公司是我开"),
			kws(slot.EmploymentSelfEmployed, "个体", "个体户", "开店", "开了个店", "开了家", "做生意", "摆摊", "开饭店", "开超市", "网店", "小生意",
				"开餐馆", "开店的", "做买卖", "生意人", "小老板", "开了一家", "个体工商户", "自己开", "开小店", "开个店"),
			kws(slot.EmploymentFreelancer, "自由职业", "自媒体", "跑滴滴", "开滴滴", "跑外卖", "外卖骑手", "骑手", "主播", "兼职", "灵活就业",
				"跑货拉拉", "网约车", "代驾", "打零工", "零工", "自由职业者", "接单", "微商", "做微商", "直播带货", "做直播", "送外卖"),
			kws("", "没有工作证明", "没工作证明", "没有工作单位证明"),
			kws(slot.EmploymentUnemployed, "无业", "没工作", "失业", "待业", "没上班", "不上班", "没有工作", "家庭主妇", "全职妈妈", "全职宝妈", "没有上班", "暂无工作", "无工作", "暂时没工作", "目前没工作", "暂时没有工作", "没找到工作", "还没工作", "找工作中", "在找工作", "辞职了", "被裁"),
			kws("", "年退休", "快退休", "没退休", "还没退休", "要退休", "准备退休", "就退休"),
			kws(slot.EmploymentRetired, "去年退休", "已经退休", "退休", "退休金", "养老金", "退休了", "退休人员", "退休教师", "退休老师", "退休职工", "退休工人", "退休干部"),
			kws(slot.EmploymentStudent, "学生", "大学生", "在读", "研究生", "读大学", "大学在读", "还在上学", "在校"),
		)}.indexed(),
		collateral: kwTable{negated: slot.CollateralNone, words: kwJoin(
			kws(slot.CollateralHouse, "房子抵押", "抵押房子", "房产抵押", "房抵", "押房", "拿房子", "用房子", "房本抵押", "抵押房产", "房屋抵押",
				"房子做抵押", "抵押房", "房产做抵押", "用房产", "拿房产", "房本押", "押房本", "房子押", "房子能押", "房能押", "能押房"),
			kws(slot.CollateralCar, "车抵", "押车", "车子抵押", "抵押车", "汽车抵押", "车辆抵押", "车做抵押", "车子做抵押", "拿车子", "用车子",
				"押车子", "车押", "车子押", "用车抵", "拿车抵", "押绿本", "绿本抵押", "车贷抵押", "车子能押", "车能押", "能押车", "车可以押"),
			kws(slot.CollateralNone, "无抵押", "没有抵押", "没抵押", "不抵押", "不想抵押", "信用贷", "纯信用", "没房没车", "无房无车",
				"没有抵押物", "没什么抵押", "不用抵押", "免抵押", "没房也没车", "没有房和车", "没有房子也没有车", "没有房也没有车",
				"没有房产", "没有车和房", "无房无车", "信用贷款", "不要抵押", "没东西抵押"),
			kws("", "没有抵押过", "没抵押过", "未抵押", "无抵押记录", "没有被抵押"), // about a house, not an offer
		)}.indexed(),
		hukou: kwTable{negated: "false", words: kwJoin(
			kws("true", "是本地的", "我是本地", "本地户口", "本地户籍", "本地人", "户口在本地", "户口本地", "本市户口", "本地的户口", "户口是本地", "户籍在本地", "土生土长", "本地户"),
			kws("false", "外地户口", "外地人", "外地户籍", "非本地", "户口不在本地", "户口在老家", "户口在外地", "外省户口", "不是本地", "外地的",
				"户口不是本地", "新市民", "外地户", "没有本地户口", "不是本地户口", "户口不在这", "户口在外省"),
		)}.indexed(),
		noDebt: []string{"没有负债", "无负债", "没负债", "没有其他贷款", "没有贷款", "无贷款", "没有月供", "零负债", "没有其他负债", "没有欠款",
			"没有房贷车贷", "没有任何贷款", "没贷过款", "没有其他的贷款", "没有别的贷款", "其他贷款没有", "负债没有", "没什么负债", "无其他负债", "没有房贷和车贷", "没贷款", "没有任何负债"},
		dropMeasure:     strings.NewReplacer("买个", "买", "买台", "买", "买部", "买", "买一个", "买", "买一台", "买", "买一辆", "买辆"),
		businessContext: []string{"进货", "店铺", "店里", "生意", "经营", "厂里", "工厂", "货款", "工程", "公司周转", "公司资金", "公司要", "公司的资金", "老板", "企业"},
		socialStopped:   []string{"断了", "断缴", "停了", "停缴", "不交了", "没交了", "没再交", "没在交", "断掉了", "没有交了"},
		unknown:         []string{"不知道", "不清楚", "不记得", "忘了"},
		vague:           []string{"好几次", "很多次", "好多次", "挺多次", "记不清", "不记得", "说不准", "不一定", "不固定"},
		noIncome:        []string{"没有收入", "没收入", "无收入", "零收入", "收入为0", "收入是0", "暂无收入", "目前没有收入"},
		noSocial: []string{"没交社保", "没有社保", "没缴社保", "社保没交", "没有交社保", "未缴纳社保", "不交社保", "社保没有", "没买社保", "社保没缴",
			"没有缴纳社保", "无社保", "社保断了", "社保断缴", "社保停了", "社保停缴", "社保已经断了", "社保也断了", "社保没再交", "社保不交了"},
		noQueries: []string{"没查过征信", "征信没查过", "没有查询", "没有查询记录", "零查询", "没有硬查询", "没被查过", "查询记录没有", "查询是0", "没有被查询",
			"没查过", "没有查过", "从来没查", "没被查", "一次都没查", "一次也没查", "都没查过", "没查询过", "没有查询过", "查询一次都没有", "查询一次也没有"},
	}
}

// tailRunes returns the last n runes of s.
func tailRunes(s string, n int) []rune {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return []rune(s[i:])
}
