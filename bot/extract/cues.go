package extract

// role is what a number means for the applicant's profile.
type role int

const (
	roleNone role = iota
	roleAmount
	roleTerm
	roleIncome
	roleDebt
	roleHouseYears
	roleSocial
	roleQueries
	roleAge
	roleDrop // explicitly something else: a spouse's income, 流水, a remaining term, a house price …
)

// cue is a word near a number that decides its role.
type cue struct {
	word string
	role role
}

func cues(r role, words ...string) []cue {
	out := make([]cue, len(words))
	for i, w := range words {
		out[i] = cue{w, r}
	}
	return out
}

func join(lists ...[]cue) []cue {
	var out []cue
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// cueTables holds the context words of every number class; built once by New.
type cueTables struct {
	moneyLeft, moneyRight, moneyWeak []cue
	perMonth                         []cue // "每个月五千": an income when nothing else is said
	periodLeft, periodRight          []cue
	countLeft, countRight            []cue
	countCalls, countRefused         []string // "三次电话", "申请了三次都没下来": calls and refusals counted, not enquiries
	ageLeft                          []cue
	thresholdLeft, thresholdRight    []string // "超过6次", "18岁以上": a rule, when asked as a question

	family, self            []string // a spouse's or family's figures are not the applicant's
	adultFamily             []string // whose job is not the applicant's ("老公是公务员"; but "带孩子没上班" is)
	others                  []string // people whose credit facts (逾期, 查询, 负债) are not the applicant's
	askedFor                []string // "帮我朋友", "替他": openings of a question asked for someone else
	othersOwn               []string // "是爸妈的", "父母的房": a property someone else owns
	with, withMe            []string // "我和老婆", "老婆跟我": the applicant alongside another person
	household               []string // "家里有房没贷款": the applicant's household, not someone else
	desireLeft, desireRight []string // a 月供 the applicant hopes for, not one already paid
	corrections             []string // the number after one of these replaces the previous one of its class
	additions               []string // the number after one of these adds to the previous one of its slot
	debtSources             []string // a monthly payment to another of these adds to the previous ("房贷六千八，车贷两千")
	countActs               []string // what a bare count of times may count besides enquiries: asking, saying, trying ("最后问一次", "再说一遍"), contributions broken ("社保断过一次")
	querySources            []string // an enquiry count of another kind adds to the previous ("贷款审批9次 信用卡审批3次")
	queryLabels             []string // a bare number after one of these is the enquiry count ("查询次数：11")
	perUnitNext             []string // a period of 1 followed by these is "per month / per year"
	annual                  []string // income words that mean a yearly figure
	monthly                 []string // income words that mean a monthly figure: after 一年 they end the term ("一年 月入五千")
	periodLabels            []string // income words that name their own period: 一年 before them is a term ("一年 年薪十二万")
	fake                    []string // a request to fake a figure: the figures after it are not the applicant's
	fakeDocs                []string // proof documents a request may ask to be written with a figure ("收入证明…写两万")

	monthlyRepay           []string // a monthly repayment verb: the debts it names may follow before the figure
	debtNames, debtJoiners []string // a clause of nothing but debts ("花呗借呗加起来", "信用卡"): its figure is a payment
	shareUses              []string // "五万还信用卡": after the amount, a figure followed by its use is a share of it
	goodTimes, badTimes    []string // "好的时候一万 差的时候三千": the readings of an income that swings
	earning                []string // words of earning that make a good times' figure an income
	lentOut                []string // "朋友借了我三万": money the applicant lent out
	creditorVerbs          []string // "借了朋友", "还他": the person after them lent to the applicant
	repaid                 []string // a debt repaid: a bare count beside it counts that debt, no enquiry
}

func newCueTables() cueTables {
	t := cueTables{
		moneyLeft: join(
			cues(roleAmount, "贷", "借", "额度", "申请", "周转", "缺", "凑", "带款", "代款", "货款", "办车贷", "申请车贷", "做车贷", "办房贷", "办个", "想办", "能批", "批", "下款", "放款"),
			cues(roleIncome, "净利润", "纯利润", "纯利", "净赚", "能落", "落个", "落下", "月入", "收入", "工资", "月薪", "薪水", "薪资", "到手", "税后", "挣", "赚", "退休金", "养老金", "底薪", "年薪", "年包", "年入", "月工资", "发", "税前", "提成", "加提成", "绩效", "奖金"),
			cues(roleDebt, "月供", "每月还", "每个月还", "每月要还", "每个月要还", "月还", "房贷", "车贷", "每月负债", "负债每月", "每月还款", "要还",
				"要还的", "要还的贷款", "还的贷款", "每月共还", "每个月共还", "每月一共还", "每月总共还", "每月合计还", "最低还款", "最低还", "最低要还", "至少要还", "每期还", "每个月还款", "月还款", "能还", "可以还", "还得起", "负债",
				"还网贷", "还借呗", "还花呗", "还白条", "还信用卡", "花呗还", "借呗还", "白条还", "信用卡还", "网贷还", "还卡", "还卡就要", "还卡要", "网贷每月", "网贷每个月", "还个", "得还", "在供",
				"笔贷款", "个贷款", "笔网贷", "个网贷", "张卡", "张信用卡", "贷款加起来", "网贷加起来", "卡加起来"),
			cues(roleDebt, combine([]string{"还"}, []string{"消费贷", "经营贷", "车贷", "贷款", "分期", "微粒贷", "网商贷", "京东白条", "美团月付", "抖音月付", "安逸花", "分期乐", "借条"})...),
			// "还有一笔消费贷 每月两千五": a loan held and its monthly payment
			cues(roleDebt, combine([]string{"消费贷", "经营贷", "装修贷", "信用贷", "一笔贷款", "个贷款"}, []string{"每月", "每个月", "一个月", "月供", " 每月", " 每个月", " 一个月", " 月供"})...),
			// "每月还别的贷款两千": another loan's payment, not an amount wanted
			cues(roleDebt, append(combine([]string{"别的", "其他", "其它", "另外的"}, []string{"贷款", "网贷", "借款", "信用卡"}), "其他的贷款", "其它的贷款", "其他的网贷")...),
			cues(roleAmount, combine([]string{"帮我", "给我", "帮忙"}, []string{"搞定", "办", "弄", "搞", "批", "办下", "弄到", "搞到", "批下"})...), // "包个一万的红包 帮我搞定二十万": the loan asked for, past the bribe
			cues(roleDrop, "我出", "我来出", "我掏", "我可以出", "我能出", "愿意出", "我付", "我来付", "我可以给", "我愿意给"),                                 // "塞个红包 我出一万": money the applicant pays out, never the loan
			cues(roleNone, "流水线"), // "流水线上班 一个月5千5": a production line, not 流水
			cues(roleNone, "借呗"),  // a product's name, no borrowing verb ("花呗一千 借呗两千")
			cues(roleIncome, "老板每月给我", "老板每个月给我", "老板一个月给我", "公司每月给我", "公司每个月给我", "单位每月给我", "单位每个月给我"),                                                                         // "老板每月给我六千": a wage
			cues(roleIncome, append(combine([]string{"导师", "学校", "每月", "每个月", "一个月", "月", "给", "实习", "生活"}, []string{"补助", "补贴"}), "导师给", "导师每月给", "导师每个月给", "助研费", "助教费")...), // "导师给补助两千": a student's or trainee's pay; a subsidy on a purchase is none
			cues(roleIncome, "人工", "人工得", "份工", "月找", "月找到", "个月找", "个月找到", "年找", "年找到"),                                                                                       // Cantonese: 人工 wages ("人工得六千"), 搵 (folded to 找) earns ("一个月搵万几蚊")
			cues(roleIncome, "费剩", "花销剩", "开销剩", "成本剩", "能剩", "净剩", "实际剩", "纯剩", "到手剩", "落下"),                                                                                  // "扣掉油费剩七千": what is left is the income
			cues(roleDrop, "其中", "流水", "首付", "车价", "房价", "价值", "值", "估值", "评估", "存款", "公积金", "信用卡额度", "营业额", "营收", "利润",
				"手续费", "服务费", "押金", "好处费", "费用", "利息", "欠", "全款", "买的", "花了", "卖了", "卖房", "卖车", "逾期", "还剩", "剩", "网贷", "信用卡欠",
				"月给我", "个月给我", "给了我", "纳税", "交税", "缴税", "税", "存折", "定期", "理财", "报班要", "班要", "费要", "要花", "得花", "裸车", "注册资本", "资本", "进出", "进账",
				"政府补贴", "国家补贴", "有补贴", "购车补贴", "装修补贴", "以旧换新补贴", "政府补助", "红包", "塞", "塞个", "送你们", "送你", "送给你们", "送经理", "孝敬", "打点", "好处", "意思意思", "回扣", "返点", "请客", "烟钱",
				"多的时候", "少的时候", "好的时候", "差的时候", "不好的时候", "不行的时候", "旺季", "淡季", "收成", "涨到", "加到", "调到", "给你", "给你们", "辛苦费", "介绍费", "茶水费",
				"社保基数", "保单", "保额", "房租", "租金", "生活费", "开销", "花销", "开支", "水电", "话费", "学费", "彩礼", "工程款", "年费", "已还", "还了", "总共还", "贷款余额", "余额", "房子", "车子", "房产", "市值"),
		),
		moneyRight: join(
			cues(roleAmount, "的贷款", "贷款", "的额度", "额度", "的资金"),
			cues(roleIncome, "工资", "的工资", "收入", "的收入", "月薪", "一个月", "每个月", "每月", "一月"),
			cues(roleDebt, "的月供", "的房贷", "的车贷"),
			cues(roleDrop, "是我老婆的", "是老婆的", "是我老公的", "是老公的", "是我爱人的", "是爱人的", "是家里的", "是我媳妇的",
				"辛苦费", "好处费", "介绍费", "茶水费", "感谢费", "红包", "回扣", "流水", "的流水", "首付", "的房子", "的房", "的车", "的首付", "存款", "的存款", "公积金", "的公积金", "利息", "的利息", "手续费", "营业额", "的信用卡", "买的", "买下来的", "入手的"),
		),
		perMonth:  cues(roleIncome, "每个月", "每月", "一个月", "月均", "一月", "月"),
		moneyWeak: cues(roleAmount, "要", "想", "需要", "用", "拿", "弄", "办", "做", "大概", "差不多", "左右"),
		periodLeft: join(
			cues(roleTerm, "贷", "借", "分", "期限", "还款", "还", "周期", "做", "用", "要", "想", "办", "申请", "分期"),
			cues(roleHouseYears, "房产证办了", "房本办了", "证办了", "房产证拿到", "房本拿到", "房本", "房产证", "房证", "产证", "不动产证", "不动产", "下证", "证下来", "拿证", "房子买了", "房买了", "买房", "红本", "房本满", "房产证满", "本下来", "房本拿了", "房产证拿了",
				"产权证", "楼契", "房契", "屋契"),
			cues(roleSocial, "社保", "五险", "社保交了", "社保缴了", "社保交", "社保缴", "社保公积金", "社保和公积金", "社保跟公积金", "五险一金",
				"连续交了", "连续缴了", "连续交", "连续缴", "又交了", "现在交了", "重新交了", "重新交", "续交了", "又续上"),
			// "在上海工作 公司交了四年社保": the employer pays, the period before 社保 is its length
			cues(roleSocial, append(combine([]string{"公司", "单位", "厂里"}, []string{"交了", "缴了", "给交了", "给我交了"}), "老板给我交了")...),
			cues(roleDrop, "工作", "上班", "干了", "干", "开了", "开", "打工", "教了", "教书", "当了", "跑了", "种了", "养了", "上了", "成立", "营业", "经营", "做了", "住了", "住", "结婚", "近", "最近", "过去",
				"还剩", "剩", "剩下", "还有", "已还", "还了", "逾期", "执照", "驾龄", "车龄", "工龄", "在职", "入职", "房龄", "买了",
				"用了", "之前", "以前", "已经", "毕业", "退休", "认识", "待了", "生活了", "开店", "跑", "干这行", "做这行", "个体", "注册", "这两", "这几", "办了", "领了", "来了", "过来",
				"断了", "停了", "停缴", "断缴", "断过", "中断", "断档", "信用卡", "信用",
				// an occupation just before a period: how long the applicant has done it ("做外卖骑手两年了")
				"骑手", "司机", "外卖", "快递", "快递员", "滴滴", "网约车", "货拉拉", "代驾", "主播", "直播", "老师", "护士", "医生", "厨师", "保安", "销售", "客服", "程序员", "会计", "文员", "个体户", "公务员"),
			// a housing fund's contributions count as social security (package slot)
			cues(roleSocial, "公积金", "公积金交了", "公积金缴了", "公积金交", "公积金缴", "公积金连续", "住房公积金"),
		),
		periodRight: join(
			cues(roleHouseYears, "的房本", "房本", "的房产证", "房产证"),
			cues(roleSocial, "的社保", "社保", "的公积金", "公积金"),
			cues(roleDrop, "后", "以后", "之后", "查", "被查", "征信查", "征信被查", "点了", "点过", "申请了", "申请过", "撸了", "的查询", "没还", "还没还", "未还", "内", "以内", "之内", "里", "以来", "前", "工龄", "驾龄", "的工龄", "的驾龄", "没逾期", "逾期"),
		),
		countLeft: join(
			cues(roleQueries, "查", "查询", "征信", "审批", "硬查", "点", "申请", "机构查", "被查", "查了", "记录"),
			cues(roleDrop, "逾期", "还款", "违约", "借", "贷款了", "结婚", "搬家", "换工作", "打了", "催", "被拒", "被拒了", "拒了", "拒绝了"),
			cues(roleDrop, "本人查询", "本人查", "个人查询", "自己查", "自己查了", "自查", "自己查询"), // a self-enquiry is no hard enquiry
		),
		countRight: cues(roleQueries, "查询", "的查询", "硬查询", "审批"),
		countActs: []string{"问", "说", "讲", "试", "求", "催", "提醒", "确认", "强调", "重复", "解释", "来", "问了", "说了", "讲了", "试了", "求了", "催了",
			"断过", "断了", "停过", "中断过", "断缴过", "断交过", "停缴过", "停交过", "漏交过", "补缴过", "补交过", "换过"}, // "社保断过一次": contributions broken, no enquiry
		querySources:   []string{"信用卡审批", "贷款审批", "担保资格审查", "担保审查", "融资审批", "保前审查", "信用卡查", "网贷查", "银行查", "网贷审批", "网贷的", "银行的", "信用卡的", "贷款的"},
		queryLabels:    []string{"查询次数", "查询数", "查询记录", "硬查询", "征信查询", "查询次数为", "被查次数", "查询了", "征信被查", "被查询"},
		countCalls:     []string{"电话", "个电话", "的电话", "短信"},
		countRefused:   []string{"都没下来", "没下来", "都没批", "没批下来", "都被拒", "被拒", "都没过"},
		ageLeft:        cues(roleAge, "今年", "年龄", "年纪", "岁数", "年满"),
		thresholdLeft:  []string{"超过", "满", "大于", "小于", "高于", "低于", "不到", "至少", "最少", "最多", "不超过", "以上", "以下"},
		thresholdRight: []string{"以上", "以下", "以内", "之内", "及以上"},
		family: []string{"老公", "老婆", "爱人", "配偶", "媳妇", "丈夫", "妻子", "对象", "男朋友", "女朋友", "父母",
			"爸", "妈", "儿子", "女儿", "闺女", "儿媳", "女婿", "孩子", "朋友", "同事", "同学", "邻居", "亲戚", "家里", "家庭", "夫妻", "两口子", "我们俩", "加起来", "合计", "一共", "老伴", "哥", "姐", "弟", "妹", "她", "他", "先生", "太太", "老头", "家属"},
		adultFamily: []string{"先生", "太太", "老头", "老公", "老婆", "爱人", "配偶", "媳妇", "丈夫", "妻子", "对象", "男朋友", "女朋友", "父母", "爸", "妈",
			"老伴", "她", "他", "哥", "姐", "儿子", "女儿", "闺女", "儿媳", "女婿", "朋友", "同事", "同学", "亲戚", "弟弟", "妹妹"},
		others: []string{"老公", "老婆", "爱人", "配偶", "媳妇", "丈夫", "妻子", "对象", "男朋友", "女朋友", "我先生", "我太太", "太太", "老伴",
			"父母", "爸妈", "我爸", "我妈", "爸爸", "妈妈", "老爸", "老妈", "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "丈母娘", "老丈人",
			"儿子", "女儿", "闺女", "儿媳", "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "我哥", "我姐", "我弟", "我妹", "表哥", "表姐", "表弟", "表妹",
			"堂哥", "堂弟", "舅舅", "叔叔", "阿姨", "姑姑", "亲戚", "家人", "朋友", "同事", "同学", "邻居", "老乡", "发小", "合伙人", "担保人"},
		with:       []string{"我和", "我跟", "我与", "我同", "我还有", "俺和", "俺跟"},
		withMe:     []string{"和我", "跟我", "与我", "同我", "还有我"},
		household:  []string{"家里", "家庭", "咱家", "全家"},
		self:       []string{"我", "俺", "本人", "自己"},
		desireLeft: []string{"希望", "想", "接受", "控制", "最好", "不超过", "最多", "能承受", "预算", "想要", "能还", "打算"},
		desireRight: []string{"能接受", "可以接受", "以内", "以下", "之内", "能承受", "承受", "没问题", "可以", "最好", "就行", "就好",
			"比较好", "合适", "能行", "行不行", "够不够", "左右能"},
		corrections: []string{"不对", "不是", "改成", "改为", "更正", "说错", "错了", "应该是", "哦不", "呃不", "额不", "改一下", "改下", "写错", "打错"},
		additions:   []string{"加", "还有", "另外", "外加", "以及", "+", "再加", "另有"},
		debtSources: []string{"房贷", "车贷", "信用卡", "网贷", "花呗", "借呗", "白条", "消费贷", "经营贷"},
		perUnitNext: []string{"跑", "干", "挣", "赚", "找", "收入", "工资", "能挣", "能赚", "拿", "到手", "发", "还", "要还", "能还", "供", "月供", "下来", "大概",
			"差不多", "也就", "才", "有", "就", "能", "的收入", "的工资", "负债", "房贷", "车贷", "需要还", "付", "营业额", "流水", "利润", "营收", "纯利",
			"平均", "收成", "卖", "算下来", "打赏"}, // 找: Cantonese 搵 folded ("一個月搵萬零")
		annual:  []string{"年薪", "年包", "年收入", "年入", "一年", "每年", "全年", "年均"},
		monthly: []string{"月入", "月收入", "月薪", "月工资", "月均", "每月", "每个月", "一个月", "月赚", "月挣", "月到手", "月净"},
		fake:    []string{"假的", "做假", "造假", "假流水", "假证明", "假材料", "写高", "就写", "写成", "填高", "填成", "做高", "改高", "包装成", "弄高", "写个", "开个证明", "p成", "ps成", "p一下", "ps一下", "p图", "p高"},
	}
	// a bank statement made up ("帮我做一下流水 做到月入两万", "刷点流水")
	t.fake = append(t.fake, combine([]string{"做", "刷", "造", "弄", "包装", "美化", "P", "p"}, []string{"流水", "一下流水", "个流水", "点流水", "些流水", "银行流水", "份流水"})...)
	t.periodLabels = append([]string{"年薪", "年包", "年收入", "年入"}, t.monthly...)
	t.fakeDocs = []string{"收入证明", "工资证明", "在职证明", "工作证明", "流水", "工资条", "证明"}
	t.monthlyRepay = []string{"月还", "每个月要还", "每月要还", "每个月还", "每月还", "一个月要还", "一个月还", "每个月得还", "每月得还", "月供"}
	t.debtNames = append([]string{"京东白条", "微粒贷", "网商贷", "美团月付", "抖音月付", "安逸花", "分期乐", "借条", "信用卡的", "网贷的", "分期"}, t.debtSources...)
	t.debtJoiners = []string{"和", "跟", "与", "、", ",", "，", " ", "还有", "加", "加上", "加起来", "一共", "总共", "合计", "共", "差不多", "大概", "大约", "每月", "每个月", "一个月", "要还", "还", "的"}
	t.shareUses = []string{"还信用卡", "还网贷", "还花呗", "还借呗", "还白条", "还贷款", "还房贷", "还车贷", "还欠款", "还债", "还卡", "还别的", "还其他", "还朋友", "还亲戚",
		"用来", "用于", "拿来", "拿去", "用在", "装修", "买", "交", "付", "进货", "发工资", "看病"}
	t.goodTimes = []string{"好的时候", "多的时候", "旺季"}
	t.badTimes = []string{"差的时候", "少的时候", "不好的时候", "不行的时候", "淡季"}
	t.earning = []string{"一个月", "每个月", "每月", "月入", "收入", "挣", "赚", "打赏", "工资", "提成", "到手"}
	t.lentOut = []string{"借了我", "欠我", "欠了我", "问我借", "找我借", "跟我借", "向我借"}
	t.creditorVerbs = []string{"借了", "借", "欠", "欠了", "还", "还给", "向", "找", "问", "从", "跟"}
	t.repaid = []string{"还清", "还完", "还上了", "结清", "早就还了", "已经还了"}
	t.askedFor = askedForWords(t.others)
	t.othersOwn = ownedByOthers(t.others)
	return t
}

// ownedByOthers are the ways of saying a thing belongs to one of others ("房子是爸妈的", "我爸的房子").
func ownedByOthers(others []string) []string {
	var out []string
	for _, o := range append([]string{"爸妈", "家里", "他", "她"}, others...) {
		out = append(out, "是"+o+"的", o+"的房", o+"的车", o+"名下")
	}
	return out
}
