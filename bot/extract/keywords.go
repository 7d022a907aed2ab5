package extract

import (
	"cmp"
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
	words       []kw
	negated     string         // value of a phrase right after 不/没/无/非 ("没有房子抵押" → none); "" = ignore it
	skipPrev    []string       // a phrase right after one of these is not a statement ("想开店" is not 开店的)
	skipNext    []string       // nor one right before these ("做生意用" is a purpose)
	family      bool           // skip phrases about a spouse or relative ("老公是公务员")
	byFirst     map[rune][]int // indexes into words by their first rune; built by indexed
	list        wordList       // the phrases, for the lexicon: find tries only those the message holds
	both        string         // the value that wins over another stated value of the same kind (a house over a car)
	askNext     []string       // a kind of applicant (askKinds) right before these is asked about ("大学生可以贷吗"), unless the message speaks of the applicant ("我是大学生")
	askKinds    []string       // the nouns of a kind; "退休了可以贷吗", "没工作能借吗" still state the applicant's own
	familyRunes int            // how far before a phrase a relative is looked for (0 = 16 runes)
	contrast    bool           // a relative's phrase followed by the applicant's own denial ("老婆是本地户口 我不是") states the negated value
}

// indexed returns t with its first-rune index and its word list built.
func (t kwTable) indexed() kwTable {
	t.byFirst = make(map[rune][]int, len(t.words))
	t.list = wordList{words: make([]string, len(t.words))}
	for i, k := range t.words {
		r, _ := utf8.DecodeRuneInString(k.word)
		t.byFirst[r] = append(t.byFirst[r], i)
		t.list.words[i] = k.word
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

// find returns the value of the last phrase of t stated in s. A phrase that states nothing (val "")
// hides only the phrases it overlaps ("快退休了" is no 退休了, "没有房贷" no 有房), not earlier ones
// ("有套房 没有房贷" still has a house).
// f is the lexicon's scan of the message s is (part of): a phrase it lacks is not tried.
func (t *kwTable) find(s string, ct *cueTables, f found) (string, bool) {
	if !f.any(&t.list) {
		return "", false // most messages hold no phrase of a given table
	}
	var blankBuf, foundBuf [8]kwMatch // on the stack: a message holds few phrases of one table
	blanks, found := blankBuf[:0], foundBuf[:0]
	for i, r := range s {
		for _, j := range t.byFirst[r] {
			k := t.words[j]
			if !f.has(&t.list, j) || !strings.HasPrefix(s[i:], k.word) {
				continue
			}
			m := kwMatch{start: i, end: i + len(k.word)}
			if k.val == "" {
				blanks = append(blanks, m)
			} else if v, ok := t.valueAt(s, i, k, ct); ok {
				m.val = v
				found = append(found, m)
			}
		}
	}
	best := kwMatch{end: -1}
	for _, m := range found {
		if !m.hiddenBy(blanks) && (m.end > best.end || (m.end == best.end && m.end-m.start > best.end-best.start)) {
			best = m
		}
	}
	if t.both != "" && best.val != t.negated && best.val != t.both && t.stated(found, blanks, best) {
		return t.both, true // "🏠有一套 🚗也有一辆": a house and a car owned is a house
	}
	return best.val, best.end >= 0 && best.val != ""
}

// stated reports a phrase of t.both found apart from best ("车登记在我名下" holds 登记在我名下 but
// names no house).
func (t *kwTable) stated(found, blanks []kwMatch, best kwMatch) bool {
	for _, m := range found {
		if m.val == t.both && !m.hiddenBy(blanks) && (m.end <= best.start || m.start >= best.end) {
			return true
		}
	}
	return false
}

// kwMatch is one phrase of a kwTable found in a text, with the value it states there.
type kwMatch struct {
	start, end int
	val        string
}

// hiddenBy reports whether m overlaps one of blanks without containing it.
func (m kwMatch) hiddenBy(blanks []kwMatch) bool {
	for _, b := range blanks {
		if m.start < b.end && b.start < m.end && !(m.start <= b.start && m.end >= b.end && m.end-m.start > b.end-b.start) {
			return true
		}
	}
	return false
}

func (t *kwTable) valueAt(s string, i int, k kw, ct *cueTables) (string, bool) {
	if k.val == "" {
		return "", true // a phrase that states nothing, negated or not ("没有房贷" is no house)
	}
	before := s[max(0, i-9):i] // up to three CJK runes
	for _, p := range t.skipPrev {
		if strings.HasSuffix(before, p) {
			return "", false
		}
	}
	if hasPrefixAny(s[i+len(k.word):], t.skipNext) {
		return "", false
	}
	if t.askedOfKind(s[i:]) && !containsAny(s, []string{"我", "本人", "俺"}) {
		return "", false // "大学生可以贷吗" asks; "学生可以贷款吗 我今年19" speaks of the applicant
	}
	if t.family && ct.personAloneBefore(tailRunes(s[:i], cmp.Or(t.familyRunes, 16)), ct.adultFamily) {
		if t.contrast {
			return t.contrasted(s[i+len(k.word):], k.val)
		}
		return "", false
	}
	if isNegatedBefore(before) && !strings.HasPrefix(k.word, "没") && !strings.HasPrefix(k.word, "不") &&
		!strings.HasPrefix(k.word, "无") && !strings.HasPrefix(k.word, "非") {
		return t.negated, t.negated != ""
	}
	return k.val, true
}

// askedOfKind reports a kind of applicant at the start of s followed by a question about it ("个体户可以贷吗"
// for the phrase 个体 or 个体户 alike).
func (t *kwTable) askedOfKind(s string) bool {
	for _, kind := range t.askKinds {
		if strings.HasPrefix(s, kind) && hasPrefixAny(s[len(kind):], t.askNext) {
			return true
		}
	}
	return false
}

// contrasted reads the applicant's own answer right after a relative's phrase: "我不是" states the
// negated value, "我也是" the phrase's own; anything else states nothing.
func (t *kwTable) contrasted(after, val string) (string, bool) {
	after = strings.TrimLeft(after, " ,，的了")
	switch {
	case hasPrefixAny(after, []string{"我不是", "我不", "我没有", "我没", "我是外地", "我的不是", "我户口不"}):
		return t.negated, t.negated != ""
	case hasPrefixAny(after, []string{"我也是", "我也"}):
		return val, true
	}
	return "", false
}

func isNegatedBefore(before string) bool {
	for _, n := range []string{"不", "没", "没有", "无", "非", "不是", "不用", "不想", "冇", "唔"} {
		if strings.HasSuffix(before, n) {
			return !strings.HasSuffix(before, "有没有") && !strings.HasSuffix(before, "是不是")
		}
	}
	return false
}

// wordTables holds the phrase tables of the enumerated slots; built once by New.
type wordTables struct {
	purpose, employment, collateral, hukou kwTable
	pledge                                 kwTable  // the wish to pledge or not
	noPledge                               wordList // a refusal to pledge anywhere in the message
	willingOnly                            wordList // "可以抵押": a wish to pledge, which says nothing of what is owned
	pureCredit                             wordList // a wish for pure credit, stated apart from what is owned
	studentStatus, tuition, shops          wordList // settle the employment (settleEmployment)
	rateWords, productNames, wantLoan      wordList // a product named in a rate question is no purpose
	repayFixed                             wordList // borrowing to repay other loans: a fixed phrase (borrowToRepay)
	repayDue, bridge                       wordList // a repayment date near and money to bridge it ("还款日快到了 借点周转")
	workVehicles, workUse                  wordList // a vehicle bought for work ("买辆货车", "买车跑运输"): business, not car
	repayObjects                           []string // what a borrowing verb repays in its clause (borrowToRepay)
	noDebt, noQueries                      []string
	noDebtList, noQueriesList              wordList // the same words, for the lexicon: ownAny runs only when one is there
	noIncome, noSocial                     wordList
	socialStopped                          wordList // "断了", "停了": no social security now, when it is the topic
	unknown                                wordList // "不知道", "不清楚": the applicant does not know
	vague                                  wordList // "好几次", "记不清": an answer without a figure
	businessActivity                       wordList // turns 周转 into a business purpose: what the money does in the business
	farming                                []string // a business purpose when planned ("想搞个养殖场")
	wages                                  wordList // a payroll: turnover when the applicant runs the business
	farmingList                            wordList // farming, for the lexicon: farmingPlanned runs only when one is named
	places                                 wordList // shops and workshops (shopWithin), for the lexicon
	bosses                                 wordList // 老板, 厂长 … (forBoss), for the lexicon
	employerVehicle                        wordList // driving the employer's vehicle: a platform word does not make it one's own account
	staffAny                               wordList // staff counted at all ("员工三十来个"): with a company owned, the applicant owns it
}

// lists returns the word lists of w asked about the whole message, for the lexicon.
func (w *wordTables) lists() []*wordList {
	return []*wordList{&w.purpose.list, &w.employment.list, &w.collateral.list, &w.hukou.list, &w.pledge.list, &w.noPledge, &w.pureCredit, &w.studentStatus, &w.tuition, &w.shops, &w.rateWords, &w.productNames,
		&w.wantLoan, &w.repayFixed, &w.repayDue, &w.bridge, &w.workVehicles, &w.workUse, &w.noIncome, &w.noSocial, &w.socialStopped, &w.unknown, &w.vague, &w.businessActivity, &w.willingOnly, &w.wages, &w.farmingList, &w.places, &w.bosses, &w.employerVehicle, &w.staffAny, &w.noDebtList, &w.noQueriesList}
}

func newWordTables() wordTables {
	farming := []string{"养殖", "养鸡", "养猪", "养牛", "养羊", "养鱼", "养虾", "养鸭", "种植", "大棚", "承包", "种地", "种果树", "果园", "鱼塘"}
	w := wordTables{
		farming:         farming,
		farmingList:     list(farming...),
		places:          list(append([]string{"店", "铺", "馆"}, shopPlaces...)...),
		bosses:          list("老板", "老总", "厂长", "领导"),
		employerVehicle: list(drivenForEmployer()...),
		staffAny:        list(append(staffMany(), staffCounted()...)...),
		wages:           list("发工资", "开工资", "发工钱", "结工钱", "工人工资", "员工工资", "发薪水", "工资发不出", "发不出工资"),
		purpose: kwTable{skipPrev: []string{"每月", "每个月", "一个月", "月供", "月要", "月需要", "月得", "月都",
			"还", "欠", // "还消费贷": a loan repaid, not a purpose
			"写成", "写", "填成", "填", "报成", "说成", "谎称", "假装", // "帮我写成装修": a purpose to fake, not the applicant's
			"给"}, // "家里给生活费": money received
			skipNext: []string{"公司", "队", "师傅", "工人", "修公司", "修队", "厂", "城", "批发", "市场", "行业", "的分期", "拉拉", "零工"}, words: withMeasures(kwJoin(
				kws(slot.PurposeRenovation, "装个修", "装一下修", "装修", "装房子", "翻新", "家装", "装个房", "翻修", "翻盖", "修房子", "修一下房子", "修缮"),
				kws(slot.PurposeRenovation, "zhuangxiu", "zhuang xiu", "fanxin", "fan xin"), // pinyin typed without converting
				kws("", append(combine([]string{"有个", "有笔", "有一笔", "还有个", "还有笔", "在还", "要还", "还"}, []string{"经营贷", "消费贷", "装修贷"}), "经营贷要还", "经营贷每月", "经营贷每个月", "经营贷月供", "经营贷还有", "经营贷还剩")...), // "每个月还有个经营贷要还三千": a loan held, no purpose
				// appliances and furniture bought with a renovation ("装修加买家电") belong to it
				kws(slot.PurposeRenovation, combine([]string{"装修加", "装修和", "装修再", "装修顺便", "装修加上", "装修带", "装修连"}, []string{"买家电", "买家具", "家电", "家具", "买点家电", "买点家具", "添家电", "添家具"})...),
				kws(slot.PurposeCar, "买车", "购车", "提车", "买辆车", "买个车", "换车", "买新车", "买二手车", "买辆二手车", "买个二手车", "买台二手车", "买辆新车", "办车贷", "申请车贷", "做车贷", "买台车", "换辆车", "换个车", "换台车", "换部车", "换新车"),
				kws(slot.PurposeCar, combine([]string{"看中", "看上", "相中", "看好了"}, []string{"一台二手车", "一辆二手车", "一台车", "一辆车", "一台新车", "一辆新车", "了一台二手车", "了一辆二手车", "了一台车", "了一辆车", "了一台新车", "了一辆新车", "辆车", "台车"})...), // "看中一台二手车 十二万 想贷九万": a car picked to buy
				// business: starting or growing a business, its equipment; turnover: the working capital of
				// one that runs (stock, wages, suppliers, cash short) — the readings the slot's brief gives
				kws(slot.PurposeBusiness, "买设备", "进设备", "进点设备", "添点设备", "开分店", "扩大生产", "添设备", "买机器", "扩产", "用于经营", "经营用", "经营需要", "做经营", "扩大生意", "想开店", "准备开店", "打算开店", "开店用", "做生意用",
					"生意上", "店里用", "经营贷", "生意需要", "扩店", "生意用", // 开厂: only one planned (opensFactory)
					"借钱做生意", "贷款做生意", "拿来做生意", "用来做生意", "想做生意", "要做生意", "打算做生意", "扩大业务", "业务扩张", "扩大规模", "换设备", "新设备", "冷链车", "扩大经营",
					"扩大店面", "扩大一下店面", "扩大一下", "扩充门店", "扩充店面", "扩充规模", "扩充业务", "扩充生产", "扩充一下", "扩展门店", "扩展业务", "扩展店面", "扩大门店", "扩张店面", "扩建", "新机器", "换机器", "一批机器", "生产设备", "新生产线", "开新店", "开家分店", "开一家分店", "开个分店", "再开一家", "再开个", "再开家", "开第二家", "多开一家", "买个门面", "盘个店", "盘下", "盘店", "加盟",
					"买牛", "买羊", "买猪", "买猪仔", "买鸡苗", "买鱼苗", "买牛犊", "买羊羔", "买点牛", "买点羊", "买点猪", "再买点牛", "买些牛", "买几头"),
				kws(slot.PurposeTurnover, "周转", "资金周转", "过桥", "倒贷", "短期周转", "垫资", "垫钱", "先垫", "垫付", "垫款",
					"进货", "备货", "压货", "拿货", "进点货", "订货", "补货", "进批货", "进一批货", "进些货", "进一些货", "进一批", "铺货", "囤货", "采购", "原材料", "原料", "的货", "货款", "付货款", "供应商", "结货款",
					"生意周转", "店里周转", "店铺周转", "经营周转", "周转一下生意", "周转生意", "公司资金", "经营资金", "公司运营", "流动资金", "资金紧张", "资金链", "钱转不过来", "转不过来", "转不开", "周转不开", "资金不够", "账上没钱", "账上钱不够", "回款慢", "回款", "投标", "投标保证金",
					"给员工发工资", "给工人发工资", "发员工工资", "发工人工资", "给员工开工资", "给伙计发工资", "给师傅们发工资", "给工人开工资", "发不出工资", "工资发不出", "发工资周转",
					"公司要发工资", "厂里要发工资", "公司发工资", "厂里发工资", "厂子发工资", "店里发工资", "店里要发工资", "发工资和货款"),
				kws(slot.PurposeBusiness, machinesBought()...),
				kws(slot.PurposeBusiness, farmsBuilt()...),
				kws("", combine([]string{"他", "她", "弟", "哥", "姐", "妹", "朋友", "亲戚"}, []string{"要做生意", "想做生意", "做生意"})...),                   // someone else's business: lent on (prohibitedTable)
				kws(slot.PurposeBusiness, combine([]string{"开多", "多开", "开多几", "开多一"}, []string{"间", "家", "个", "几间", "几家", "两间", "两家"})...), // "開多間分店"
				kws(slot.PurposeBusiness, workVehiclesBought()...),
				kws(slot.PurposeTurnover, stockBought()...),
				kws(slot.PurposeConsumption, goodsBought()...),
				kws(slot.PurposeConsumption, "婚事", "办喜事", "喜事", "酒席", "摆酒", "娶媳妇", "娶老婆", "订婚", "定亲", "嫁妆", "婚纱", "蜜月", "旅行", "出去玩",
					"满月酒", "办寿宴", "生日宴", "交房租", "奶粉钱", "生活开支", "日常花销", "年货"),
				kws("", farming...), // "我在南充养猪" is a living; farming is a purpose only when planned (farmingPlanned)
				kws("", "给朋友周转", "帮朋友周转", "朋友周转", "借给朋友周转", "亲戚周转", "别人周转"), // lending on (prohibitedTable), not the applicant's turnover
				kws(slot.PurposeMedical, "看病", "治病", "住院", "手术", "医疗", "医药费", "生病", "病了", "看牙", "种牙", "补牙", "生孩子", "生小孩", "剖腹产", "顺产",
					"支架", "助听器", "化疗", "透析", "做检查", "药费", "康复", "牙齿矫正", "矫正牙齿", "整牙", "种植牙", "镶牙", "做牙"),
				kws(slot.PurposeEducation, "学费", "上学", "读书", "培训", "教育", "留学", "考研", "上大学", "报班", "进修", "钢琴班", "兴趣班", "补习", "辅导班", "雅思", "托福", "学车", "考驾照", "考个驾照", "驾校", "学驾照"),
				kws("", "在读研", "在读书", "还在读书", "在上学", "还在上学", "在上大学", "在读大学", "正在读研", "我上学", "上学呢", "读书呢", "我读书", "正上学", "上学中"), // a student's status, not a purpose
				kws(slot.PurposeConsumption, "消费", "买手机", "买电脑", "旅游", "结婚", "婚礼", "买家具", "买家电", "日常开销", "生活费", "消费贷", "生活开销", "生活开支", "日常开支", "家里开销", "日常花销", "生活花销",
					"买东西", "彩礼", "办酒", "买空调", "添置", "过年", "回家过年", "家电", "家具", "买点东西",
					"家私", "傢俬", "钱生活", "钱过日子", "维持生活", "维持生计", "过日子用", "生活用"), // Cantonese 買傢俬; "失业了 想借点钱生活"
				kws("", "合作医疗", "医疗保险", "新农合", "医保"), // insurance held, not a purpose
				kws("", "家电子", "电子厂"),                // "一家电子厂" holds 家电
				kws("", combine([]string{"结婚", "结婚都", "结婚已经"}, []string{"一年", "两年", "三年", "四年", "五年", "六年", "七年", "八年", "十年", "十几年", "二十年", "好几年", "多年", "几年"})...), // marital status, not a wedding
				kws("", "已婚", "结过婚", "结婚证"),
				kws(slot.PurposeOther, "买房", "买婚房", "买二手房", "买套房", "买房子", "买新房", "买套二手房", "买个二手房"), // prohibited uses (炒股, 首付 …): see prohibitedTable; repaying other loans is a signal (borrowToRepay), not a purpose
			))}.indexed(),
		employment: kwTable{family: true, askNext: askedOfKind(), askKinds: kindsAsked(), skipNext: []string{"用", "进货", "周转", "证明"}, skipPrev: []string{"考", "想", "要", "打算", "准备", "借钱", "贷款", "用来", "拿来", "用于", "来",
			"给", "手下", "招", "雇", "扩", "放", "发", "付", // "给员工发工资", "手下十几个工人", "借钱发工人工资": people the applicant employs; "扩大一下" is no 大一
			"买车跑", "手车跑", "辆车跑", "台车跑", "个车跑", "买辆车", "买个车", "买台车", "买车", "手车",
			"安排", "安排个", "安排一个", "找个", "派个", "派一个", "叫个", "换个", "请个", "联系",
			"啲", "些", "你们", "你们的", "你哋", "你哋嘅", "有没有", "有没", "那个", "那位"}, words: kwJoin( // "安排个客户经理跟我对接": someone asked for; "你哋上次啲職員" (啲 is folded to 些): the lender's staff
			kws(slot.EmploymentSalaried, "上班", "上班族", "工薪", "打工", "职员", "员工", "国企", "事业单位", "公务员", "老师", "教师", "护士",
				"医生", "工人", "白领", "在职", "私企", "外企", "央企", "厂里上班", "文员", "程序员", "会计", "正式工", "合同工", "打工人",
				"银行工作", "在银行上班", "保安", "护工", "保姆", "月嫂", "育儿嫂", "清洁工", "环卫工", "电工", "焊工", "普工", "操作工", "仓管", "营业员", "出纳", "上班的", "社保在公司", "发工资的", "拿工资", "快递员", "司机", "厨师", "服务员", "销售", "店员", "导购", "保洁",
				"工程师", "技术员", "当护士", "当老师", "上班族", "公司职员", "业务员", "前台", "收银员", "理财经理", "客户经理", "项目经理", "部门经理", "销售经理",
				"高管", "主管", "管理层", "中层干部", "厂里干", "厂里做", "做客服", "当客服", "客服专员", "客服工作", "刚工作", "刚参加工作", "刚上班", "刚入职", "新入职",
				"楼面", "做楼面", "侍应", "企台", "传菜", "洗碗工", "帮厨", "打荷", "楼面部长", "在酒楼做", "在茶楼做", "在酒楼打工", "在茶楼打工"), // Cantonese restaurant staff: 樓面, 侍應, 企台, 打荷
			kws(slot.EmploymentSalaried, drivenForEmployer()...),
			kws(slot.EmploymentSalaried, combine([]string{"在", "在一家", "在家"}, []string{"互联网公司", "科技公司", "软件公司", "外贸公司", "物流公司", "广告公司", "电商公司", "游戏公司", "金融公司", "大厂"})...), // "年薪四十八万 在互联网公司": working at a company
			kws(slot.EmploymentBusinessOwner, "老板", "开公司", "公司法人", "企业主", "法人", "股东", "自己的公司", "开厂", "开了家公司", "开了个公司", "开了个小公司", "开了一家公司", "自己有公司", "开了个厂", "开了家厂", "开工厂", "公司老板", "厂老板", "公司是我自己开", "自己开的公司", "自己开公司", "公司是我开"),
			kws(slot.EmploymentSelfEmployed, "个体", "个体户", "开店", "开了个店", "开了家", "做生意", "摆摊", "开饭店", "开超市", "网店", "小生意",
				"开餐馆", "开店的", "做买卖", "生意人", "小老板", "开了一家", "个体工商户", "自己开", "开小店", "开个店",
				"自营", "自己经营", "个人经营"), // "自營一間茶餐廳": a business run alone (a company named makes it business_owner, settleEmployment)
			// platform drivers and riders work on their own account, like a 个体户 (package slot);
			// one who drives the employer's vehicle is salaried (drivenForEmployer)
			kws(slot.EmploymentSelfEmployed, platformWork()...),
			kws(slot.EmploymentFreelancer, combine([]string{"自由", "独立"}, []string{"摄影", "设计师", "撰稿", "插画师", "翻译", "编剧", "化妆师", "摄像"})...), // "我做自由摄影的 没单位"
			kws(slot.EmploymentFreelancer, "自由业", "接案子", "接私活", "自由职业", "自媒体", "主播", "做兼职的", "灵活就业",
				"打零工", "零工", "自由职业者", "接单", "微商", "做微商", "直播带货", "做直播"),
			kws(slot.EmploymentFreelancer, gigWork()...),
			kws(slot.EmploymentFreelancer, "签约作者", "签约作家", "网文作者", "网络作家", "网络写手", "写网文", "写小说的", "写小说为生", "自由作家", "全职作者", "全职写手", "码字为生"), // "在家写小说的 签约作者 没单位": a writer paid by the piece
			kws(slot.EmploymentSalaried, employedWork()...),
			kws(slot.EmploymentSalaried, bossOfApplicant()...),
			kws("", "老板说了算", "我说了算"),
			kws(slot.EmploymentBusinessOwner, employerWords()...),
			kws("", combine([]string{"别人的", "人家的", "在"}, smallStalls)...), // "在别人的早餐摊帮忙": someone else's stall
			kws(slot.EmploymentSelfEmployed, smallStalls...),
			kws(slot.EmploymentSelfEmployed, "地摊", "摆地摊", "出摊", "摆个摊", "摆了个摊", "摊位", "练摊", "夜市摆摊", "小摊", "路边摊"),
			kws("", bossAsked()...), // "给老板开车": the applicant's boss, not the applicant
			kws("", combine([]string{"给工人", "给员工", "给伙计", "工人", "员工", "伙计"}, []string{"发工资的", "发工资"})...), // wages paid, not received
			kws("", "自己拿工资", "给自己发工资", "给自己开工资", "自己给自己发工资", "自己给自己开工资", "给自己发工资的"),                       // an owner's pay from the business: no wage job
			kws(slot.EmploymentFreelancer, "没固定老板", "没有固定老板", "没有老板", "没老板", "不固定老板", "没有固定雇主"),           // "做装修零工的 没固定老板"
			kws(slot.EmploymentSalaried, "做地盘", "地盘工", "在地盘", "地盘上", "喺地盘"),                               // Cantonese: site work
			kws("", "一个员工", "在职研究生", "读个研究生", "考研究生"),
			kws("", "没有工作证明", "没工作证明", "没有工作单位证明"),
			kws(slot.EmploymentUnemployed, "离职", "刚辞职", "找下一份工作", "找工作", "在家带孩子", "在家带娃", "全职带娃", "带孩子没上班", "宝妈", "无业", "没工作", "失业", "待业", "没上班", "不上班", "没有工作", "家庭主妇", "全职妈妈", "全职宝妈", "全职太太", "家里蹲", "闲在家", "在家待业", "没活干", "在家闲着", "没有上班", "暂无工作", "无工作", "暂时没工作", "目前没工作", "暂时没有工作", "没找到工作", "还没工作", "找工作中", "在找工作", "辞职了", "被裁",
				"没有工做", "没工做", "没有工开", "没工开", "没有嘢做", "没有事做"), // Cantonese 冇工做 / 冇工開 (冇 is read as 没有)
			kws("", "下个月退休", "下个月就退休", "个月后退休", "个月就退休", "个月就要退休", "下月退休", "马上退休", "快要退休", "即将退休", "马上就退休", "年退休", "快退休", "没退休", "还没退休", "要退休", "准备退休", "就退休"),
			kws(slot.EmploymentRetired, "退了休", "退休了啦", "退休咗"), // Cantonese 退咗休 (咗 is folded to 了)
			kws(slot.EmploymentRetired, "才退的", "刚退", "退下来", "去年退休", "已经退休", "退休", "退休了", "退休人员", "退休教师", "退休老师", "退休职工", "退休工人", "退休干部"),
			kws("", "学生贷", "学生的贷款"),
			kws(slot.EmploymentStudent, "大一", "大二", "大三", "大四", "研一", "研二", "研三", "读研", "读博", "学生", "大学生", "在读", "研究生", "读大学", "大学在读", "还在上学", "在校"),
		)}.indexed(),
		// collateral is what the applicant owns, whether or not they want to pledge it
		collateral: kwTable{negated: slot.CollateralNone, both: slot.CollateralHouse, skipNext: []string{"租", "东"}, family: true,
			skipPrev: []string{"厂", "库", "办", "申请", "想做", "要做", "能做", "想贷"}, // "想办房贷": a loan wanted, nothing owned
			words: kwJoin(
				kws(slot.CollateralHouse, "有房", "有套房", "有一套房", "有两套房", "有几套房", "有房子", "有套房子", "有一套房子", "有个房子", "有商品房", "有套商品房",
					"有自建房", "有一套商品房", "名下有房", "名下有一套", "名下有两套", "房本在我", "房产证在我", "房本一直在我", "房产证一直在我", "房本都在我", "房本还在我", "房产证还在我", "房子在我名下", "房子是我的", "房子是我自己", "自己的房",
					"房改房", "单位分的房", "房子是我跟", "房子是我和", "登记在我名下", "房子登记在", "全款房", "房子是全款", "房子有一套", "房子有两套", "房有一套", "房子倒是有", "房子有的", "全款买的房", "我家那个房子", "我家房子", "自己家房子", "房本是我", "房产证是我", "有房产", "房子是自己的", "名下一套房",
					"房子有,", "房子有，", "房有,", "房有，", "房子有 ", "房有 ", "房子有的", "有房有车", "有车有房", "房车都有", "房和车都有", "车和房都有", "有房也有车", "房子车子都有", "那套房", "那个房子", "我那房子",
					"两个人名字", "两个人的名字", "我们俩的名字", "我俩的名字", "我们两个的名字", "夫妻共有", "共同名下", "一起买的房", "联名", "房本上有我", "房产证上有我", "房本写的我", "房产证写的我"),
				kws("", combine([]string{"房产证是我", "房本是我", "房子是我", "房子在我", "房产证在我", "房本在我", "房子登记在我", "房产证写的我", "房本写的我"}, []string{"老婆", "老公", "媳妇", "爱人", "对象", "爸", "妈", "父母", "儿子", "女儿"})...), // "房产证是我老婆名下的": the spouse's, not the applicant's
				kws("", "辆电动车", "辆电瓶车", "辆自行车", "辆摩托", "台电动车", "个电动车", "有电动车", "有电瓶车",
					"电动车是自己", "电瓶车是自己", "摩托车是自己", "电动车是我", "电瓶车是我", "摩托车是我"), // a two-wheeler is no collateral
				kws(slot.CollateralHouse, "房子确实有", "房子确实是有", "房子是有", "房是有", "确实有房", "确实有套房", "房子还是有", "房子有是有"), // "不想用房子抵押 但是房子确实有"
				kws(slot.CollateralCar, "有车", "有台车", "有辆车", "有个车", "有部车", "有一辆车", "有一台车", "车在我名下", "车是我的", "车是我自己", "我的车",
					"自己的车", "全款车", "车子是我", "名下有车", "车子在我名下", "有辆", "车是自己", "车子是自己", "车一台", "车一辆", "提的车", "全款提的", "车是自己的", "车子是自己的", "车子有一", "车有一辆", "车有一台", "车倒是有", "车子有,", "车子有，", "车有,", "车有，", "车子有 ", "车有 ", "车登记在我名下", "车子登记在我名下", "车登记在我", "有一辆", "名下有辆", "名下有一辆", "名下有台"),
				kws(slot.CollateralHouse, ownedHouses()...),
				// a house bought or valued is owned ("在郑州买了房", "房子价值两百万")
				kws(slot.CollateralHouse, "买了房", "买了套房", "买了一套房", "买了房子", "买了套房子", "买了一套房子", "买了两套房", "房子买了",
					"房子价值", "房子值", "房子市值", "房子估值", "房产价值", "房子能值", "房子大概值", "房子估价"),
				kws("", combine([]string{"想买的", "要买的", "看中的", "看好的", "看上的", "买的那套"}, []string{"房子价值", "房子值", "房子市值"})...), // a house to buy
				kws(slot.CollateralHouse, "老房子一套", "房一套", "房两套"),
				kws(slot.CollateralHouse, "有间屋", "有层屋", "有层楼", "有栋屋", "有套屋", "买了层楼", "买了间屋", "买了屋", "买了套楼", "供紧楼"),                                                   // Cantonese: 屋企有間屋, 買咗層樓 (a flat bought, kept)
				kws(slot.CollateralHouse, "有楼没", "有楼 ", "有楼,", "有楼，", "我有楼", "家有楼", "自己有楼", "有套楼", "有一层楼", "有间楼", "有栋楼"),                                             // Cantonese 有樓冇車: a flat owned (not 有楼梯)
				kws(slot.CollateralHouse, combine([]string{"有房", "有楼", "有套房", "有房子", "有一套房", "有套楼"}, []string{"没有车", " 没有车", "但没有车", "但是没有车", ",没有车", "，没有车"})...),   // "有房没有车": the 没有 denies only the car
				kws(slot.CollateralHouse, combine([]string{"房子是", "房子", "那套房是", "房子现在是"}, []string{"一家人住的", "自己住的", "一家人在住", "我们自己在住", "全家住的", "一家老小住的", "自用的"})...), // "不想押 房子是一家人住的": the house kept is owned
				kws("", "租的房子", "租来的房子", "租的房"), // "租的房子是一家人住的": rented, no house owned
				kws(slot.CollateralHouse, combine([]string{"店面", "门面", "铺面", "商铺", "店铺", "铺子", "门市"}, []string{"是自己买的", "是我自己买的", "是我买的", "是自己的", "是我自己的", "是我的", "自己买的"})...), // a shopfront owned                                                          // "🏠一套老房子" (🏠 is folded to 房)
				kws(slot.CollateralCar, "得架车", "有架车", "得部车", "得辆车", "得一架车", "得一部车", "有一架车"),                                                                                    // Cantonese: "屋企冇楼 得架车"
				kws(slot.CollateralCar, ownedVehicles()...),
				kws(slot.CollateralNone, "没有任何资产", "名下没有资产", "什么资产都没有", "没有资产", "没有抵押物", "没什么抵押", "没什么可以抵押", "没东西抵押", "没有可以抵押", "没有可抵押", "没有抵押", "没抵押",
					"名下啥都没有", "名下什么都没有", "名下啥也没有", "名下什么也没有", "名下没有任何", "名下没东西", "名下没有东西", "名下都没有", "名下空空",
					"没房没车", "无房无车", "没房也没车", "没有房和车", "没有房子也没有车", "没有房也没有车", "没有房产", "没有车和房", "房车都没有", "房和车都没有"),
				kws("", "没有抵押过", "没抵押过", "未抵押", "无抵押记录", "没有被抵押"), // about a house, not ownership
				// a mortgage or car loan being repaid is a house or car owned ("房贷还剩15年", "每个月有两千的车贷");
				// one wanted or refused ("想办房贷", "房贷被拒") or none at all ("没有房贷") says nothing
				kws(slot.CollateralHouse, loanRepaid("房贷", "房子")...),
				kws(slot.CollateralCar, loanRepaid("车贷", "车子")...),
				kws("", combine([]string{"房贷", "车贷", "房贷车贷", "房贷和车贷", "车贷房贷"}, []string{"都没有", "都没", "没有", "也没有", "也没", "无", "不用还", "被拒", "没批"})...),
				kws("", combine([]string{"没有", "没", "无", "不用还", "不需要还"}, []string{"房贷", "车贷"})...),
			)}.indexed(),
		// pledge is the wish to pledge ("房子可以抵押") or not ("不想抵押", "只考虑纯信用"): a preference,
		// never ownership
		pledge: kwTable{negated: "false", words: kwJoin(
			kws(slot.CollateralHouse, "房子抵押", "抵押房子", "房产抵押", "房抵", "押房", "拿房子", "用房子", "房本抵押", "抵押房产", "房屋抵押",
				"房子做抵押", "抵押房", "房产做抵押", "用房产", "拿房产", "房本押", "押房本", "房子押", "房子能押", "房能押", "能押房", "房子可以抵押", "房子可以押"),
			kws(slot.CollateralCar, "车抵", "押车", "车子抵押", "抵押车", "汽车抵押", "车辆抵押", "车做抵押", "车子做抵押", "拿车子", "用车子",
				"押车子", "车押", "车子押", "用车抵", "拿车抵", "押绿本", "绿本抵押", "车子能押", "车能押", "能押车", "车可以押", "车可以抵押"),
			kws("true", "愿意抵押", "可以抵押", "接受抵押", "想抵押", "做抵押贷", "做担保", "担保"),
			kws("", "找个人担保", "找人担保", "给我担保", "帮我担保", "替我担保", "担保人", "找担保", "给我做担保", "帮我做担保", "做担保人", "当担保人"), // a guarantor is a person, no pledge
			kws("false", "纯信用", "只考虑信用", "只要信用", "只做信用", "只想做信用", "只想要信用", "只办信用", "只想办信用", "信用贷就行", "信用贷就好", "做信用贷就行", "信用的就行", "无抵押", "不抵押", "不想抵押", "不用抵押", "不要抵押", "不愿意抵押",
				"不想押", "不愿抵押", "免抵押", "不想拿", "不想用", "不愿意押", "不想押东西", "不押"),
		)}.indexed(),
		studentStatus: list("研究生在读", "在读研究生", "大学在读", "在校学生", "在校生", "还在读", "在读大", "还是学生", "大学生", "研究生"),
		tuition:       list("学费", "培训", "报班", "考研", "留学", "进修"),
		shops:         list("店", "摊", "淘宝", "网店", "超市", "档口"),
		rateWords:     list("利率", "利息", "年化", "费率"),
		productNames:  list("经营贷", "消费贷", "装修贷", "信用贷", "车贷", "房贷"),
		wantLoan:      list("我想", "我要", "想办", "想借", "想贷", "需要", "打算"),
		repayFixed: list("以贷养贷", "借新还旧", "拆东墙补西墙", "补窟窿", "填窟窿", "倒贷", "还别的贷款", "还其他贷款", "还其它贷款", "还之前的贷款",
			"债务整合", "整合一下", "整合负债", "还别的网贷", "还其他网贷", "还以前的贷款",
			// swapping debts, a bridge over a repayment date, debts owed to others paid off
			"以卡养卡", "以卡还卡", "借新债还旧债", "借这个还那个", "借东家还西家", "债务置换", "置换债务", "置换一下", "债务重组", "以贷还贷", "贷款还贷款", "拆东补西", "东墙补西墙", "过桥资金", "过个桥", "过桥贷", "做个过桥", "倒一下贷", "倒个贷",
			"还外债", "把外债", "还外面欠的", "把外面欠的", "还欠的钱", "把欠的钱", "把欠款还", "还清欠款", "还欠款", "把欠人家的", "还人家的钱"),
		repayDue: list("还款日快到", "还款日到了", "快到还款日", "到还款日", "还款日就要到", "还款日要到", "账单日快到", "快到账单日", "月供快到", "信用卡快到期", "网贷快到期", "贷款快到期",
			"快要还款", "马上要还款", "马上要还", "快还款了", "下周要还", "明天要还", "月底要还", "还款日是明天"),
		bridge:       list("周转", "倒一下", "倒一倒", "倒腾一下", "倒个手", "倒手", "借点", "借一下", "借几天", "应急", "垫一下", "先垫", "垫上", "顶一下", "过渡", "撑一下", "借一笔", "贷点"),
		workVehicles: list(workVehiclesBought()...),
		// Goods and site work only: a car bought to drive for 网约车/滴滴 carries people and stays a car
		// purchase (batch C labels it so; the car is the family's too).
		workUse:      list("跑运输", "搞运输", "做运输", "跑货运", "跑物流", "拉货", "跑长途货", "跑货拉拉", "拉活", "接活", "送货用", "干活用", "工地用", "拉建材", "拉沙", "拉土"),
		repayObjects: []string{"网贷", "信用卡", "卡", "债", "贷款", "它们", "欠款", "花呗", "借呗", "白条", "别的贷", "其他贷", "逾期", "房贷", "车贷", "月供", "欠的钱", "外债", "卡数"},
		// "押车可以 房子不行": the wish, said after the thing
		willingOnly: list(append(combine([]string{"押", "抵押", "押车", "押房", "押房子", "抵押车", "抵押房子", "车抵", "房抵"}, []string{"可以", "行", "没问题", "也行", "都行"}),
			"可以抵押", "可以押", "能押", "能抵押", "愿意抵押", "愿意押", "同意抵押", "可以拿去押", "可以拿去抵押", "押也可以", "抵押也可以")...),
		pureCredit: list("纯信用", "只考虑信用", "只做信用", "只想做信用", "只要信用", "只想要信用", "只办信用", "只想办信用", "信用贷就行", "信用贷就好", "不抵押", "不想抵押", "不用抵押", "不要抵押", "不愿意抵押", "不愿抵押"),
		noPledge: list(append(append(pledgeHedged(), "不希望", "不愿意", "不想拿", "不想用", "不想押", "不想抵", "不愿", "不打算抵", "不考虑抵", "不要抵", "不用抵", "纯信用", "不押"),
			combine([]string{" ", ",", "，", "子", "房", "车", "是", "我"}, []string{"不能押", "不能抵押", "不能拿去押"})...)...), // "房子 不能押", never 能不能押
		hukou: kwTable{negated: "false", family: true, familyRunes: 4, contrast: true, words: withRegister(kwJoin(
			kws("true", hukouHere()...),
			kws("true", "是本地的", "我是本地", "本地户口", "本地户籍", "本地人", "户口在本地", "户口本地", "本市户口", "本地的户口", "户口是本地", "户籍在本地", "土生土长", "本地户"),
			kws("false", "外地户口", "外地人", "外地户籍", "非本地", "户口不在本地", "户口在老家", "户口在外地", "外省户口", "不是本地", "外地的",
				"户口不是本地", "新市民", "外地户", "没有本地户口", "不是本地户口", "户口不在这", "户口在外省", "户口不是这边", "户口不在这边", "不是这边户口", "户口不是这里", "户口不在这里",
				"户口不在本市", "户口不是本市", "户口不在当地", "不是本市户口", "户口在别的地方", "户口不在这儿"),
		))}.indexed(),
		noDebt: []string{"没有负债", "无负债", "没负债", "没有其他贷款", "没有贷款", "无贷款", "没有月供", "零负债", "没有其他负债", "没有欠款",
			"没有房贷车贷", "没有任何贷款", "没贷过款", "没有其他的贷款", "没有别的贷款", "其他贷款没有", "负债没有", "没什么负债", "无其他负债", "没有房贷和车贷", "没贷款", "没有任何负债",
			"没欠别人", "没欠债", "没有欠债", "没外债", "没有外债", "无外债", "啥贷款都没有", "什么贷款都没有", "一分贷款都没有",
			"没有贷过款", "没贷过款", "从没贷过款", "没别的负债", "没有别的负债", "没其他负债", "没有其他债", "没别的贷款", "没其他贷款",
			"没有欠人钱", "没欠人钱", "没有欠人家钱", "没欠人家钱", "没欠钱", "没有欠钱", // Cantonese 冇欠人錢: nothing owed
			"负债也没有", "负债也没", "负债都没有", "负债都没", "贷款也没有", "贷款都没有", "欠款也没有", "欠款都没有", "也没有负债", "也没负债", "也没有贷款", "也没欠款"}, // "没有逾期 负债也没有"
		businessActivity: list("设备", "扩大", "扩建", "扩张", "扩充", "扩展", "分店", "新店", "扩店", "扩产"), // "扩大规模要周转": growing the business, not its working capital
		socialStopped:    list("断了", "断缴", "停了", "停缴", "不交了", "没交了", "没再交", "没在交", "断掉了", "没有交了"),
		unknown:          list("不知道", "不清楚", "不记得", "忘了"),
		vague:            list("好几次", "很多次", "好多次", "挺多次", "记不清", "不记得", "说不准", "不一定", "不固定"),
		noIncome:         list("没有收入", "没收入", "无收入", "零收入", "收入为0", "收入是0", "暂无收入", "目前没有收入"),
		noSocial: list("没社保", "没交社保", "没有社保", "没缴社保", "社保没交", "没有交社保", "未缴纳社保", "不交社保", "社保没有", "没买社保", "社保没缴",
			"没有缴纳社保", "无社保", "社保断了", "社保没买", "社保没有交", "社保没有买", "社保从来没", "社保一直没", "社保都没", "社保也没", "社保未交", "社保未缴",
			"没交过社保", "没买过社保", "没缴过社保", "社保没交过", "社保没买过", "社保没缴过", "从没交过社保", "从来没交过社保", "没上过社保", "社保没上", "社保断缴", "社保停了", "社保停缴", "社保已经断了", "社保也断了", "社保没再交", "社保不交了",
			"社保我没有", "社保我没交", "社保我没买", "社保我自己没", "社保我没缴"),
		noQueries: []string{"没查过征信", "征信没查过", "没有查询", "没有查询记录", "零查询", "没有硬查询", "没被查过", "查询记录没有", "查询是0", "没有被查询",
			"没查过", "没有查过", "从来没查", "没被查", "一次都没查", "一次也没查", "都没查过", "没查询过", "没有查询过", "查询一次都没有", "查询一次也没有"},
	}
	w.noDebtList, w.noQueriesList = list(w.noDebt...), list(w.noQueries...)
	return w
}

// recentClause returns the last n runes of s, from after its last punctuation or space: the words
// of the clause leading up to a match ("我在南充养猪，想借钱" → "想借钱").
func recentClause(s string, n int) string {
	clause := tailRunes(s, n)
	for k := len(clause) - 1; k >= 0; k-- {
		if strings.ContainsRune(",.!?;。，！？； ", clause[k]) {
			return string(clause[k+1:])
		}
	}
	return string(clause)
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

// purposeDenied reports a purpose word right after 不是 ("其实不是装修"): the purpose said before is
// taken back.
func (w *wordTables) purposeDenied(s string) bool {
	if !strings.Contains(s, "不是") {
		return false // cheap guard: no purpose word can follow a 不是 the text lacks
	}
	for _, k := range w.purpose.words {
		if k.val == "" {
			continue
		}
		if i := strings.Index(s, k.word); i >= 0 && strings.HasSuffix(s[:i], "不是") {
			return true
		}
	}
	return false
}

// activityAffirmed reports a business activity (businessActivity: 设备, 扩大, 分店) named in s
// outside a clause that denies it: "不是买设备 是要付货款 周转用" corrects the purpose to turnover.
func (w *wordTables) activityAffirmed(s string) bool {
	rs := []rune(s)
	for _, a := range w.businessActivity.words {
		for i := strings.Index(s, a); i >= 0; i = nextIndex(s, a, i) {
			if !strings.Contains(clauseBefore(rs, len([]rune(s[:i]))), "不是") {
				return true
			}
		}
	}
	return false
}

// ownedVehicles are the ways of saying the applicant has a car of some kind ("有台货车", "有一辆小轿车",
// "面包车一辆"); two-wheelers are no collateral.
func ownedVehicles() []string {
	var out []string
	for _, v := range []string{"货车", "小货车", "大货车", "小车", "轿车", "小轿车", "面包车", "私家车", "汽车", "小汽车", "皮卡", "越野车", "新能源车",
		"二手车", "卡车", "商务车", "油车", "suv", "七座车", "家用车"} {
		for _, has := range []string{"有台", "有辆", "有部", "有个", "有架", "有一辆", "有一台", "有一部", "有一个", "有"} {
			out = append(out, has+v)
		}
		out = append(out, v+"一辆", v+"一台", "自己的"+v, "我的"+v, v+"是我的", v+"是自己的", v+"是我自己")
	}
	// a car named by its make or model ("有台五菱", "有辆比亚迪", "我的宝马"): only after a classifier or
	// a possessive, since a bare make can be a place or a word (长安, 大众, 现代)
	for _, m := range carMakes {
		for _, has := range []string{"有台", "有辆", "有部", "有架", "有一辆", "有一台", "有一部", "一辆", "一台", "我的", "自己的"} {
			out = append(out, has+m)
		}
		out = append(out, m+"一辆", m+"一台", m+"是我的", m+"是自己的")
	}
	return out
}

// ownedHouses are the ways of saying the house spoken of is the applicant's own ("住的房子是自己的",
// "房子自己的").
func ownedHouses() []string {
	var out []string
	for _, h := range []string{"房子", "房", "住的房子", "住的房", "这套房", "那套房", "楼房"} {
		for _, own := range []string{"是我自己的", "是自己的", "自己的", "是我的", "是我自己家的", "是自己家的", "我自己的", "是俺的", "是俺自己的", "俺自己的"} {
			out = append(out, h+own)
		}
	}
	// A house bought on a mortgage is owned: the bank holds a lien, the certificate is the
	// applicant's, and it still counts as collateral (package slot: what the applicant owns).
	out = append(out, "房子是按揭的", "房子按揭的", "房子是贷款买的", "房子还在按揭", "房子在按揭", "按揭的房", "按揭房", "按揭买的房", "贷款买的房",
		"按揭买了套房", "按揭买了一套房", "按揭了一套房", "房子还在还贷", "房子还有贷款", "房子还有房贷", "房子还欠银行")
	// Commercial property owned (a 商铺, a 门面房, an office) is real estate: a 房产 for a house-secured
	// product, so it is "house" here and in bot/screen, which asks only 房产 or 车辆. A shopfront rented
	// or run ("有个门面在经营") says nothing of ownership, so bare 门面/店面 are left out.
	commercial := []string{"商铺", "门面房", "铺面", "写字楼", "商住房", "公寓", "厂房", "铺头", "铺位", "舖头", "舖位", "舖面"} // 铺头: Cantonese "有間舖頭" (舖 is not folded)
	out = append(out, combine([]string{"有", "有个", "有间", "有一间", "有套", "有一套", "有两间", "有两套", "名下有", "名下有个", "名下有间", "名下有一套"}, commercial)...)
	out = append(out, combine(commercial, []string{"是我自己的", "是自己的", "是我的", "在我名下", "产权是我的"})...)
	return append(out, combine([]string{"自己的", "我自己的", "自家的"}, commercial)...)
}

// farmingPlanned reports farming the money is for ("想借钱养猪", "搞个养殖场"): a farming word with a
// borrowing or planning word before it in its clause; "我在南充养猪" is how the applicant lives.
func (w *wordTables) farmingPlanned(s string) bool {
	for _, f := range w.farming {
		i := strings.Index(s, f)
		if i < 0 {
			continue
		}
		clause := recentClause(s[:i], 8)
		if containsAny(clause, []string{"借", "贷", "想", "要", "打算", "准备", "扩大", "扩建", "再", "搞个", "弄个", "搞", "用来", "拿来", "用于", "投"}) {
			return true
		}
	}
	return false
}
