package extract

import "testing"

// TestCities covers the city table: prefecture- and county-level cities, names that are also words
// (a place cue needed), a province before the city, and overlaps with a longer or earlier name.
func TestCities(t *testing.T) {
	x := New()
	tests := []struct {
		in   string
		want string // "" = no city
	}{
		{"在山东寿光开了个店", "寿光"},    // county-level city after its province
		{"湖南邵阳人 在本地上班", "邵阳"},  // prefecture-level city after its province
		{"我在内蒙古赤峰", "赤峰"},      // a three-character province
		{"六安的 想借五万", "六安"},     // a city named alone
		{"我在诸暨做袜子", "诸暨"},      // county-level
		{"在浙江乐清上班", "乐清"},      // county-level
		{"现在住在福清", "福清"},       // county-level
		{"广东台山的", "台山"},        // 东台 overlaps 广东
		{"我在上海安家了", "上海"},      // 海安 overlaps 上海
		{"祝您身体安康", ""},         // 安康 is a wish, not the city
		{"我在安康上班", "安康"},       // 安康 with 在
		{"陕西安康人", "安康"},        // 安康 after its province
		{"长治久安嘛", ""},          // a phrase
		{"长治市的 月入五千", "长治"},    // 市 after the name
		{"去黄山玩了一趟", ""},        // the mountain
		{"来宾人数不多", ""},         // guests
		{"住在朝阳", ""},           // 朝阳 may be the Beijing district
		{"辽宁朝阳人", "朝阳"},        // 朝阳 after its province
		{"这个旧手机能抵押吗", ""},      // 个旧 across two words
		{"老家平凉 现在在兰州打工", "兰州"}, // a hometown is not the city
		{"想买个临海的房子", ""},       // by the sea
		{"在浙江临海开厂", "临海"},      // the city, after its province
		{"门口的石狮子", ""},         // a stone lion
		{"我在石狮做服装", "石狮"},      // the city, after 在
		{"我在上海门店上班", "上海"},     // 海门 overlaps 上海
		{"我在阿里上班", ""},         // Alibaba
		{"在东方航空上班", ""},        // an airline
		{"海南东方人", "东方"},        // the city, after its province
		{"在臺灣台中工作", "台中"},      // 臺 folded
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if c := x.Extract(tt.in, "").Slots.City; c != nil {
				got = *c
			}
			if got != tt.want {
				t.Errorf("Extract(%q) city = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
