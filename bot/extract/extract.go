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
	"math"
	"strings"
	"time"
	"unicode/utf8"

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

// fillCollateral sets what the applicant owns (collateral) and, apart, whether they want to pledge
// it (pledge_willing): "有套房 不想抵押" is a house and no pledge; "只考虑纯信用" says nothing of
// ownership; "房子可以抵押" is a house and a pledge.
func (x *Extractor) fillCollateral(st *slot.Slots, s string, f found) {
	if v, ok := x.neither.find(s, f); ok {
		st.Collateral = &v
	} else if v, ok := x.words.collateral.find(s, &x.cues, f); ok {
		if v == slot.CollateralNone {
			if owned, ok := x.ownedBesides(s, f); ok {
				v = owned // "有辆旧车 房子没有": the car owned, the house denied
			}
		}
		st.Collateral = &v
	} else if nothingInOwnName(s) {
		st.Collateral = slot.Ptr(slot.CollateralNone) // "老公有房 我名下没有": the spouse's is not the applicant's
	} else if v, ok := x.bought(s); ok {
		st.Collateral = &v // "车是去年二十万买的": a car the applicant bought
	} else if boughtVehicle(s) {
		st.Collateral = slot.Ptr(slot.CollateralCar) // "去年买了辆货车"
	}
	v, ok := x.words.pledge.find(s, &x.cues, f)
	if f.any(&x.words.noPledge) && (ok || strings.Contains(s, "押")) {
		v, ok = "false", true // "不想拿房子押", "但不考虑抵押": the refusal governs the whole message
	}
	if st.Collateral != nil && *st.Collateral == slot.CollateralNone {
		if f.any(&x.words.pureCredit) {
			st.PledgeWilling = slot.Ptr(false) // "无房无车，纯信用不抵押": the wish is stated apart
		}
		return // nothing owned: no preference to keep ("没有房子抵押")
	}
	if !ok || v == "true" {
		obj, found := pledged(s)
		if !ok && !found {
			return
		}
		if found && st.Collateral == nil && (isQuestion(s) || !f.any(&x.words.willingOnly)) && !x.othersProperty(s) {
			st.Collateral = &obj // "房本满五年, 想抵押贷款": the property spoken of
		}
		v = "true"
	}
	switch v {
	case "false":
		st.PledgeWilling = slot.Ptr(false)
		return
	case slot.CollateralHouse, slot.CollateralCar:
		if st.Collateral == nil && (isQuestion(s) || !f.any(&x.words.willingOnly) || ownedApart(s)) && !x.othersProperty(s) {
			st.Collateral = slot.Ptr(v) // "老家的房子能抵押吗", "用房子抵押", "房子可以抵押 在我名下": a house the applicant has
		} // "房子可以抵押" is the wish alone (package slot): what is owned is asked apart
	}
	if !isQuestion(s) {
		st.PledgeWilling = slot.Ptr(true)
	}
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
	if f.any(&x.words.noSocial) || (socialTopic && f.any(&x.words.socialStopped)) {
		st.SocialSecurityMonths = slot.Ptr(0)
	}
	if f.any(&x.words.noQueriesList) && x.ownAny(s, x.words.noQueries) && !f.any(&x.words.unknown) {
		st.CreditQueries6m = slot.Ptr(0)
	}
}

// deniesDebts reports several kinds of debt denied at once ("也没房贷车贷", "没有房贷和网贷"): no
// monthly repayment. One kind alone ("没有房贷") leaves the others open.
func (x *Extractor) deniesDebts(s string) bool {
	for _, neg := range []string{"没有", "没", "无"} {
		for i := strings.Index(s, neg); i >= 0; i = nextIndex(s, neg, i) {
			rest := s[i+len(neg):]
			if k := strings.IndexAny(rest, " ,，。.!?！？;；"); k >= 0 {
				rest = rest[:k]
			}
			if x.cues.debtNamesIn(rest) >= 2 && !x.cues.someoneElse([]rune(s), utf8.RuneCountInString(s[:i])) {
				return true
			}
		}
	}
	return false
}

// ownAny reports whether s says one of words of the applicant, not of someone else ("我老婆没有负债"
// says nothing of the applicant's debts; "我和老婆都没有负债" does).
func (x *Extractor) ownAny(s string, words []string) bool {
	rs := []rune(s)
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && !x.cues.someoneElse(rs, utf8.RuneCountInString(s[:i])) {
			return true
		}
	}
	return false
}

// fillNumbers sets the numeric slots; a later mention of a slot overrides an earlier one, except
// a monthly debt added to another ("加", "还有"). Approximate numbers go to tentative, with the
// range of their readings.
func fillNumbers(st, tent *slot.Slots, as []assigned) map[string]Range {
	var ranges map[string]Range
	for _, a := range as {
		if a.role == roleNone || a.role == roleDrop {
			continue
		}
		var one slot.Slots
		setNumber(&one, a, value(a))
		key := numericKey(one)
		if key == "" {
			continue
		}
		if !a.m.approx {
			setNumber(st, a, value(a))
			*tent = without(*tent, key)
			delete(ranges, key)
			continue
		}
		*st = without(*st, key) // the later, approximate figure replaces ("税前一万 到手八千多")
		tent.Merge(one)
		if ranges == nil {
			ranges = map[string]Range{}
		}
		ranges[key] = rangeOf(a)
	}
	return ranges
}

// rangeOf is every reading of an approximate mention in its slot's unit.
func rangeOf(a assigned) Range {
	lo, hi := a, a
	lo.m.value, lo.m.months = a.m.lo, a.m.loMonths
	hi.m.value, hi.m.months = a.m.hi, a.m.hiMonths
	return Range{Lo: value(lo), Hi: value(hi)}
}

// setNumber sets the slot of a's role to v.
func setNumber(st *slot.Slots, a assigned, v float64) {
	switch a.role {
	case roleAmount:
		st.AmountYuan = slot.Ptr(int64(math.Round(v)))
	case roleTerm:
		st.TermMonths = slot.Ptr(int(math.Round(v)))
	case roleIncome:
		st.MonthlyIncomeYuan = slot.Ptr(int64(math.Round(v)))
	case roleDebt:
		d := int64(math.Round(v))
		if a.plus && st.ExistingMonthlyDebtYuan != nil {
			d += *st.ExistingMonthlyDebtYuan // "房贷3500 加信用卡1000"
		}
		st.ExistingMonthlyDebtYuan = slot.Ptr(d)
	case roleHouseYears:
		st.HouseCertYears = slot.Ptr(math.Round(v*100) / 100)
	case roleSocial:
		st.SocialSecurityMonths = slot.Ptr(int(math.Round(v)))
	case roleQueries:
		q := int(math.Round(v))
		if a.plus && st.CreditQueries6m != nil {
			q += *st.CreditQueries6m // "贷款审批查了9次 信用卡审批3次"
		}
		st.CreditQueries6m = slot.Ptr(q)
	case roleAge:
		st.Age = slot.Ptr(int(math.Round(v)))
	}
}

func hasVague(as []assigned) bool {
	for _, a := range as {
		if a.m.vague {
			return true
		}
	}
	return false
}

// isBlank reports text with nothing left after dropping punctuation and filler.
func isBlank(s string) bool {
	return strings.Trim(s, ",.!?;:~…、。，！？…~ 啊呀呢吧哦嗯了的哈噢") == ""
}

// pledged reads "房本满五年, 想抵押贷款": 抵押 stated without its object, and the one property the
// text talks about.
func pledged(s string) (string, bool) {
	i := strings.Index(s, "押")
	if i < 0 || isNegatedBefore(strings.TrimSuffix(s[max(0, i-9):i], "抵")) {
		return "", false
	}
	switch {
	case containsAny(s, []string{"房", "铺", "门面", "店面", "写字楼"}): // a shop or office is a house (package slot)
		return slot.CollateralHouse, true
	case strings.Contains(s, "车"):
		return slot.CollateralCar, true
	}
	return "", false
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

// debtNamedLast returns the collateral a message's last clause names as the debt of the payment
// stated before it ("每个月还款5k 房贷", "每月还三千 是车贷"): a house on a mortgage repaid is owned,
// a car on a car loan too (bot/slot); nil when the last clause names no such loan.
func debtNamedLast(s string) *string {
	rs := []rune(strings.TrimRight(s, ",.!?。，！？ 啊呀吧哦嗯了的呢"))
	last := strings.TrimSuffix(clauseBefore(rs, len(rs)), "来")
	last = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(last, "都"), "是"), "还")
	switch last {
	case "房贷", "房子贷款", "按揭", "房子按揭", "房子的":
		return slot.Ptr(slot.CollateralHouse)
	case "车贷", "车子贷款", "车子按揭", "车的":
		return slot.Ptr(slot.CollateralCar)
	}
	return nil
}

// handedOn corrects the slots of a message whose money goes on to a relative or friend ("想借钱给我弟
// 他要做生意"): what the other one does with it is no purpose of the applicant's (the use is other),
// and an occupation said of them (他开店) is not the applicant's.
func (x *Extractor) handedOn(st *slot.Slots, s string, f found) {
	st.LoanPurpose = slot.Ptr(slot.PurposeOther)
	if st.Employment == nil {
		return
	}
	own := withoutThirdParty(s)
	if _, ok := x.words.employment.find(unaddressed(own), &x.cues, f); !ok && !shopWithin(own, "开了") && !companyWithin(own, "开了") {
		st.Employment = nil
	}
}

// withoutThirdParty returns s without its clauses about a third person (clauses opening with 他 or 她).
func withoutThirdParty(s string) string {
	rs := []rune(s)
	var b strings.Builder
	start, skip := 0, false
	for k := 0; k <= len(rs); k++ {
		if k < len(rs) && !isClauseEnd(rs[k]) {
			if k == start {
				skip = rs[k] == '他' || rs[k] == '她'
			}
			continue
		}
		if !skip {
			b.WriteString(string(rs[start:min(k+1, len(rs))]))
		}
		start, skip = k+1, false
	}
	return b.String()
}

// borrowThen reports a borrowing verb followed in the same clause by what ("借五十万做生意").
func borrowThen(s, what string) bool {
	j := strings.Index(s, what)
	if j < 0 {
		return false
	}
	before := []rune(s[:j])
	lo := max(0, len(before)-10)
	clause := string(before[lo:])
	if k := strings.LastIndexAny(clause, ",.!?;。，！？；"); k >= 0 {
		clause = clause[k+1:]
	}
	return containsAny(clause, []string{"借", "贷"})
}

// buysCar reports 买 followed closely by a car ("买个新能源车", "买辆二手的车"), not a parking space
// nor a car not bought ("也没买车").
func buysCar(s string) bool {
	return (verbCar(s, "买") && !containsAny(s, []string{"没买", "没有买", "不买", "没钱买"})) || verbCar(s, "换")
}

// verbCar reports verb followed closely by a car ("买个新能源车", "换辆新车"), not a parking space
// nor a two-wheeler (电瓶车, 电动车, 自行车, 摩托车).
func verbCar(s, verb string) bool {
	for i := strings.Index(s, verb); i >= 0; {
		rest := []rune(s[i+len(verb):])
		if len(rest) > 0 && rest[0] == '的' && !containsAny(lastClause(s[:i]), []string{"想", "要", "打算", "准备", "计划"}) && !containsAny(s, carPlans) && !carBoughtOnLoan(s) {
			rest = nil // "全款买的车", "去年买的车": a car bought, owned; "想买的车" is wanted (one on a loan: fillWords)
		}
		for k := 0; k < len(rest) && k < 6; k++ {
			if rest[k] == '车' && (k+1 >= len(rest) || (rest[k+1] != '位' && rest[k+1] != '库')) && (k == 0 || !strings.ContainsRune("瓶动行单托", rest[k-1])) {
				return true
			}
			if strings.ContainsRune(",.!?;。，！？；", rest[k]) {
				break
			}
		}
		j := strings.Index(s[i+len(verb):], verb)
		if j < 0 {
			return false
		}
		i += len(verb) + j
	}
	return false
}

// bought reports a house or car the applicant says was bought ("车是去年二十万买的", "房子前年全款
// 买的"), not one wished for ("想买车") nor another person's.
func (x *Extractor) bought(s string) (string, bool) {
	j := strings.Index(s, "买的")
	if j < 0 || isNegatedBefore(s[:j]) {
		return "", false
	}
	before := []rune(s[:j])
	clause := string(before[max(0, len(before)-12):])
	if k := strings.LastIndexAny(clause, ",.!?;。，！？；"); k >= 0 {
		clause = clause[k+1:]
	}
	if containsAny(clause, []string{"想", "要", "打算", "准备", "给"}) || x.cues.personBefore([]rune(clause), -1, x.cues.adultFamily) {
		return "", false
	}
	switch {
	case strings.Contains(clause, "房"):
		return slot.CollateralHouse, true
	case strings.Contains(clause, "车"):
		return slot.CollateralCar, true
	}
	return "", false
}

// housesUnmortgaged reports "有两套房，都没贷款" or "房子是我跟老伴的名字没有贷款": the house just named
// (the clause's topic, or what 都 quantifies over) carries no loan; it says nothing of the
// applicant's other debts. "家里有一套房没贷款" speaks of the household and still counts.
func housesUnmortgaged(s string) bool {
	if i := strings.Index(s, "都没"); i >= 0 && strings.Contains(s[:i], "套房") && containsAny(s[i:], []string{"都没贷款", "都没有贷款", "都没抵押"}) {
		return true
	}
	for _, w := range []string{"没有贷款", "没贷款"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		clause := s[:i]
		if k := strings.LastIndexAny(clause, ",.!?;，。！？； "); k >= 0 {
			clause = clause[k+1:]
			if clause == "" {
				clause = lastClause(strings.TrimRight(s[:k], " ")) // "房子价值大概两百万 没有贷款": the house is still the topic
			}
		}
		return hasPrefixAny(clause, []string{"房子", "房本", "房产", "那套房", "这套房"})
	}
	return false
}

// hauling is carrying goods for pay; haulingForOthers names an employer or a vehicle only planned.
var (
	hauling          = []string{"跑运输", "跑货运", "跑物流", "跑长途", "拉货", "搞运输", "做运输"}
	haulingForOthers = []string{"公司", "老板", "给人", "车队", "想买", "要买", "打算买", "准备买", "买辆", "买台", "买个", "买一辆"}
)

// usedAfterBuying reports a work use named after the vehicle bought ("买辆车跑运输"); one named
// before it is the applicant's trade ("我是跑网约车的 想换辆车" buys a car).
func usedAfterBuying(s string, uses []string) bool {
	i := strings.Index(s, "买")
	if j := strings.Index(s, "换"); i < 0 || (j >= 0 && j < i) {
		i = j
	}
	return i >= 0 && lastIndexAny(s[i:], uses) >= 0
}

// ownedApart reports ownership stated beside a wish to pledge ("房子可以抵押 在我名下", "可以押 写的我名字").
func ownedApart(s string) bool {
	return containsAny(s, []string{"在我名下", "是我名下", "我名下的", "写的我名字", "写我名字", "是我的名字", "是我自己的", "归我", "属于我"})
}

// vehiclePlanned reports a wish to buy a vehicle yet: with one, a vehicle bought before is no reason to
// drop the purpose ("买了辆旧车 想换辆新的").
func vehiclePlanned(s string) bool {
	return containsAny(s, []string{"想买", "要买", "打算买", "准备买", "想换", "要换", "打算换", "再买", "借钱买", "贷款买", "用来买"})
}

// carBoughtOnLoan reports a car already bought on a loan or instalments ("我贷款买的车", "去年分期买了辆车"),
// not one the applicant wants to buy so ("想贷款买车").
func carBoughtOnLoan(s string) bool {
	for _, how := range []string{"贷款买", "分期买", "按揭买", "车贷买"} {
		i := strings.Index(s, how)
		if i < 0 || containsAny(lastClause(s[:i]), []string{"想", "要", "打算", "准备", "再"}) {
			continue
		}
		rest := []rune(s[i+len(how):])
		head := string(rest[:min(len(rest), 5)])
		if hasPrefixAny(head, []string{"的", "了"}) && strings.Contains(head, "车") {
			return true
		}
	}
	return false
}

// boughtVehicle reports a completed purchase of a vehicle by the applicant ("自己买了辆货车", "去年买了台车"),
// not one planned ("想买了车再…" is rare and needs 想) nor a relative's.
func boughtVehicle(s string) bool {
	i := strings.Index(s, "买了")
	if i < 0 || containsAny(s[:i], []string{"想", "要", "打算", "准备", "老公", "老婆", "爸", "妈", "朋友", "他", "她"}) {
		return false
	}
	rest := []rune(s[i+len("买了"):])
	head := string(rest[:min(len(rest), 5)])
	return hasPrefixAny(head, []string{"辆", "台", "部", "一辆", "一台", "一部", "个", "新车", "车", "二手"}) && strings.Contains(head, "车")
}

// usedToRepay reports the money said to be mostly for repaying other debts without a borrowing verb
// ("分三年 主要就是还信用卡和网贷", "为了还网贷"); where a monthly income goes ("每个月工资主要就是还
// 房贷") is no use of the loan.
func usedToRepay(s string, objects []string) bool {
	for _, w := range []string{"主要就是还", "主要是还", "主要还", "主要用来还", "就是为了还", "为了还", "都是还", "全是还", "就是还", "拿去还", "拿来还", "用来还", "用于还", "要去还"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(w):])
		clause := string(rest[:min(len(rest), 10)])
		if repaysDebt(clause, objects) && !containsAny(lastClause(s[:i]), []string{"每个月", "每月", "月供", "工资", "收入", "一个月"}) {
			return true
		}
	}
	for _, w := range []string{"想把", "要把", "打算把", "准备把"} { // "想把几张信用卡一次还清"
		if i := strings.Index(s, w); i >= 0 {
			rest := []rune(s[i+len(w):])
			clause := string(rest[:min(len(rest), 14)])
			if containsAny(clause, objects) && containsAny(clause, []string{"还清", "还掉", "还上", "结清", "还了"}) {
				return true
			}
		}
	}
	return false
}

// repaysDebt reports a debt named first in what follows a repaying verb ("信用卡和网贷"), after
// the words that only say which ("之前的银行贷款", "手上的网贷", "以前欠的信用卡").
func repaysDebt(clause string, objects []string) bool {
	c := strings.TrimLeft(clause, "掉清上完 ")
	for changed := true; changed; {
		changed = false
		for _, w := range debtQualifiers {
			if strings.HasPrefix(c, w) {
				c, changed = c[len(w):], true
			}
		}
	}
	return hasPrefixAny(c, objects)
}

// debtQualifiers say which debt is repaid, before its name.
var debtQualifiers = []string{"之前", "以前", "原来", "早前", "前面", "现在", "目前", "手上", "手头", "身上", "欠", "借", "银行", "别的", "其他", "其它", "那几笔", "那笔", "几笔", "那些", "一些", "的"}

// dropPreTax drops an income said before tax when the same message gives one after tax ("月薪税后
// 一万 税前一万三"): the slot is the income after tax, whichever comes last.
func dropPreTax(rs []rune, as []assigned) {
	pre, post := -1, false
	for i, a := range as {
		if a.role != roleIncome {
			continue
		}
		left := string(rs[max(0, a.m.start-4):a.m.start])
		switch {
		case strings.Contains(left, "税前"):
			pre = i
		case containsAny(left, []string{"税后", "到手", "实发", "实际拿"}):
			post = true
		}
	}
	if pre >= 0 && post {
		as[pre].role = roleDrop
	}
}

// ownedBesides returns what a clause of s says the applicant owns when another clause denies the
// other thing ("有辆旧车 房子没有", "有台二手车 没房"): a house before a car.
func (x *Extractor) ownedBesides(s string, f found) (string, bool) {
	owned := ""
	for _, c := range strings.FieldsFunc(s, isClauseEnd) {
		if v, ok := x.words.collateral.find(c, &x.cues, f); ok && v != slot.CollateralNone && (owned == "" || v == slot.CollateralHouse) {
			owned = v
		}
	}
	return owned, owned != ""
}

// nothingInOwnName reports a clause that ends denying anything in the applicant's own name ("我名下
// 没有", "我自己名下什么都没有"): after a spouse's house or car, the applicant owns nothing.
func nothingInOwnName(s string) bool {
	if !strings.Contains(s, "名下") {
		return false // most messages
	}
	for _, c := range strings.FieldsFunc(s, isClauseEnd) {
		if hasSuffixAny(c, []string{"名下没有", "名下没", "名下什么都没有", "名下啥都没有", "名下啥也没有", "名下什么也没有", "名下没有的"}) {
			return true
		}
	}
	return false
}

// carPlans name a car to buy or change to, besides one bought.
var carPlans = []string{"想买", "要买", "打算买", "准备买", "想换", "要换", "打算换", "再买"}

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

// opensFactory reports a factory to open ("想开个厂", "借钱开厂", "准备办个工厂"), not one run ("我在
// 宁波开厂", "自己开厂 有三十来个工人").
func opensFactory(s string) bool {
	for _, w := range []string{"开厂", "开个厂", "开工厂", "开个工厂", "开家厂", "办厂", "办个厂", "办工厂", "办个工厂"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		before := lastClause(string(tailRunes(s[:i], 10)))
		if containsAny(before, []string{"想", "要", "打算", "准备", "计划", "借", "贷"}) && !containsAny(before, []string{"已经", "之前", "以前"}) {
			return true
		}
	}
	return false
}

// othersProperty reports a property said to be someone else's ("我爸的房子 能拿来抵押吗", "用我哥的车
// 押"): a pledge of it owns the applicant nothing (package slot).
func (x *Extractor) othersProperty(s string) bool {
	return containsAny(s, x.cues.othersOwn) && !ownedApart(s)
}

// paysWagesWithLoan reports the loan said to pay wages in the clause that borrows it ("想借二十万发工资",
// "贷点款开工资"), not a loan until one's own payday ("借点钱 等发工资就还").
func paysWagesWithLoan(s string) bool {
	for _, w := range []string{"发工资", "开工资", "发工钱", "发薪水"} {
		i := strings.Index(s, w)
		if i < 0 || !borrowThen(s, w) {
			continue
		}
		if strings.HasSuffix(s[:i], "等") || containsAny(firstRunes(s[i+len(w):], 4), []string{"就还", "再还", "了还", "还你", "还上"}) {
			continue
		}
		return true
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
