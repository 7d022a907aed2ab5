// Package extract reads an applicant's message: it finds the slots the text states (amount, term,
// income, employment, city …, in the canonical keys and units of package slot) and the intent of the
// message. It reads Chinese and mixed numerals (二十万, 两万五, 3万5, 1.2w, 15k, ¥50,000), full-width
// and traditional text, and unpunctuated voice text, and keeps roles apart (a spouse's income, 流水,
// a desired 月供, an existing loan's remaining term, and a relative's, friend's or colleague's
// overdue, enquiries or debts are not the applicant's slots). A year of
// birth becomes an age on the reference date given to ExtractAt, and a use loan funds may not go
// to (炒股, 首付, 买币, 理财) is reported as Result.ProhibitedUse. It is a library with no I/O; all
// tables are built once by New.
package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
)

// Result is what one message states.
type Result struct {
	Slots slot.Slots `json:"slots"`
	// Tentative holds approximate values ("七八万", "两到三年", "十多次", "一万出头"): not stated
	// facts, to be confirmed; Ranges gives every reading of each (in the slot's unit).
	Tentative slot.Slots `json:"tentative"`
	Intent    string     `json:"intent"`
	// Calc holds the calculator parameters when Intent == IntentCalculator
	// ("贷10万12期月供多少", "借5万一年利息多少").
	Calc *Calc `json:"calc,omitempty"`
	// ProhibitedUse names a use loan funds may not go to (UseStocks, UseDownPayment, UseCrypto,
	// UseInvestment) when the message states or asks about one ("借钱炒股", "凑首付",
	// "贷款能买基金吗"); "" otherwise. The loan purpose is then "other" unless another is named.
	ProhibitedUse string           `json:"prohibited_use,omitempty"`
	Ranges        map[string]Range `json:"ranges,omitempty"`
	// Signals are risks stated that are no slot value: SignalBorrowToRepay.
	Signals []string `json:"signals,omitempty"`
	// TakenBack holds the figures a correction takes back ("是两万 不是二十万" → 200000), in the unit
	// their words give (yuan for money), so that the engine finds the slot corrected.
	TakenBack []float64 `json:"taken_back,omitempty"`
}

// Range is the lowest and highest reading of an approximate value.
type Range struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// Calc is a loan the applicant wants computed. Zero fields are unknown.
type Calc struct {
	AmountYuan    int64   `json:"amount_yuan,omitempty"`
	TermMonths    int     `json:"term_months,omitempty"`
	AnnualRatePct float64 `json:"annual_rate_pct,omitempty"` // 0 = unknown
	Method        string  `json:"method,omitempty"`          // MethodEqualInstalment …, "" = unknown
}

// Extractor finds slots and intents. Build it once with New; it is safe for concurrent use.
type Extractor struct {
	norm    *normalizer
	units   []unitWord
	cues    cueTables
	words   wordTables
	overdue overdueTable
	cities  cityTable
	intents intentTables
	banned  prohibitedTable
	neither neitherTable
	lex     *lexicon // every wordList above, scanned once per message
}

// New builds an Extractor, compiling its tables.
func New() *Extractor {
	n, err := newNormalizer()
	if err != nil {
		panic("extract: embedded table: " + err.Error()) // a build-time bug: OpenCC's data is embedded
	}
	x := &Extractor{
		norm:    n,
		units:   newUnitWords(),
		cues:    newCueTables(),
		words:   newWordTables(),
		overdue: newOverdueTable(),
		cities:  newCityTable(),
		intents: newIntentTables(),
		banned:  newProhibitedTable(),
		neither: newNeitherTable(),
	}
	x.lex = newLexicon(append(append(x.intents.lists(), x.words.lists()...), &x.cities.names, &x.cities.districtNames, &x.cities.hukouVerbs, &x.neither.noHouse, &x.neither.noCar)...)
	return x
}

// Extract reads one message as of now; see ExtractAt.
func (x *Extractor) Extract(text string, expecting string) Result {
	return x.ExtractAt(text, expecting, time.Now())
}

// ExtractAt reads one message. expecting is the slot key the flow just asked for ("" if none): a
// bare answer such as "20万", "三年", "有" or "没有" then fills that slot. now is the reference
// date of relative statements: a year of birth ("我95年的", "1990年出生") becomes an age on now.
func (x *Extractor) ExtractAt(text, expecting string, now time.Time) Result {
	rs := x.norm.normalize(text)
	s := string(rs)
	if expecting == "" && bareDecadeEarly(s) {
		expecting = KeyAge // "四十出头" said alone: an age, the only reading a tens figure with 出头 has
	}
	f := x.lex.scan(s)
	as := x.cues.assignRoles(rs, joinAlternatives(rs, scanMentions(rs, x.units, now)))
	x.cues.takeExpected(rs, as, expecting)

	var st, tent slot.Slots
	x.fillWords(&st, rs, s, expecting, f)
	dropPreTax(rs, as)
	ranges := fillNumbers(&st, &tent, as)
	if st.Collateral == nil && expecting != KeyHouseCertYears && (st.HouseCertYears != nil || tent.HouseCertYears != nil) {
		st.Collateral = slot.Ptr(slot.CollateralHouse) // "房本下来十五年了": a certificate held is a house owned
	}
	if st.Collateral == nil && (st.ExistingMonthlyDebtYuan != nil || tent.ExistingMonthlyDebtYuan != nil) {
		st.Collateral = debtNamedLast(s) // "每个月还款5k 房贷": the payment is on a mortgage
	}
	x.fillBareAnswer(&st, s, expecting)
	x.fillExpectedWords(&st, s, expecting)

	if st.LoanPurpose != nil && f.any(&x.words.rateWords) && f.any(&x.words.productNames) && !f.any(&x.words.wantLoan) {
		st.LoanPurpose = nil // "经营贷利率现在最低能做到多少": a product asked about, not the applicant's purpose
	}
	use := x.banned.find(s, expecting)
	if use != "" && st.LoanPurpose == nil {
		st.LoanPurpose = slot.Ptr(slot.PurposeOther)
	}
	if use == UseLending && x.banned.handsOn(s) {
		x.handedOn(&st, s, f)
	}
	r := Result{Slots: st, Tentative: tent, Ranges: ranges, Intent: x.intents.classify(s, st, f), ProhibitedUse: use}
	for _, a := range as {
		if a.takenBack {
			r.TakenBack = append(r.TakenBack, a.m.value)
		}
	}
	if containsAny(s, x.cues.corrections) {
		r.Signals = append(r.Signals, SignalCorrection)
	}
	if st.LoanPurpose == nil && x.words.purposeDenied(s) {
		r.Signals = append(r.Signals, SignalNotPurpose)
	}
	if x.words.borrowToRepay(s, f) || (expecting == KeyLoanPurpose && strings.HasPrefix(s, "还") && containsAny(s, x.words.repayObjects)) || usedToRepay(s, x.words.repayObjects) {
		r.Signals = append(r.Signals, SignalBorrowToRepay)
		if p := r.Slots.LoanPurpose; p != nil && *p == slot.PurposeTurnover && x.words.bridgesRepayment(f) && !f.any(&x.words.businessActivity) {
			r.Slots.LoanPurpose = nil // "还款日快到了 借点周转": the 周转 repays a loan, no business's working capital
		}
		if r.Intent == IntentOther {
			r.Intent = IntentProvideInfo
		}
	}
	if r.Intent == IntentOther && tent != (slot.Slots{}) {
		r.Intent = IntentProvideInfo
	}
	if use == UseLending && r.Intent == IntentAskRate {
		r.Intent = IntentProvideInfo // "借给我朋友 他给我两分利息": the friend's interest, no question about ours
	}
	if use != "" && r.Intent == IntentProvideInfo && isQuestion(s) {
		r.Intent = IntentFAQ // "贷款可以炒股吗": the FAQ on permitted uses answers it
	}
	if r.Intent == IntentOther && expecting != "" && (hasVague(as) || f.any(&x.words.vague)) {
		r.Intent = IntentProvideInfo // "十几次": an answer, too vague to fill the slot
	}
	if r.Intent == IntentCalculator {
		r.Calc = calcFrom(s, st, as, rs)
	}
	return r
}

// fillWords sets the slots stated by phrases rather than numbers.
// f is the lexicon's scan of s.
func (x *Extractor) fillWords(st *slot.Slots, rs []rune, s, expecting string, f found) {
	ps := x.intents.withoutCover(s, f) // the purpose is read without one asked to be written falsely
	if v, ok := x.words.purpose.find(ps, &x.cues, f); ok {
		if v == slot.PurposeTurnover && f.any(&x.words.businessActivity) && x.words.activityAffirmed(s) {
			v = slot.PurposeBusiness // "扩大规模资金周转一下": growing the business; its stock and wages are turnover
		}
		st.LoanPurpose = &v
	} else if f.any(&x.words.farmingList) && x.words.farmingPlanned(ps) {
		st.LoanPurpose = slot.Ptr(slot.PurposeBusiness) // "想借钱养猪", "搞个养殖场"
	} else if buysCar(ps) {
		st.LoanPurpose = slot.Ptr(slot.PurposeCar) // "想买个新能源车"
	} else if borrowThen(ps, "做生意") || borrowThen(ps, "小生意") || borrowThen(ps, "开一家") || borrowThen(ps, "开分店") || borrowThen(ps, "设备") || opensFactory(ps) {
		st.LoanPurpose = slot.Ptr(slot.PurposeBusiness) // "想借五十万做生意", "想借三十万再开一家"
	}
	if p := st.LoanPurpose; p != nil && *p == slot.PurposeCar && (f.any(&x.words.workVehicles) || (f.any(&x.words.workUse) && usedAfterBuying(s, x.words.workUse.words))) {
		st.LoanPurpose = slot.Ptr(slot.PurposeBusiness) // "买辆货车跑运输": a vehicle bought for work is equipment
	}
	if p := st.LoanPurpose; p != nil && (*p == slot.PurposeCar || *p == slot.PurposeBusiness) && boughtVehicle(s) && !vehiclePlanned(s) {
		st.LoanPurpose = nil // "自己买了辆货车 个体跑运输": a vehicle already bought is owned, not a purpose
	}
	carOnLoan := false
	if p := st.LoanPurpose; p != nil && *p == slot.PurposeCar && carBoughtOnLoan(s) && !containsAny(s, carPlans) {
		st.LoanPurpose = nil // "我贷款买的车 还了一年了": a car bought on a loan is a loan held and a car owned
		carOnLoan = true
	}
	es := x.intents.withoutFalseJob(s, f) // the occupation is read without one a faked proof is to state
	if v, ok := x.words.employment.find(unaddressed(es), &x.cues, f); ok && !(v == slot.EmploymentSelfEmployed && (borrowThen(s, "做生意") || borrowThen(s, "小生意"))) {
		st.Employment = &v
		if v == slot.EmploymentBusinessOwner && f.any(&x.words.bosses) && forBoss(s) {
			st.Employment = slot.Ptr(slot.EmploymentSalaried) // "给物流公司老板开货车": the boss is someone else
		}
		if v == slot.EmploymentSalaried && companyWithin(s, "开了") && containsAny(s, []string{"手下", "员工", "工人", "雇了", "招了"}) {
			st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "开了家装修公司，手下十几个工人": the workers are employed
		}
	} else if companyWithin(s, "开了") {
		st.Employment = slot.Ptr(slot.EmploymentBusinessOwner) // "开了个建材公司"
	} else if shopWithin(s, "开了") || (f.any(&x.words.places) && runsShop(s)) {
		st.Employment = slot.Ptr(slot.EmploymentSelfEmployed) // "开了个修车店", "在赣州开五金店"
	}
	x.settleEmployment(st, s, f)
	if e := st.Employment; e != nil && (*e == slot.EmploymentSelfEmployed || *e == slot.EmploymentBusinessOwner) && f.any(&x.words.places) && plansToOpen(s) {
		st.Employment = nil // "想开个网店": a business to open, not one run
	}
	if st.LoanPurpose == nil && f.any(&x.words.places) && opensShop(ps) {
		st.LoanPurpose = slot.Ptr(slot.PurposeBusiness) // "开个奶茶店需要二十万"
	}
	if st.LoanPurpose == nil && f.any(&x.words.wages) && paysWagesWithLoan(ps) && (f.any(&x.words.places) || containsAny(s, []string{"厂", "公司", "工人", "员工", "伙计"})) {
		st.LoanPurpose = slot.Ptr(slot.PurposeTurnover) // "饭店生意不好 想借二十万发工资": the payroll of the applicant's business
	}
	if e := st.Employment; st.LoanPurpose == nil && e != nil && (*e == slot.EmploymentBusinessOwner || *e == slot.EmploymentSelfEmployed) && f.any(&x.words.wages) {
		st.LoanPurpose = slot.Ptr(slot.PurposeTurnover) // "鞋厂老板 厂里八十个工人 月底要发工资": the payroll of the applicant's business
	}
	x.fillCollateral(st, s, f)
	if carOnLoan && st.Collateral == nil {
		st.Collateral = slot.Ptr(slot.CollateralCar)
	}
	if c := st.Collateral; st.Employment == nil && c != nil && *c == slot.CollateralCar && containsAny(s, hauling) && !containsAny(s, haulingForOthers) {
		st.Employment = slot.Ptr(slot.EmploymentSelfEmployed) // "开货车跑运输 车是自己的": a haulier on his own truck works on his own account
	}
	if v, ok := x.words.hukou.find(s, &x.cues, f); ok {
		st.LocalHukou = slot.Ptr(v == "true")
	} else if hukouElsewhere(s) {
		st.LocalHukou = slot.Ptr(false) // "户口在河南老家"
	}
	if v, ok := x.overdue.overdue(rs, &x.cues); ok {
		st.OverdueCurrent = &v
	}
	if v, ok := x.cities.city(s, f); ok {
		st.City = &v
	}
	if city, local, ok := x.cities.cityHukou(s, f); ok && (st.City == nil || *st.City == city) && (st.LocalHukou == nil || !local) {
		st.LocalHukou = slot.Ptr(local) // "深户", "上海户口" with the applicant in Shanghai; "非深户"
		if st.City == nil {
			st.City = &city
		}
	} else if place := x.cities.hukouNotPlace(s, f); place != "" && st.LocalHukou == nil && (st.City == nil || place == *st.City) {
		st.LocalHukou = slot.Ptr(false) // "户口不在苏州", "户籍不是深圳的": the place named is the one applied in
	} else if st.City != nil && st.LocalHukou == nil && (strings.Contains(s, *st.City+"户口") || strings.Contains(s, *st.City+"户籍")) {
		st.LocalHukou = slot.Ptr(true)
	} else if place := x.cities.hukouPlace(s, f); place != "" && st.City != nil && st.LocalHukou == nil {
		if local, known := x.cities.hukouIsLocal(place, *st.City); known {
			st.LocalHukou = &local // "在东莞打工 户口在湖南", "人在成都 户口也是成都的"
		}
	}
	x.fillZeros(st, s, expecting, f)
}

// fillZeros sets the numeric slots a negation states as zero ("没有负债", "没交社保", "社保断了",
// "没查过"); expecting is the slot the flow asked for ("断了" then speaks of social security).
func (x *Extractor) fillZeros(st *slot.Slots, s, expecting string, f found) {
	if (f.any(&x.words.noDebtList) && x.ownAny(s, x.words.noDebt) && !housesUnmortgaged(s)) || (st.ExistingMonthlyDebtYuan == nil && x.deniesDebts(s)) {
		st.ExistingMonthlyDebtYuan = slot.Ptr(int64(0))
	}
	if f.any(&x.words.noIncome) {
		st.MonthlyIncomeYuan = slot.Ptr(int64(0))
	}
	socialTopic := expecting == KeySocialSecurity || strings.Contains(s, "社保") || strings.Contains(s, "五险")
	if f.any(&x.words.noSocial) || (socialTopic && f.any(&x.words.socialStopped)) || ownSocialDenied(s) {
		st.SocialSecurityMonths = slot.Ptr(0)
	}
	if f.any(&x.words.noQueriesList) && x.ownAny(s, x.words.noQueries) && !f.any(&x.words.unknown) {
		st.CreditQueries6m = slot.Ptr(0)
	}
}

// ownSocialNegations are the denials of a clause that only denies ("我没有", "我自己没交").
var ownSocialNegations = []string{"没", "没有", "没交", "没买", "没缴", "没上", "没交过", "没买过", "没缴过", "还没", "还没有", "还没交", "一直没交", "从来没交过", "不交", "没得", "无"}

// ownSocialDenied reports social security someone else has, then the applicant's own denied in a
// clause of its own ("我老婆有社保 我没有", "我老公交了社保 我自己没交"): the applicant has none.
func ownSocialDenied(s string) bool {
	i := strings.Index(s, "社保")
	if i < 0 {
		return false
	}
	for _, c := range strings.FieldsFunc(s[i:], func(r rune) bool { return strings.ContainsRune(" ,，。;；!！", r) })[1:] {
		c = strings.TrimRight(strings.TrimPrefix(c, "但是"), "啊呀呢吧哦了的")
		for _, who := range []string{"我", "我自己", "我本人", "我这边", "但我", "我的"} {
			if n, ok := strings.CutPrefix(c, who); ok && slices.Contains(ownSocialNegations, strings.TrimPrefix(n, "都")) {
				return true
			}
		}
	}
	return false
}

// isBlank reports text with nothing left after dropping punctuation and filler.
func isBlank(s string) bool {
	return strings.Trim(s, ",.!?;:~…、。，！？…~ 啊呀呢吧哦嗯了的哈噢") == ""
}

// hukouElsewhere reports a 户口 placed in a home town or another province ("户口在河南老家",
// "户籍还在外省").
func hukouElsewhere(s string) bool {
	for _, w := range []string{"户口", "户籍"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(w):])
		if len(rest) > 8 {
			rest = rest[:8]
		}
		if containsAny(string(rest), []string{"老家", "外省", "外地", "农村老家"}) && !strings.Contains(string(rest), "不在") && !livesInHometown(string(rest)) {
			return true
		}
	}
	return false
}

// livesInHometown reports a 老家 after a hukou that is where the applicant lives and works, a verb
// following it ("农村户口 在老家种果树", "平时在老家带孩子"): the hukou there is no sign of living elsewhere.
func livesInHometown(rest string) bool {
	i := strings.Index(rest, "老家")
	if i < 0 || containsAny(rest, []string{"外省", "外地"}) {
		return false
	}
	return hasPrefixAny(rest[i+len("老家"):], []string{"种", "养", "干", "做", "上班", "打工", "开", "带", "住", "生活", "务农", "工作"})
}

// bareDecadeEarly reports a message that is only a tens figure of an age range and 出头 ("四十出头",
// "五十出头了"), perhaps with words but no figure after it ("四十出头 在武汉"): with no unit it can be
// nothing but an age.
func bareDecadeEarly(s string) bool {
	if i := strings.IndexAny(s, " ,，。"); i > 0 && !strings.ContainsAny(s[i:], "0123456789一二两三四五六七八九十百千万") {
		s = s[:i] // "四十出头 在武汉": a place told besides, no other figure
	}
	rest, ok := strings.CutSuffix(strings.TrimRight(s, "了吧啊呀 ,.!。，！"), "出头")
	if !ok {
		return false
	}
	for _, d := range []string{"二十", "三十", "四十", "五十", "六十", "七十", "20", "30", "40", "50", "60", "70"} {
		if rest == d || rest == "我"+d || rest == "今年"+d || rest == "我今年"+d {
			return true
		}
	}
	return false
}

// firstRunes returns at most the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
