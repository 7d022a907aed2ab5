package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/bot/slot"
)

// Intents the extractor recognises.
const (
	IntentGreeting     = "greeting"
	IntentProvideInfo  = "provide_info"
	IntentAskRate      = "ask_rate"
	IntentAskMaterials = "ask_materials"
	IntentAskProgress  = "ask_progress"
	IntentCalculator   = "calculator"
	IntentFAQ          = "faq"
	IntentAskHuman     = "ask_human"
	IntentComplaint    = "complaint"
	IntentFraudRequest = "fraud_request"
	IntentRestart      = "restart"
	IntentThanks       = "thanks"
	IntentOther        = "other"
	IntentAskChance    = "ask_chance" // a question about the applicant's own chances ("这样还有希望吗")
	IntentAskLimit     = "ask_limit"  // how much the applicant might borrow ("我这种情况能借多少")
)

// SignalBorrowToRepay marks borrowing to pay off other loans or cards (以贷养贷): a risk, not a purpose.
const (
	SignalBorrowToRepay = "borrow_to_repay"
	SignalCorrection    = "correction"  // the message corrects something said before ("打错了", "不对")
	SignalNotPurpose    = "not_purpose" // the message takes back a loan purpose ("其实不是装修")
)

// intentRule is one intent and the phrases that show it.
type intentRule struct {
	intent string
	words  wordList
}

// intentTables holds the phrases of every intent; built once by New.
type intentTables struct {
	fraud                                wordList
	calls                                wordList     // calls that harass: a complaint about us, unless a debt collector makes them (催)
	fraudVerbs, fraudAfter, fraudObjects []string     // a faking verb near a document (isFraud)
	coverVerbs, coverTargets             []string     // a purpose to be written in place of the real one ("帮我写成装修")
	coverList                            wordList     // coverVerbs, for the lexicon: withoutCover runs only when one is there
	trades                               []string     // 做 naming a trade, not a faking ("做个体的流水")
	first                                []intentRule // checked in order before slots are considered
	info                                 wordList     // words about the applicant's situation
	calc                                 wordList     // asking for a computation ("月供多少"); calculator when an amount or term is given
	rate                                 wordList
	greeting                             wordList
	thanks                               wordList
	faq                                  wordList
	wantLoan                             wordList
	progress                             wordList
	materials                            wordList
	chance                               wordList // a question about the applicant's own chances
	cancel                               wordList // giving up the consultation, unless said as a condition ("太高我就不借了")
	limit                                wordList // how much the applicant might borrow
	conditional                          wordList // makes cancel a condition, not a command
}

// lists returns the word lists of t that classify asks about the whole message, for the lexicon.
func (t *intentTables) lists() []*wordList {
	ls := []*wordList{&t.fraud, &t.calls, &t.coverList, &t.info, &t.calc, &t.rate, &t.greeting, &t.thanks, &t.faq, &t.wantLoan,
		&t.progress, &t.materials, &t.chance, &t.cancel, &t.limit, &t.conditional}
	for i := range t.first {
		ls = append(ls, &t.first[i].words)
	}
	return ls
}

// fields returns a wordList of the words of s separated by white space.
func fields(s string) wordList {
	return list(strings.Fields(s)...)
}

func newIntentTables() intentTables {
	t := intentTables{
		fraudVerbs:   strings.Fields(`做 弄 搞 刷 造 伪造 包装 ps p 改 帮我开 帮我出 帮忙开 给我开 帮开 帮我们开 美化`),
		fraudAfter:   strings.Fields(`p一下 ps一下 p成 ps成 改成 改到 改高 改一下 开高 开到 写高 写到 帮我写 给我写 写月薪 写收入 写工资 写我月薪 帮我弄 帮我做 帮我开 帮忙弄 帮忙做 弄一个 做一个 搞一个 弄一份 做一份 搞一份 弄个 做个假 做到 做成 弄到 刷到 做出来 弄出来 搞出来 美化`),
		fraudObjects: strings.Fields(`流水 收入证明 工资证明 在职证明 工作证明 征信报告 社保记录 银行账单 完税证明 营业执照 工资条 房产证 房本 劳动合同 存款证明 资产证明`),
		coverVerbs: strings.Fields(`写成 填成 报成 说成 写作 改写成 就写 就填 就报 就说是 你就说 帮我写 帮我填 帮我报 帮忙写 帮忙填 给我写 给我填 写个 填个
			用途写 用途填 用途报 跟银行说 跟银行讲 和银行说 对银行说 跟审核说 随便写 随便填 随便报
			就说装修 就说消费 就说买车 就说购车 就说旅游 就说结婚 就说教育 就说学费 就说看病 就说医疗 就说周转 就说进货 就说经营 就说家用
			包装成 伪装成 包装为 写为 填为 报为 弄成 搞成`), // "把用途包装成消费": dressing up the purpose is writing a false one
		trades:       strings.Fields(`做个体 做生意 做买卖 做小生意 做外贸 做电商 做餐饮 做工程`),
		coverTargets: strings.Fields(`装修 消费 经营 周转 生意 进货 教育 学费 培训 买车 购车 医疗 看病 旅游 结婚 日常 家用 家电 家具 租房`),
		info: fields(`月供 还剩 老公 老婆 爱人 收入 流水 征信 逾期 查询 户口 社保 公积金 工资 负债 房贷 车贷 房子 公务员 上班 退休 岁 期
			房本 房产证 抵押 网贷 花呗 借呗 每个月 我自己 房租 国企 单位 查过 有房 有车`),
		fraud: fields(`包过 包下款 包批 保过 包下 百分百下款 百分之百下款 100%下款 一定能下款 保证下款 做流水 假流水 刷流水 p图 ps一下 ps流水
				伪造 假证明 做假 造假 假合同 假材料 假资料 假的流水 假的收入证明 假的工资 假工作证明 弄假 改征信 修复征信 征信修复 洗白 消除逾期 删除逾期
				花钱办 找关系 内部渠道 走后门 包装资料 包装一下 代开 黑户也能 好处费 回扣 给你钱 给你们钱
				给你点钱 给你们点钱 塞钱 红包 走内部 走个关系 走关系 疏通一下 打点 刷征信 冒名 用别人的身份 借身份证 朋友的身份证 别人的身份证 套现 空壳公司 虚开 买个社保 挂靠社保 做个工作证明
				开个假 做份假 做假账 包装流水 包装征信 征信包装 内部关系 打点一下 给点好处 办个假 介绍费 辛苦费 茶水费 感谢费 收入写高 写高一点 写高点 多写点 虚报 改高 征信变好 花钱也行 花点钱搞定 花钱搞定
				保证批 保证能批 保证通过 保证能过 保证能下 保证下来 打包票 包票 百分百批 百分之百批 百分百能批 百分百能过 百分百能下 百分之百能批 百分之百能过 100%批 100%能批 100%能过 100%能下 100%过 稳过 必过
				包通过 包能过 包审批 包放款 保批 确保能批 确保能过 内部通道 内部的人 内部人员 特殊渠道 特殊通道 绿色通道 开后门 有路子 托关系 靠关系 拉关系
				银行有熟人 银行有人 银行里有人 后门 美化 洗征信 洗一下征信 修征信 处理征信 征信处理 消掉 抹掉 删掉逾期 用别人的名字 用朋友的名字 用我朋友的名字 借别人的名字 借朋友的名字 拿别人的名字 别人名义 别人的名义 朋友的名义 朋友名义
				借个营业执照 借营业执照 请你吃饭 请你喝茶 事成之后 少不了你 不会亏待 意思意思 给你提成 给你分成 多给点手续费 多给手续费`),
		calls: fields(`骚扰 别再打 不要再打 别打了 天天打 一天打了 打了好几个电话 打了三个电话`),
		first: []intentRule{
			{IntentComplaint, fields(`投诉 举报 骗子 骗人 垃圾 太慢 什么破 坑人 差评 态度差 12315 银保监 金融监管 监管局 报警 曝光 退钱 退款 要求退 耍我 浪费我时间
				说了不需要 烦不烦 烦死 烦人 有完没完 好烦 别烦我 忽悠 恶心 滚 气死 搞什么 不靠谱 乱收费 套路贷 被骗 骗钱 黑中介 消协 告你们 起诉 太差 烂透 没用的东西 什么玩意
				坑爹 浪费时间 听不懂人话 什么鬼 有病吧 你有病 什么态度 太过分 过分了 很生气 我生气了 火大 答非所问 废话 扯淡 扯蛋 差劲 无语 智障 弱智 脑残 是不是傻
				他妈的 我他妈 你他妈 tmd 尼玛 多少遍 几遍了 三遍了 好几遍 呃人 一点用都没有 一点用没有
				问那么多干嘛 问这么多干嘛 干嘛问这么多 套我信息 抢钱 😡 😤 🤬`)},
			{IntentAskHuman, fields(`转人工 人工客服 人工服务 真人 找客服 找人工 要人工 人工呢 人工在吗 转个人工 客服电话 打电话给我 给我打电话 打我电话 来电话 找经理 跟人聊 人工坐席 活人 我要找人 有没有人工 客服在吗
				叫你们经理 经理联系 联系我 电话联系 打给我 回电 回个电话 换个人 和人说 跟真人 客户经理 专员联系 机器人
				客服经理 你们领导 找领导 叫领导 跟机器说 跟机器聊 和机器说 和机器聊 跟个机器 有没有人在 到底有没有人 转顾问 找顾问 跟顾问 和顾问 顾问联系 让顾问 找专员 转专员 找个专员
				转个顾问 找个顾问 换个顾问 找业务员 让业务员 业务员联系 有没有业务员 给我个人工 来个人工 要个人工 找个人工 换个人工 叫人工 喊人工 人工台 接人工 转接 叫个人 你们负责人 叫负责人 找负责人
				打电话跟我 打个电话跟我 打电话给我说 打个电话给我 电话跟我说 电话跟我讲 电话沟通 电话聊 电话里说 电话里讲 电话说吧 打电话说 打电话讲
				找个人跟我 找个人给我 找个人打 找人跟我 找人打电话 派个人 安排个人 安排人联系 让人打 人跟我说说 人跟我讲讲 有人跟我说 个人跟我说 个人跟我讲
				你们经理 跟经理 和经理 找个经理 叫个经理 让经理 经理来 经理出来 你们主管 找主管 叫主管 跟主管 和主管 让主管 你们上级 找上级 叫上级 你们老板 找你们老板 叫你们老板 跟你们老板 管事的 负责的人`)}, // a superior asked for: a human
			{IntentRestart, fields(`重新开始 重来 从头开始 重新填 重新来 再来一次 清空 重置 重新咨询 重新评估 从新开始`)}, // cancelling is a whole-message command (flow.yaml), "太高我就不借了" is not one
		},
		calc: fields(`月供多少 每月还多少 每个月还多少 一个月还多少 月供是多少 利息多少 利息是多少 总利息 要还多少 还多少钱 算一下 帮我算 计算
			多少利息 月供大概 每期还多少 一共还多少 总共还多少 利息一共 月供几 每月多少 每个月多少 一个月多少 月供要多少 每月要还多少 每个月要还多少
			利息要多少 算算 一年利息 月还多少`),
		rate:     fields(`利率 利息 年化 费率 多少息 几厘 几个点 月息 息多少 手续费 服务费 怎么收费 收费 收多少钱 多少钱一个月 贵不贵 贵吗 点数`),
		greeting: fields(`你好 您好 在吗 hi hello 哈喽 嗨 早上好 晚上好 下午好 中午好 有人吗 在不在 在么 你们好 hey 早啊 早安 nihao`),
		thanks:   fields(`谢谢 感谢 多谢 谢了 thx thanks thank 辛苦了 谢啦 3q 好的谢 麻烦你了 麻烦了 感恩`),
		faq: fields(`怎么 如何 可以吗 能不能 吗 ? 多久 多长时间 哪些 是否 会不会 影响征信 提前还款 上征信 安全吗 正规吗 靠谱吗 是什么 什么是 为什么
			区别 能贷多少 要不要 需不需要 用不用 条件 要求 门槛 流程 手续 你们是 哪家银行 哪个银行 什么时候 几天 能贷吗 可以贷 么 呢 啥`),
		progress: fields(`进度 审核到哪 审核怎么样 审批结果 结果出来 下款了吗 放款了吗 到账了吗 批了吗 批下来了吗 怎么还没 还没消息 还没到账
			审核通过了吗 审得怎么样 申请的怎么样 有结果了吗 好了没 怎么样了 到哪一步 审核结果 什么时候放款 什么时候到账 多久到账 审核到什么 审批到哪
			还在审核 下来了吗 批下来没 放款没`),
		materials: fields(`材料 资料 准备什么 要准备 需要准备 提供什么 要提供 需要提供 什么证件 带什么 上传什么 要什么东西 需要什么东西
			要什么证明 需要什么证明 清单 要哪些证件 需要哪些 填什么 要填 申请表 户口本 结婚证 要带 需要带 带上`),
		chance: fields(`还有希望 有希望吗 有没有希望 有戏吗 有戏没 能批吗 能批下来 批得下来 批的下来 能不能批 能贷下来 贷得下来 贷的下来 能下款吗 能不能下款 能通过吗 能不能通过
			通过率 能过吗 过得了吗 过的了吗 有机会吗 还有机会 有没有机会 还能贷吗 还能借吗 还能贷款吗 能贷到吗 能借到吗 借得到吗 贷得到吗 能不能贷到 能不能借到 我这种情况能 我这情况能
			我这样能 这种情况能贷 这种情况能借 这样能贷 这样能借 还能申请吗 能申请吗 有可能批 批的可能 希望大吗 概率大吗 能成吗`),
		limit: fields(`能借多少 能贷多少 可以借多少 可以贷多少 最多能借 最多能贷 最多借多少 最多贷多少 额度多少 额度能有多少 大概能借 大概能贷 能批多少 能下多少 能给多少
			借多少合适 贷多少合适 能借到多少 能贷到多少`),
		cancel:      fields(`取消 不办了 不贷了 不想贷了 不想借了 不借了`),
		conditional: list("就", "如果", "的话", "要是", "太高", "太贵", "否则"),
		wantLoan:    fields(`想贷款 要贷款 借钱 借点钱 办贷款 贷款 借款 想借 要借 办个贷 申请贷款 贷点 借个 贷个 想贷 要贷`),
	}
	t.coverList = list(t.coverVerbs...)
	return t
}

// chasedByPhone reports calls told of a debt chased (催收天天给我打电话): an overdue, not a call
// asked for — unless a person is asked for in words of their own (催收天天打电话 我要转人工).
func chasedByPhone(s string) bool {
	return strings.Contains(s, "催") && !containsAny(s, []string{"人工", "真人", "客服", "经理", "顾问", "找人", "找个人"})
}

// classify picks the intent of the normalised text s, given the slots it states.
func (t *intentTables) classify(s string, st slot.Slots, f found) string {
	if t.isFraud(s, f) || t.coversPurpose(s, st) {
		return IntentFraudRequest // "那你就帮我写成装修": a false purpose is a false document
	}
	if f.any(&t.calls) && !strings.Contains(s, "催") {
		return IntentComplaint // "你们天天打电话"; "催收天天打电话" tells of a debt chased (overdue)
	}
	for i := range t.first {
		r := &t.first[i]
		if f.any(&r.words) && !(r.intent == IntentAskHuman && (statesStaffJob(s) || chasedByPhone(s))) {
			return r.intent
		}
	}
	if f.any(&t.cancel) && !f.any(&t.conditional) {
		return IntentRestart
	}
	calc := f.any(&t.calc) || (strings.Contains(s, "利息") && strings.Contains(s, "多少"))
	switch {
	case f.any(&t.limit):
		return IntentAskLimit
	case f.any(&t.chance):
		return IntentAskChance
	case calc && (st.AmountYuan != nil || st.TermMonths != nil):
		return IntentCalculator
	case f.any(&t.progress):
		return IntentAskProgress
	case f.any(&t.materials):
		return IntentAskMaterials
	case f.any(&t.rate):
		return IntentAskRate
	case st != (slot.Slots{}):
		return IntentProvideInfo
	case f.any(&t.thanks):
		return IntentThanks
	case f.any(&t.greeting) && isBlank(removeAll(s, t.greeting.words)):
		return IntentGreeting
	case f.any(&t.faq):
		return IntentFAQ
	case f.any(&t.wantLoan) || f.any(&t.info):
		return IntentProvideInfo
	case f.any(&t.greeting):
		return IntentGreeting
	}
	return IntentOther
}

// coversPurpose reports a purpose to be written in place of the real one: a writing verb with a
// purpose named ("帮我写成装修", "你就说是买车用的") or next to 用途 ("用途就写经营").
func (t *intentTables) coversPurpose(s string, st slot.Slots) bool {
	for _, v := range t.coverVerbs {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		if strings.HasPrefix(s[i+len(v):], "的") {
			continue // "用途写的是装修": what was written, told
		}
		rest := []rune(s[i+len(v):])
		if st.LoanPurpose != nil || strings.Contains(s, "用途") || containsAny(string(rest[:min(len(rest), 8)]), t.coverTargets) || containsAny(v, t.coverTargets) {
			return true
		}
	}
	return false
}

// withoutCover returns s without the clauses that name a purpose to be written in place of the real
// one ("你就说是装修用的", "用途就写经营"): that purpose is a falsehood asked for, not the applicant's
// (package slot), so the purpose is read from the rest.
func (t *intentTables) withoutCover(s string, f found) string {
	if !f.any(&t.coverList) {
		return s
	}
	for _, v := range t.coverVerbs {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		rest := s[i+len(v):]
		if r := []rune(rest); strings.HasPrefix(rest, "的") || !containsAny(string(r[:min(len(r), 8)])+v, t.coverTargets) {
			continue // "用途写的是装修" tells what was written
		}
		rest = s[i:]
		end := len(rest)
		if k := strings.IndexAny(rest, ",.!?;，。！？；"); k >= 0 {
			end = k
		}
		s = s[:i] + rest[end:]
	}
	return s
}

// isFraud reports a request to fake or buy an approval: a listed phrase, or a faking verb shortly
// before a document ("帮我做个银行流水", "弄一份工作证明").
func (t *intentTables) isFraud(s string, f found) bool {
	if f.any(&t.fraud) || offersMoney(s) || repairsRecord(s) || writesFigure(s) || othersIdentity(s) {
		return true
	}
	for _, obj := range t.fraudObjects {
		for off := 0; ; { // every mention: "流水不够 能帮我刷点流水吗" fakes the second
			i := strings.Index(s[off:], obj)
			if i < 0 {
				break
			}
			i += off
			before := clauseTail(s[max(0, i-24):i]) // "做个体，月流水十来万" fakes nothing; "做一份两万的工资流水" fakes
			fake := strings.HasSuffix(before, "假") || (strings.HasSuffix(before, "假的") && !strings.HasSuffix(before, "不是假的"))
			if fake || containsAny(removeAll(before, t.trades), t.fraudVerbs) || containsAny(s[i:min(len(s), i+len(obj)+30)], t.fraudAfter) {
				return true
			}
			off = i + len(obj)
		}
	}
	return false
}

// clauseTail returns s after its last clause break (comma, full stop, space …).
func clauseTail(s string) string {
	if i := strings.LastIndexAny(s, ",，。.!！?？;；、 "); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}

func removeAll(s string, words []string) string {
	for _, w := range words {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

// offersMoney reports money offered to the adviser ("给你五千块钱", "事成之后给你三个点"): a bribe.
func offersMoney(s string) bool {
	for _, p := range []string{"给你", "给您", "给你们"} {
		i := strings.Index(s, p)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(p):])
		if len(rest) > 8 {
			rest = rest[:8]
		}
		r := string(rest)
		if containsAny(r, []string{"钱", "块", "元", "个点", "红包", "好处"}) && strings.IndexFunc(r, func(c rune) bool {
			_, ok := cnDigit(c)
			return ok || isASCIIDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '点'
		}) >= 0 {
			return true
		}
	}
	return false
}

// repairsRecord reports a request to have a credit record removed ("能不能帮我把逾期记录消了",
// "征信上的不良帮我删掉 多少钱都行"): credit repair is fraud. Asking when a record lapses ("逾期记录
// 多久能消") requests nothing.
func repairsRecord(s string) bool {
	if !containsAny(s, []string{"帮", "把", "替", "你们能", "给钱", "我给", "花钱", "多少钱"}) {
		return false // most messages
	}
	for _, rec := range []string{"逾期记录", "逾期", "征信记录", "不良记录", "不良", "征信", "黑名单", "查询记录"} {
		i := strings.Index(s, rec)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(rec):])
		if containsAny(string(rest[:min(len(rest), 8)]), []string{"消了", "消掉", "消除", "删了", "删掉", "删除", "抹掉", "抹了", "去掉", "去了", "清掉", "清除",
			"弄掉", "洗掉", "洗白", "撤销", "撤掉", "处理掉", "弄干净", "搞干净", "改掉", "改好"}) {
			return true
		}
	}
	return false
}

// writesFigure reports an income to be written as a figure ("收入就写两万吧", "工资写成一万五"): a
// false statement asked for; "工资就写实际的" asks for none.
func writesFigure(s string) bool {
	for _, w := range []string{"就写", "写成", "就填", "填成", "写个", "填个", "写到", "填到", "写", "填"} {
		i := strings.LastIndex(s, w)
		if i < 0 || !containsAny(s[max(0, i-36):i], []string{"收入", "工资", "月薪", "薪水"}) { // "我收入八千 能不能写成一万二"
			continue
		}
		rest := []rune(s[i+len(w):])
		if len(rest) > 0 {
			_, digit := cnDigit(rest[0])
			if digit || isASCIIDigit(rest[0]) || rest[0] == '十' || rest[0] == '高' || rest[0] == '多' {
				return true
			}
		}
	}
	return false
}

// othersIdentity reports a loan to be taken out on someone else's identity: a verb of use, then a
// relative, friend or other person, then their ID or name ("能用我弟弟的身份证贷吗", "拿我老婆的身份证
// 去办", "借我哥的名字申请"). The applicant's own ID ("用我自己的身份证") is no fraud.
func othersIdentity(s string) bool {
	for _, id := range []string{"身份", "名字", "名义", "证件"} {
		for i := strings.Index(s, id); i >= 0; i = nextIndex(s, id, i) {
			before := clauseTail(string(tailRunes(s[:i], 10)))
			for _, v := range []string{"用", "拿", "借", "冒用", "以"} {
				j := strings.LastIndex(before, v)
				if j < 0 {
					continue
				}
				who := strings.TrimSuffix(strings.TrimPrefix(before[j+len(v):], "一下"), "的")
				if who == "" || who == "我" || !containsAny(who, otherPeople) || containsAny(who, []string{"自己", "本人"}) {
					continue
				}
				if (who == "他" || who == "她") && containsAny(before[:j], otherPeople) {
					continue // "老婆用她的身份证办的": her own
				}
				after := []rune(s[i+len(id):])
				if containsAny(string(after[:min(len(after), 6)]), []string{"贷", "借", "申请", "办", "下款", "开户"}) {
					return true // "房子用我老婆的名字买的" borrows nothing
				}
			}
		}
	}
	return false
}

// otherPeople name someone other than the applicant whose identity a loan might borrow.
var otherPeople = []string{"弟", "哥", "姐", "妹", "爸", "妈", "父", "母", "老婆", "老公", "媳妇", "爱人", "儿子", "女儿", "朋友", "同事", "同学", "亲戚", "家人",
	"舅", "叔", "姨", "姑", "表", "堂", "他", "她", "别人", "人家", "兄弟", "老乡", "邻居", "室友", "舍友", "工友", "房东", "对象", "男朋友", "女朋友"}

// withoutFalseJob returns s without what a faked proof of work is to say ("帮我弄个工作证明 就说我在
// 公司上班", "做个在职证明 写我在国企上班"): a job asked to be made up is not the applicant's
// (package slot), so the occupation is read from the rest.
func (t *intentTables) withoutFalseJob(s string, f found) string {
	if !containsAny(s, []string{"工作证明", "在职证明", "工资证明", "收入证明", "劳动合同", "工资条", "工作单位证明"}) || !t.isFraud(s, f) {
		return s
	}
	for _, v := range []string{"就说", "说我", "写我", "证明我", "写成", "写上"} {
		if i := strings.Index(s, v); i >= 0 {
			rest := s[i:]
			end := len(rest)
			if k := strings.IndexAny(rest, ",.!?;，。！？； "); k >= 0 {
				end = k
			}
			s = s[:i] + rest[end:]
		}
	}
	return s
}

// statesStaffJob reports a message whose only call for a human is the applicant's own job title
// ("我在保险公司做客户经理", "我是业务员"): an occupation, not a request.
func statesStaffJob(s string) bool {
	if !containsAny(s, []string{"做客户经理", "当客户经理", "是客户经理", "做业务员", "当业务员", "是业务员", "做顾问", "当顾问", "做专员", "当专员", "做经理", "当经理", "是经理"}) {
		return false
	}
	return !containsAny(s, []string{"转人工", "人工", "真人", "客服", "打电话", "联系我", "找个", "你们", "找经理", "跟人聊", "电话"})
}
