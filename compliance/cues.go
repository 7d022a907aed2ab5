package compliance

// Cue kinds: context words found in the same Aho-Corasick pass as the phrases.
const (
	cueNegPromise     = iota + 1 // 不承诺, 不保证 … (wide window before a hit)
	cueNeg                       // 不会, 没有, 无法 … (short window before a hit)
	cueWarn                      // 谨防, 骗子, 任何声称 …
	cueQuote                     // 您说, 您提到, 所谓 … (the applicant's words quoted back)
	cueRateTrigger               // 利率, 月供, 手续费 … (with a figure: the statement needs disclosures)
	cueProductTrigger            // 消费贷, 经营贷 … (product statement)
	cueAnnual                    // 年化
	cueAllIn                     // 含全部费用, IRR, 综合成本 …
	cueRisk                      // 贷款有风险, 借款需谨慎 …
	cueLender                    // 以机构审批为准, 由放款机构决定 …
	cueNeutral                   // 不用担心, 能不能 … (contains a negator that negates nothing in the hit)
	cueNegAfter                  // 不做, 不提供 … (negates a hit before it in its clause: 不看征信的贷款我们不做)
)

// cueWords lists the built-in context vocabulary, in simplified, normalised form.
func cueWords() map[int][]string {
	return map[int][]string{
		cueNegPromise: {"不承诺", "不保证", "无法保证", "不能保证", "不敢保证", "没法保证", "无法承诺", "不能承诺",
			"没有承诺", "从不承诺", "不会以任何理由", "不会以任何名义", "不以任何理由", "不以任何名义", "绝不会以任何", "不会承诺", "绝不承诺", "不作承诺", "不做承诺", "不做任何承诺", "不作任何承诺",
			"不代表", "不等于", "≠",
			// fix-E r7: a denial before the term (但不构成额度承诺, 冇最低额度承诺)
			"唔代表", "唔等于", "唔意味着", "唔係代表", "毋代表", "不构成", "并不构成", "不构成任何", "不视为", "冇最低", "无最低", "没有最低", "冇保底", "无保底", "没有保底", "不意味着", "并不意味", "无权", "不参与", "不能决定", "无法决定", "不决定"},
		cueNeg: {"不会", "不是", "没有", "并非", "不能", "无法", "不可能", "不存在", "不提供", "不收取", "不收",
			"不需要", "无需", "不用", "不要", "请勿", "切勿", "禁止", "严禁", "杜绝", "拒绝",
			"不接受", "不做", "不从事", "不得", "不可", "不想", "不打算", "不建议", "不推荐", "不鼓励", "不支持", "不允许", "不涉及", "绝不", "从不", "从未", "决不",
			"不办理", "不帮", "不能帮", "不协助", "不索要", "不会索要", "不存在所谓", "并不", "不属于",
			"不加", "唔加", "唔使加", "不干", "不能用于", "不得用于", "不可用于", "不能挪用于", "不得挪用于", "不可挪用于", "禁止挪用于", "不应", "避免", "防止", "远离", "没法", "没办法", "给不了", "打不了", "别去", "不要去", "别再", "不要再",
			// an endorsement denied (本平台未获得任何政府贴息)
			"未获得", "并未获得", "没有获得", "未得到", "没有得到",
			// fix-s: refused to a group of applicants (正规机构也不给在校生放贷)
			"不给", "都不给", "也不给", "不肯给", "唔俾",
			// Cantonese is not, will not (我哋唔系最识做嘅)
			"唔系", "唔会",
			// fix21-E: a hedge on what can be reached (不一定能达到您期望的金额, 未必可以批到全部额度)
			"不一定能", "不一定可以", "未必能", "未必可以", "唔一定能", "唔一定可以", "不见得能", "不一定批得到", "未必批得到",
			// none at all, also none (亦无任何政府背书, 并无内部关系, 我哋冇咩内部关系)
			"无任何", "并无", "亦无", "均无", "冇咩", "冇乜", "冇乜嘢", "都冇", "冇同", "冇跟", "冇和", "冇与",
			// no need to (没必要多借); secrets never to be told, a list governed (请勿向任何人透露验证码、密码或安全码)
			"没必要", "冇必要", "不必要", "请勿向任何人透露", "切勿向任何人透露", "不要向任何人透露", "勿向任何人透露", "请勿向他人透露", "不要向他人透露", "请勿透露", "切勿透露", "不要透露", "请勿泄露", "切勿泄露", "不要泄露",
			// f10/f17: not before the loan, never send it, Cantonese cannot (我们不在放款前收取, 验证码千万别发给我, 我哋唔能够承诺)
			"不在", "从不在", "绝不在", "并不在", "千万别", "千万不要", "千万不能", "可别", "请别", "唔能够", "唔能", "唔可以", "冇办法",
			// fix5-E f00_mo-advice: Xiang/Southwestern 莫 before a verb of trusting, going or giving (莫相信私下转账, 千万莫转)
			"莫相信", "莫信", "莫听信", "莫轻信", "千万莫", "莫要", "莫去", "莫转", "莫交", "莫给", "莫透露", "莫告诉",
			// fix26-E f19_coord-neg: a channel refused in a coordinated negation (不收现金也不走个人微信, 既不经私人账户也不通过个人微信)
			"不走", "也不走", "从不走", "绝不走", "既不走", "不经", "不经过", "也不经过", "不通过", "也不通过", "从不通过", "不借助",
			// fix-l: we add nobody's private number (俺不加私人号, 我哋唔加私人微信)
			"我不加", "俺不加", "我们不加", "俺们不加", "咱不加", "咱们不加", "本号不加", "我从不加", "我们从不加", "我哋唔加", "我唔加", "一律不加", "概不加", "恕不加", "不私加",
			// fix-E r7: we pull nobody off the platform, Shaanxi 额 = 我 (额不拉你去私人微信)
			"不拉你", "不拉您", "不带你去", "不带您去", "额不加", "额们不加",
			// fix-E r7: the money kept to its purpose (教育分期的钱…别挪去炒股)
			"别挪去", "不要挪去",
			// fix25-E: money kept out of speculation (借来的钱别往股市里扔)
			"别往", "莫往", "不要往", "千万别往", "别扔进", "别砸进", "莫砸进", "不能挪去", "莫挪去", "别挪用去", "不要挪用去", "别拿去", "不要拿去", "别挪来", "不要挪来",
			// fix-m: Cantonese refusals, a service not taken on (我哋唔接受任何代签, 概不受理代还业务)
			"唔接受", "唔办理", "唔会提供", "唔会接受", "唔受理", "不受理", "概不受理", "恕不受理", "一概不接受", "概不接受",
			// fix2-E2: the speaker dares not say it (我不敢跟你说百分百能下)
			"不敢说", "不敢跟你说", "不敢跟您说", "不敢和你说", "不敢和您说", "不敢同你讲", "不敢讲", "唔敢讲", "唔敢话", "不敢跟你讲", "不敢跟您讲",
			// fix3-E: none other than what is listed (无其他合同外收费, 並無其它手續費, 冇其他隐藏收费)
			"无其他", "无其它", "并无其他", "并无其它", "别无其他", "再无其他", "亦无其他", "均无其他", "无任何其他", "冇其他", "冇其它", "冇任何其他", "没有其它",
			// f00_wu-advice: Wu and northern waivers and prohibitions before a verb (不消加我私人微信, 弗要去找人做假, 覅去借网贷, 不好拿去炒股)
			"不消", "弗要", "弗要去", "弗好", "覅去", "覅找", "覅拿", "覅加", "覅把", "覅相信", "覅信", "覅听", "不好拿去", "不好拿来", "不好挪去", "不好去找", "不好找人", "勿要", "勿要去",
			// f13_induce-refused: a pledge not to push borrowing, in a row of refusals (不诱导多借, 从不怂恿借新还旧); Cantonese should not (唔应该用嚟炒股)
			"不诱导", "从不诱导", "绝不诱导", "不会诱导", "不怂恿", "不会怂恿", "从不怂恿", "不撺掇", "唔会诱导", "唔应", "唔应该", "唔应当",
			// f00_classical-means: classical 勿/莫/毋 + 以 (by means of) before the practice (勿以新债还旧债, 莫以贷养贷)
			"勿以", "莫以", "毋以", "切勿以", "切莫以", "请勿以",
			// f17_demand-refused: we never ask you for it, the list governed (我们不会向您索取短信验证码、银行卡密码或CVV码)
			"不会索取", "不索取", "从不索取", "绝不索取", "决不索取", "不会向您索取", "不会向你索取", "不向您索取", "不向你索取", "从不向您索取", "从不向你索取",
			"不会向您索要", "不会向你索要", "不向您索要", "不向你索要", "从不向您索要", "从不向你索要", "不会向客户索取", "不会向用户索取", "不会向客户索要", "不会向用户索要",
			// f19_need-waived: no need to do it, a refusal of the channel (用不着加私人微信, 唔需要add我personal WeChat)
			"用不着", "犯不着", "唔需要", "冇需要", "没必要去", "不需要去"},
		cueWarn: {"谨防", "警惕", "小心", "当心", "提防", "防范", "骗子", "骗局", "诈骗", "骗人", "骗钱", "是骗",
			"欺诈", "请勿相信", "不要相信", "别相信", "切勿相信", "不可信", "不能信", "任何声称", "凡是声称", "凡是承诺", "凡是要求", "凡是说", "凡是收取", "凡是让", "凡声称", "任何要求", "任何让您", "任何让你", "任何以",
			"有人声称", "自称", "号称", "所谓", "举报", "虚假", "违法", "违规", "犯罪", "套路", "陷阱",
			"是假的", "不可能", "不靠谱", "注意识别", "学会识别", "识别骗", "识别诈骗", "识别真假", "辨别", "都是假", "风险提示", "不存在", "做不到", "办不到", "不现实", "不合法",
			"是违法", "均为虚假", "不实",
			"不法分子", "行骗", "涉嫌", "是指", "指的是", "什么是", "什么叫", "就是指", "骗术", "借口",
			// fix-E r8: what a term means, in the north (讲讲啥叫…); whoever asks you for it (谁跟你要押金…直接挂)
			"啥叫", "啥是", "谁跟你要", "谁跟您要", "谁跟恁要", "谁向你要", "谁向您要", "谁问你要", "谁问您要", "谁找你要", "谁找您要",
			"拉黑", "遇到承诺", "遇到声称", "遇到自称", "遇到要求", "幌子", "冒充",
			"如果有人", "若有人", "有人要求", "有人让您", "有人让你", "报警", "停止沟通", "立即停止",
			"有人私信", "有人私聊", "有人私下", "私信让您", "私信让你", "以任何名义要求",
			"可向警方", "可以向警方", "可向行业协会", "可以向行业协会", "保留证据向", "可向主管机关", "可以向主管机关", "可检举", "可以检举", "请检举", "可向有关部门", "谁同你讲", "谁同你话", "谁同您讲", "就系呃你", "都系呃你", "系呃人", "谁跟你说", "谁跟您说", "谁和你说", "谁和您说", "谁要是跟你说", "谁就是在骗", "就是在骗你", "就是在骗您", "应拒绝", "应当拒绝", "应该拒绝", "请拒绝", "都要拒绝", "务必拒绝", "坚决拒绝", "果断拒绝", "投诉", "报案",
			// fix25-E: the asker blocked in English (the guy ask for my CVV, I block him already)
			"blockhim", "blockedhim",
			// fix25-E: a third party's private channel demanded (并要求您添加其私人微信办理)
			"要求您添加其", "要求你添加其", "让您添加其", "让你添加其", "要您添加其", "叫您添加其", "要求您加其", "要求你加其", "让您加其", "让你加其", "blockher", "blockedher", "blockthem", "blockedthem", "blockhimalready", "blockthenumber", "blockedthenumber",
			// f00_victims-seen: a warning to take care, and the people seen harmed by the practice (恁可得留神; 见过太多被砍头息坑的)
			"可得留神", "要留神", "多留神", "得多留神", "千万留神", "见过太多被", "见过不少被", "见过好多被", "见过很多被", "太多人被", "不少人被", "好多人被", "很多人被"},
		cueQuote: {"您说", "您问", "您提到", "你说", "你问", "你提到", "您刚才", "您所说", "您咨询的", "您听说", "理解您现在", "理解您目前", "理解您的", "了解到您", "了解到你", "得知您", "得知你", "催收的说", "催收的人说", "催收人员说", "催收员说", "催收话",
			"你听说", "网上说", "有人说", "别人说", "有人告诉", "中介说", "说法", "这种话", "这类话", "您看到的",
			// fix25-E: the applicant's question quoted back (对于您询问的“不上征信”的产品), a caller's words reported (有人通过电话告诉您“…”)
			"您询问的", "你询问的", "您所询问的", "您问到的", "你问到的", "您咨询过的", "告诉您“", "告诉你“", "跟您说“", "跟你说“", "对您说“", "对你说“",
			"广告说", "宣传的", "宣传说", "讲法", "转给我", "转发给我", "转发的", "转来的", "收到一条"},
		cueRateTrigger: {"利率", "利息", "年化", "月息", "日息", "费率", "息费", "月供", "每月还", "每期还",
			"月还", "手续费", "服务费", "管理费", "担保费", "分期费", "居间费", "还款额", "总利息", "每月约",
			"每期约", "首月约", "末月约", "每月需还", "每月应还", "还款总额", "费用", "综合成本", "融资成本"},
		cueProductTrigger: {"【产品】", "消费贷", "经营贷", "抵押贷", "信用贷", "车贷", "房抵贷", "装修贷",
			"公积金贷", "税贷", "发票贷", "信用卡分期", "产品名称", "推荐产品", "合作产品"},
		cueAnnual: {"年化"},
		cueAllIn: {"irr", "含全部费用", "含所有费用", "已含", "包含全部", "包含所有", "全部费用", "所有费用",
			"综合成本", "综合融资成本", "综合资金成本", "综合年化成本", "含利息及", "含利息和", "已包含"},
		cueRisk: {"贷款有风险", "借款需谨慎", "贷款需谨慎", "借贷需谨慎", "理性借贷", "谨慎借贷", "避免过度负债",
			"借贷有风险", "量力而行", "理性借款", "谨慎借款"},
		cueNegAfter: {"不做", "不提供", "不办理", "不存在", "做不到", "办不到", "不支持", "不接受", "一律拒绝",
			"一律不", "不可能", "都不做", "从来不做", "不碰", "我们不用", "我们不说", "我们不讲", "我们从不说", "我们不这么说", "不会这么说", "不行", "不可以", "是不允许的", "不被允许", "我们不推荐", "我们不建议", "我们并不推荐",
			// fix5-E f00_not-required: the item is no condition, it may be withheld (通讯录授权不是申请的必要条件)
			"不是必要条件", "不是必须的", "不是必需的", "并非必要条件", "并非必须", "非必要条件", "不是必填", "并非必填", "唔系必须", "唔系必要条件", "不是硬性要求", "不是强制",
			"不是申请的必要", "不是申请必须", "不是办理的必要", "不是贷款的必要", "不是借款的必要", "不是审批的必要", "并非申请的必要", "并非贷款的必要", "唔系申请嘅必要", "唔系必要",
			// fix-E r8: money for a use that is not to be borrowed here (炒股的钱可不能从这儿借)
			"的钱不能从", "的钱可不能从", "的钱不能借", "的钱可不能借", "的钱不能贷", "的钱可不能贷", "的钱别从", "的钱莫从", "的钱不得从", "的钱不可以从", "的钱不能找我们借", "的钱不能用贷款",
			// fix-E: a Cantonese potential negative closing the clause (overdue record 系 delete 唔到嘅)
			"唔到嘅", "唔到㗎", "唔到架", "唔走嘅", "唔甩嘅", "唔掉嘅",
			// fix-E r7: the speaker's own advice against, Shaanxi 额 = 我 (炒股这事额不建议)
			"我不建议", "额不建议", "俺不建议", "咱不建议", "我不推荐", "额不推荐", "俺不推荐", "我是不建议", "额是不建议",
			// fix3-E: a northern refusal closing the clause (拿去炒股那可不成, 那可使不得, 门儿都没有); guarded by
			// refusalCloses: it must end its clause (那不成问题 grants)
			"可不成", "那不成", "就不成", "是不成的", "那可不中", "可使不得", "使不得", "万万使不得", "门儿都没有", "门都没有", "没门儿", "免谈", "可不兴", "那不兴", "那哪成", "那哪儿成", "那可不行", "那不行", "可不行",
			// f00_refused-after: a channel refused after it is named (私人微信阿拉是不加的, 个人QQ我们是不加的, 私人号一概不加)
			"是不加的", "是不会加的", "阿拉不加", "阿拉是不加", "侬不用加", "是弗加的", "我们是不加", "我是不加", "一概不加", "概不添加", "是不添加的",
			// f14_use-refused-after: a use named, then refused by us at the clause end (炒股买币那些用途咱这不接)
			"咱这不接", "咱们不接", "咱不接", "咱这儿不接", "我们不接", "我们这不接", "我们这边不接", "我这不接", "俺们不接", "俺这不接", "这边不接", "本平台不接", "我哋唔接", "我哋呢度唔接",
			// f14_north-dont-after: Tianjin/Beijing 甭介, 别介 (= don't) closing the clause after the practice (借钱炒股可甭介)
			"可甭介", "甭介", "可别介", "别介", "您可甭介", "您可别介"},
		cueNeutral: {"冇得弹", "冇得顶", "冇得输", "冇得比", "冇得挑", "冇得讲", "冇得说", "没得说", "没得挑", "没得比", "莫得说", "莫得挑", "呒得说", "不用担心", "不要担心", "不要紧", "不打紧", "别担心", "不必担心", "无需担心", "不用怕", "不要怕", "别怕", "没问题",
			"没有问题", "不会有问题", "不用犹豫", "不用着急", "不用顾虑", "无需顾虑", "不要错过", "不容错过", "别错过",
			"不用愁", "不要犹豫", "别犹豫", "不要再等", "别再等", "不要等了", "不是问题", "都不是事", "没关系", "不会让您失望", "不会让你失望", "不会拒绝", "没有门槛",
			"系唔系", "唔系咩", "会唔会", "能不能", "可不可以", "会不会", "是不是", "有没有", "要不要", "行不行", "用不用", "需不需要", "能否",
			"可以不", "不得不", "干嘛不多", "干吗不多", "为啥不多", "为什么不多", "为何不多", "何不多", "怎么不多", "干嘛不借", "干吗不借", "不借点钱", "不借钱进场", "不知道", "不清楚", "不确定", "不懂", "不太懂", "不了解",
			// f10: 不在 that negates nothing (不在乎, 不在话下, 不在少数)
			"不在乎", "不在意", "不在话下", "不在少数", "不在于", "不在家", "不在线", "不在身边", "不在本地", "不在服务",
			"不在考虑", "不在审核范围", "不在审查范围", "不在评估范围", "不在考察范围", "不在范围", "不在我们的审核", "不在我们审核", "不在我们的考虑", "不在我们考虑", "不在审批范围", "不在参考范围", "不在查询范围", "不在我们的审批", "不在我们审批",
			// f01: 千万别/可别/请别 urging, not refusing (千万别错过)
			"千万别错过", "千万不要错过", "千万别犹豫", "千万不要犹豫", "千万别再犹豫", "千万别等", "千万不要等", "千万别再等", "千万别放过", "千万不要放过", "千万别担心", "千万不要担心",
			"可别错过", "可不要错过", "可千万别错过", "请别错过", "请别犹豫", "可别犹豫", "请别担心", "千万别客气", "请别客气", "千万不要客气", "千万别手软", "千万别迟疑",
			// f03: who hasn't (谁还没有过一两次逾期呢？): a rhetorical question, no negation of what follows
			"谁还没有", "谁还没", "谁没有", "谁没", "谁不曾", "谁还不曾", "哪个没有", "哪个还没", "谁冇", "边个冇", "谁莫得", "哪个莫得",
			// fix-m: English and Malay reassurance and urging (don't worry, jangan risau) negate nothing
			"不消还", "不消再还", "不消管", "弗要还", "弗要再还", "不消说", "不消讲", "不消多说", "覅担心", "弗要担心", "弗要急", "覅急", "不消担心", "不好意思", "不好说", "不好讲",
			"don'tworry", "dontworry", "donotworry", "don'thesitate", "donthesitate", "don'tmiss", "dontmiss", "don'twait", "dontwait", "don'tbeshy", "nevermind", "janganrisau", "janganbimbang", "jangantakut", "janganlepas", "jangantunggu"},
		cueLender: {"以机构", "由机构", "由放款机构", "以放款机构", "以合同为准", "以审批为准", "机构决定",
			"机构核定", "机构审批为准", "不保证获批", "不参与审批", "由银行决定", "以银行审批为准", "由贷款机构",
			"以贷款机构", "由合作机构", "以合作机构", "不承诺获批", "不保证通过"},
	}
}

// northRefusals are the clause-closing refusals of fix3-E (cueNegAfter):
// they count only when nothing but particles follows them in the clause.
var northRefusals = []string{"可不成", "那不成", "就不成", "是不成的", "那可不中", "可使不得", "使不得", "万万使不得", "门儿都没有", "门都没有", "没门儿", "免谈", "可不兴", "那不兴", "那哪成", "那哪儿成", "那可不行", "那不行", "可不行", "可甭介", "甭介", "可别介", "别介", "您可甭介", "您可别介"}

// Disclosure codes a rate or product statement can be missing.
const (
	DiscAnnualizedRate = "annualized_rate" // 年化利率 on the IRR basis, all fees included
	DiscRiskNotice     = "risk_notice"     // 贷款有风险，借款需谨慎
	DiscLenderDecides  = "lender_decides"  // approval, amount and rate are decided by the lender
)

// DisclosureText returns the standard sentence to append for a missing
// disclosure code ("" for an unknown code).
func DisclosureText(code string) string {
	switch code {
	case DiscAnnualizedRate:
		return "以上利率均为年化利率（单利，IRR口径），已含利息及担保费、服务费等全部费用，具体以放款机构审批及合同、综合融资成本明示表为准。"
	case DiscRiskNotice:
		return "贷款有风险，借款需谨慎，请根据自身还款能力理性借贷。"
	case DiscLenderDecides:
		return "本号为居间服务方，不放款、不参与审批；是否获批、额度和利率均由放款机构决定。"
	}
	return ""
}

// DisclosureCodes lists every disclosure code in the order they are reported.
func DisclosureCodes() []string {
	return []string{DiscAnnualizedRate, DiscRiskNotice, DiscLenderDecides}
}

// listNegations are the negation cues whose object is a list of things: they
// govern every item of an enumeration (禁止A、B和C; 不得用于A、B等). Negations
// that open a list of selling points (无需抵押、当天放款、包过; 不收前期费、包过;
// 请勿错过、包过; 杜绝套路、包下款) do not reach across 、.
func listNegations() map[string]bool {
	return map[string]bool{"禁止": true, "严禁": true, "不得": true, "不能用于": true, "不得用于": true,
		"不可用于": true, "不允许": true, "不能挪用于": true, "不得挪用于": true,
		"不可挪用于": true, "禁止挪用于": true, "请勿向任何人透露": true, "切勿向任何人透露": true, "不要向任何人透露": true,
		"勿向任何人透露": true, "请勿向他人透露": true, "不要向他人透露": true, "请勿透露": true, "切勿透露": true, "不要透露": true,
		"请勿泄露": true, "切勿泄露": true, "不要泄露": true,
		"不会索取": true, "不索取": true, "从不索取": true, "绝不索取": true, "决不索取": true, "不会向您索取": true, "不会向你索取": true, "不向您索取": true, "不向你索取": true,
		"从不向您索取": true, "从不向你索取": true, "不会向您索要": true, "不会向你索要": true, "不向您索要": true, "不向你索要": true, "从不向您索要": true, "从不向你索要": true,
		"不会向客户索取": true, "不会向用户索取": true, "不会向客户索要": true, "不会向用户索要": true}
}
