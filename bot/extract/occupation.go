package extract

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// The applicant's occupation beyond its phrase table: shops and companies run or only planned, a
// student's status, a boss who is someone else's, 老板 as a form of address.

// settleEmployment applies what outweighs the last employment word: a student with a side job is a
// student; a shop owner who calls themself 老板 is self-employed unless a company is named; someone
// "在武汉读书" is a student, not a study loan.
func (x *Extractor) settleEmployment(st *slot.Slots, s string, f found) {
	studying := studyingAt(s)
	if studying || (st.Employment != nil && *st.Employment != slot.EmploymentStudent && f.any(&x.words.studentStatus)) {
		st.Employment = slot.Ptr(slot.EmploymentStudent)
		if studying && st.LoanPurpose != nil && *st.LoanPurpose == slot.PurposeEducation && !f.any(&x.words.tuition) {
			st.LoanPurpose = nil
		}
	}
	if st.Employment == nil && (companyWithin(s, "有个") || companyWithin(s, "有家") || companyWithin(s, "自己的公司")) {
		st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "我在温州有个鞋厂"
	}
	if st.Employment == nil && (containsAny(s, []string{"店开了", "馆开了", "饭店开", "店里生意"}) || shopOf(s)) {
		st.Employment = slot.Ptr(slot.EmploymentSelfEmployed) // "饭店开了三年了"
	}
	if e := st.Employment; e != nil && *e == slot.EmploymentSalaried && companyWithin(s, "开了") && !forBoss(s) &&
		!containsAny(s, []string{"朋友", "亲戚", "老板", "他", "她", "别人", "家里人", "上班", "打工"}) {
		st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "本人开了家物流公司 请了十几个司机": the drivers are the applicant's staff
	}
	if e := st.Employment; e != nil && *e == slot.EmploymentSelfEmployed && (companyWithin(s, "开了") || companyWithin(s, "经营") || companyWithin(s, "自营")) {
		st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "开了家家具厂"
	}
	if e := st.Employment; (e == nil || *e == slot.EmploymentSalaried) && f.any(&x.words.staffAny) && (ownsCompany(s) || ownsShops(s)) {
		st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "有家公司 员工三十来个": the staff are the applicant's
	}
	if e := st.Employment; e != nil && *e == slot.EmploymentSelfEmployed && f.any(&x.words.employerVehicle) {
		st.Employment = slot.Ptr(slot.EmploymentSalaried) // "在出租车公司上班 开出租": the employer's car, a wage job
	}
	if e := st.Employment; e != nil && *e == slot.EmploymentBusinessOwner && f.any(&x.words.shops) && !manyStaff(s) && !containsAny(s, []string{"公司", "厂", "企业"}) {
		st.Employment = slot.Ptr(slot.EmploymentSelfEmployed)
	}
	if e := st.Employment; e != nil && *e == slot.EmploymentBusinessOwner && containsAny(s, placedAtWork) && !runsFactory(s) &&
		!containsAny(s, []string{"开了", "我的厂", "我公司", "我的公司", "厂是我", "公司是我", "自己的厂", "自己的公司", "老板是我", "我是老板"}) {
		st.Employment = slot.Ptr(slot.EmploymentSalaried) // "我在厂里上班 厂里有两百多个工人": the workers are colleagues
	}
	if st.Employment == nil && !f.any(&x.words.wages) && containsAny(s, salaryWords) && worksIn(s) {
		st.Employment = slot.Ptr(slot.EmploymentSalaried) // "我在南京工作 月薪一万": a wage where one works
	}
}

// placedAtWork put the applicant at work in someone's factory or company ("我在厂里上班", "在公司打工").
var placedAtWork = []string{"在厂里上班", "在厂里做", "在厂里打工", "在厂里干", "在厂上班", "在工厂上班", "在工厂打工", "在公司上班", "在公司打工", "做工人", "当工人", "厂里打工", "进厂打工", "在流水线"}

// salaryWords name a wage paid to the applicant; a payroll paid by them is wages (发工资).
var salaryWords = []string{"月薪", "工资", "薪水", "底薪", "年薪", "薪资"}

// worksIn reports the applicant placed at work, "在X工作" or "在X做Y" with only the applicant before 在
// ("我在南京工作", "现在在苏州工作", "在南京做设计"): not a spouse's work (老公在南京工作), work sought
// (在找工作), housework (在家做饭) nor a business (在上海做生意).
func worksIn(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		if r != '在' {
			continue
		}
		before := clauseBefore(rs, i)
		for _, w := range []string{"我", "本人", "人", "现在", "目前", "一直", "平时", "现", "在"} {
			before = strings.TrimPrefix(strings.TrimSuffix(before, w), w)
		}
		if before != "" {
			continue
		}
		rest := clauseAfter(rs, i+1)
		if k := strings.Index(rest, "工作"); k > 0 && len([]rune(rest[:k])) <= 8 && !containsAny(rest[:k], []string{"找", "没", "不", "换"}) {
			return true
		}
		if k := strings.Index(rest, "做"); k > 0 && len([]rune(rest[:k])) <= 6 && !containsAny(rest[:k], []string{"家", "找", "没", "不", "换"}) && !hasPrefixAny(rest[k+len("做"):], []string{"生意", "买卖", "个体", "饭", "家务"}) {
			return true // "在南京做设计 工资到手九千": a trade plied where one works, for a wage
		}
	}
	return false
}

// clauseAfter returns the clause of rs that starts at pos.
func clauseAfter(rs []rune, pos int) string {
	for k := pos; k < len(rs); k++ {
		if isClauseEnd(rs[k]) {
			return string(rs[pos:k])
		}
	}
	return string(rs[pos:])
}

// manyStaff reports ten or more staff counted ("十五个员工", "员工二十多个", "30个工人"): a shop that
// many work in is run by a business owner.
func manyStaff(s string) bool {
	for _, w := range []string{"个员工", "名员工", "个工人", "名工人", "个伙计", "人的团队"} {
		if i := strings.Index(s, w); i >= 0 && countTen(tailRunes(s[:i], 4)) {
			return true
		}
	}
	for _, w := range []string{"员工", "工人", "伙计"} {
		if i := strings.Index(s, w); i >= 0 {
			rest := []rune(s[i+len(w):])
			if countTen(rest[:min(len(rest), 4)]) {
				return true
			}
		}
	}
	return false
}

// countTen reports a count of ten or more in rs: a 十, 百 or 千, or two digits in a row.
func countTen(rs []rune) bool {
	digits := 0
	for _, r := range rs {
		switch {
		case strings.ContainsRune("十百千", r):
			return true
		case r >= '0' && r <= '9':
			if digits++; digits >= 2 {
				return true
			}
		default:
			digits = 0
		}
	}
	return false
}

// ownsCompany reports a company or factory the applicant has ("有家公司", "我有个厂", "开了个公司"),
// said by no employee ("我们公司", "在厂里上班").
func ownsCompany(s string) bool {
	owned := companyWithin(s, "有个") || companyWithin(s, "有家") || companyWithin(s, "开了") || companyWithin(s, "自己的") || containsAny(s, []string{"我的公司", "我公司", "我的厂"}) ||
		runsFactory(s)
	return owned && !containsAny(s, []string{"我们", "上班", "打工", "在公司", "在厂"})
}

// studyingAt reports "在武汉读书", "在上海上大学": the applicant is a student somewhere.
func studyingAt(s string) bool {
	for _, w := range []string{"读书", "上学", "上大学", "读大学", "读研", "读博"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		before := []rune(s[:i])
		lo := max(0, len(before)-5)
		if strings.ContainsRune(string(before[lo:]), '在') && !strings.Contains(s, "孩子") && !strings.Contains(s, "儿子") && !strings.Contains(s, "女儿") {
			return true
		}
	}
	return false
}

// companyWithin reports verb followed closely by a company ("开了个建材公司").
func companyWithin(s, verb string) bool {
	i := strings.Index(s, verb)
	if i < 0 {
		return false
	}
	rest := s[i+len(verb):]
	j := strings.Index(rest, "公司")
	if k := strings.Index(rest, "厂"); k >= 0 && (j < 0 || k < j) {
		j = k // "开了个五金厂"
	}
	return j >= 0 && j <= 18
}

// ownsShops reports shops the applicant opened with ten or more staff ("开了两家火锅店 员工四十多个"):
// a business with staff is its owner's, as a company is (package slot).
func ownsShops(s string) bool {
	return (shopWithin(s, "开了") || shopWithin(s, "开的")) && manyStaff(s) && !containsAny(s, []string{"我们", "上班", "打工", "朋友", "亲戚", "他", "她", "别人"})
}

// shopWithin reports verb followed closely by a shop ("开了个修车店", "开个奶茶店").
func shopWithin(s, verb string) bool {
	i := strings.Index(s, verb)
	if i < 0 {
		return false
	}
	rest := s[i+len(verb):]
	j := strings.IndexAny(rest, "店铺馆")
	for _, place := range shopPlaces {
		if k := strings.Index(rest, place); k >= 0 && (j < 0 || k < j) {
			j = k // "开个直播工作室", "开了个小诊所"
		}
	}
	return j >= 0 && j <= 18 // up to six runes of shop name
}

// shopPlaces are the shops and workshops other than a 店, 铺 or 馆 ("超市", "茶餐厅").
var shopPlaces = []string{"超市", "工作室", "诊所", "档口", "作坊", "门市", "民宿", "农家乐", "摊", "餐厅", "酒楼", "茶楼", "食肆", "发廊", "美容院", "网吧"}

// shopOf reports "开服装店的", "开小饭馆的": one who runs a shop, not one to open ("拿来再开一家分店的").
func shopOf(s string) bool {
	for i := strings.Index(s, "开"); i >= 0; {
		rest := []rune(s[i+len("开"):])
		if containsAny(string(tailRunes(s[:i], 4)), []string{"再", "想", "要", "来", "打算", "准备"}) {
			rest = nil
		}
		for k := 0; k < len(rest)-1 && k < 6; k++ {
			if strings.ContainsRune("店铺馆", rest[k]) && rest[k+1] == '的' {
				return true
			}
		}
		j := strings.Index(s[i+len("开"):], "开")
		if j < 0 {
			return false
		}
		i += len("开") + j
	}
	return false
}

// runsShop reports 开 followed at once by a shop's name ("在赣州开五金店", "我开小超市"), with no wish
// before it ("想开", "打算在县城开") nor a measure word after it ("开个奶茶店" is one to open), nor
// a franchise fee to pay ("开奶茶店 加盟费要十二万": a shop to open).
func runsShop(s string) bool {
	for i := strings.Index(s, "开"); i >= 0; {
		rest := s[i+len("开"):]
		clause := []rune(s[:i])
		clause = clause[max(0, len(clause)-6):]
		if !hasPrefixAny(rest, []string{"个", "家", "一家", "间", "了", "过", "始", "心", "车", "支", "销"}) &&
			!containsAny(string(clause), []string{"想", "要", "打算", "准备", "计划", "再"}) && !strings.Contains(s, "加盟") && shopWithin(s[i:], "开") {
			return true
		}
		j := strings.Index(rest, "开")
		if j < 0 {
			return false
		}
		i += len("开") + j
	}
	return false
}

// opensShop reports a shop or workshop to be opened ("开个奶茶店需要二十万", "搞个农家乐", "再开一家分店").
func opensShop(s string) bool {
	for _, verb := range []string{"开个", "想开", "准备开", "开家", "开一家", "打算开", "再开", "搞个", "弄个", "整个", "开间", "用来开", "拿来开", "用于开", "借钱开", "贷款开"} {
		if shopWithin(s, verb) && !othersPlan(s, verb) {
			return true
		}
	}
	return false
}

// othersPlan reports a relative or friend as the one who opens ("我媳妇想借钱开美甲店"): their
// plan, not the applicant's purpose.
func othersPlan(s, verb string) bool {
	i := strings.Index(s, verb)
	return containsAny(recentClause(s[:i], 8), []string{"媳妇", "老婆", "老公", "爱人", "他", "她", "朋友", "亲戚", "儿子", "女儿", "弟", "哥", "姐", "妹"})
}

// plansToOpen reports a shop or company the applicant only plans ("想开个网店", "准备在老家开个超市"),
// with nothing said of one already run ("开了", "个体户", "老板") nor of platform work done now
// ("送外卖的 想开个奶茶店": the rider stays self-employed).
func plansToOpen(s string) bool {
	return opensShop(s) && containsAny(s, []string{"想", "打算", "准备", "计划"}) &&
		!containsAny(becomingBossCut(s), []string{"开了", "开的", "在开", "个体", "老板", "做生意的", "再开", "分店", "又开", "多开"}) &&
		!containsAny(s, []string{"外卖", "骑手", "滴滴", "网约车", "货拉拉", "出租", "跑腿", "代驾", "专车"})
}

// becomingBossCut is s without the 老板 one becomes ("想开个小吃店 自己当老板"): part of the plan, not
// a boss already.
func becomingBossCut(s string) string {
	for _, w := range []string{"当老板", "做老板", "当个老板", "做个老板", "当个小老板", "做个小老板", "当小老板"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

// forBoss reports a boss the applicant works for: 给/帮/替/跟着 shortly before 老板 in its clause
// ("给物流公司老板开货车", "跟着厂长干").
func forBoss(s string) bool {
	for _, boss := range []string{"老板", "老总", "厂长", "领导"} {
		i := strings.Index(s, boss)
		if i < 0 {
			continue
		}
		clause := recentClause(s[:i], 8)
		if containsAny(clause, []string{"给", "帮", "替", "跟着", "为"}) {
			return true
		}
	}
	return false
}

// unaddressed is s without a 老板 that opens it as a form of address ("老板我想借三万", "老板，在吗"):
// a salutation, not the applicant's occupation.
func unaddressed(s string) string {
	if rest, ok := strings.CutPrefix(s, "老板"); ok && (rest == "" || strings.ContainsAny(rest[:min(len(rest), 3)], "我你您在好,!? ")) {
		return rest
	}
	return s
}

// runsFactory reports a factory or company the applicant runs, told with a bare 开/办 ("自己开厂",
// "在东莞开工厂", "办了个厂"), not one only planned ("想开个厂").
func runsFactory(s string) bool {
	for _, w := range []string{"开厂", "开工厂", "开个厂", "开间厂", "开家厂", "开公司", "办厂", "办工厂", "办了个厂", "办了家厂", "办了个公司", "办公司"} {
		if i := strings.Index(s, w); i >= 0 && !containsAny(string(tailRunes(s[:i], 4)), []string{"想", "要", "打算", "准备", "计划"}) {
			return true
		}
	}
	return false
}
