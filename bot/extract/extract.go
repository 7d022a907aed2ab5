// Package extract reads an applicant's message: it finds the slots the text states (amount, term,
// income, employment, city …, in the canonical keys and units of package slot) and the intent of the
// message. It reads Chinese and mixed numerals (二十万, 两万五, 3万5, 1.2w, 15k, ¥50,000), full-width
// and traditional text, and unpunctuated voice text, and keeps roles apart (a spouse's income, 流水,
// a desired 月供 or an existing loan's remaining term are not the applicant's slots). A year of
// birth becomes an age on the reference date given to ExtractAt, and a use loan funds may not go
// to (炒股, 首付, 买币, 理财) is reported as Result.ProhibitedUse. It is a library with no I/O; all
// tables are built once by New.
package extract

import (
	"math"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
)

// Result is what one message states.
type Result struct {
	Slots  slot.Slots `json:"slots"`
	Intent string     `json:"intent"`
	// Calc holds the calculator parameters when Intent == IntentCalculator
	// ("贷10万12期月供多少", "借5万一年利息多少").
	Calc *Calc `json:"calc,omitempty"`
	// ProhibitedUse names a use loan funds may not go to (UseStocks, UseDownPayment, UseCrypto,
	// UseInvestment) when the message states or asks about one ("借钱炒股", "凑首付",
	// "贷款能买基金吗"); "" otherwise. The loan purpose is then "other" unless another is named.
	ProhibitedUse string `json:"prohibited_use,omitempty"`
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
}

// New builds an Extractor, compiling its tables.
func New() *Extractor {
	n, err := newNormalizer()
	if err != nil {
		panic("extract: embedded table: " + err.Error()) // a build-time bug: tschars.tsv is embedded
	}
	return &Extractor{
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
	as := x.cues.assignRoles(rs, scanMentions(rs, x.units, now))
	x.cues.takeExpected(rs, as, expecting)

	var st slot.Slots
	x.fillWords(&st, rs, s, expecting)
	fillNumbers(&st, as)
	x.fillBareAnswer(&st, s, expecting)
	x.fillExpectedWords(&st, s, expecting)

	use := x.banned.find(s, expecting)
	if use != "" && st.LoanPurpose == nil {
		st.LoanPurpose = slot.Ptr(slot.PurposeOther)
	}
	r := Result{Slots: st, Intent: x.intents.classify(s, st), ProhibitedUse: use}
	if use != "" && r.Intent == IntentProvideInfo && isQuestion(s) {
		r.Intent = IntentFAQ // "贷款可以炒股吗": the FAQ on permitted uses answers it
	}
	if r.Intent == IntentOther && expecting != "" && (hasVague(as) || containsAny(s, x.words.vague)) {
		r.Intent = IntentProvideInfo // "十几次": an answer, too vague to fill the slot
	}
	if r.Intent == IntentCalculator {
		r.Calc = calcFrom(s, st, as, rs)
	}
	return r
}

// fillWords sets the slots stated by phrases rather than numbers.
func (x *Extractor) fillWords(st *slot.Slots, rs []rune, s, expecting string) {
	if v, ok := x.words.purpose.find(x.words.dropMeasure.Replace(s), &x.cues); ok {
		if v == slot.PurposeTurnover && containsAny(s, x.words.businessContext) {
			v = slot.PurposeBusiness // "店铺进货周转", "公司资金周转不开"
		}
		st.LoanPurpose = &v
	} else if v, ok := x.words.urgent.find(s, &x.cues); ok {
		st.LoanPurpose = &v
	}
	if v, ok := x.words.employment.find(s, &x.cues); ok {
		st.Employment = &v
	} else if shopWithin(s, "开了") {
		st.Employment = slot.Ptr(slot.EmploymentSelfEmployed) // "开了个修车店"
	}
	if st.LoanPurpose == nil && (shopWithin(s, "开个") || shopWithin(s, "想开") || shopWithin(s, "准备开")) {
		st.LoanPurpose = slot.Ptr(slot.PurposeBusiness) // "开个奶茶店需要二十万"
	}
	if v, ok := x.neither.find(s); ok {
		st.Collateral = &v
	} else if v, ok := x.words.collateral.find(s, &x.cues); ok {
		st.Collateral = &v
	} else if v, ok := pledged(s); ok {
		st.Collateral = &v
	}
	if v, ok := x.words.hukou.find(s, &x.cues); ok {
		st.LocalHukou = slot.Ptr(v == "true")
	} else if hukouElsewhere(s) {
		st.LocalHukou = slot.Ptr(false) // "户口在河南老家"
	}
	if v, ok := x.overdue.overdue(rs); ok {
		st.OverdueCurrent = &v
	}
	if v, ok := x.cities.city(s); ok {
		st.City = &v
	}
	x.fillZeros(st, s, expecting)
}

// fillZeros sets the numeric slots a negation states as zero ("没有负债", "没交社保", "社保断了",
// "没查过"); expecting is the slot the flow asked for ("断了" then speaks of social security).
func (x *Extractor) fillZeros(st *slot.Slots, s, expecting string) {
	if containsAny(s, x.words.noDebt) {
		st.ExistingMonthlyDebtYuan = slot.Ptr(int64(0))
	}
	if containsAny(s, x.words.noIncome) {
		st.MonthlyIncomeYuan = slot.Ptr(int64(0))
	}
	socialTopic := expecting == KeySocialSecurity || strings.Contains(s, "社保") || strings.Contains(s, "五险")
	if containsAny(s, x.words.noSocial) || (socialTopic && containsAny(s, x.words.socialStopped)) {
		st.SocialSecurityMonths = slot.Ptr(0)
	}
	if containsAny(s, x.words.noQueries) && !containsAny(s, x.words.unknown) {
		st.CreditQueries6m = slot.Ptr(0)
	}
}

// fillNumbers sets the numeric slots; a later mention of a slot overrides an earlier one, except
// a monthly debt added to another ("加", "还有").
func fillNumbers(st *slot.Slots, as []assigned) {
	for _, a := range as {
		v := value(a)
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
			st.CreditQueries6m = slot.Ptr(int(math.Round(v)))
		case roleAge:
			st.Age = slot.Ptr(int(math.Round(v)))
		}
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
	case strings.Contains(s, "房"):
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
		if containsAny(string(rest), []string{"老家", "外省", "外地", "农村老家"}) && !strings.Contains(string(rest), "不在") {
			return true
		}
	}
	return false
}

// shopWithin reports verb followed closely by a shop ("开了个修车店", "开个奶茶店").
func shopWithin(s, verb string) bool {
	i := strings.Index(s, verb)
	if i < 0 {
		return false
	}
	rest := s[i+len(verb):]
	j := strings.IndexAny(rest, "店厂铺馆")
	if k := strings.Index(rest, "超市"); k >= 0 && (j < 0 || k < j) {
		j = k
	}
	return j >= 0 && j <= 18 // up to six runes of shop name
}
