package compliance

// The vocabulary of the sentence frames (frames.go): evaluations,
// consequences, advice, attributions and conversions, in simplified,
// normalised form.

// frameWords lists the frame vocabulary, in simplified, normalised form.
func frameWords() map[int][]string {
	words := map[int][]string{
		cueEval: {"不合规", "不合法", "违法", "违规", "骗局", "陷阱", "风险很大", "风险极大", "风险很高", "风险极高", "风险非常高", "风险非常大", "风险太高", "风险太大", "风险巨大", "风险特别高", "风险特别大", "风险较高", "风险较大", "风险好高", "风险好大", "风险几高", "风险几大", "好高风险", "低估", "高估", "高风险", "有风险",
			// a loss named as the risk (借钱投资有亏损风险); truthful filling urged after it (…即可，请勿虚填)
			"请勿虚填", "切勿虚填", "不得虚填", "不要虚填", "请勿乱填", "不要乱填", "不能乱填", "有亏损风险", "亏损风险", "有亏本风险", "亏本风险", "本金损失风险", "损失本金的风险", "有损失风险",
			"存在风险", "系假嘅", "系假的", "系呃人", "呃人嘅", "is lying", "is a lie", "is wrong", "is false", "is a scam", "风险更大", "风险更高", "有很大风险", "有很大risk", "有risk", "high risk", "very risky", "风险很高的", "risky", "不可信", "是假的", "套路", "不靠谱", "不正规", "非法", "高利贷", "诈骗", "坑人", "忽悠",
			"不可取", "要不得", "不能信", "别信", "都不要转账", "都不要付", "都不要交", "都不要理会", "都不要相信", "都不要接受", "都别接受", "都不要听", "都别听", "都别信", "都不要答应", "都别答应", "都要拒绝", "都应拒绝", "都请拒绝", "一律拒绝", "骗dai", "是错的", "错误的", "错误观念", "错误的观念", "错误想法", "错误的想法", "不实", "误导", "夸大", "虚假宣传", "不存在的", "不可能的",
			"被骗", "上当", "违反", "涉嫌", "犯法", "犯罪", "不受法律保护", "无效", "红线", "禁止的", "不允许的", "明令禁止",
			// identity misuse named as such (用家人的名义申请属于冒用身份)
			"属于冒用", "是冒用", "冒用身份", "冒用他人", "属于冒名", "是冒名",
			// fabrication named as such (流水P图 = 造假, 资料包装属于造假行为, 千万别做)
			"=造假", "是造假", "就是造假", "属于造假", "造假行为", "等于造假", "算造假", "=违法", "=骗局", "=诈骗", "千万别做", "千万别碰", "千万别试", "千万不能做", "绝对不能做",
			// …≠ a virtue (秒批 ≠ 靠谱)
			"≠靠谱", "≠正规", "≠安全", "≠合法", "≠可信", "≠真实", "≠真的", "≠好", "不等于靠谱", "不等于正规", "不等于安全", "不等于合法", "不代表靠谱", "不代表正规", "不代表安全",
			"是谎言", "不是真的", "别上当", "要警惕", "需警惕", "要小心", "需要警惕", "大概率是", "多半是", "典型的", "骗贷", "属于骗", "违法行为", "犯罪行为", "刑事责任", "这种说法", "这类说法", "这样的说法", "之类的说法", "的说法", "这种话", "之类的话", "这种字眼", "这类宣传", "这种宣传", "为名", "是违法的", "是违规的", "不要这么做", "别这么做", "不要这样做", "千万不要", "等于把", "交出去", "未持牌", "无牌", "没有牌照", "没牌照", "没牌", "没license", "没有license", "无license", "nolicense", "缺乏保障", "没有保障", "不受保护", "仿冒", "山寨", "钓鱼", "木马", "要看", "得看", "取决于", "视情况", "因人而异", "不一定",
			// a trap or a sales pitch (…多半有坑, …只是噱头, …典型话术)
			"多半有坑", "肯定有坑", "可能有坑", "必有坑", "有大坑", "都是坑", "就是坑", "全是坑", "是个坑", "大坑", "天坑", "踩坑", "挖坑", "坑钱", "打水漂", "只覆盖", "只是噱头", "噱头", "营销手段", "话术", "骗术", "骗徒", "骗子", "骗人的", "骗钱的", "骗钱", "宣传手法", "淡化成本", "在淡化", "淡化了", "宣传手段", "营销手法", "营销噱头", "宣传噱头", "只是宣传", "只系宣传", "收钱不办事", "收钱唔做嘢", "背后往往", "背后藏", "藏着", "暗藏", "隐藏着", "有猫腻", "猫腻", "scam", "fraud", "isfake", "isalie", "misleading", "arebluffing", "isbluffing", "arelying", "islying", "arealllying", "areliars", "isaliar", "arescammers", "isascammer", "justbluffing", "allbluff", "isbluff",
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
			// fix-E r7: a headline question that doubts the claim, answered by a rebuttal (“不看征信”是真的吗？拆穿…;
			// 体制内就一定能贷？这三种情况照样会被拒; 催收打到你单位电话合法吗？你有权投诉; 借钱炒股？这三个教训要记住)
			"是真的吗", "真的假的", "合法吗", "合规吗", "靠谱吗", "可信吗", "能信吗", "拆穿", "谎言", "照样会被拒", "照样被拒", "一样会被拒", "也会被拒", "照样会拒", "照样拒", "个教训", "的教训", "教训要记", "吸取教训",
			"有权投诉", "可以投诉", "可以complain", "能complain", "cancomplain", "可以report", "canreport", "可以举报", "有权举报",
			// f16_rights-line: where to complain, in English mixed (你可以去CFPB file complaint)
			"filecomplaint", "fileacomplaint", "可以去投诉", "去cfpb", "向cfpb", "找cfpb", "reporttocfpb", "cfpbfile",
			// fix-E r7: the cost hidden behind the claim revealed (Interest-free 的 BNPL 其实有 late fees)
			"其实有", "其实也有", "其实还有", "其实是有", "latefee", "hiddenfee", "readthet&c", "readthefineprint",
			// fix-E r7: a practice named to reject it, a rumour denied (…都是在坑你, 额跟你说没有这回事)
			"没有这回事", "没有这种事", "没有这样的事", "都是在坑", "是在坑你", "是在坑您", "就是坑你", "就是坑您", "都是坑", "坑你的", "坑您的", "don'tdoit", "dontdoit", "notworthit",
			"这类词", "这种词", "这些词", "此类词", "这类用语", "这种用语", "此类用语", "这四个字", "这几个字", "这两个字", "这三个字", "这句话", "这些字", "是啥意思", "是什么意思", "啥意思", "什么意思", "是指什么", "系指", "即系指",
		},
		cueAdvice: {"甭多", "甭再", "建议您不要", "建议你不要", "建议不要", "千万不要", "千万别", "请不要", "最好不要", "不要轻信", "别轻信",
			"不要信", "不要去", "别去找", "不要找", "不要听", "别听", "劝您不要", "劝你不要", "奉劝", "不建议", "谨慎对待",
			"请远离", "不要理会", "不要回复", "不要答应", "不要配合", "拒绝配合", "不要相信", "别相信", "别把", "不要把", "切勿把", "千万别把", "请勿把", "不要将", "切勿将", "请勿将", "勿将", "不要向", "切勿向", "别被", "不要被", "切勿被", "勿被"},
		// Advice that governs only its own clause: 别只看“一天几块钱”, 不要因为额度充足就多借.
		cueAdviceNear: {"甭信", "甭听", "甭碰", "甭找", "甭理", "甭交", "甭给", "甭借", "甭贷", "莫信", "莫听", "别只看", "不要只看", "不能只看", "别光看", "不要光看", "不能光看", "别只听", "不要只听", "别只信", "不要只信", "别用", "不要用", "切勿用", "勿用", "别拿", "不要拿", "切勿拿", "别花钱", "不要花钱", "切勿花钱", "不要因为", "别因为", "不能因为", "切勿因为", "唔好", "切忌", "别碰", "不要碰", "劝您别", "劝你别", "建议别", "建议您别", "建议你别",
			"bewareof", "beware", "don'tbelieve", "dontbelieve", "don'ttrust", "donttrust", "nevertrust", "neverbelieve", "neverpay", "don'tpay", "dontpay", "avoid", "stayawayfrom", "watchoutfor",
			// f12_tagalog-beware: Tagalog beware of (Ingat po sa mga nag-ooffer ng…, Mag-ingat sa…)
			"ingatposa", "ingatsa", "magingatsa", "magingatposa", "ingatkayosa", "ingatkaysa"},
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
			"多花冤枉钱", "花了冤枉钱", "都是利息", "全是利息", "都系利息", "都得付利息", "都要付利息", "都要算利息", "收了钱就跑", "收钱就跑", "卷钱跑路", "卷款跑路", "只会让您多花", "只会让你多花", "要求提前还款", "要求提前归还", "提前收回", "收回贷款", "也要照常还", "照常还贷", "亏了本金也要", "亏了本也要", "亏了本金也得",
		},
		cueConvert: {"换算", "折算", "相当于", "约合", "折合", "换成年化", "即年化", "算下来", "折成年化", "对应年化", "合年化", "约等于", "等于年化", "实际年化", "实际利率", "真实年化", "年化约", "年化后", "按年化", "年化利率约为", "年化利率约", "计算", "应按", "对应的年化", "对应",
			// a daily or monthly figure turned annual (×365, 10.95%年化, 月息1.2%即係年利率14.4%)
			"×365", "乘以365", "乘365", "×12", "乘以12", "%年化", "%的年化", "即系年", "即是年", "也就是年化", "年利率约", "年利率大约", "年利率大概", "年利率为", "年息约", "换算成apr", "apr约", "apr大约",
			// Cantonese 计返 = worked out again (計返年息都有7厘幾)
			"计返", "算返", "年息都有", "年化都有", "年利率都有",
		},
		cueAttrib: {"有人觉得", "很多人觉得", "不少人觉得", "总有人觉得", "有人以为", "很多人以为", "不少人以为", "微博上说", "抖音上说", "小红书上说", "朋友圈说", "朋友圈里说", "群里有人说", "网上有人说", "ins上说", "tiktok上说", "对方说", "对方", "中介说", "中介", "广告说", "广告里", "广告上", "您收到的短信", "您收到的广告", "您收到的消息", "您收到的电话", "你收到的短信", "你收到的消息", "有人说",
			"他们说", "短信说", "短信里", "电话里说", "据说", "听说", "网上说", "网上", "某些平台", "一些平台", "有的平台",
			"有些中介", "一些中介", "不正规的", "那些中介", "那些平台", "那些广告", "那些人", "有些平台", "有些机构", "部分平台", "个别平台", "有些人", "有些app", "有的app", "一些app", "某些app", "所谓的", "号称", "宣称", "声称", "打着", "对方自称", "来电说",
			"业务员说", "客服说", "朋友说", "别人说",
			// the user's own question restated (您询问能否多借…); a victim's story (被骗交了"deposit"); 那种说能…的
			"表哥说", "表姐说", "表弟说", "表妹说", "老公说", "老婆说", "同事说", "邻居说", "同学说", "亲戚说", "家人说", "您询问能否", "您询问是否", "您咨询能否", "您咨询是否", "您问能否", "您问能不能", "你问能不能", "你问能否", "被骗交了", "被骗交", "被骗付了", "被骗转了", "被骗缴了", "被忽悠交了", "那种说", "那种声称", "那种号称", "那种宣称", "那类说", "那种讲", "这种说能", "那种打着",
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
	// fix24-F: a monthly or daily rate said not to be the yearly one («月息低至…»唔等于年息6%, 日息不等于年息).
	for _, neg := range [...]string{"不等于", "唔等于", "并不等于", "不等同于", "不代表", "唔代表", "≠"} {
		for _, what := range [...]string{"年息", "年率", "年化", "年利率", "实际年", "真实年"} {
			words[cueEval] = append(words[cueEval], neg+what)
		}
	}
	// fix22-F: a loan called in when its purpose is broken (挪去炒股，银行会提前收贷); a cost only
	// possibly higher once fees are added (…会员费，综合成本可能会明显更高).
	words[cueConseq] = append(words[cueConseq], "提前收贷", "提前收回贷款", "提前收回全部", "要求提前结清", "要求一次性结清", "要求一次性还清", "一次性收回", "会被抽贷", "被抽贷", "银行会抽贷",
		"成本可能会明显更高", "成本可能明显更高", "成本可能会更高", "成本可能更高", "成本可能会高很多", "成本可能高很多", "年化可能会更高", "年化可能更高", "年化可能会明显更高")
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
	// a cost said to hide in the fees ("零利息"宣传往往把成本藏在服务费里).
	for _, adv := range [...]string{"往往", "通常", "常常", "多半", "大多", "其实", "一般", "实际上"} {
		for _, v := range [...]string{"藏在", "藏进", "藏到", "藏喺", "隐藏在", "把成本藏", "把费用藏", "把利息藏", "把息费藏", "将成本藏", "把成本转嫁", "把费用转嫁", "把成本转移", "把成本挪"} {
			words[cueEval] = append(words[cueEval], adv+v)
		}
	}
	// someone else does it to the applicant (有人叫你借钱炒币, 别人拉你进群领额度).
	for _, who := range [...]string{"有人", "别人", "人家", "陌生人", "对方", "骗子", "人哋", "有啲人", "其他人", "外面的人"} {
		for _, v := range [...]string{"拉你", "拉您", "加你", "加您", "叫你", "叫您", "让你", "让您", "要你", "要您", "劝你", "劝您", "喊你", "约你", "邀你", "私信你", "私聊你"} {
			words[cueActor] = append(words[cueActor], who+v)
		}
	}
	// we have none of it, closing the hit's clause (那个内部群我们没有).
	words[cueDisown] = []string{"我们没有", "我们这没有", "我们这里没有", "我们这边没有", "我们都没有", "我们也没有", "我们从来没有", "我们从没有", "我们一概没有", "我们并没有", "我们没有这种", "我们没有这个", "我们没有这类",
		"本公司没有", "本平台没有", "我司没有", "本号没有", "我哋冇", "我哋都冇", "我哋从来冇", "我哋并冇", "我哋一概冇"}
	// a promise withheld by a clause of its own (一般当天到三天不等，没法保证).
	words[cueHedge] = append(words[cueHedge], "没法保证", "无法保证", "不能保证", "不敢保证", "不保证", "保证不了", "没办法保证", "不能打包票", "没法打包票", "不敢打包票", "打不了包票", "冇办法保证", "唔敢保证", "唔保证", "唔能够保证", "can'tguarantee", "cannotguarantee", "notguaranteed")
	// fix5-E f00_hedge-dialect: a dialect hedge (冇得办法保证, 没得保证, 打不得包票)
	words[cueHedge] = append(words[cueHedge], "冇得办法保证", "冇得保证", "没得办法保证", "没得保证", "冇法保证", "打不得包票", "保证不到", "唔够胆保证",
		// fix5-E f00_refused-request: a request refused in a clause of its own (frameshapes.go refusedRequest)
		"千万莫去", "千万别去", "千万不要去", "千万莫答应", "千万别答应", "千万不要答应", "千万莫帮", "千万别帮", "千万不要帮", "千万唔好去", "千万唔好应承", "千万莫理", "千万别理")
	// fix-h: a claim judged a banned practice by name (“无需审核”本身就是违规宣传 — the practice named,
	// not an illegality given as a reason), a legal risk named after it (他人代为操作存在法律风险),
	// a refusal as the consequence of hiding (隐瞒负债被查到会直接拒贷).
	words[cueEval] = append(words[cueEval], "违规宣传", "违规广告", "违规行为", "违规操作", "违规用语", "违规承诺", "违法宣传", "违法广告", "违法操作", "违法承诺",
		"存在法律风险", "有法律风险", "涉及法律风险", "带来法律风险", "面临法律风险", "存在合规风险", "有合规风险", "存在违法风险", "有违法风险", "存在法律责任", "要承担法律风险", "需承担法律风险")
	words[cueConseq] = append(words[cueConseq], "会直接拒贷", "会被拒贷", "会被直接拒贷", "直接拒贷", "导致拒贷", "被拒贷", "会拒贷", "会直接被拒", "直接拒绝申请", "导致申请被拒", "申请会被拒", "会被拒批", "会被退件", "审批不通过")
	// fix-l (blind batches 29–30): a free-sounding term's real cost said not to be low after it
	// (“免息”分期…折算后的实际年化利率可能并不低); a practice judged very risky in Cantonese and
	// Sichuanese (借錢炒股風險好高) or advised against as done (我哋唔建議咁做); a lender that holds no
	// lending licence (他们根本没有放贷牌照); a demand said to be no regular process (放款前任何要求您
	// 缴纳费用的都不是正规流程).
	for _, what := range [...]string{"实际年化利率", "实际年化", "真实年化", "年化利率", "年化成本", "实际利率", "实际成本", "真实成本", "综合成本", "实际费用", "总成本"} {
		for _, v := range [...]string{"可能并不低", "并不低", "其实不低", "可能不低", "往往不低", "一点也不低", "一点都不低", "未必低", "不一定低", "可能很高", "往往很高", "可能更高", "往往更高", "并不便宜", "可能不便宜", "唔低", "可能唔低", "其实唔低"} {
			words[cueEval] = append(words[cueEval], what+v)
		}
	}
	words[cueEval] = append(words[cueEval], "风险好高", "风险好大", "风险几高", "风险几大", "风险超高", "风险超大", "好高风险", "风险极之高", "风险甚高", "风险相当高", "风险相当大", "风险挺高", "风险挺大", "风险蛮高", "风险蛮大", "风险贼高", "风险贼大", "风险大得很", "风险高得很", "风险老高", "风险老大",
		"唔建议咁做", "唔建议你咁做", "唔建议您咁做", "唔建议咁样做", "唔好咁做", "不建议这么做", "不建议这样做", "不建议您这么做", "不建议你这么做", "不建议您这样做", "不建议你这样做", "不推荐这么做", "不推荐这样做", "莫这么搞", "莫这样搞", "莫这么做", "莫这样做",
		"没有放贷牌照", "没有放贷资质", "没有放贷资格", "无放贷资质", "无放贷资格", "无放贷牌照", "没有金融牌照", "没有贷款牌照", "没有放款资质", "没有放款牌照", "冇放贷牌照", "冇牌照", "没牌照", "无证放贷", "无照放贷", "无证经营", "无照经营",
		"都不是正规流程", "不是正规流程", "都不是正规的", "都不是正规", "并非正规流程", "不属于正规流程", "不是正常流程", "都不是正常流程", "都不正规", "不是正规操作", "都不是正规操作", "不是正规做法", "唔系正规", "都唔系正规")
	// fix-l: advice against reading one figure only (别只盯着日息或月息).
	words[cueAdviceNear] = append(words[cueAdviceNear], "别只盯着", "不要只盯着", "别光盯着", "不要光盯着", "不能只盯着", "别只盯", "不要只盯", "不能只盯", "别光盯", "别只关注", "不要只关注", "别只看重", "不要只看重", "别单看", "不要单看", "不能单看", "别只比", "不要只比", "莫只看", "莫光看", "莫只盯", "唔好净系睇", "唔好只睇", "唔好净系望", "don'tjustlookat", "dontjustlookat", "don'tonlylookat", "dontonlylookat")
	// fix-l: a third party's words (你上次说的那家公司讲能包过).
	for _, who := range [...]string{"那家公司", "那间公司", "那家平台", "那个平台", "那家机构", "那个机构", "那个中介", "那家中介", "那个业务员", "那个客户经理", "那家app", "那个app", "他们公司", "别的公司", "别家公司", "其他公司", "另一家", "另外一家", "那间", "嗰间", "嗰间公司", "嗰个中介", "嗰个平台"} {
		for _, v := range [...]string{"说", "讲", "称", "话", "宣称", "声称", "讲过", "说过", "承诺"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	// fix-l: a quoted term refused in the copy being written (“不看征信”不能写).
	words[cueCopyBan] = []string{"不能写", "不可以写", "不能这么写", "不能这样写", "不能用", "不可以用", "不能出现", "不能提", "不能说", "不要写", "别写", "不能放", "写不得", "用不得", "唔可以写", "唔写得", "唔好写", "唔可以用", "唔用得",
		"得删掉", "要删掉", "必须删掉", "得删", "要删", "得去掉", "要去掉", "必须去掉", "要改掉", "得改掉", "必须改掉", "不能写进", "莫写", "莫用", "不得使用", "不得出现", "不允许出现", "不允许写", "不准写", "不准用", "cannotwrite", "can'twrite", "can'tuse", "cannotuse"}
	// fix-m (blind batches 31–32): the catch named after a free-sounding offer (羊毛出在羊身上,
	// Zero interest? Read the fine print…) — a latin cue negated before it (no hidden fees) does not count.
	words[cueEval] = append(words[cueEval], "羊毛出在羊身上", "羊毛出喺羊身上", "天下没有免费的午餐", "天下没有免费午餐", "没有免费的午餐", "天下冇免费午餐", "冇免费午餐", "看清楚细则", "看清细则", "睇清楚细则", "看清楚小字", "看清小字", "睇清楚小字", "留意小字", "留意细则", "注意小字",
		"readthefineprint", "checkthefineprint", "readthesmallprint", "checkthesmallprint", "fineprint", "smallprint", "feeinside", "feesinside", "chargesinside",
		"there'sacatch", "thereisacatch", "gotcatch", "toogoodtobetrue", "nofreelunch", "nosuchthingasafreelunch")
	// fix-m: caution urged about what was seen (看到写着No.1的ad，要多留个心眼; be careful).
	words[cueAttrib] = append(words[cueAttrib], seenWritten()...)
	words[cueEval] = append(words[cueEval], "留个心眼", "留多个心眼", "多个心眼", "长个心眼", "长点心眼", "留心眼", "becareful", "becautious", "bewary", "thinktwice")
	// fix-m: English advice against doing it (don't use the loan to buy crypto), Malay jangan.
	for _, neg := range [...]string{"don't", "dont", "donot", "never", "shouldn't", "shouldnot", "mustn't", "mustnot"} {
		for _, v := range [...]string{"use", "borrow", "take", "put", "sign", "send", "share", "give", "transfer", "apply", "click", "add", "join", "follow", "fallfor", "anyhow"} {
			words[cueAdviceNear] = append(words[cueAdviceNear], neg+v)
		}
	}
	words[cueAdviceNear] = append(words[cueAdviceNear], "jangan")
	// fix-m: someone else's words or doings named in English (那个agent说…, Someone DM me on Telegram…).
	for _, who := range [...]string{"agent", "broker", "moneylender", "ahlong", "lender", "guy", "uncle", "auntie", "scammer", "telemarketer", "app", "platform", "website"} {
		for _, det := range [...]string{"那个", "有个", "有些", "一个", "某个", "嗰个", "the", "that", "some", "one", "an", "this"} {
			for _, v := range [...]string{"说", "讲", "话", "称", "said", "says", "say", "told", "tell", "claim", "claimed", "claims", "promised", "promise"} {
				words[cueAttrib] = append(words[cueAttrib], det+who+v)
			}
		}
	}
	for _, who := range [...]string{"someone", "somebody", "stranger", "strangers", "scammer", "scammers", "unknownnumber", "randomguy", "randomnumber"} {
		for _, v := range [...]string{"dm", "pm", "message", "messaged", "text", "texted", "whatsapp", "whatsapped", "add", "added", "call", "called", "contact", "contacted", "approach", "approached", "invite", "invited", "ask", "asked", "tell", "told", "offer", "offered", "send", "sent"} {
			words[cueActor] = append(words[cueActor], who+v)
		}
	}
	// fix-s (blind batches 33–34): a claim judged unreliable or suspect after it (…的平台往往有问题,
	// “不上征信”的宣传并不可靠); a proposal or an impostor's demand reported (有人提出“…”, 如有人以我们的名义索要…);
	// a self-praise disowned (我们不说自己是the best); what to do if it happens (…，可以录音并向监管投诉).
	for _, adv := range [...]string{"往往", "通常", "多半", "大多", "一般都", "肯定", "都", "多数", "大概率"} {
		words[cueEval] = append(words[cueEval], adv+"有问题")
	}
	words[cueEval] = append(words[cueEval], "并不可靠", "不可靠", "不太可靠", "靠不住", "唔可靠", "唔靠得住", "notreliable", "unreliable",
		"录音取证", "录音留证", "向监管投诉", "向监管举报", "向监管反映", "向监管report", "向监管部门投诉", "向监管部门举报", "向银保监投诉", "向金融监管",
		"reporttotheregulator", "reportittotheregulator", "complaintotheregulator")
	for _, who := range [...]string{"有人", "对方", "中介", "别人", "人家", "陌生人"} {
		for _, v := range [...]string{"提出", "提议", "建议你", "建议您", "出主意", "向你提", "向您提"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	words[cueAttrib] = append(words[cueAttrib], "如有人以", "若有人以", "如果有人以", "以我们的名义", "以我司名义", "以我司的名义", "以本公司名义", "以本公司的名义", "以本平台名义", "以本平台的名义", "冒用我们的名义", "冒充我们")
	words[cueDeny] = append(words[cueDeny], "不说自己是", "从不说自己是", "不会说自己是", "不敢说自己是", "不吹自己是", "不会吹自己是", "不标榜自己是", "不自称", "从不自称", "不会自称")
	// a belief denied in its own clause (别以为晚还几天没事, 唔好以为多查几次冇所谓)
	words[cueDeny] = append(words[cueDeny], "别以为", "不要以为", "千万别以为", "千万不要以为", "莫以为", "唔好以为", "咪以为", "别觉得", "不要觉得", "别相信", "不要相信")
	// fix-E (blind batches 35–38): someone taught or tricked into it (有人教你刷流水, 有人被骗交了…);
	// a question reported (有客户问我是不是银行的人); any firm's self-description (任何机构说自己是“…”);
	// a practice of quoting one figure only (只报日息不报年化, 只告诉你月息).
	for _, who := range [...]string{"有人", "别人", "人家", "陌生人", "对方", "骗子", "中介"} {
		for _, v := range [...]string{"教你", "教您", "被骗", "上当"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	words[cueAttrib] = append(words[cueAttrib], "有客户问", "客户问我", "客户问", "有人问我", "有人问", "有朋友问", "工友问", "网友问", "问我是不是", "问我是否",
		"任何机构说", "任何平台说", "任何人说", "任何机构自称", "任何平台自称", "说自己是“", "说自己是「", "自称是“", "自称“", "自称「",
		"只报", "只告诉你", "只告诉您")
	// fix-E: Sichuanese advice against (莫再借新的还旧的, 千万莫听); things to keep to oneself (…请自己保管好).
	words[cueAdvice] = append(words[cueAdvice], "莫再借", "莫再去借", "莫再用", "莫再碰", "莫再信", "千万莫", "莫要", "莫去", "莫信", "莫听", "莫把", "莫找")
	words[cueEval] = append(words[cueEval], "千万莫听", "莫听", "莫信", "莫上当", "请自己保管好", "自己保管好", "请妥善保管", "妥善保管", "请保管好", "务必保管好", "不会找您要", "不会找你要", "不会向您索要", "不会向你索要", "都不会问您要", "都不会问你要",
		// a figure compared with the annual rate (比日息、月息更能反映真实成本); a trap named (这个坑大家别跳)
		"更能反映", "更准确反映", "更能体现", "更能看出", "更真实地反映", "这个坑", "别跳坑", "别跳", "莫跳",
		// what to do if it happens (…，您可以向金管會檢舉)
		"检举", "向金管会", "可以举报", "可以投诉", "向银保监会", "向消保")
	for _, v := range [...]string{"可能很高", "往往很高", "可能更高", "并不低", "可能不低", "其实不低", "会很高"} {
		words[cueEval] = append(words[cueEval], "年化"+v, "年化后"+v, "成年化"+v)
	}
	words[cueConseq] = append(words[cueConseq], "越嚟越大", "越嚟越多", "只会令问题", "只会令债务", "只会令负债", "只会令", "欠一身债", "背一身债", "一身债", "债台高筑")
	words[cueConvert] = append(words[cueConvert], "乘以十二", "乘十二", "×十二", "乘以三百六十五", "乘以三六五", "乘以360", "乘360")
	// fix-E (blind batches 35–40): what to do when it is asked for (接到这类电话请直接挂断, 验证码在任何情况下都不要告诉他人);
	// fees hidden or not low (“零首付”类广告往往隐藏了其他费用, 其实利息和服务费不低); fees compared once
	// annualised (把费用折算成年化再比较); a cost said to rise further (综合年化成本还会更高); anyone who
	// asks you (哪个喊你先转钱你都莫转, 任何人跟您要网银密码…).
	words[cueEval] = append(words[cueEval], "直接挂断", "请挂断", "立即挂断", "马上挂断", "任何情况下都不要", "任何情况下都别", "任何情况下都唔好", "任何情况下都不能", "任何情况下都不得",
		"隐藏了其他费用", "隐藏了费用", "往往隐藏了", "通常隐藏了", "其实隐藏了", "折算成年化再比较", "换算成年化再比较", "折成年化再比较", "算成年化再比较", "折算成年化再比", "换算成年化再比")
	for _, what := range [...]string{"利息和服务费", "利息和手续费", "利息加服务费", "服务费", "手续费", "利息", "费用"} {
		for _, v := range [...]string{"不低", "并不低", "其实不低", "也不低", "都不低", "一点不低"} {
			words[cueEval] = append(words[cueEval], what+v)
		}
	}
	words[cueConseq] = append(words[cueConseq], "成本还会更高", "成本还会高", "成本还会高很多", "年化还会更高", "成本只会更高")
	for _, who := range [...]string{"哪个", "哪个人", "哪位", "任何人", "随便哪个", "不管哪个", "不管谁"} {
		for _, v := range [...]string{"喊你", "喊您", "叫你", "叫您", "让你", "让您", "跟你要", "跟您要", "找你要", "找您要"} {
			words[cueActor] = append(words[cueActor], who+v)
		}
	}
	// fix-E (blind batches 41–42): the consequence of being found out or held responsible (瞒报被查出来更麻烦,
	// 隐瞒负债是要担责任的); a thing not to be handed to anyone who asks (…，无论是谁问您要，都不要给 — the clause
	// ends on the refusal: 都不要给别人 may keep it for us); a claim reported in English and judged a scam in Malay or
	// English after it (Some agents say…, memang tipu).
	for _, found := range [...]string{"被查出来", "被查到", "查出来", "被发现", "被查实", "被核查出来", "被核实出来", "查到了"} {
		for _, v := range [...]string{"更麻烦", "会更麻烦", "就更麻烦", "就更麻烦了", "麻烦更大", "就麻烦了", "就麻烦大了", "后果更严重", "会更严重", "要担责任", "是要担责任的", "会被拒", "会被追责", "要负责"} {
			words[cueConseq] = append(words[cueConseq], found+v)
		}
	}
	words[cueConseq] = append(words[cueConseq], "是要担责任", "是要承担责任", "是要负责任", "是要负法律责任", "是要承担法律责任", "是要担法律责任", "是会被追责", "是会被追究", "会被追责", "要被追责", "会被追究责任", "系要负责任", "系要承担责任",
		"反而耽误您", "反而耽误你", "反而耽误事", "反而误事")
	words[cueEval] = append(words[cueEval], "都不要给", "都别给", "都不能给", "都不可以给", "都不要告诉", "都别告诉", "都不能告诉", "都不要透露", "都别透露", "都不要提供", "都别提供", "一律不要给", "一律别给", "都唔好俾", "都唔好畀", "都唔好讲", "都莫给", "都莫要给",
		"都莫告诉", "都莫讲",
		// fix5-E f00_list-evaluated: a list of terms evaluated as a kind of pitch (零利息、免息之类的宣传往往…)
		"之类的宣传", "之类宣传", "一类的宣传", "这类的宣传", "之类的广告", "这类广告", "之类的噱头", "这类噱头", "之类的口号", "之类的话术", "这类话术", "之类嘅宣传", "之类嘅广告", "都莫说", "都莫透露", "都莫提供", "都莫发", "一律莫给")
	for _, who := range [...]string{"agents", "brokers", "moneylenders", "lenders", "people", "scammers", "guys", "telemarketers", "ahlongs", "websites", "apps", "ads", "companies"} {
		for _, det := range [...]string{"some", "these", "those", "many", "other", "有些", "有啲", "一些"} {
			for _, v := range [...]string{"say", "said", "claim", "claimed", "promise", "promised", "tell", "told", "willsay", "advertise"} {
				words[cueAttrib] = append(words[cueAttrib], det+who+v)
			}
		}
	}
	// fix-E r8: a claim reported from someone else in English (someone say can clean…, the bank say this one is…)
	// and called a cheat after it (…? that one cheat ka).
	for _, who := range [...]string{"someone", "somebody", "thebank", "thebankstaff", "myfriend", "yourfriend"} {
		for _, v := range [...]string{"say", "says", "said", "tell", "told", "claim", "claims", "claimed"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	// fix-E r8: what to do on seeing it is to keep away from it (「免审核」这种广告，看到就绕道)
	for _, see := range [...]string{"看到就", "看见就", "见到就", "见了就", "遇到就", "碰到就", "遇到", "看到"} {
		for _, v := range [...]string{"绕道", "绕着走", "绕道走", "躲远点", "躲远些", "躲开", "离远点"} {
			words[cueEval] = append(words[cueEval], see+v)
		}
	}
	// fix20-F: an ad named and swiped past ('秒批秒到'这种广告，直接划走): a verdict on the ad, only with the ad named
	// (秒批秒到，不需要的直接划走 is still our own pitch)
	for _, ad := range [...]string{"这种广告", "这类广告", "这样的广告", "之类的广告", "这种帖子", "这类帖子", "这种视频", "这种直播", "这种链接", "这种短信"} {
		for _, sep := range [...]string{"", "，", ","} {
			for _, v := range [...]string{"直接划走", "就划走", "划走", "直接滑走", "直接刷走", "直接拉黑", "看到就划走", "刷到就划走", "直接划过去"} {
				words[cueEval] = append(words[cueEval], ad+sep+v)
			}
		}
	}
	// fix-E r8: what else a reported message carried (短信…，还附带了一个让您加私人微信的号码)
	words[cueAttrib] = append(words[cueAttrib], "还附带了", "还附带", "附带了", "附带着", "还附有", "还附上了", "还附了")
	words[cueEval] = append(words[cueEval], "thatonecheat", "thisonecheat", "isacheat", "allcheat", "confirmcheat", "surecheat", "ischeating", "allcheating")
	words[cueEval] = append(words[cueEval], "memangtipu", "semuatipu", "itutipu", "confirmtipu", "sahtipu", "tipubelaka", "tipusemua", "penipuan", "penipu", "kenatipu", "allscam", "confirmscam", "surekenascam")
	// f13: advice to stop borrowing given after the spiral is named (要是在拆东墙补西墙，先别借新的了).
	words[cueEval] = append(words[cueEval], stopBorrowCues...)
	// f01: the promise's pitch called a con (说包过的都是糊弄您的, 讲包批嘅都系呃人).
	words[cueEval] = append(words[cueEval], "都是糊弄", "是糊弄", "都是唬人", "是唬人", "唬人的", "蒙人的", "都是蒙人", "哄人的", "都是哄人", "都是骗", "都系呃", "是忽悠", "都是忽悠", "都是瞎扯", "都是胡扯")
	// f16: the victim told where to report abuse (…骚扰你，可以report给Bank Negara或polis).
	words[cueEval] = append(words[cueEval], reportCues...)
	// f14: advice that the loan should not go to a use (借貸唔應該用嚟炒股, 贷款不应该拿去买房首付).
	words[cueAdviceNear] = append(words[cueAdviceNear], "唔应该用", "不应该用", "不该用", "唔应该拿", "不应该拿", "不该拿", "唔应该攞", "不应该挪", "不该挪", "不应当用", "shouldn'tbeusedfor", "shouldnotbeusedfor")
	// fix-E (blind batches 45–46): a claim called false in Cantonese (呢啲讲法都系假), advice to weigh own funds or bank
	// renewal first and the cost called high (过桥资金的成本比较高); students sent to regular
	// student loans (网贷别碰).
	words[cueEval] = append(words[cueEval], "都系假", "讲法都系假", "讲法系假", "讲法都是假", "说法都是假", "呢啲讲法", "呢啲说法", "这些讲法", "嗰啲讲法",
		"优先评估自有资金", "先评估自有资金", "评估自有资金", "先用自有资金", "优先使用自有资金", "优先考虑自有资金", "的成本比较高", "的成本较高", "的成本偏高", "的成本很高", "年化通常会明显高于", "年化会明显高于", "年化明显高于", "年化通常高于",
		"网贷别碰", "网贷莫碰", "网贷不要碰", "网贷千万别碰", "别碰网贷", "不要碰网贷", "网贷唔好掂")
	// the applicant as the victim of a deduction (如果被預扣費用請立即反映): someone else's doing, opening the hit.
	for _, cond := range [...]string{"如果被", "如被", "若被", "要是被", "万一被", "如果发现被", "如发现被", "若发现被"} {
		for _, v := range [...]string{"预扣", "扣", "多扣", "偷扣", "收取", "多收", "砍头", "先扣", "私扣"} {
			words[cueActor] = append(words[cueActor], cond+v)
		}
	}
	// the applicant told to settle their own overdue first (建议您先把当前逾期处理掉再申请): the applicant does it,
	// opening the hit; handed to us (先把逾期资料发我们处理掉) still counts (handedToUs).
	for _, who := range [...]string{"您先把", "你先把", "自己先把", "您自己把", "你自己把", "您先将", "你先将"} {
		for _, which := range [...]string{"", "当前", "现有", "目前", "名下", "这笔", "那笔", "手上的", "现在的"} {
			for _, what := range [...]string{"逾期", "欠款", "欠费"} {
				words[cueActor] = append(words[cueActor], who+which+what)
			}
		}
	}
	// debt growing (以贷养贷往往会让债务规模持续扩大); advice to stop doing it (从今天开始停下以贷养贷).
	words[cueConseq] = append(words[cueConseq], "持续扩大", "规模持续扩大", "不断扩大", "规模不断扩大", "越来越庞大", "雪球越滚越大")
	words[cueAdviceNear] = append(words[cueAdviceNear], "停下", "停止", "戒掉")
	// a self-praise disowned in English (We don't claim to be No.1).
	words[cueDeny] = append(words[cueDeny], "don'tclaimtobe", "dontclaimtobe", "donotclaimtobe", "neverclaimtobe", "wedon'tclaim", "wedontclaim", "weneverclaim", "don'tcallourselves", "dontcallourselves", "wedon'tsaywe're", "wedontsaywere")
	// a firm's quoted self-description (某平台宣传自己是‘全国第一’).
	for _, v := range [...]string{"宣传自己是", "宣传自己为", "标榜自己是", "标榜自己为", "吹自己是", "自诩为", "自诩是", "号称自己是"} {
		for _, q := range [...]string{"“", "\"", "「", "『", "‘"} {
			words[cueAttrib] = append(words[cueAttrib], v+q)
		}
	}
	words[cueAttrib] = append(words[cueAttrib], namedQuoted()...)
	// fix21-E (blind batches 55–56): a free-sounding term whose annualised cost is said not to be low
	// (“零息”分期…折算成年化以后其实不低); ad wording judged against the ad rules (…等用语不符合广告规范);
	// a post or code someone else put in a group (群里有人发链接说…，别点).
	for _, v := range [...]string{"并不低", "其实不低", "可能不低", "往往不低", "一点也不低", "一点都不低", "可能很高", "往往很高", "并不便宜", "其实唔低", "唔低"} {
		words[cueEval] = append(words[cueEval], "年化以后"+v, "年化之后"+v, "年化后其实"+v)
	}
	words[cueEval] = append(words[cueEval], "不符合广告规范", "不符合广告法", "不符合广告管理", "不符合广告要求", "违反广告法", "违反广告规范", "广告法禁止", "广告法不允许", "唔符合广告", "不合广告规范",
		"不符合规范", "不合规范", "不符合宣传规范", "违反宣传规范", "等用语", "等字眼", "等词语", "等词汇", "等宣传语", "之类的用语", "之类的字眼", "等绝对化", "呢类字眼", "呢种字眼", "呢啲字眼", "这类字眼", "这些字眼", "此类字眼", "呢类词", "呢啲词", "呢类用语", "呢类宣传", "正规机构系唔会", "正规机构唔会", "正规平台唔会", "正规公司唔会", "正规公司不会", "正规银行不会", "正规银行唔会", "正规机构是不会", "持牌机构不会", "持牌机构唔会")
	for _, who := range [...]string{"有人", "群里有人", "陌生人", "别人", "骗子", "有个人", "有个陌生人"} {
		for _, v := range [...]string{"发", "发了", "发了个", "转发", "转了", "贴", "贴了", "晒"} {
			for _, what := range [...]string{"二维码", "码", "链接", "广告", "帖子", "截图", "海报"} {
				words[cueAttrib] = append(words[cueAttrib], who+v+what)
			}
		}
	}
	// a question reported by many (很多人问…, 经常有客户问…): the answer after it is checked in frame()
	words[cueAttrib] = append(words[cueAttrib], "很多人问", "不少人问", "好多人问", "许多人问", "常有人问", "经常有人问", "总有人问", "很多客户问", "不少客户问", "好多客户问", "经常有客户问", "成日有人问", "好多人问我")
	// fix23-F (blind batches 59–60): redress lost as the consequence (转入个人账户难以维权); a practice
	// judged against the usual rules (“不看征信”不符合常规); keep away from whoever offers it, said of a
	// topic (那个说能代刷脸的，你离他远点).
	words[cueConseq] = append(words[cueConseq], "难以维权", "很难维权", "无法维权", "没法维权", "没办法维权", "维权困难", "维权很难", "维权难", "不好维权", "难以追回", "很难追回", "难以追讨", "很难追讨", "钱难追回")
	words[cueEval] = append(words[cueEval], "不符合常规", "不合常规", "有违常规", "违反常规", "不符合常理", "不合常理", "违背常理", "有违常理", "不符合常识", "违背常识", "不符合行业惯例", "不符合行业规范", "唔符合常规")
	for _, who := range [...]string{"他", "她", "他们", "她们", "这种人", "那种人", "这人", "那人", "这些人", "那些人", "这帮人", "那帮人", "这号人", "佢", "佢哋"} {
		for _, v := range [...]string{"远点", "远一点", "远些", "远远的", "远啲"} {
			words[cueTopic] = append(words[cueTopic], "离"+who+v)
		}
	}
	// fix2-E2 (blind batches 67–68, everyday6–7): evaluations, consequences and advice after the term
	// in Chinese and English (借新还旧是debt trap, 催收call你family是不对的, …is not something we recommend,
	// 假的流水被查出来问题更大, 假的bank statement是会被查出来的, 拆东墙补西墙能少做就少做, 任何代办都不要信,
	// 没人能说这个话, …not the rate you'll necessarily get); a denial before it (There is no such thing as…,
	// We can't say which…). The new words are guarded in newCueOK and denyCueOK (frameshapes.go).
	words[cueEval] = append(words[cueEval], "adebttrap", "是debttrap", "系debttrap", "是个debttrap", "就是debttrap", "都是debttrap", "atrap", "是个陷阱", "是陷阱",
		"是不对的", "是不对", "这样不对", "这样做不对", "这么做不对", "这是不对的", "是不合理的", "是错误的", "isnotok", "isnotokay", "isn'tok", "isn'tokay", "isnotright", "isn'tright", "isunacceptable", "notacceptable",
		"notsomethingwerecommend", "notsomethingirecommend", "notsomethingiwouldrecommend", "notsomethingwewouldrecommend", "notsomethingwe'drecommend", "notsomethingi'drecommend",
		"isnotrecommended", "isn'trecommended", "notrecommended", "wedon'trecommend", "wedontrecommend", "wedonotrecommend", "idon'trecommend", "wouldn'trecommend", "wouldnotrecommend", "notadvisable", "abadidea", "notagoodidea",
		"是不推荐的", "是不建议的", "不建议这样做", "不建议这么做", "不推荐这样做", "不推荐这么做", "并不推荐", "并不建议",
		"有legalrisk", "有法律风险", "存在法律风险", "有很大的法律风险", "haslegalrisk", "carrieslegalrisk", "涉及法律风险", "isamyth", "areamyth", "isjustamyth", "是个myth", "是myth",
		"nottherateyou", "notnecessarilytherate", "notnecessarilywhatyou", "notwhatyou'llget", "notwhatyouwillget", "notwhatyou'llactuallyget", "notwhatyou'llnecessarilyget", "notwhateveryonegets", "youmaynotget", "youmightnotget")
	for _, neg := range [...]string{"不一定是", "未必是", "不代表", "并不代表", "不一定就是"} {
		for _, who := range [...]string{"你", "您"} {
			for _, v := range [...]string{"能拿到", "实际能拿到", "最终能拿到", "能批到", "能申请到"} {
				words[cueEval] = append(words[cueEval], neg+who+v)
			}
		}
	}
	words[cueEval] = append(words[cueEval], anyTrustCues...)
	words[cueEval] = append(words[cueEval], nobodySaysCues...)
	words[cueEval] = append(words[cueEval], closingVerdicts...)
	words[cueConseq] = append(words[cueConseq], foundOutCues...)
	for _, found := range [...]string{"被查出来", "被查到", "查出来", "被发现", "被识破", "露馅"} {
		for _, v := range [...]string{"问题更大", "问题就更大了", "问题会更大", "问题就大了", "更惨", "更糟"} {
			words[cueConseq] = append(words[cueConseq], found+v)
		}
	}
	words[cueConseq] = append(words[cueConseq], "makesthedebtbigger", "makesyourdebtbigger", "makesthedebtworse", "makesyourdebtworse", "debtbigger", "debtworse", "debtkeepsgrowing", "debtgrows")
	words[cueDeny] = append(words[cueDeny], denyCues...)
	// fix3-E (blind batches 69–70): a practice judged a fleecing after the term (那些credit repair的都是割韭菜,
	// 征信修复就是交智商税); a northern consequence closing its clause (出了事儿您可担不起, 吃不了兜着走) —
	// guarded in newCueOK; a legal rule stated of a practice named in a topic clause (预先在本金中扣除利息的，
	// 应当按照实际借款数额返还…).
	words[cueEval] = append(words[cueEval], fleeceVerdicts...)
	words[cueConseq] = append(words[cueConseq], northConsequences...)
	words[cueTopic] = append(words[cueTopic], legalRemedies...)
	// f0x round 4: advice against hearsay (别光听人家说…, 不要净听别人讲…), Dongbei
	// and colloquial verdicts after an attributed hit (那个说能洗征信的，贼坑), and
	// consequences in Wu and colloquial speech (做假流水是要出大事体的).
	words[cueAdviceNear] = append(words[cueAdviceNear], "别光听", "不要光听", "不能光听", "别净听", "不要净听", "别光信", "不要光信", "别净信", "甭光听", "莫光听", "别老听", "不要老听", "别就听", "唔好净系听", "唔好只听", "唔好净系信", "don'tjustlisten", "dontjustlisten")
	words[cueEval] = append(words[cueEval], "贼坑", "纯坑", "老坑了", "巨坑", "太坑了", "真坑", "坑人", "坑死人", "纯忽悠", "忽悠人", "净忽悠", "瞎忽悠", "好坑", "坑爹")
	words[cueConseq] = append(words[cueConseq], "出大事", "出大事体", "出事体", "要出事的", "会出事的", "闯大祸", "闯祸的", "吃官司", "要坐牢", "会坐牢", "惹大麻烦", "出大问题", "要出大问题")
	// A denial of any way to do it (没有任何合法途径可以付费删除…, 没有任何渠道能…).
	for _, neg := range [...]string{"没有任何", "不存在任何", "并没有任何", "根本没有任何", "冇任何", "沒有任何"} {
		for _, way := range [...]string{"合法途径", "正规途径", "途径", "合法渠道", "正规渠道", "渠道", "办法", "方法", "手段", "合法手段", "合法方式", "方式"} {
			words[cueDeny] = append(words[cueDeny], neg+way)
		}
	}
	// fix26-E f13_mo-advice: Sichuan/Chongqing/Guizhou 莫 urging against a deed (莫用消费贷去炒股, 千万莫借, 莫碰网贷);
	// consequences that land on the applicant (亏了还是要还的, 出了事是你背锅, 拖久了还可能被起诉).
	for _, neg := range [...]string{"莫", "千万莫", "可莫", "莫要"} {
		for _, v := range [...]string{"用", "拿", "借", "贷", "碰", "找", "交", "理", "当真", "挪", "贪", "图", "为了"} {
			words[cueAdviceNear] = append(words[cueAdviceNear], neg+v)
		}
	}
	words[cueConseq] = append(words[cueConseq], "亏了还是要还", "亏了也是要还", "亏了还是得还", "亏了照样要还", "亏了一样要还", "赔了也要还", "赔了还是要还",
		"是你背锅", "是您背锅", "你来背锅", "您来背锅", "背锅的是你", "背锅的是您", "你去背锅", "你背黑锅", "您背黑锅",
		"可能被起诉", "可能会被起诉", "还会被起诉", "被告上法庭", "会被告上法院")
	// fix26-E f13_en-eval: an English or Malay/Indonesian/Tagalog verdict after a term (以贷养贷 very dangerous,
	// …的 ad 都是 fake, is illegal); a Chinese "dangerous" verdict (以贷养贷很危险).
	words[cueEval] = append(words[cueEval], "verydangerous", "very dangerous", "isdangerous", "is dangerous", "sodangerous", "so dangerous", "toodangerous", "too dangerous", "dangerous",
		"isillegal", "is illegal", "illegal", "isatrap", "is a trap", "arefake", "are fake", "allfake", "all fake", "是fake", "都是fake", "isnotsafe", "is not safe",
		"bahaya", "berbahaya", "palsu", "penipuan", "delikado", "mapanganib", "peke", "panloloko",
		"很危险", "非常危险", "太危险", "好危险", "十分危险", "极其危险", "危险得很", "是危险的")
	words[cueWarn] = append(words[cueWarn], "都是fake", "是fake", "allfake", "arefake", "都是scam", "是scam", "都是palsu", "semuapalsu", "lahatpeke")
	seAsianFrameWords(words)
	noticeFrameWords(words)
	return words
}

// fleeceVerdicts: a practice called a fleecing or a fool's tax (…都是割韭菜, …就是交智商税).
var fleeceVerdicts = []string{"割韭菜", "收割韭菜", "割你韭菜", "割您韭菜", "被割韭菜", "智商税", "当冤大头", "冤大头", "宰人", "宰客", "扯淡", "扯犊子", "瞎掰", "糊弄人", "蒙人", "坑蒙拐骗", "白花钱", "白扔钱", "ripoff", "rip-off", "cashgrab"}

// northConsequences: what befalls the applicant, said in the north (出了事儿您可担不起, 吃不了兜着走);
// guarded: the cue must close its clause (您担不起的风险咱来担 is an offer).
var northConsequences = []string{"担不起", "担待不起", "兜不住", "吃不了兜着走", "没好果子吃", "有您受的", "有你受的", "够您喝一壶", "够你喝一壶", "够您受的", "够你受的", "后悔都来不及", "后悔莫及", "哭都来不及"}

// legalRemedies: the remedy of a legal rule (…的，应当按照实际借款数额返还; …的，依法返还; …的，一律无效):
// a practice named in a topic clause and the law's answer to it.
var legalRemedies = []string{"应当按照实际", "应按照实际", "应当按实际", "应按实际", "应当返还", "应予返还", "应当退还", "应予退还", "依法返还", "依法退还", "依法予以", "依法不予", "不予支持", "依法无效", "一律无效", "应当认定无效", "应认定无效", "属于无效", "依法追究", "依法查处", "依法承担", "应当承担", "应依法"}

// anyTrustCues: a refusal to trust anyone offering it (任何代办都不要信) —
// guarded: an "any" word must stand in the cue's clause (newCueOK).
var anyTrustCues = []string{"都不要信", "都不能信", "都不可信", "都信不得", "一律不要信", "一律别信", "都不要信任", "都唔好信"}

// nobodySaysCues: nobody can say it (…百分百能下，没人能说这个话) — guarded:
// the speaker must not dare say it himself (我敢跟你讲…, newCueOK).
var nobodySaysCues = []string{"没人能说这个话", "没人能说这话", "没人能说这种话", "没人敢说这个话", "没人敢说这话", "没人敢说这种话", "没有人能说这个话", "没有人敢说这个话",
	"谁也不敢说这个话", "谁都不敢说这个话", "谁也说不了这个话", "冇人可以讲呢句话", "冇人敢讲呢句话", "nobodycansaythat", "noonecansaythat"}

// closingVerdicts: a bare verdict of worth or advice to do less (不值当, 能少做就少做)
// — guarded: it must close its clause (不值得犹豫 urges).
var closingVerdicts = []string{"不值当", "不值得", "犯不上", "犯不着", "划不来", "能少做就少做", "能不做就不做", "能少碰就少碰", "能不碰就不碰", "能免则免", "能避免就避免", "尽量少做", "尽量别做", "尽量不要做",
	"最好别做", "最好不要做", "少做为妙", "尽量少碰", "能少借就少借", "能不借就不借", "尽量别碰", "尽量不要碰", "唔抵", "唔值得"}

// foundOutCues: the fabrication found out (是会被查出来的, will get caught) —
// guarded: no question follows (会被查出来吗？).
var foundOutCues = []string{"会被查出来", "会被查到", "会被发现", "会被识破", "迟早露馅", "一查就露馅", "一查就知道", "一查就出来", "会露馅",
	"willbecaught", "willgetcaught", "willbefoundout", "willbedetected", "willbeflagged", "getcaught", "getscaught", "befoundout"}

// denyCues: a denial of the thing itself or of a verdict (There is no such
// thing as…, We can't say which…) — guarded: no boast follows (denyCueOK).
var denyCues = []string{"nosuchthingas", "nosuchthingasa", "can'tsay", "cannotsay", "cantsay", "can'ttell", "cannottell", "nobodycansay", "noonecansay", "can'tpredict", "cannotpredict",
	"世上没有", "世界上没有", "天下没有", "天底下没有", "根本不存在", "不存在什么", "压根没有", "压根儿没有", "不敢说", "不能说", "没法说", "不好说"}

// namedQuoted lists the naming and perception verbs with the quote mark
// that opens the name: a practice named or a line heard in quotes is being
// talked about (这在业内被称为“背债”; 听到“0利息”…); without the quote
// mark 叫做 may name our own product.
func namedQuoted() []string {
	var out []string
	for _, v := range [...]string{"称为", "称作", "叫做", "叫作", "俗称", "人称", "简称", "业内叫", "行内叫", "行话叫", "美其名曰",
		"听到", "看到", "见到", "遇到", "碰到", "刷到", "收到", "听见", "看见", "听到的", "看到的", "见到的", "刷到的", "收到的"} { // naming, or hearing and seeing a quoted line
		for _, q := range [...]string{"“", "\"", "「", "『", "‘"} {
			out = append(out, v+q)
		}
	}
	return out
}

// seenWritten lists a perception verb followed by what the seen copy says
// (看到写着No.1的ad, 见到标住「全港最低息」): the words after it are someone
// else's copy.
func seenWritten() []string {
	var out []string
	for _, v := range [...]string{"看到", "看见", "见到", "刷到", "收到", "碰到", "遇到", "见过", "睇到", "睇见"} {
		for _, w := range [...]string{"写着", "标着", "印着", "号称", "宣称", "声称", "写住", "标住", "印住", "话"} {
			out = append(out, v+w)
		}
	}
	return out
}

// stopBorrowCues: advice to stop borrowing after the spiral is named
// (要是在拆东墙补西墙，先别借新的了); reportCues: the victim told where to report
// abuse (…骚扰你，可以report给Bank Negara或polis). Both excuse only when no
// approval sits between the hit and the cue and no shrug follows it
// (拆东墙补西墙没事，先别借新的, 可以report也没用) — see guardedCueOK.
var stopBorrowCues = []string{"先别借新的", "别再借新的", "不要再借新的", "先不要借新的", "先别再借", "别再借了", "不要再借了", "唔好再借", "咪再借", "唔好再借新", "别再去借", "不要再去借", "stopborrowing", "don'tborrowmore", "janganpinjamlagi", "暂停新增借款", "停止新增借款", "暂停借新", "停止借新", "先停止借款", "暂停新的借款"}

var reportCues = []string{"可以report", "可以报警", "可以举报", "可以投诉", "请report", "请报警", "请举报", "可以打110", "可以lapor", "bolehreport", "bolehlapor", "bolehbuatlaporan", "canreport", "pleasereport", "可以去报警", "可以去投诉", "可以去举报",
	// fix23-F: evidence kept, a complaint to the regulator in English (保留录音，可以向监管 complain)
	"保留录音", "保留好录音", "保存录音", "留好录音", "保留通话录音", "保留证据", "保留好证据", "保存证据", "保留截图", "保留聊天记录", "向监管complain", "向监管部门complain"}
