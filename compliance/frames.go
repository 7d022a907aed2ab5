package compliance

import (
	"slices"
	"strings"
)

// Sentence frames: the words around a hit that say the sentence is about the
// claim, not making it. They are cues of the same automaton pass; each
// excuse is named "frame:<kind>:<word>".

// Frame cue kinds (continuing the cue kinds of cues.go).
const (
	cueEval       = cueNegAfter + 1 + iota // after the hit: …是违规操作, …多半是陷阱
	cueAdvice                              // before the hit: 建议您不要…, 千万别…
	cueConseq                              // after the hit: …后果很严重
	cueConvert                             // either side, with a figure: 日息万五换算成年化约18.25%
	cueAttrib                              // before the hit: 对方说…, 您收到的短信…
	cueAdviceNear                          // before the hit in its clause: 别只看“一天几块钱”
	cueTopic                               // after a hit in a topic clause (…的，): 让你先交钱的，一律别转
	cueDeny                                // before the hit in its clause: 哪有包过的贷款, 冇任何内部渠道, 没有任何机构可以保证
	cueHedge                               // after the hit, ending its sentence: 最快明天出结果，但不敢打包票
)

// frameWords lists the frame vocabulary, in simplified, normalised form.
func frameWords() map[int][]string {
	words := map[int][]string{
		cueEval: {"不合规", "不合法", "违法", "违规", "骗局", "陷阱", "风险很大", "风险极大", "风险很高", "风险极高", "风险非常高", "风险非常大", "风险太高", "风险太大", "风险巨大", "风险特别高", "风险特别大", "风险较高", "风险较大", "低估", "高估", "高风险", "有风险",
			// a loss named as the risk (借钱投资有亏损风险); truthful filling urged after it (…即可，请勿虚填)
			"请勿虚填", "切勿虚填", "不得虚填", "不要虚填", "请勿乱填", "不要乱填", "不能乱填", "有亏损风险", "亏损风险", "有亏本风险", "亏本风险", "本金损失风险", "损失本金的风险", "有损失风险",
			"存在风险", "系假嘅", "系假的", "系呃人", "呃人嘅", "is lying", "is a lie", "is wrong", "is false", "is a scam", "风险更大", "风险更高", "有很大风险", "有很大risk", "有risk", "high risk", "very risky", "风险很高的", "risky", "不可信", "是假的", "套路", "不靠谱", "不正规", "非法", "高利贷", "诈骗", "坑人", "忽悠",
			"不可取", "要不得", "不能信", "别信", "都不要转账", "都不要付", "都不要交", "都不要理会", "都不要相信", "都不要接受", "都别接受", "都不要听", "都别听", "都别信", "都不要答应", "都别答应", "都要拒绝", "都应拒绝", "都请拒绝", "一律拒绝", "骗dai", "是错的", "错误的", "不实", "误导", "夸大", "虚假宣传", "不存在的", "不可能的",
			"被骗", "上当", "违反", "涉嫌", "犯法", "犯罪", "不受法律保护", "无效", "红线", "禁止的", "不允许的", "明令禁止",
			// fabrication named as such (流水P图 = 造假, 资料包装属于造假行为, 千万别做)
			"=造假", "是造假", "就是造假", "属于造假", "造假行为", "等于造假", "算造假", "=违法", "=骗局", "=诈骗", "千万别做", "千万别碰", "千万别试", "千万不能做", "绝对不能做",
			// …≠ a virtue (秒批 ≠ 靠谱)
			"≠靠谱", "≠正规", "≠安全", "≠合法", "≠可信", "≠真实", "≠真的", "≠好", "不等于靠谱", "不等于正规", "不等于安全", "不等于合法", "不代表靠谱", "不代表正规", "不代表安全",
			"是谎言", "不是真的", "别上当", "要警惕", "需警惕", "要小心", "需要警惕", "大概率是", "多半是", "典型的", "骗贷", "属于骗", "违法行为", "犯罪行为", "刑事责任", "这种说法", "这类说法", "这样的说法", "之类的说法", "的说法", "这种话", "之类的话", "这种字眼", "这类宣传", "这种宣传", "为名", "是违法的", "是违规的", "不要这么做", "别这么做", "不要这样做", "千万不要", "等于把", "交出去", "未持牌", "无牌", "没有牌照", "缺乏保障", "没有保障", "不受保护", "仿冒", "山寨", "钓鱼", "木马", "要看", "得看", "取决于", "视情况", "因人而异", "不一定",
			// a trap or a sales pitch (…多半有坑, …只是噱头, …典型话术)
			"多半有坑", "肯定有坑", "可能有坑", "必有坑", "有大坑", "都是坑", "就是坑", "全是坑", "是个坑", "大坑", "天坑", "踩坑", "挖坑", "坑钱", "打水漂", "只覆盖", "只是噱头", "噱头", "营销手段", "话术", "骗术", "骗徒", "骗子", "骗人的", "骗钱的", "骗钱", "宣传手法", "宣传手段", "营销手法", "营销噱头", "宣传噱头", "只是宣传", "只系宣传", "收钱不办事", "收钱唔做嘢", "背后往往", "背后藏", "藏着", "暗藏", "隐藏着", "有猫腻", "猫腻", "scam", "fraud", "isfake", "isalie", "misleading",
			// unfounded, banned or punished (…未必有根据, …是禁用的, …不符合规定, …已被叫停)
			"有权拒付", "有权拒绝", "有权不付", "可以拒付", "未必", "没有根据", "缺乏依据", "没有依据", "没有出处", "罪行", "刑事罪", "红旗", "危险信号", "redflag", "禁用", "违禁", "极限词", "绝对化用语", "不符合规定", "不符合监管", "不符合法规", "不合规定", "不符合正规", "是不规范", "不够规范", "叫停", "查处", "取缔", "点名批评", "通报批评", "被处罚", "被罚", "被警方", "被公安", "illegal", "notallowed", "banned", "prohibited", "forbidden", "againstthelaw",
			// speed that waits for the lender (“秒到账”的前提是审批通过)
			"前提是审批", "前提是审核", "前提是获批", "前提是通过审批", "前提是批下来",
			// not to be believed, or impossible (…听听就好, …子虚乌有, …删不掉, …利息离谱)
			"听听就好", "看看就好", "听听而已", "别当真", "不要当真", "当不得真", "十有八九是", "不对劲", "可疑", "存疑", "值得怀疑", "打个问号", "打问号", "经不起推敲", "站不住脚", "子虚乌有", "没这回事", "纯属虚构", "瞎说", "胡说", "吹牛", "吹嘘", "想都别想", "一听就不对", "删不掉", "删不了", "消不掉", "改不了", "去不掉", "抹不掉", "离谱", "高得吓人", "奇高", "畸高", "利息极高", "费用极高", "成本极高", "怎么可能是正规", "怎么可能正规", "怎么可能合法", "怎么可能靠谱", "正规机构是不会", "正规机构不会", "正规平台不会", "正规机构从不", "正规机构绝不",
			// the term itself talked about (…是啥意思, …这四个字, 「背债人」係指…)
			// ignore them all (别人加你私聊都别理); a thing only others handle (…，我们这办不了)
			"都请直接拒绝", "请直接拒绝", "这个概念", "两个概念", "不是一个概念", "不是同一个概念", "不同概念", "不同的概念", "信用卡的概念", "银行的概念", "一个概念", "法律上的概念", "会计上的概念", "不等于实际", "唔等于实际", "不等于年化", "唔等于年化", "不等于年利率", "唔等于年利率", "不等于真实", "唔等于真正", "不等于真正",
			"都别理", "一律别理", "都不要理", "一律不理", "都不用理", "概不理会", "我们这办不了", "我们办不了", "我们这里办不了", "我们这边办不了", "本平台不提供", "本平台办不了",
			"这类词", "这种词", "这些词", "此类词", "这类用语", "这种用语", "此类用语", "这四个字", "这几个字", "这两个字", "这三个字", "这句话", "这些字", "是啥意思", "是什么意思", "啥意思", "什么意思", "是指什么", "系指", "即系指",
		},
		cueAdvice: {"建议您不要", "建议你不要", "建议不要", "千万不要", "千万别", "请不要", "最好不要", "不要轻信", "别轻信",
			"不要信", "不要去", "别去找", "不要找", "不要听", "别听", "劝您不要", "劝你不要", "奉劝", "不建议", "谨慎对待",
			"请远离", "不要理会", "不要回复", "不要答应", "不要配合", "拒绝配合", "不要相信", "别相信", "别把", "不要把", "切勿把", "千万别把", "请勿把", "不要将", "切勿将", "请勿将", "勿将", "不要向", "切勿向", "别被", "不要被", "切勿被", "勿被"},
		// Advice that governs only its own clause: 别只看“一天几块钱”, 不要因为额度充足就多借.
		cueAdviceNear: {"别只看", "不要只看", "不能只看", "别光看", "不要光看", "不能光看", "别只听", "不要只听", "别只信", "不要只信", "别用", "不要用", "切勿用", "勿用", "别拿", "不要拿", "切勿拿", "别花钱", "不要花钱", "切勿花钱", "不要因为", "别因为", "不能因为", "切勿因为", "唔好", "切忌", "别碰", "不要碰", "劝您别", "劝你别", "建议别", "建议您别", "建议你别",
			"bewareof", "beware", "don'tbelieve", "dontbelieve", "don'ttrust", "donttrust", "nevertrust", "neverbelieve", "neverpay", "don'tpay", "dontpay", "avoid", "stayawayfrom", "watchoutfor"},
		// Denial that governs its clause: rhetorical questions, nobody can, Cantonese and English negators.
		cueDeny: {"哪有", "哪里有", "哪儿有", "哪来的", "哪来", "怎么可能", "怎可能", "怎么会有", "哪会有", "哪可能", "岂有", "边有", "点可能", "没有任何机构", "没有任何平台", "没有任何人", "没有任何一家", "没有哪家", "没有哪个", "没有一家", "没有人", "没人", "没有谁", "谁都不能", "谁也不能", "谁都无法", "谁也无法", "任何人都不能", "任何机构都不能", "任何机构都无法", "任何人都无法", "不敢", "没人敢", "冇任何", "冇人", "冇边个", "冇可能", "冇办法", "冇得", "唔会", "唔可以", "唔能够", "唔敢", "唔提供", "唔收", "唔做", "唔可能", "can'tguarantee", "cantguarantee", "cannotguarantee", "won'tguarantee", "wontguarantee", "noonecan", "nobodycan", "can'tpromise", "cannotpromise", "don'tpromise", "dontpromise", "notguaranteed", "noguarantee"},
		cueConseq: {"后果很严重", "后果严重", "后果不堪设想", "承担法律责任", "追究法律责任", "追究刑事责任", "构成犯罪",
			"得不偿失", "越陷越深", "越滚越大", "利滚利", "会坐牢", "吃官司", "害了自己", "损失惨重", "血本无归", "债务危机",
			"代价很大", "代价高", "刑事责任", "不断累积", "无法偿还", "加重还款压力", "加重负担", "恶性循环", "滚雪球", "可能导致", "信息泄露", "泄露", "越借越多", "越来越大", "会越来越多", "让debt越来越多", "让债务越来越多", "让欠款越来越多", "让负债越来越多", "越滚越多", "越陷越深", "利息叠加", "风险越来越",
			// debts that snowball, money lost, the blame that stays (愈滚愈大, 输咗都要还, 算在您头上)
			"后果好严重", "后果非常严重", "后果相当严重", "越滚越多", "愈滚愈大", "愈滚愈多", "会塌", "越还越多", "越欠越多", "窟窿越来越大", "越来越重", "债务越来越", "债务越嚟越", "负债越来越", "欠债越来越", "欠款越来越", "拿不回来", "要不回来", "追不回来", "人财两空", "负刑事责任", "留下案底", "让你还不起", "高到你还不起", "高到还不起", "会让你还不起", "亏了还得", "亏了照样", "亏了还要", "输咗都要还", "输了也要还", "输了都要还", "亏了也要还", "亏了也得还", "亏了都要还", "亏损也要还", "都要还本息", "照样要还本息", "算在您头上", "算在你头上",
			// the debt stays with whoever lends a name (帮人背贷款，最后债务要自己还)
			"后果由您承担", "后果由你承担", "后果自行承担", "后果需自行承担", "请三思", "要三思", "务必三思", "三思而后行",
			"只会让债", "只会让负债", "只会让欠款", "只会让利息", "只会让压力", "只会让debt", "只会让窟窿", "只会让您的负债", "只会让你的负债", "只会让您的债务", "只会让你的债务", "debt越来越多", "利息越来越多", "欠得越来越多", "增加利息支出", "多付利息", "增加负担", "增加还款负担", "增加还款压力", "加重压力", "背上债务", "背上别人的债务", "背负债务", "背上债", "触法", "触犯法律",
			"债务要自己还", "最后要自己还", "都要自己还", "还是要自己还", "由自己偿还", "自己来还",
			"多花冤枉钱", "花了冤枉钱", "只会让您多花", "只会让你多花", "要求提前还款", "要求提前归还", "提前收回", "收回贷款", "也要照常还", "照常还贷", "亏了本金也要", "亏了本也要", "亏了本金也得",
		},
		cueConvert: {"换算", "折算", "相当于", "约合", "折合", "换成年化", "即年化", "算下来", "折成年化", "对应年化", "合年化", "约等于", "等于年化", "实际年化", "实际利率", "真实年化", "年化约", "年化后", "按年化", "年化利率约为", "年化利率约", "计算", "应按", "对应的年化", "对应",
			// a daily or monthly figure turned annual (×365, 10.95%年化, 月息1.2%即係年利率14.4%)
			"×365", "乘以365", "乘365", "×12", "乘以12", "%年化", "%的年化", "即系年", "即是年", "也就是年化", "年利率约", "年利率大约", "年利率大概", "年利率为", "年息约", "换算成apr", "apr约", "apr大约",
			// Cantonese 计返 = worked out again (計返年息都有7厘幾)
			"计返", "算返", "年息都有", "年化都有", "年利率都有",
		},
		cueAttrib: {"对方说", "对方", "中介说", "中介", "广告说", "广告里", "广告上", "您收到的短信", "您收到的广告", "您收到的消息", "您收到的电话", "你收到的短信", "你收到的消息", "有人说",
			"他们说", "短信说", "短信里", "电话里说", "据说", "听说", "网上说", "网上", "某些平台", "一些平台", "有的平台",
			"有些中介", "一些中介", "不正规的", "那些中介", "那些平台", "那些广告", "那些人", "有些平台", "有些机构", "部分平台", "个别平台", "有些人", "有些app", "有的app", "一些app", "某些app", "所谓的", "号称", "宣称", "声称", "打着", "对方自称", "来电说",
			"业务员说", "客服说", "朋友说", "别人说",
			// ads and agents quoted, Cantonese 话 = 说 (广告话「全港第一」, 中介话可以包批)
			"有的产品宣传", "有些产品宣传", "一些产品宣传", "某些产品宣传", "很多产品宣传", "别的产品宣传", "其他产品宣传", "有的平台宣传", "有些平台宣传", "别的平台宣传", "其他平台宣传", "有的机构宣传", "有些机构宣传", "有的app宣传", "广告宣传", "有的产品标榜", "有些平台标榜", "广告话", "广告称", "广告写", "宣传说", "宣传称", "广告语", "任何承诺", "任何号称", "任何宣称", "有人承诺", "有人话", "有人同你讲", "有人同您讲", "有人同你话", "有人同你说", "有人跟你讲", "有人和你说", "有人跟您讲", "中介话", "对方话", "佢话", "人哋话", "有人讲", "对方讲", "中介讲", "催收员说", "催收说", "客户经理说", "顾问说", "经理说",
			// an ad or whoever quoted (广告只写日息的, 那些说…的, 有的写日利率, 谁让您先转账)
			"广告只写", "广告只标", "广告只说", "广告只讲", "宣传只写", "那些说", "那些声称", "那些讲", "那些宣传", "有的写", "有的报", "有的标", "谁让您", "谁让你", "谁叫您", "谁叫你", "谁要您", "谁要你",
			// a belief named to be corrected (很多人以为审批与征信无关，这是误解; 有人以为平台最终不会追究)
			"误以为", "很多人以为", "不少人以为", "有人以为", "许多人以为", "一些人以为",
		},
		// Said of a topic (…的，): advice that alone could be a sales line (别转, 先别付)
		// warns when the hit describes someone else's offer.
		cueTopic: {"先别付", "先别交", "先别转", "别付", "别交", "别转", "别给", "都别", "一律不要", "一律别", "一律不", "一律拒绝", "别理", "不要理", "不用理", "别信", "不要信", "别相信", "拉黑", "挂掉", "挂断", "小心", "当心", "警惕", "远离", "别碰", "不要碰", "别试", "不要试", "别激动", "别当真", "举报", "报警", "拒绝", "别办", "不要办", "绕道"},
	}
	// A promise withheld at the end of the sentence; with an object (但不敢保证利率最低) it withholds something else.
	words[cueHedge] = []string{"但不敢打包票", "不过不敢打包票", "但不敢保证", "不过不敢保证", "但无法保证", "但不能保证", "但没法保证", "但不保证", "不过无法保证",
		"不过不能保证", "不过没法保证", "不过不保证", "但这个不敢保证", "但这个没法保证", "但这个无法保证", "但这个我们没法保证", "但这个我们不敢保证", "但这个我们无法保证", "不过这个不敢保证", "不过这个没法保证",
		"但不敢打包票的", "但谁也不敢保证", "但没人敢保证", "但没人能保证", "但不敢百分百保证", "但不能百分百保证", "但没法百分百保证", "但不敢100%保证", "但不能100%保证"}
	// f01: a refusal after the wish (我也想帮您包过，可真没人能打这个包票): nobody can promise it.
	words[cueEval] = append(words[cueEval], "没人能打这个包票", "没人能打这种包票", "没人能打包票", "没人敢打这个包票", "没人敢打包票", "没有人能打包票", "没有人敢打包票",
		"谁也打不了这个包票", "谁也打不了包票", "谁都打不了包票", "谁也不敢打包票", "谁都不敢打包票", "这个包票没人能打", "这个包票谁也打不了", "冇人可以打包票", "冇人敢打包票", "nobodycanguarantee", "noonecanguarantee")
	// f10: a paid service described and judged after it (这类代办通常要先交一笔费用却无法保证效果，建议不要尝试).
	words[cueEval] = append(words[cueEval], "无法保证效果", "不能保证效果", "没法保证效果", "效果无法保证", "效果没法保证", "效果不能保证", "钱也退不回来", "钱退不回来", "钱要不回来", "钱也要不回来",
		"打水漂", "血本无归", "人财两空", "钱财两空", "建议不要尝试", "建议您不要尝试", "建议你不要尝试", "不建议尝试", "最好不要尝试", "千万别尝试", "千万不要尝试", "建议别尝试")
	// a free-sounding term debunked after it (「零利息」唔代表零成本, 免息不等于免费).
	for _, neg := range [...]string{"不代表", "唔代表", "并不代表", "不等于", "唔等于", "并不等于", "不等同于", "不意味着"} {
		for _, what := range [...]string{"零成本", "没有成本", "冇成本", "免费", "没有费用", "冇费用", "不用付钱", "唔使俾钱"} {
			words[cueEval] = append(words[cueEval], neg+what)
		}
	}
	// a practice judged a trap in English (…是个trap),
	// a free-sounding term whose ads charge fees on the side (…广告通常另收手续费), impostors disowned
	// (凡要求先交钱的都不是我们), a fee named to say it raises the cost (…会员费，实际年化成本会更高).
	words[cueEval] = append(words[cueEval], "是个trap", "是trap", "系trap", "isatrap", "isjustatrap", "系个trap",
		"广告通常另收", "广告往往另收", "广告一般另收", "广告通常会另收", "广告往往会另收", "广告通常另外收", "广告往往另外收", "广告实际另收", "广告其实另收", "广告大多另收", "宣传通常另收", "宣传往往另收", "宣传一般另收", "宣传通常会另收", "宣传往往会另收", "宣传通常另外收", "宣传往往另外收", "宣传实际另收", "宣传其实另收", "宣传大多另收", "产品通常另收", "产品往往另收", "产品一般另收", "产品通常会另收", "产品往往会另收", "产品通常另外收", "产品往往另外收", "产品实际另收", "产品其实另收", "产品大多另收", "平台通常另收", "平台往往另收", "平台一般另收", "平台通常会另收", "平台往往会另收", "平台通常另外收", "平台往往另外收", "平台实际另收", "平台其实另收", "平台大多另收",
		"都不是我们", "都唔系我哋", "都不是我司", "都不是本公司", "都不是本平台", "都不是我们的人", "都不是我们的员工", "都是冒充", "都系冒充", "均为冒充", "一律是冒充")
	words[cueConseq] = append(words[cueConseq], "成本会更高", "成本就会更高", "成本会高很多", "成本会明显更高", "成本会高出", "成本只会更高", "年化会更高", "年化就会更高", "年化会高很多")
	// advice against having it done or borrowing for a reason (别找人做假流水, 别为了额度高就多借, 别信…广告).
	words[cueAdvice] = append(words[cueAdvice], "别信", "别找人做", "不要找人做", "切勿找人做", "别请人做", "不要请人做", "别花钱找人做", "唔好搵人做")
	words[cueAdviceNear] = append(words[cueAdviceNear], "别为了", "不要为了", "不能为了", "切勿为了", "别只为了", "不要只为了", "唔好为咗", "千万别为了")
	// someone else's line quoted to the applicant (他叫你「加私人微信」？别加; 您转发给我的短信内容是：“…”).
	for _, who := range [...]string{"他", "她", "对方", "人家", "佢", "那人", "那个人", "中介"} {
		for _, v := range [...]string{"叫你", "叫您", "让你", "让您", "要你", "要您", "喊你", "话你"} {
			for _, q := range [...]string{"“", "\"", "「", "『"} {
				words[cueAttrib] = append(words[cueAttrib], who+v+q)
			}
		}
	}
	words[cueAttrib] = append(words[cueAttrib], "短信内容是", "短信内容为", "短信原文是", "转发给我的短信", "您转发的短信", "你转发的短信", "您发来的短信", "你发来的短信", "您截图的短信", "你截图的短信")
	words[cueAttrib] = append(words[cueAttrib], namedQuoted()...)
	return words
}

// namedQuoted lists the naming and perception verbs with the quote mark
// that opens the name: a practice named or a line heard in quotes is being
// talked about (这在业内被称为“背债”; 听到“0利息”…); without the quote
// mark 叫做 may name our own product.
func namedQuoted() []string {
	var out []string
	for _, v := range [...]string{"称为", "称作", "叫做", "叫作", "俗称", "人称", "简称", "业内叫", "行内叫", "行话叫", "美其名曰",
		"听到", "看到", "见到", "遇到", "碰到", "刷到", "收到", "听见", "看见"} { // naming, or hearing and seeing a quoted line
		for _, q := range [...]string{"“", "\"", "「", "『", "‘"} {
			out = append(out, v+q)
		}
	}
	return out
}

// frameName is the rule prefix of a frame cue kind.
func frameName(kind int) string {
	switch kind {
	case cueEval:
		return "frame:evaluation:"
	case cueAdvice:
		return "frame:advice:"
	case cueConseq:
		return "frame:consequence:"
	case cueConvert:
		return "frame:conversion:"
	case cueAttrib:
		return "frame:attributed:"
	case cueAdviceNear:
		return "frame:advice:"
	case cueTopic:
		return "frame:topic:"
	case cueDeny:
		return "frame:denial:"
	case cueHedge:
		return "frame:hedge:"
	}
	return ""
}

// frame: a frame cue in the hit's sentence on its side — evaluations and
// consequences after the hit, advice against and attributions before it,
// conversions on either side when the sentence gives a figure (rate and
// deduction hits only: 借10000元实际到手9000元，应按9000元计算).
func (j *judge) frame(c *cand, a, b, ss, se int) string {
	ae := j.answerEnd(se)
	// A failure asked rhetorically (还能不批吗？难道会不批？) is answered by the
	// "no" or "impossible" after it: that answer affirms the promise; so is
	// a rival asked for (谁比我们更专业？没有的) — claims named …rhetorical-sure.
	rhet := strings.HasSuffix(j.s.phrases[c.phrase].Text, "rhetorical-sure")
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue < cueEval {
			continue
		}
		st, en := int(m.start), int(m.end)
		before := en <= a && st >= ss
		after := st >= b && en <= se
		ok := false
		switch p.cue {
		case cueEval, cueConseq:
			ok = (after || st >= b && en <= ae) && !(rhet && hasPrefix(j.n[st:en], "不可能")) && !j.negatedAt(st) && !j.otherSubject(b, st) &&
				!j.reasonAfter(st, en) && !lookInstead(j.n, en) &&
				!(st > 0 && j.n[st-1] == '主' && string(j.n[st:en]) == "要看") // 主要看每天还多少: what to look at instead, no verdict
		case cueAdvice: // 不要找别家了，我们包过: our own words follow the advice; 千万别错过 is no advice against
			ok = before && !j.neutralAt(st, en) && !j.neutralAt(en-1, en) && (!hasListClauseEnd(j.n[en:a]) || !firstPersonBetween(j.n[en:a])) && !coachedClause(j.n, en, a)
		case cueAdviceNear, cueDeny:
			ok = before && !j.neutralAt(st, en) && !j.neutralAt(en-1, en) && !hasListClauseEnd(j.n[en:b])
		case cueAttrib: // 这事电话里说，我把私人号码发你; 我们广告说…
			ok = before && !feeNamed(j.n, en) && !firstPersonBetween(j.n[en:a]) && !j.ownVoice(ss, st) && !j.handedToUs(c, a, b) && !j.adviceToYou(en, a) && !correctedBetween(j.n[en:a])
		case cueTopic:
			ok = after && j.topic(b, st) && !j.negatedAt(st)
		case cueHedge:
			ok = after && sentenceRestEmpty(j.n[en:se])
		case cueConvert:
			cat := j.s.phrases[c.phrase].Category
			ok = (before || after) && (cat == "F05" || cat == "F11") && hasFigure(j.n[ss:se]) &&
				(int(c.phrase) < j.s.npack || after || hasFigure(j.n[a:b])) // a claim after the conversion with no figure of its own (…计算，非常划算) is our verdict on it
		}
		if ok {
			return p.rule
		}
	}
	if j.s.phrases[c.phrase].Category == "F05" && annualFigure(j.n[ss:se]) {
		return "frame:conversion:年化" // 日利率0.03%起（年化10.95%起）: the annualised figure is stated beside it
	}
	if j.definitionAnswer(c, ss) {
		return definition
	}
	if !rhet && j.rebutted(a, b, ss, se) {
		return "frame:rebutted"
	}
	return j.definitionAfter(c, a, b, ss)
}

// rebutted: the hit is a quoted line (or one of a row of quoted lines) that
// is crossed out or questioned right after its closing quote — “提额100%成功”❌,
// “全网No.1”“专家推荐”？先查资质 — or a question answered by a cross mark
// (还款转个人账户？❌…). A questioned quote counts only when no first person
// speaks in the sentence or the answer: “当天放款”？找我们 is still our offer.
func (j *judge) rebutted(a, b, ss, se int) bool {
	if se < len(j.n) && j.n[se] == '?' && se+1 < len(j.n) && (j.n[se+1] == crossMark || negativeAnswer(j.n[se+1:])) {
		return true
	}
	if !j.quotedSpan(a, b, ss) {
		return false
	}
	i := quotedRowEnd(j.n, b)
	switch {
	case i < len(j.n) && j.n[i] == crossMark:
		return true
	case i < len(j.n) && j.n[i] == '?':
		return !firstPersonBetween(j.n[ss:j.answerEnd(i)])
	}
	return false
}

// quotedSpan reports an opening quote between the sentence start and the
// hit, in the hit's clause.
func (j *judge) quotedSpan(a, b, ss int) bool {
	for k := a - 1; k >= ss; k-- {
		switch r := j.n[k]; {
		case isOpenQuote(r):
			return true
		case isClauseEnd(r):
			return false
		}
	}
	return false
}

// quotedRowEnd returns the index of the first rune after the quote the hit
// ending at b is in and any quoted lines right after it (“全网No.1”“专家推荐”),
// or len(n) when a clause ends inside a quote.
func quotedRowEnd(n []rune, b int) int {
	in := true
	for i := b; i < len(n); i++ {
		r := n[i]
		switch {
		case r == '"' || r == '\'':
			in = !in
		case isCloseQuote(r):
			in = false
		case isOpenQuote(r):
			in = true
		case in && isClauseEnd(r):
			return len(n)
		case !in:
			return i
		}
	}
	return len(n)
}

// definitionAnswer: the hit's sentence answers a question about a term —
// it opens with 就是/即/指 right after a question asking 什么叫, 什么是 or
// what a quoted term means (什么叫“以贷养贷”？就是借新的贷款去还旧的贷款).
// An unquoted question may ask about anything (什么是好平台？就是不看征信的),
// and promise families are never defined this way (什么叫包过？就是保证下款).
func (j *judge) definitionAnswer(c *cand, ss int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return false
	}
	if ss < 2 || j.n[ss-1] != '?' {
		return false
	}
	opens := false
	for _, w := range [...]string{"就是", "即", "指", "是指", "简单说", "简单来说", "意思是", "也就是"} {
		opens = opens || indexString(j.n[ss:min(len(j.n), ss+len(w))], w) == 0
	}
	qs := ss - 1
	for qs > 0 && !isSentenceEnd(j.n[qs-1]) {
		qs--
	}
	q := j.n[qs : ss-1]
	if !slices.ContainsFunc(q, isOpenQuote) {
		return false
	}
	for _, w := range [...]string{"什么叫", "什么是", "啥叫", "啥是", "什么意思", "啥意思", "指什么", "乜嘢系", "咩系", "乜嘢意思"} {
		if opens && indexString(q, w) >= 0 {
			return true
		}
	}
	return false
}

// answerEnd: when the sentence ending at se is a question or an exclamation,
// the end of the sentence after it — a rhetorical question or a quoted line
// answered by a verdict (借钱炒币？血本无归; “先交费后放款”！这就是诈骗).
// Otherwise se.
func (j *judge) answerEnd(se int) int {
	if se >= len(j.n) || j.n[se] != '?' && j.n[se] != '!' {
		return se
	}
	e := se + 1
	for {
		s := e
		for e < len(j.n) && !isSentenceEnd(j.n[e]) {
			e++
		}
		if e >= len(j.n) || j.n[e] != '?' || e-s > shortQuestion || e == s {
			return e
		}
		e++ // a row of short questions (No.1？最权威？这种slogan别信): the verdict after the last answers them all
	}
}

// shortQuestion is the longest question (in runes) that still belongs to a
// row of quoted slogans questioned one after the other.
const shortQuestion = 8

// handedToUs: a request to hand something over (a code, money, a contact)
// whose own words or clause name us as the receiver (短信里的验证码发我一下;
// 您收到的短信验证码请回复给我们) — the attribution names where the thing came
// from, not whose words these are.
func (j *judge) handedToUs(c *cand, a, b int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F10", "F11", "F17", "F19":
	default:
		return false
	}
	_, ce := j.bounds(b, b, isClauseEnd)
	return firstPersonBetween(j.n[a:max(b, ce)])
}

// adviceToYou: the hit's clause opens with 你/您 after the clause of an
// attribution cue that names someone without a speech verb — our advice about
// them (那些平台利息超了的，你直接不还就是了), not their words (他们说，你…).
func (j *judge) adviceToYou(en, a int) bool {
	cs, _ := j.bounds(a, a, isListClauseEnd)
	if cs <= en || cs >= len(j.n) || j.n[cs] != '你' && j.n[cs] != '您' {
		return false
	}
	switch j.n[en-1] {
	case '说', '讲', '话', '称', '写', '闻', '里', '上':
		return false
	}
	return true
}

// ownVoice reports a first-person speaker before an attribution cue in its
// clause: 我们广告说… is our own claim.
func (j *judge) ownVoice(ss, st int) bool {
	for k := st - 1; k >= ss && !isClauseEnd(j.n[k]); k-- {
		if j.n[k] == '我' || j.n[k] == '咱' {
			return true
		}
	}
	return false
}

// topic: the rest of the hit's clause holds 的 (放款前让你交钱的，…; 任何承诺
// “稳赚不赔”的投资，…), so the hit describes an offer, and no first person
// speaks from the clause start to the cue at st (我们包过的，别去别家).
func (j *judge) topic(b, st int) bool {
	cs, ce := j.bounds(b, b, isListClauseEnd)
	return slices.Contains(j.n[b:min(ce, st)], '的') && !firstPersonBetween(j.n[cs:st])
}

// otherSubject reports a verdict said of someone else: the cue at st opens
// a later clause about 别家, 别人, 其他平台 … (只要身份证就能借，别家都是套路).
func (j *judge) otherSubject(b, st int) bool {
	cs, _ := j.bounds(st, st, isListClauseEnd)
	if cs <= b {
		return false
	}
	rs := j.n[cs:st]
	for i := 0; i+1 < len(rs); i++ {
		switch {
		case rs[i] == '别' && (rs[i+1] == '家' || rs[i+1] == '人' || rs[i+1] == '的'),
			rs[i] == '其' && (rs[i+1] == '他' || rs[i+1] == '它'),
			rs[i] == '同' && rs[i+1] == '行', rs[i] == '外' && rs[i+1] == '面', rs[i] == '人' && rs[i+1] == '家':
			return true
		}
	}
	return false
}

func hasListClauseEnd(rs []rune) bool {
	for _, r := range rs {
		if isListClauseEnd(r) {
			return true
		}
	}
	return false
}

// feeNamed reports an attribution word that names a fee (中介费, 中介服务费):
// the agent's fee is no report of the agent's words.
func feeNamed(n []rune, i int) bool {
	if i < len(n) && n[i] == '费' {
		return true
	}
	return i+2 < len(n) && n[i] == '服' && n[i+1] == '务' && n[i+2] == '费'
}

// firstPersonBetween reports 我 or 咱 in the runes: the words after an
// attribution are then ours again.
// coachedClause reports a hit whose clause, after the advice's, opens with a
// line to say or write instead (别把网贷填上去，就说没负债): the advice is
// part of the coaching, not a warning against the hit.
func coachedClause(n []rune, en, a int) bool {
	if !hasClauseEnd(n[en:a]) {
		return false
	}
	i := a
	for i > en && !isClauseEnd(n[i-1]) {
		i--
	}
	return i+1 < len(n) && n[i] == '就' && (n[i+1] == '说' || n[i+1] == '写' || n[i+1] == '填' || n[i+1] == '讲')
}

func firstPersonBetween(rs []rune) bool {
	for _, r := range rs {
		if r == '我' || r == '咱' {
			return true
		}
	}
	return false
}

// annualFigure reports 年化 followed by a figure within a few runes (年化10.95%, 年化单利是12%).
func annualFigure(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '年' || rs[i+1] != '化' {
			continue
		}
		depth := 0 // a bracketed aside and a colon (年化利率（单利，IRR口径）：3.6%) are skipped
		for k, seen := i+2, 0; k < len(rs) && seen <= 5; k++ {
			switch r := rs[k]; {
			case r == '（' || r == '(':
				depth++
			case r == '）' || r == ')':
				depth = max(0, depth-1)
			case depth > 0, r == '：', r == ':':
			case isDigit(r):
				return true
			case isClauseEnd(r):
				seen = 99
			default:
				seen++
			}
		}
	}
	return false
}

// definitionAfter: a practice named at the start of its sentence and then
// defined (以贷养贷是用新借的钱还旧债; 砍头息就是借款时先扣除…) — the name
// followed by 是/就是/即/指 and a defining word. Promise families (approval,
// speed, amount, authority, diversion) are never defined this way: 包过就是…
// is still a promise.
func (j *judge) definitionAfter(c *cand, a, b, ss int) string {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return ""
	}
	for k := a; k < b; k++ { // a name said to the reader (凌晨给你发消息就是让你…) is a threat, not a practice
		if j.n[k] == '你' || j.n[k] == '您' {
			return ""
		}
	}
	for k := ss; k < a; k++ { // only quote marks or 所谓 before the name
		if r := j.n[k]; !isOpenQuote(r) && !isCloseQuote(r) && r != '所' && r != '谓' {
			return ""
		}
	}
	i := b
	for i < len(j.n) && i < b+2 && isCloseQuote(j.n[i]) {
		i++
	}
	rest := j.n[i:min(len(j.n), i+5)]
	for _, verb := range [...]string{"就是", "是指", "指的是", "即", "是", "指"} {
		k, ok := 0, true
		for _, r := range verb {
			if k >= len(rest) || rest[k] != r {
				ok = false
				break
			}
			k++
		}
		if ok && k < len(rest) && strings.ContainsRune("用借把在将通过利用以指一某打冒让向从", rest[k]) {
			return definition
		}
	}
	return ""
}

// hasFigure reports a number in the runes: a digit or a Chinese rate figure
// (万五, 八厘).
// hasPrefix reports whether rs begins with the runes of p.
func hasPrefix(rs []rune, p string) bool {
	return indexString(rs[:min(len(rs), len([]rune(p)))], p) == 0
}

// lookInstead reports a 看 that tells the reader what to look at instead (年化
// 您不用在意，主要看每天还多少就行): the clause ends on 就行/就好/就可以.
func lookInstead(n []rune, en int) bool {
	if en < 1 || n[en-1] != '看' {
		return false
	}
	ce := en
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	rest := n[en:ce]
	return indexString(rest, "就行") >= 0 || indexString(rest, "就好") >= 0 || indexString(rest, "就可以") >= 0 || indexString(rest, "即可") >= 0
}

func hasFigure(rs []rune) bool {
	for i, r := range rs {
		if r >= '0' && r <= '9' || r == '厘' {
			return true
		}
		if r == '万' && i+1 < len(rs) && isChineseDigit(rs[i+1]) {
			return true
		}
	}
	return false
}

func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

// negativeAnswer reports a question answered by a bare no (包过？No。
// 秒批？不存在的。内部渠道？没有。): the answer word stands alone, followed
// by the end of its clause or of the text.
func negativeAnswer(rs []rune) bool {
	for _, w := range [...]string{"no", "nope", "不是", "没有", "不会", "不能", "不可能", "不存在", "不存在的", "假的", "没这回事", "当然不是", "当然没有", "不可以", "不行", "当然不行", "当然不可以", "问题很大", "问题大了", "不对", "错了", "大错特错", "并不是", "并非如此", "其实不然", "恰恰相反", "当然有关系", "有关系"} {
		if indexString(rs[:min(len(rs), len([]rune(w)))], w) != 0 {
			continue
		}
		k := len([]rune(w))
		for k < len(rs) && strings.ContainsRune("的啊哦呢啦哈呀", rs[k]) { // 不是的，…
			k++
		}
		if k == len(rs) || isClauseEnd(rs[k]) || rs[k] == '!' || rs[k] == '！' {
			return true
		}
	}
	return false
}

// sentenceRestEmpty reports whether only particles and punctuation follow a
// hedge up to its sentence end (但不敢打包票哈。).
func sentenceRestEmpty(rs []rune) bool {
	for _, r := range rs {
		switch {
		case isClauseEnd(r), isSentenceEnd(r):
		case strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟", r):
		default:
			return false
		}
	}
	return true
}

// correctedBetween reports the speaker turning against what was attributed
// before the hit (有人说黑户借不到，其实照样能借): the hit is the speaker's own.
func correctedBetween(rs []rune) bool {
	for _, w := range [...]string{"其实", "实际上", "事实上", "恰恰相反", "但在我们", "在我们这"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}
