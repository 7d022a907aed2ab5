package compliance

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestHitOffsetsPointIntoOriginal(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in   string
		want string // the original characters of the first counted hit
	}{
		{"您好，包 過的", "包 過"},
		{"亲～ｂａｏ过哦", "ｂａｏ过"},
		{"包\u200b过", "包\u200b过"},
		{"😀😀包🙏过", "包🙏过"},
		{"注意：💯下款", "💯下款"},
		{"１００％下款", "１００％下款"},
		{"zheng信不好也能贷", "zheng信不好也能"},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		hits := v.Counted()
		if len(hits) == 0 {
			t.Errorf("CheckOutbound(%q): no counted hit", tt.in)
			continue
		}
		r := []rune(tt.in)
		if got := string(r[hits[0].Start:hits[0].End]); got != tt.want {
			t.Errorf("CheckOutbound(%q) first hit covers %q, want %q (%+v)", tt.in, got, tt.want, hits[0])
		}
	}
}

func TestVerdictExplainsItself(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in      string
		verdict Action
		rule    string // Rule of the first hit
		excuse  string // ExcusedBy of the first hit
	}{
		{"我们包过", Block, "phrase:包过", ""},
		{"保过哦", Block, "variant:保过", ""},
		{"bao过哦", Block, "pinyin:baoguo", ""},
		{"一定能帮您批下来", Block, "paraphrase:一定能…批下", ""},
		{"我们不承诺包过", Allow, "phrase:包过", "negation:不承诺"},
		{"任何声称“包过”的都是骗子", Allow, "phrase:包过", "warning:任何声称"},
		{"您说的包过是什么意思？", Allow, "phrase:包过", "quotation:您说"},
		{"免息期按年化18%（含全部费用）计息，贷款有风险，借款需谨慎。", Allow, "phrase:免息", "disclosure:annualized_rate"},
		{"请通过官方渠道核实我们没有内部渠道", Allow, "phrase:内部渠道", "exception:官方渠道核实"},
		{"这款产品最佳", Flag, "phrase:最佳", ""},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		if v.Verdict != tt.verdict || len(v.Hits) == 0 {
			t.Errorf("CheckOutbound(%q) = %s with %d hits, want %s", tt.in, v.Verdict, len(v.Hits), tt.verdict)
			continue
		}
		if h := v.Hits[0]; h.Rule != tt.rule || h.ExcusedBy != tt.excuse {
			t.Errorf("CheckOutbound(%q) first hit rule %q excused %q, want %q / %q", tt.in, h.Rule, h.ExcusedBy, tt.rule, tt.excuse)
		}
	}
}

func TestCheckInboundFlags(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in    string
		flags []string
	}{
		{"能不能帮我做流水", []string{FlagFraudRequest}},
		{"可以帮我包装资料吗", []string{FlagFraudRequest}},
		{"逾期记录能删除逾期吗", []string{FlagFraudRequest}},
		{"找人代签可以吗", []string{FlagFraudRequest}},
		{"你们是骗子吧我要投诉", []string{FlagComplaint}},
		{"再这样我就报警了", []string{FlagComplaint}},
		{"我要打12378", []string{FlagComplaint}},
		{"转人工", []string{FlagAskHuman}},
		{"我要人工客服", []string{FlagAskHuman}},
		{"轉人工謝謝", []string{FlagAskHuman}}, // traditional
		{"转 人 工", []string{FlagAskHuman}}, // voice-to-text spacing
		{"我想借二十万装修", nil},                 // ordinary request
		{"利息多少啊", nil},                    // ordinary question
		{"我不想投诉，就问问进度", nil},              // negated complaint
		{"帮我做流水，不然我投诉你们", []string{FlagFraudRequest, FlagComplaint}},
	}
	for _, tt := range tests {
		v := f.CheckInbound(tt.in)
		if !slices.Equal(v.Flags, tt.flags) {
			t.Errorf("CheckInbound(%q) flags = %v, want %v%s", tt.in, v.Flags, tt.flags, describe(v))
		}
		if len(tt.flags) > 0 && v.Verdict != Flag {
			t.Errorf("CheckInbound(%q) verdict = %s, want flag", tt.in, v.Verdict)
		}
		if len(v.MissingDisclosures) != 0 {
			t.Errorf("CheckInbound(%q) reports disclosures %v", tt.in, v.MissingDisclosures)
		}
	}
}

func TestMissingDisclosures(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"您好，请问想了解哪类贷款？", []string{}},
		{"这款产品年化利率7.2%起。", []string{DiscAnnualizedRate, DiscRiskNotice}},
		{"月供大约3000元。", []string{DiscAnnualizedRate, DiscRiskNotice}},
		{"手续费是贷款金额的1%。", []string{DiscAnnualizedRate, DiscRiskNotice}},
		{"年化利率7.2%（单利，IRR口径，已含全部费用）。", []string{DiscRiskNotice}},
		{"年化利率7.2%（单利，IRR口径，已含全部费用）。贷款有风险，借款需谨慎。", []string{}},
		{"推荐您了解一下我们的经营贷。", []string{DiscRiskNotice, DiscLenderDecides}},
		{"推荐经营贷，以机构审批为准。贷款有风险，借款需谨慎。", []string{}},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		if !slices.Equal(v.MissingDisclosures, tt.want) {
			t.Errorf("CheckOutbound(%q) missing = %v, want %v", tt.in, v.MissingDisclosures, tt.want)
		}
		for _, code := range v.MissingDisclosures {
			if DisclosureText(code) == "" {
				t.Errorf("no disclosure text for %q", code)
			}
		}
	}
	// Appending the standard texts satisfies the check.
	text := "这款产品年化利率7.2%起，推荐经营贷。"
	for _, code := range f.CheckOutbound(text).MissingDisclosures {
		text += DisclosureText(code)
	}
	if v := f.CheckOutbound(text); len(v.MissingDisclosures) != 0 || v.Verdict != Allow {
		t.Errorf("after appending disclosures: %s, missing %v%s", v.Verdict, v.MissingDisclosures, describe(v))
	}
}

func TestNewFilterRejectsBadPhrase(t *testing.T) {
	tests := []struct {
		p    Phrase
		want string // substring of the error
	}{
		{Phrase{Text: "", Category: "F01", Action: Block, Severity: 1, Scope: Outbound, Enabled: true}, "empty text"},
		{Phrase{Text: "包过", Category: "F01", Action: "deny", Severity: 1, Scope: Outbound, Enabled: true}, `"包过"`},
		{Phrase{Text: "包过", Category: "F01", Action: Block, Severity: 9, Scope: Outbound, Enabled: true}, "severity"},
		{Phrase{ID: 42, Text: "***", Category: "F01", Action: Block, Severity: 1, Scope: Outbound, Enabled: true}, "phrase 42"},
		{Phrase{Text: "包过", Category: "F01", Action: Block, Severity: 1, Scope: "sideways", Enabled: true}, "scope"},
	}
	for _, tt := range tests {
		_, err := NewFilter([]Phrase{tt.p})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("NewFilter(%+v) error = %v, want it to mention %q", tt.p, err, tt.want)
		}
	}
	// Disabled phrases are not compiled, so they cannot fail.
	if _, err := NewFilter([]Phrase{{Text: "", Enabled: false}}); err != nil {
		t.Errorf("disabled phrase: %v", err)
	}
}

func TestDefaultPackCoversEveryFamily(t *testing.T) {
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, p := range pack {
		count[p.Category]++
		if p.Reason == "" || CategoryName(p.Category) == "" {
			t.Errorf("phrase %q: category %q, reason %q", p.Text, p.Category, p.Reason)
		}
	}
	for _, code := range Categories() {
		if count[code] == 0 {
			t.Errorf("default pack has no phrase of %s (%s)", code, CategoryName(code))
		}
	}
	t.Logf("default pack: %d phrases", len(pack))
}

// TestReplaceIsAtomic checks from many goroutines while the set is swapped
// between two lists: every check sees one whole list (run with -race).
func TestReplaceIsAtomic(t *testing.T) {
	mk := func(words ...string) []Phrase {
		var out []Phrase
		for _, w := range words {
			out = append(out, Phrase{Text: w, Category: "F01", Action: Block, Severity: 3, Scope: Outbound, Enabled: true, Reason: "test"})
		}
		return out
	}
	setA, setB := mk("包过", "秒批"), mk("包过费", "保证金")
	f, err := NewFilter(setA)
	if err != nil {
		t.Fatal(err)
	}
	const text = "包过费和秒批和保证金"
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan string, 8)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				var got []string
				for _, h := range f.CheckOutbound(text).Hits {
					got = append(got, h.Phrase)
				}
				if s := strings.Join(got, ","); s != "包过,秒批" && s != "包过费,保证金" {
					select {
					case errs <- s:
					default:
					}
				}
			}
		}()
	}
	for i := range 20 { // each Replace compiles the whole claim set (~0.15 s, ten times that under -race)
		set := setA
		if i%2 == 0 {
			set = setB
		}
		if err := f.Replace(set); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("a check saw a mixed set: %s", s)
	}
	if f.Version() != 21 {
		t.Errorf("Version = %d, want 21", f.Version())
	}
	if err := f.Replace(mk("")); err == nil || f.Version() != 21 {
		t.Errorf("bad Replace: err %v, version %d (want error, 21)", err, f.Version())
	}
}

// FuzzCheck: Check never panics, spans stay within the text, and
// normalisation is idempotent.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"包 过", "ｂａｏ过", "💯下款", "1OO%通过", "我们不承诺包过", "任何声称“包过”的都是骗子",
		"年化7.2%（含全部费用）", "zheng信不好也能贷", "包\u200b过", "\xff包过", "百分之百通过", "3..5%",
		"什么叫砍头息？合同写一万，到手八千，这就是！遇到请报警。", "有人问能不能不查征信，这个没问题，包你过。",
		"侬再勿还钞票，阿拉打电话到侬单位", "月息百分之一，即係年息大約百分之十二（單利）", "Walang upfront fee po，hindi po namin ma-guarantee"} {
		f.Add(s)
	}
	filter := newDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		for _, v := range []Verdict{filter.CheckOutbound(s), filter.CheckInbound(s)} {
			for _, h := range v.Hits {
				if h.Start < 0 || h.End > n || h.Start >= h.End {
					t.Fatalf("%q: hit %+v outside [0, %d]", s, h, n)
				}
			}
		}
		once, _ := Normalize(s)
		twice, _ := Normalize(once)
		if once != twice {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, once, twice)
		}
	})
}

func ExampleFilter_CheckOutbound() {
	pack, _ := DefaultPack()
	f, _ := NewFilter(pack)
	v := f.CheckOutbound("我们不承诺包过，但这个产品bao过")
	for _, h := range v.Hits {
		fmt.Printf("%s [%d,%d) excused=%q\n", h.Rule, h.Start, h.End, h.ExcusedBy)
	}
	fmt.Println(v.Verdict)
	// Output:
	// phrase:包过 [5,7) excused="negation:不承诺"
	// pinyin:baoguo [13,17) excused=""
	// block
}

func TestParaphraseNegatedInside(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in   string
		want Action
	}{
		{"黑户不能贷", Allow},
		{"黑户也能贷", Block},
		{"征信不好的话也不能贷", Allow},
		{"征信不好也能贷", Block},
		{"我们一定能帮您批下来", Block},
		{"我们一定不能保证批下来", Allow},
		{"逾期了也不会怎么样", Block},
	}
	for _, tt := range tests {
		if v := f.CheckOutbound(tt.in); v.Verdict != tt.want {
			t.Errorf("CheckOutbound(%q) = %s, want %s%s", tt.in, v.Verdict, tt.want, describe(v))
		}
	}
}

func TestExplainAndWithDisclosures(t *testing.T) {
	f := newDefault(t)
	text := "我们不承诺包过，这款经营贷年化利率5%起"
	v := f.CheckOutbound(text)
	got := v.Explain(text)
	for _, want := range []string{"allow", "missing=annualized_rate,risk_notice,lender_decides", `"包过"`, "excused by negation:不承诺"} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain = %q, want it to contain %q", got, want)
		}
	}
	fixed := WithDisclosures(text, v)
	if w := f.CheckOutbound(fixed); len(w.MissingDisclosures) != 0 || w.Verdict != Allow {
		t.Errorf("WithDisclosures: %s", w.Explain(fixed))
	}
}
