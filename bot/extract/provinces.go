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
		{"河北", "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水"},
		{"山西", "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁"},
		{"内蒙古", "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布"},
		{"辽宁", "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛"},
		{"吉林", "长春 吉林 四平 辽源 通化 松原 白城 延吉"},
		{"黑龙江", "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化"},
		{"江苏", "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 常熟 张家港"},
		{"浙江", "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚"},
		{"安徽", "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城"},
		{"福建", "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江"},
		{"江西", "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶"},
		{"山东", "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽"},
		{"河南", "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店"},
		{"湖北", "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施"},
		{"湖南", "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底"},
		{"广东", "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 顺德"},
		{"广西", "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左"},
		{"海南", "海口 三亚 儋州"},
		{"四川", "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳"},
		{"贵州", "贵阳 六盘水 遵义 安顺 毕节 铜仁 凯里"},
		{"云南", "昆明 曲靖 玉溪 保山 昭通 丽江 临沧 大理 楚雄 西双版纳"},
		{"西藏", "拉萨 日喀则"},
		{"陕西", "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛"},
		{"甘肃", "兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南"},
		{"青海", "西宁 海东"},
		{"宁夏", "银川 石嘴山 吴忠 固原 中卫"},
		{"新疆", "乌鲁木齐 克拉玛依 吐鲁番 喀什 伊宁 库尔勒"},
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
