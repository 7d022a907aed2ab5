package extract

import "strings"

// province is one province and its cities.
type province struct {
	name   string
	cities []string
}

// provinces lists the prefecture-level cities (and a few county-level ones applicants name) of each
// province: the cities an applicant may live in, and the province a hukou placed elsewhere names
// ("在东莞打工 户口在湖南").
func provinces() []province {
	table := [][2]string{
		{"北京", "北京"}, {"上海", "上海"}, {"天津", "天津"}, {"重庆", "重庆 万州 涪陵"},
		{"河北", "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 任丘 辛集 定州 三河 涿州 迁安 武安 霸州 黄骅 河间 泊头 遵化 高碑店 晋州 新乐 沙河 南宫 滦州 平泉 深州"},
		{"山西", "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 孝义 介休 汾阳 高平 古交 侯马 霍州 河津 永济 原平 怀仁"},
		{"内蒙古", "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安盟 锡林郭勒 阿拉善 乌兰浩特 锡林浩特 满洲里 二连浩特 扎兰屯 牙克石 霍林郭勒"},
		{"辽宁", "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 朝阳 瓦房店 庄河 海城 凤城 东港 大石桥 盖州 新民 开原 调兵山 凌源 北票 兴城 灯塔"},
		{"吉林", "长春 吉林 四平 辽源 通化 松原 白城 延吉 白山 延边 珲春 图们 敦化 梅河口 集安 公主岭 桦甸 蛟河 舒兰 磐石 榆树 德惠 洮南 大安 扶余 临江"},
		{"黑龙江", "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 绥芬河 五常 尚志 肇东 安达 海伦 北安 五大连池 虎林 密山 同江 富锦 抚远 讷河 宁安 海林 穆棱 东宁"},
		{"江苏", "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 常熟 张家港 宜兴 溧阳 太仓 海门 如皋 启东 丹阳 靖江 泰兴 兴化 邳州 新沂 东台 高邮 仪征 句容 扬中 海安"},
		{"浙江", "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚 诸暨 乐清 瑞安 温岭 临海 海宁 桐乡 平湖 嵊州 东阳 永康 兰溪 建德 江山 龙泉 玉环"},
		{"安徽", "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 黄山 天长 明光 界首 桐城 宁国 广德 无为 潜山"},
		{"福建", "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 石狮 福清 南安 永安 福鼎 福安 武夷山 邵武 建瓯 漳平"},
		{"江西", "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 丰城 樟树 贵溪 瑞金 井冈山 德兴 乐平 高安 瑞昌 共青城 庐山"},
		{"山东", "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 寿光 龙口 莱州 荣成 胶州 平度 莱西 诸城 青州 高密 昌邑 安丘 邹城 曲阜 滕州 新泰 肥城 乳山 招远 莱阳 海阳 蓬莱 栖霞 乐陵 禹城 临清 邹平"},
		{"河南", "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 巩义 新郑 登封 新密 荥阳 禹州 长葛 永城 项城 邓州 汝州 林州 辉县 卫辉 沁阳 孟州 义马 灵宝 舞钢"},
		{"湖北", "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 大冶 丹江口 枣阳 宜城 老河口 汉川 应城 安陆 钟祥 京山 松滋 石首 洪湖 监利 麻城 武穴 赤壁 广水 宜都 当阳 枝江 利川"},
		{"湖南", "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 吉首 浏阳 醴陵 宁乡 湘乡 韶山 耒阳 常宁 汨罗 临湘 沅江 资兴 冷水江 涟源 洪江 武冈 邵东"},
		{"广东", "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 顺德 普宁 陆丰 化州 高州 信宜 廉江 雷州 吴川 台山 开平 鹤山 恩平 阳春 英德 连州 四会 兴宁 罗定 乐昌 南雄"},
		{"广西", "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 来宾 岑溪 桂平 北流 东兴 凭祥 合山 荔浦"},
		{"海南", "海口 三亚 儋州 三沙 琼海 文昌 万宁 五指山 东方"},
		{"四川", "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 西昌 康定 马尔康 都江堰 彭州 邛崃 崇州 简阳 广汉 什邡 绵竹 江油 峨眉山 阆中 华蓥 万源 隆昌 射洪"},
		{"贵州", "贵阳 六盘水 遵义 安顺 毕节 铜仁 凯里 黔东南 黔南 黔西南 都匀 兴义 仁怀 赤水 清镇 福泉 兴仁 盘州"},
		{"云南", "昆明 曲靖 玉溪 保山 昭通 丽江 临沧 大理 楚雄 西双版纳 普洱 红河 文山 德宏 怒江 迪庆 景洪 蒙自 个旧 开远 芒市 瑞丽 香格里拉 安宁 宣威 腾冲 弥勒"},
		{"西藏", "拉萨 日喀则 昌都 林芝 山南 那曲 阿里"},
		{"陕西", "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 韩城 华阴 兴平 彬州 神木 子长"},
		{"甘肃", "兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 白银 临夏 甘南 玉门 敦煌 合作"},
		{"青海", "西宁 海东 果洛 玉树 格尔木 德令哈"},
		{"宁夏", "银川 石嘴山 吴忠 固原 中卫 灵武 青铜峡"},
		{"新疆", "乌鲁木齐 克拉玛依 吐鲁番 喀什 伊宁 库尔勒 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 和田 伊犁 塔城 阿勒泰 石河子 奎屯 博乐 阿图什 阿拉尔 五家渠 北屯 图木舒克 阜康 乌苏"},
	}
	out := make([]province, len(table))
	for i, p := range table {
		out[i] = province{name: p[0], cities: strings.Fields(p[1])}
	}
	return out
}

// citiesOf returns every city of ps.
func citiesOf(ps []province) []string {
	var out []string
	for _, p := range ps {
		for _, c := range p.cities {
			out = append(out, c)
		}
	}
	return out
}

// provinceOf returns the province of city, or "".
func (t *cityTable) provinceOf(city string) string {
	for _, p := range t.provinces {
		for _, c := range p.cities {
			if c == city {
				return p.name
			}
		}
	}
	return ""
}

// hukouPlace returns the province or city a 户口/户籍 is placed in ("户口在湖南", "户籍是河南周口的"),
// or the city named before it for a hukou "there too" ("我家在温州 户口也在"), or "".
// f is the lexicon's scan of s.
func (t *cityTable) hukouPlace(s string, f found) string {
	if !f.any(&t.hukouVerbs) {
		return ""
	}
	for _, w := range t.hukouVerbs.words {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := strings.TrimPrefix(s[i+len(w):], "老家")
		if strings.Contains(w, "也") && (rest == "" || hasPrefixAny(rest, []string{" ", ",", "，", "。", "的", "这", "那"})) {
			if c, ok := t.city(s[:i], f); ok {
				return c // "我家在温州 户口也在": where the applicant was just placed
			}
		}
		for _, p := range t.provinces {
			if strings.HasPrefix(rest, p.name) {
				return p.name
			}
			for _, c := range p.cities {
				if strings.HasPrefix(rest, c) {
					return c
				}
			}
		}
	}
	return ""
}

// trimProvince returns s without a province name (and 省) it ends with.
func (t *cityTable) trimProvince(s string) string {
	s = strings.TrimSuffix(s, "省")
	for _, p := range t.provinces {
		if strings.HasSuffix(s, p.name) && p.cities[0] != p.name { // 北京, 重庆: the province is the city
			return strings.TrimSuffix(strings.TrimSuffix(s, p.name), "省")
		}
	}
	return s
}

// hukouIsLocal reports whether a hukou placed in place is local to city: the same city is, another
// city or another province is not; the city's own province does not say (known false).
func (t *cityTable) hukouIsLocal(place, city string) (local, known bool) {
	if place == city {
		return true, true
	}
	return false, place != t.provinceOf(city)
}

// cityHukou reads a city household registration named with the city ("深户", "沪籍", "上海户口",
// "成都的户口") in a message naming no other city: the applicant's, in that city (the city itself
// is skipped before 户口, cityTable.city). local is false when it is denied ("非深户", "不是上海户口").
func (t *cityTable) cityHukou(s string, f found) (city string, local, ok bool) {
	for short, c := range map[string]string{"深户": "深圳", "沪户": "上海", "沪籍": "上海", "京户": "北京", "京籍": "北京", "穗户": "广州", "杭户": "杭州", "蓉户": "成都"} {
		if i := strings.Index(s, short); i >= 0 {
			return c, !hukouDenied(s[:i]), true
		}
	}
	if !f.any(&t.names) || !f.any(&t.hukouVerbs) {
		return "", false, false
	}
	t.eachName(s, f, func(name string, i, off int) bool {
		after := strings.TrimPrefix(strings.TrimPrefix(s[off:], "市"), "的")
		if hasPrefixAny(after, []string{"户口", "户籍", "本地户口"}) && !hasSuffixAny(t.trimProvince(s[:i]), t.skipPrev) { // "老家周口户口": a home town
			city, local, ok = name, !hukouDenied(s[:i]), true
			return false
		}
		return true
	})
	if ok {
		return city, local, true
	}
	return "", false, false
}

// hukouDenied reports a denial just before a household registration ("非深户", "不是上海户口").
func hukouDenied(before string) bool {
	return hasSuffixAny(strings.TrimRight(before, " "), []string{"非", "不是", "没有", "没", "无", "并非", "也不是", "又不是"})
}

// hukouNotPlace returns the place a household registration is said not to be in ("户口不在苏州",
// "户籍不是深圳的"), or "".
func (t *cityTable) hukouNotPlace(s string, f found) string {
	if !f.any(&t.hukouVerbs) || !f.any(&t.names) {
		return ""
	}
	for _, w := range []string{"户口", "户籍"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(s[i+len(w):], "也还都并 ")
		neg, ok := cutAnyPrefix(rest, []string{"不在", "不是", "没在", "不落在", "没落在"})
		if !ok {
			continue
		}
		for k, name := range t.names.words {
			if f.has(&t.names, k) && strings.HasPrefix(neg, name) {
				return name
			}
		}
	}
	return ""
}

func cutAnyPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}
