package extract

import "strings"

// Phrase classes generated from their parts, so that every combination an applicant may type is a
// phrase of its table ("给公司老板开车", "有台小货车", "买台挖掘机") without listing each by hand.

// combine returns every a+b.
func combine(as, bs []string) []string {
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

// platformWork is driving or riding for a platform on one's own account: ride-hailing, taxi, freight
// apps, delivery, errands (self_employed, package slot).
func platformWork() []string {
	out := []string{"滴滴司机", "代驾司机", "网约车司机", "专车司机", "跑专车", "出租车司机", "货拉拉司机", "曹操专车", "专车的",
		"跑滴滴", "开滴滴", "跑外卖", "外卖骑手", "骑手", "跑货拉拉", "网约车", "代驾", "开出租", "跑出租", "出租车", "的哥", "做外卖", "外卖员", "跑腿", "送外卖", "外卖小哥"}
	out = append(out, combine([]string{"跑", "送", "做", "开", "干"}, []string{"美团", "饿了么", "闪送", "达达", "蜂鸟", "顺丰同城", "货拉拉", "快狗", "滴滴", "花小猪", "高德打车", "曹操", "顺风车", "网约车", "跑腿", "代驾"})...)
	out = append(out, combine([]string{"美团", "饿了么", "蜂鸟", "达达", "闪送", "众包", "专送"}, []string{"骑手", "外卖", "小哥", "配送"})...)
	// a time spent at it before the platform ("开了三年货拉拉", "跑了两年外卖")
	return append(out, combine([]string{"年", "年的", "个月"}, []string{"滴滴", "货拉拉", "网约车", "外卖", "出租", "美团", "饿了么", "专车", "代驾", "跑腿"})...)
}

// askedOfKind follows a kind of applicant asked about, not stated ("大学生可以贷吗", "上班族能借多少").
func askedOfKind() []string {
	return combine([]string{"", "也", "的话"}, []string{"可以贷", "能贷", "可以借", "能借", "能不能贷", "能不能借", "可不可以贷", "可不可以借", "可以申请", "能申请", "能不能申请", "能办", "可以办", "好贷", "好借"})
}

// kindsAsked are the kinds of applicant one asks about by name ("学生能贷吗", "个体户可以借吗").
func kindsAsked() []string {
	return []string{"学生", "大学生", "研究生", "在校生", "上班族", "工薪", "个体", "个体户", "个体工商户", "公务员", "自由职业", "自由职业者", "退休人员", "宝妈",
		"家庭主妇", "全职妈妈", "外卖员", "骑手", "滴滴司机", "网约车司机", "出租车司机", "司机", "打工人", "老师", "护士", "医生", "程序员", "企业主", "老板", "小老板", "法人", "股东", "主播", "微商"}
}

// bossOfApplicant is a boss who pays, tells or owes the applicant ("老板按天结", "老板说年底给我涨",
// "我们老板拖欠工资"): the applicant works for the boss.
func bossOfApplicant() []string {
	out := combine([]string{"老板", "老总", "工头", "包工头", "老板娘", "领导"}, []string{"按天结", "按天给", "按天算", "天天结", "当天结", "一天一结", "按周结", "按月结", "结工资",
		"说", "让我", "叫我", "给我", "不给", "拖欠", "欠我", "欠着", "答应", "同意", "不让", "扣我", "开除", "炒了", "把我"})
	out = append(out, combine([]string{"老板", "老总", "工头", "包工头", "领导"}, []string{"每个月给我", "每月给我", "一个月给我", "月底给我", "年底给我", "按时给我"})...) // "老板每个月给我发工资八千"
	return append(out, "我们老板", "我老板", "被老板", "我们领导", "我们老总", "来打工", "出来打工", "过来打工", "来这边打工", "来这打工")
}

// farmsBuilt is building or growing a farm's sheds and ponds ("扩大猪圈", "新建鸡舍"): a business
// purpose.
func farmsBuilt() []string {
	out := combine([]string{"扩大", "扩建", "扩充", "新建", "建", "盖", "搭", "翻修", "修", "建个", "盖个", "搭个", "新建个", "建一个", "盖一个"}, []string{"猪圈", "猪场", "猪舍", "鸡舍", "鸡场", "牛棚", "牛场", "羊圈", "羊场", "鱼塘", "大棚", "养殖场", "果园"})
	return append(out, "扩栏", "扩圈", "扩棚", "扩场", "扩塘", "扩大存栏", "增加存栏") // "存栏两百头 想借二十万扩栏"
}

// gigWork is work with no employer and no shop: streaming, social media, freelance orders, odd jobs.
func gigWork() []string {
	out := combine([]string{"做", "搞", "玩"}, []string{"抖音", "快手", "直播", "自媒体", "视频号", "小红书"})
	out = append(out, combine([]string{"抖音", "快手", "带货", "网络", "游戏"}, []string{"主播", "直播"})...)
	return append(out, "直播的", "播主", "网红", "博主", "up主", "接私单", "私单", "接外包", "做外包", "外包的", "接散活", "打散工", "散工", "日结", "零活", "跑单")
}

// employedWork is working for someone else's wages: for a boss or foreman, on a site, in a school.
func employedWork() []string {
	out := combine(combine([]string{"给", "帮", "替", "跟着", "为"}, []string{"老板", "公司老板", "领导", "老总", "厂长", "包工头", "工头"}),
		[]string{"开车", "开", "打工", "干", "干活", "做事", "上班", "跑", "送货", "看店"})
	out = append(out, combine([]string{"工地", "工地上", "在工地", "干工地", "做工地"}, []string{"", "干活", "打工", "上班", "做事"})...)
	out = append(out, "送快递", "在快递公司", "快递公司上班", "干快递", "做快递", "当兵", "军人", "在部队", "部队上", "武警", "警察", "辅警", "消防员", "交警", "村医", "乡村医生",
		"包工头发", "包工头按月发", "包工头每月发", "教书", "在学校教", "当老师", "搬砖的", "厂里干活", "厂里打工", "进厂", "普通员工", "的员工")
	// a boss who pays the applicant ("老板每月发工资", "老总按月发"): wages received, not paid
	out = append(out, combine([]string{"老板", "老总", "工头", "老板娘"}, []string{"每月发", "按月发", "月月发", "每个月发", "给我发", "给我们发", "发工资给我", "准时发", "按时发", "月底发", "月结"})...)
	out = append(out, combine([]string{"在", "进"}, factories())...)
	out = append(out, combine(append(factories(), "车间", "超市", "商场", "餐厅", "酒店", "仓库", "物业", "医院"), []string{"上班", "打工", "干活", "做事", "做工", "上班的", "打工的"})...)
	// shop-floor, warehouse and trade jobs
	out = append(out, "流水线", "理货", "理货员", "车间工人", "车间主任", "搬运工", "装卸工", "分拣员", "做分拣", "学徒", "木工", "瓦工", "钢筋工", "水电工", "油漆工", "泥瓦匠", "装修工人",
		"钳工", "叉车工", "质检员", "库管", "门卫", "售货员", "收银", "帮厨", "洗碗工", "传菜", "服务生", "缝纫工", "车位工", "装配工", "跟单员", "打包工", "配送员",
		"做质检", "当质检", "干质检", "搞质检", "质检工", "做品检", "做品管", "当品管", "做检验员")
	return out
}

// factories are places one is in only to work for wages ("在电子厂", "进服装厂"), never owning them
// ("有个电子厂"); a shop or a hospital one is in takes a work verb ("超市上班"), see employedWork.
func factories() []string {
	return []string{"电子厂", "工厂", "服装厂", "鞋厂", "玩具厂", "食品厂", "纺织厂", "制衣厂", "厂子里", "物流园", "工业园", "流水线上"}
}

// pledgeHedged is a softened refusal to pledge ("不太想抵押", "不是很愿意押"): still a refusal,
// though it holds 想抵押.
func pledgeHedged() []string {
	return combine([]string{"不太", "不大", "不怎么", "不是很", "不是太", "不很", "没太"}, []string{"想抵", "想押", "愿意抵", "愿意押", "愿抵", "愿押", "想拿房", "想拿车", "想用房", "想用车", "想拿去押", "想拿去抵"})
}

// bossAsked are the bosses of other people named with a preposition: the 老板 in them is not the
// applicant's occupation.
func bossAsked() []string {
	return combine([]string{"给", "帮", "替", "跟着", "为"}, []string{"老板", "公司老板"})
}

// employerWords are the applicant's own staff and workplace ("雇了三个人", "我厂子"); paying wages
// ("给工人发工资") is a purpose, said by managers too.
func employerWords() []string {
	out := []string{"雇了", "雇人", "雇的人", "雇佣", "手下有", "手底下有", "请了工人", "招了工人", "我厂子", "我的厂", "我家厂", "厂子是我的", "厂是我的", "自家的厂",
		"我公司", "我的公司", "我自己的公司", "我家公司"} // "我公司一年营收五百万": the company is the applicant's (an employee says 我们公司)
	out = append(out, combine([]string{"个", "名", "多个"}, []string{"员工", "工人", "伙计"})...)
	// the staff waiting for their pay ("工人等着拿钱"); a count of staff alone is no owner's (settleEmployment)
	return append(out, combine([]string{"工人", "员工", "伙计", "工人们", "员工们", "伙计们", "师傅们"}, []string{"等着拿钱", "等着发工资", "等着拿工资", "等工资", "等着发钱", "催工资", "讨薪", "等着结账", "等着要钱"})...)
}

// staffMany are ten or more staff counted ("十几个员工", "员工三十来个"), as phrases; with staffCounted
// they tell a company's owner (settleEmployment).
func staffMany() []string {
	counts := []string{"十", "几十", "二十", "三十", "四十", "五十", "上百", "一百", "两百", "10", "20", "30", "40", "50"}
	out := combine(counts, combine([]string{"个", "名", "多个", "几个", "来个", "多名"}, []string{"员工", "工人", "伙计"}))
	return append(out, combine([]string{"员工", "工人", "伙计", "员工有", "工人有"}, counts)...)
}

// staffCounted are a count after the staff it counts ("员工三十来个"); 工人 is left out ("工人三千一个月"
// is a wage), and so is 手下 (a 包工头's crew is no company's staff).
func staffCounted() []string {
	return combine([]string{"员工", "伙计", "员工有", "工人有"}, []string{"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
}

// stockBought is buying stock for a running business: turnover ("拿一批货", "进点货").
func stockBought() []string {
	return combine(combine([]string{"进", "拿", "备", "囤", "压", "铺", "订", "补"}, []string{"", "点", "些", "一批", "批", "一些", "一点", "几批", "一车"}), []string{"货"})
}

// machinesBought is buying machinery or livestock for work: a business purpose.
func machinesBought() []string {
	// with a count or 新/二手 between verb and machine too ("买两台新机床", "添几台二手设备"), for the
	// machines most named (the full cross product would swell the lexicon)
	counted := combine(combine([]string{"买", "添", "换", "购"}, []string{"两台", "几台", "一台", "台", "一批", "一套", "新", "两台新", "几台新", "台新", "二手", "台二手"}),
		[]string{"机床", "设备", "机器", "挖机", "挖掘机", "生产线", "注塑机", "冲床", "车床", "印刷机", "数控机床", "雕刻机", "激光机", "切割机", "织布机", "缝纫机", "绣花机"})
	return append(counted, combine([]string{"买", "添", "换", "购", "进", "再买"}, []string{"挖机", "挖掘机", "钩机", "勾机", "铲车", "叉车", "吊车", "泵车", "农机", "拖拉机",
		"收割机", "播种机", "机床", "设备", "机器", "生产线", "冷柜", "冰柜", "烤箱", "注塑机", "冲床", "车床", "印刷机", "数控机床", "雕刻机", "激光机", "切割机", "织布机", "绣花机"})...)
}

// workVehiclesBought is buying a vehicle that earns its keep (a truck, a tipper, a coach): equipment
// for work, a business purpose, not a car for the family.
func workVehiclesBought() []string {
	buys := []string{"买", "买辆", "买一辆", "买台", "买一台", "买个", "买部", "换", "换辆", "换台", "添", "添辆", "再买", "再买辆", "购", "购置", "分期买", "贷款买"}
	buys = append(buys, combine(buys, []string{"二手", "新", "台二手", "辆二手"})...) // "买台二手挖掘机"
	return combine(buys, []string{"货车", "小货车", "大货车", "卡车", "大卡车", "小卡车", "厢货", "厢式货车", "冷藏车", "冷链车", "渣土车", "搅拌车", "罐车", "半挂", "挂车", "重卡", "轻卡",
		"运输车", "工程车", "农用车", "拉货的车", "大巴", "客车", "物流车",
		"挖机", "挖掘机", "钩机", "勾机", "铲车", "叉车", "吊车", "泵车", "农机", "拖拉机", "收割机", "播种机", "机床", "设备", "机器", "生产线"})
}

// goodsBought is buying household goods: consumption (withMeasures adds "买个手机", "买台电脑").
func goodsBought() []string {
	return combine([]string{"买", "买新", "买部新", "换", "换新", "换个新"}, []string{"手机", "电脑", "笔记本", "平板", "ipad", "iphone", "苹果手机", "相机", "电视", "冰箱",
		"空调", "洗衣机", "家电", "家具", "沙发", "床", "衣服", "首饰", "金项链", "钻戒", "戒指", "三金", "手表", "游戏机", "热水器", "油烟机"}) // a two-wheeler may be a rider's tool: no purpose
}

// withRegister adds the 户籍 form of every 户口 phrase ("户籍不在本地").
func withRegister(words []kw) []kw {
	out := words
	for _, k := range words {
		if strings.Contains(k.word, "户口") {
			out = append(out, kw{strings.ReplaceAll(k.word, "户口", "户籍"), k.val})
		}
	}
	return out
}

// hukouHere are the ways of placing the household registration here ("户口就在本地", "户口是本市的").
func hukouHere() []string {
	return combine(combine([]string{"户口", "户籍"}, []string{"", "就", "也", "都", "一直"}), combine([]string{"在", "是", "落在", "就是"}, []string{"本地", "本市", "本县", "本区", "这边", "这里", "这儿", "当地", "这"}))
}

// withMeasures adds to the purpose phrases that start with 买 their forms with a measure word
// ("买手机" → "买个手机", "买一台手机"; "买辆车" → "买一辆车").
func withMeasures(words []kw) []kw {
	out := words
	for _, k := range words {
		rest, ok := strings.CutPrefix(k.word, "买")
		switch {
		case !ok:
		case strings.HasPrefix(rest, "辆"):
			out = append(out, kw{"买一" + rest, k.val})
		default:
			for _, m := range []string{"个", "台", "部", "一个", "一台", "一部"} {
				out = append(out, kw{"买" + m + rest, k.val})
			}
		}
	}
	return out
}

// drivenForEmployer is driving a vehicle the employer owns ("开出租的 公司的车", "在物流公司开货车"):
// a wage job, whatever the vehicle, unlike driving one's own car for a platform.
func drivenForEmployer() []string {
	out := []string{"公司的车", "单位的车", "公司车", "单位车", "车是公司的", "车是单位的", "车是老板的", "老板的车", "车队的车"}
	out = append(out, combine([]string{"出租车公司", "出租公司", "的士公司"}, []string{"", "上班", "的车"})...) // "在出租车公司上班 开出租"
	return append(out, combine([]string{"公司", "单位", "车队", "车行"}, []string{"开车", "开货车", "开大车", "开出租", "开的士", "开客车", "开班车", "当司机", "做司机", "跑车"})...)
}
