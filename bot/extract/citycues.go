package extract

import (
	"sort"
	"strings"
)

// placeCue is how much a city name needs around it to be read as a place.
type placeCue uint8

const (
	placeLoose  placeCue = 1 + iota // a place cue before it (在, 住, 来自, a province) or 市 after it
	placeStrict                     // its province before it or 市 after it: 朝阳 is also a district of Beijing, 东方 an airline, 阿里 Alibaba
)

// cuedNames returns the city names that are also common words, phrases or people's names.
func cuedNames() map[string]placeCue {
	m := map[string]placeCue{"朝阳": placeStrict, "东方": placeStrict, "阿里": placeStrict, "合作": placeStrict} // 在阿里上班, 在合作社
	for _, n := range fields(`安康 长治 吉安 通化 玉林 平凉 三明 来宾 中卫 四平 金昌 武威 承德 宜春 保山 南平 海东 开封 安顺
		白山 黄山 永安 安宁 大安 普洱 红河 文山 阳春 开平 东兴 新民 开原 海林 集安 五常 当阳 宜都 安陆 福泉 清镇
		赤水 武安 霸州 乐平 新乐 高安 永康 东阳 宁国 天长 明光 新泰 海阳 栖霞 高密 合山 义马 华阴 兴平 灵武 兴义 海城 盖州
		灯塔 北票 东港 兴城 同江 北安 海伦 宁安 图们 玉门 山南 和田 江山 玉树 兴化 安达 尚志 沙河 南宫 怀仁 孝义 介休
		高平 原平 东台 海安 丹阳 怒江 弥勒 个旧 开远 宣威 瑞丽 景洪 香格里拉 北屯 乌苏 阜康 哈密 峨眉山 武夷山 井冈山 庐山
		五指山 韶山 神木 子长 瑞金 樟树 德兴 瑞昌 无为 广德 天门 赤壁 广水 京山 钟祥 资兴 四会 北流 文昌 兴仁 敦煌 白银
		磐石 榆树 德惠 临江 东宁 龙泉 玉环 福安 灵宝 长葛 凉山 甘孜 阿坝 临海 平湖 建德 石狮 洪湖`).words {
		m[n] = placeLoose
	}
	return m
}

// placeCues are words that put a place right after them ("在安康上班", "来自平凉", "老家吉安").
var placeCues = []string{"在", "来自", "住", "户口", "户籍", "老家", "家是", "定居", "落户", "搬到", "调到"}

// placeCued reports whether a cued city name, between before and after, is named as a place.
func (t *cityTable) placeCued(c placeCue, before, after string) bool {
	if strings.HasPrefix(after, "市") || t.trimProvince(before) != strings.TrimSuffix(before, "省") {
		return true
	}
	return c == placeLoose && hasSuffixAny(before, placeCues) && !hasSuffixAny(before, []string{"实在", "存在", "所在", "好在"})
}

// eachPlace calls fn like eachName, leaving out every occurrence that overlaps a province name or
// an earlier (or, at the same start, longer) city name: "我在上海安家" names 上海, not 海安; "广东台山"
// names 台山, not 东台.
func (t *cityTable) eachPlace(s string, f found, fn func(name string, i, end int) bool) {
	type place struct {
		name   string
		i, end int
	}
	var ps []place
	t.eachName(s, f, func(name string, i, end int) bool {
		ps = append(ps, place{name, i, end})
		return true
	})
	if len(ps) == 1 && !t.inProvince(s, ps[0].i, ps[0].end) {
		fn(ps[0].name, ps[0].i, ps[0].end)
		return
	}
	sort.SliceStable(ps, func(a, b int) bool {
		if ps[a].i != ps[b].i {
			return ps[a].i < ps[b].i
		}
		return ps[a].end > ps[b].end
	})
	end := 0
	for _, p := range ps {
		if p.i < end || t.inProvince(s, p.i, p.end) {
			continue
		}
		end = p.end
		if !fn(p.name, p.i, p.end) {
			return
		}
	}
}

// inProvince reports whether s[i:end] overlaps a province name that is not the same city's
// ("广东台山": 东台 overlaps 广东), without containing it.
func (t *cityTable) inProvince(s string, i, end int) bool {
	lo, hi := max(0, i-6), min(len(s), end+6) // a province name is at most 3 characters (内蒙古, 黑龙江)
	win := s[lo:hi]
	for _, p := range t.provinces {
		for off := 0; ; {
			k := strings.Index(win[off:], p.name)
			if k < 0 {
				break
			}
			pi := lo + off + k
			pe := pi + len(p.name)
			off += k + len(p.name)
			if pi < end && pe > i && !(pi >= i && pe <= end) && !(pi <= i && pe >= end) {
				return true
			}
		}
	}
	return false
}
