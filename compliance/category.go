package compliance

// Inbound categories. Their hits become Verdict.Flags reason codes.
const (
	CatFraudRequest = "I01" // the applicant asks for fake materials, proxy signing, record deletion
	CatComplaint    = "I02" // the applicant complains or threatens to report
	CatAskHuman     = "I03" // the applicant asks for a human agent
)

// Reason codes an inbound verdict can carry in Flags.
const (
	FlagFraudRequest = "fraud_request"
	FlagComplaint    = "complaint"
	FlagAskHuman     = "ask_human"
	FlagRisky        = "risky_content" // an outbound family (F01–F19) appeared in an applicant's message
)

type category struct {
	code, name, flag string
}

// categories lists every family code with its readable name and, for inbound
// use, the reason code its hits raise.
var categories = [...]category{
	{"F01", "承诺审批 approval guarantee", FlagRisky},
	{"F02", "承诺速度 speed guarantee", FlagRisky},
	{"F03", "无视征信 credit ignored", FlagRisky},
	{"F04", "无门槛 no threshold / no review", FlagRisky},
	{"F05", "利率费用误导 rate / fee misleading", FlagRisky},
	{"F06", "承诺额度 amount guarantee", FlagRisky},
	{"F07", "内部渠道 insider channel / false authority", FlagRisky},
	{"F08", "虚假材料 fake materials", FlagFraudRequest},
	{"F09", "代签冒名 proxy signing / identity misuse", FlagFraudRequest},
	{"F10", "前期收费 upfront fees", FlagRisky},
	{"F11", "隐性扣费 hidden deduction / off-book fees", FlagRisky},
	{"F12", "征信修复 credit repair", FlagFraudRequest},
	{"F13", "过度借贷 over-borrowing / debt evasion", FlagRisky},
	{"F14", "违规用途 prohibited use / return promise", FlagRisky},
	{"F15", "否认风险 risk denial", FlagRisky},
	{"F16", "暴力催收 abusive collection", FlagRisky},
	{"F17", "索要敏感信息 requests for high-risk data", FlagRisky},
	{"F18", "绝对化用语 absolute / authority claims", FlagRisky},
	{"F19", "站外导流 off-platform diversion", FlagRisky},
	{CatFraudRequest, "申请人请求造假 fraud request", FlagFraudRequest},
	{CatComplaint, "申请人投诉 complaint", FlagComplaint},
	{CatAskHuman, "申请人要求人工 ask for a human", FlagAskHuman},
}

// CategoryName returns the readable name of a family code ("" if unknown).
func CategoryName(code string) string {
	if code == CatScorer {
		return "疑似承诺（统计模型复核） promise-like, second opinion" // no phrase carries it
	}
	for _, c := range categories {
		if c.code == code {
			return c.name
		}
	}
	return ""
}

// Categories returns every known family code in order.
func Categories() []string {
	out := make([]string, len(categories))
	for i, c := range categories {
		out[i] = c.code
	}
	return out
}

// flagFor returns the inbound reason code raised by a hit of the category.
func flagFor(code string) string {
	for _, c := range categories {
		if c.code == code {
			return c.flag
		}
	}
	return FlagRisky
}
