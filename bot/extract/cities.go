package extract

import "strings"

// cityTable finds the applicant's city among the prefecture-level cities of mainland China, the
// county-level cities applicants name (寿光, 义乌, 昆山) and Taiwan's cities.
type cityTable struct {
	names wordList // registered with the lexicon: most messages name no city
	// cued holds the names that are also common words or names (安康, 来宾, 长治久安, 东方, 黄山 the
	// mountain): each is a city only with a place cue (placeCued); strict ones (朝阳, also a Beijing
	// district; 东方, 阿里, 合作) only after their province or before 市.
	cued       map[string]placeCue
	provinces  []province
	hukouVerbs wordList // "户口在", "户籍是": what places a hukou (hukouPlace)
	skipPrev   []string // 老家武汉, 户口在郑州: not where the applicant lives and works
	skipNext   []string // 上海银行, 南京路: names, not places
	// districts maps well-known districts of the largest cities to their city ("浦东" → 上海); names
	// shared with another city or a common word are left out (朝阳, 西湖, 白云).
	districts     map[string]string
	districtNames wordList // the keys of districts, for the lexicon: most messages name none
}

func newCityTable() cityTable {
	ps := provinces()
	t := cityTable{
		provinces: ps,
		names: fields(`北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 青岛 济南 宁波 厦门 福州 合肥
			沈阳 大连 哈尔滨 长春 石家庄 太原 呼和浩特 南昌 南宁 昆明 贵阳 海口 三亚 兰州 西宁 银川 乌鲁木齐 拉萨 无锡 常州 南通
			徐州 扬州 镇江 盐城 泰州 淮安 连云港 宿迁 温州 嘉兴 湖州 绍兴 金华 台州 丽水 衢州 舟山 义乌 东莞 佛山 珠海 中山 惠州 江门
			汕头 湛江 肇庆 清远 揭阳 茂名 韶关 梅州 潮州 泉州 漳州 莆田 龙岩 三明 宁德 烟台 潍坊 临沂 淄博 济宁 威海 日照 德州 聊城
			泰安 菏泽 枣庄 滨州 东营 芜湖 蚌埠 阜阳 安庆 马鞍山 洛阳 南阳 新乡 许昌 开封 安阳 商丘 信阳 周口 驻马店 宜昌 襄阳 荆州
			十堰 株洲 湘潭 衡阳 岳阳 常德 赣州 九江 上饶 柳州 桂林 北海 绵阳 宜宾 南充 德阳 泸州 遵义 曲靖 大理 保定 唐山 廊坊 邯郸
			沧州 秦皇岛 邢台 大同 包头 鄂尔多斯 鞍山 吉林 榆林 宝鸡 咸阳 天水 昆山 江阴 常熟 张家港 晋江 慈溪 余姚 顺德
			台北 新北 台中 台南 高雄 桃园 新竹 基隆 嘉义`), // 臺 is folded to 台 before the tables are read
		skipPrev: []string{"老家", "户口在", "户籍", "籍贯", "户口是", "出生在", "老家是", "祖籍", "以前在", "之前在", "离开"},
		districts: map[string]string{"浦东": "上海", "闵行": "上海", "徐汇": "上海", "静安": "上海", "黄浦": "上海", "杨浦": "上海", "虹口": "上海",
			"宝山": "上海", "嘉定": "上海", "松江": "上海", "青浦": "上海", "奉贤": "上海", "海淀": "北京", "丰台": "北京", "昌平": "北京", "顺义": "北京",
			"南山区": "深圳", "福田": "深圳", "罗湖": "深圳", "宝安": "深圳", "龙岗": "深圳", "龙华区": "深圳", "天河": "广州", "越秀": "广州", "番禺": "广州",
			"海珠": "广州", "萧山": "杭州", "余杭": "杭州", "滨江区": "杭州", "武昌": "武汉", "汉口": "武汉", "汉阳": "武汉"},
		skipNext: []string{"银行", "农商", "商行", "大学", "路", "街", "大道", "户口", "户籍", "人寿", "证券", "分行", "支行"},
	}
	t.cued = cuedNames()
	for d := range t.districts {
		t.districtNames.words = append(t.districtNames.words, d)
	}
	t.names.words = unique(append(t.names.words, citiesOf(ps)...))
	t.hukouVerbs = list("户口在", "户口是", "户籍在", "户籍是", "户口还在", "户口落在", "户口也是", "户口也在", "户口就是", "户口就在", "户籍也是", "户口", "户籍")
	return t
}

// unique returns words without repeats, in first-seen order.
func unique(words []string) []string {
	seen := make(map[string]bool, len(words))
	out := words[:0]
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// city returns the last city in s that is not a hometown or part of a name.
// f is the lexicon's scan of s.
func (t *cityTable) city(s string, f found) (string, bool) {
	if !f.any(&t.names) {
		return t.district(s, f)
	}
	best, bestEnd := "", -1
	t.eachPlace(s, f, func(name string, i, off int) bool {
		if c := t.cued[name]; c != 0 && !t.placeCued(c, s[:i], s[off:]) {
			return true
		}
		after := strings.TrimPrefix(s[off:], "市")
		before := t.trimProvince(s[:i]) // "老家是湖北孝感的": the province between 老家 and the city
		hometown := hasSuffixAny(before, t.skipPrev) && !hasSuffixAny(before, []string{"外地户口在", "本地户口在"})
		if (hasPrefixAny(after, t.skipNext) && !clauseEnds(after)) || hometown {
			return true
		}
		if off > bestEnd {
			best, bestEnd = name, off
		}
		return true
	})
	if bestEnd < 0 {
		return t.district(s, f)
	}
	return best, true
}

// eachName calls fn with every occurrence of every city name the lexicon found in s: the name, its
// start and its end (byte offsets), in the order of the name list; fn returns false to stop.
func (t *cityTable) eachName(s string, f found, fn func(name string, i, end int) bool) {
	for k, name := range t.names.words {
		if !f.has(&t.names, k) {
			continue
		}
		for off := 0; ; {
			i := strings.Index(s[off:], name)
			if i < 0 {
				break
			}
			i += off
			off = i + len(name)
			if !fn(name, i, off) {
				return
			}
		}
	}
}

// district reads a well-known district of a large city when no city is named ("浦东" → 上海).
func (t *cityTable) district(s string, f found) (string, bool) {
	if !f.any(&t.districtNames) {
		return "", false
	}
	for d, city := range t.districts {
		if i := strings.Index(s, d); i >= 0 && !hasSuffixAny(s[:i], t.skipPrev) && !hasPrefixAny(s[i+len(d):], t.skipNext) {
			return city, true
		}
	}
	return "", false
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// clauseEnds reports a city followed by a new clause on the household registration ("在东莞户口在湖南老家",
// unpunctuated voice text): the city ended the previous clause and is no "东莞户口".
func clauseEnds(after string) bool {
	for _, h := range []string{"户口", "户籍"} {
		if rest, ok := strings.CutPrefix(after, h); ok {
			return hasPrefixAny(rest, []string{"在", "是", "也", "还在", "就在", "落在", "迁"})
		}
	}
	return false
}
