package bot

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// goldenFile is one persona's conversation; the format is documented in testdata/golden/README.md.
type goldenFile struct {
	Persona string       `yaml:"persona"`
	Turns   []goldenTurn `yaml:"turns"`
}

type goldenTurn struct {
	Say     string       `yaml:"say"`
	Kind    string       `yaml:"kind"`     // text (default), subscribe, unsupported
	InFlags []string     `yaml:"in_flags"` // inbound reason codes besides those the compliance filter raises
	Expect  goldenExpect `yaml:"expect"`
}

type goldenExpect struct {
	Replies []string       `yaml:"replies"` // substrings of the turn's replies (joined)
	Not     []string       `yaml:"not"`     // substrings that must not appear
	Slots   map[string]any `yaml:"slots"`   // slots that must hold these values after the turn
	Absent  []string       `yaml:"absent"`  // slots that must not be set after the turn
	Grade   string         `yaml:"grade"`
	Flags   []string       `yaml:"flags"`    // reason codes that must be raised this turn
	NoFlags bool           `yaml:"no_flags"` // no flag at all this turn
	Handoff *bool          `yaml:"handoff"`
	Consent *bool          `yaml:"consent"`
	Intent  string         `yaml:"intent"`

	Warn      []string       `yaml:"warn"`       // warning codes that must be said THIS turn (Output.Warnings)
	NoWarn    []string       `yaml:"no_warn"`    // warning codes that must not be said this turn
	NoWarning bool           `yaml:"no_warning"` // no warning at all this turn
	Tentative map[string]any `yaml:"tentative"`  // tentative values after the turn
	Open      *bool          `yaml:"open"`       // Output.OpenQuestion is set
	Summary   []string       `yaml:"summary"`    // substrings of the hand-off summary (bot.Summarize) after the turn
	Asked     *int           `yaml:"asked"`      // questions asked before the pre-screen, up to this turn (at most)
}

func loadGolden(t *testing.T, path string) goldenFile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldenFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// TestGoldenTranscripts runs every persona through the standard engine (real extractor, screen,
// embedded knowledge) with inbound flags from the real compliance filter, as the webhook does, and
// checks every reply against the outbound filter.
func TestGoldenTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 12 {
		t.Fatalf("%d golden personas, want ≥ 12", len(files))
	}
	e := New()
	filter := outboundFilter(t)
	for _, path := range files {
		g := loadGolden(t, path)
		t.Run(strings.TrimSuffix(filepath.Base(path), ".yaml"), func(t *testing.T) {
			var st []byte
			for i, turn := range g.Turns {
				kind := Kind(turn.Kind)
				if kind == "" {
					kind = KindText
				}
				flags := append(filter.CheckInbound(turn.Say).Flags, turn.InFlags...)
				out, err := e.Reply(context.Background(), Input{OpenID: "golden", Kind: kind, Text: turn.Say,
					State: st, Flags: flags, Now: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)})
				if err != nil {
					t.Fatalf("turn %d %q: %v", i+1, turn.Say, err)
				}
				st = out.State
				for _, r := range out.Replies {
					checkOutbound(t, filter, g.Persona+" / "+turn.Say, r)
					if len(r) > maxReplyBytes {
						t.Errorf("%s / %s: a reply has %d bytes, more than %d", g.Persona, turn.Say, len(r), maxReplyBytes)
					}
				}
				checkTurn(t, i+1, turn, out)
			}
		})
	}
}

func checkTurn(t *testing.T, n int, turn goldenTurn, out Output) {
	t.Helper()
	got := strings.Join(out.Replies, "\n")
	where := func() string { return "turn " + itoa(n) + " " + quote(turn.Say) + " → " + got }
	x := turn.Expect
	for _, w := range x.Replies {
		if !strings.Contains(got, w) {
			t.Errorf("%s\n  lacks %q", where(), w)
		}
	}
	for _, w := range x.Not {
		if strings.Contains(got, w) {
			t.Errorf("%s\n  contains %q", where(), w)
		}
	}
	slots := slotMap(out.Slots)
	for k, v := range x.Slots {
		if g, ok := slots[k]; !ok || canonical(g) != canonical(v) {
			t.Errorf("%s\n  slot %s = %v, want %v", where(), k, g, v)
		}
	}
	for _, k := range x.Absent {
		if g, ok := slots[k]; ok {
			t.Errorf("%s\n  slot %s = %v, want unset", where(), k, g)
		}
	}
	if x.Grade != "" && out.Grade != x.Grade {
		t.Errorf("%s\n  grade %q, want %q", where(), out.Grade, x.Grade)
	}
	for _, f := range x.Flags {
		if !hasFlag(out, f) {
			t.Errorf("%s\n  flags %+v lack %q", where(), out.Flags, f)
		}
	}
	if x.NoFlags && len(out.Flags) > 0 {
		t.Errorf("%s\n  unexpected flags %+v", where(), out.Flags)
	}
	if x.Handoff != nil && out.Handoff != *x.Handoff {
		t.Errorf("%s\n  handoff %v, want %v", where(), out.Handoff, *x.Handoff)
	}
	if x.Consent != nil && out.Consent != *x.Consent {
		t.Errorf("%s\n  consent %v, want %v", where(), out.Consent, *x.Consent)
	}
	if x.Intent != "" && out.Intent != x.Intent {
		t.Errorf("%s\n  intent %q, want %q", where(), out.Intent, x.Intent)
	}
	checkWarnings(t, where, x, out)
	tent := slotMap(out.Tentative)
	for k, v := range x.Tentative {
		if g, ok := tent[k]; !ok || canonical(g) != canonical(v) {
			t.Errorf("%s\n  tentative %s = %v, want %v", where(), k, g, v)
		}
	}
	if x.Open != nil && (out.OpenQuestion != "") != *x.Open {
		t.Errorf("%s\n  open question %q, want set=%v", where(), out.OpenQuestion, *x.Open)
	}
	if len(x.Summary) > 0 || x.Asked != nil {
		sum, err := Summarize(out.State)
		if err != nil {
			t.Fatalf("%s\n  summarize: %v", where(), err)
		}
		for _, w := range x.Summary {
			if !strings.Contains(sum.Text, w) {
				t.Errorf("%s\n  summary %q lacks %q", where(), sum.Text, w)
			}
		}
		if x.Asked != nil {
			st, _ := decodeState(out.State)
			if st.Asked > *x.Asked {
				t.Errorf("%s\n  %d questions asked, want at most %d", where(), st.Asked, *x.Asked)
			}
		}
	}
}

// checkWarnings fails a turn that lacks a warning it must give or gives one it must not.
func checkWarnings(t *testing.T, where func() string, x goldenExpect, out Output) {
	t.Helper()
	said := map[string]bool{}
	for _, w := range out.Warnings {
		said[w.Code] = true
	}
	for _, c := range x.Warn {
		if !said[c] {
			t.Errorf("%s\n  warning %q missing (said %v)", where(), c, out.Warnings)
		}
	}
	for _, c := range x.NoWarn {
		if said[c] {
			t.Errorf("%s\n  warning %q must not be said", where(), c)
		}
	}
	if x.NoWarning && len(out.Warnings) > 0 {
		t.Errorf("%s\n  unexpected warnings %v", where(), out.Warnings)
	}
}

func hasFlag(o Output, reason string) bool {
	for _, f := range o.Flags {
		if f.Reason == reason {
			return true
		}
	}
	return false
}

func itoa(n int) string     { return canonical(float64(n)) }
func quote(s string) string { return "“" + s + "”" }

// TestQuestionExamplesAreUnderstood sends the examples each question and re-ask gives to the real
// extractor, as an answer to that question: an example the bot offers must work.
func TestQuestionExamplesAreUnderstood(t *testing.T) {
	x := DefaultExtractor()
	examples := map[string][]string{
		"loan_purpose":               {"装修", "买车", "经营周转", "教育", "日常消费", "装修房子", "店铺进货周转"},
		"amount_yuan":                {"20万", "5万", "50000元"},
		"term_months":                {"12期", "3年", "36期", "半年"},
		"employment":                 {"上班族", "企业主", "个体户", "自由职业", "退休", "学生", "没有工作"},
		"monthly_income_yuan":        {"8000元", "1.2万", "月收入8000", "每月1.2万"},
		"social_security_months":     {"2年", "18个月", "0个月", "社保交了2年"},
		"collateral":                 {"有房", "有车", "没有", "都没有"},
		"house_cert_years":           {"5年", "1年半", "房本5年了", "刚满1年"},
		"existing_monthly_debt_yuan": {"每月还3000", "没有负债", "每月还2000", "没有贷款"},
		"credit_queries_6m":          {"3次", "没有查询", "查了5次"},
		"overdue_current":            {"没有逾期", "有一笔逾期", "现在有逾期"},
		"age":                        {"35岁"},
		"local_hukou":                {"本地户口", "外地户口"},
	}
	for key, list := range examples {
		for _, ex := range list {
			if _, ok := slotMap(x.Understand(ex, key, time.Time{}).Slots)[key]; !ok {
				t.Errorf("answer %q to the %s question is not understood", ex, key)
			}
		}
	}
}

// TestQuestionsBeforePrescreen counts the questions asked before the pre-screen in every golden
// persona that answers its way to one (README "Consultation quality": the median must stay ≤ 7).
func TestQuestionsBeforePrescreen(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e := New()
	var counts []int
	for _, path := range files {
		g := loadGolden(t, path)
		var st []byte
		for _, turn := range g.Turns {
			out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: turn.Say, State: st, Now: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			st = out.State
			if out.Grade != "" {
				s, _ := decodeState(st)
				counts = append(counts, s.Asked)
				t.Logf("%s: %d questions before the pre-screen", filepath.Base(path), s.Asked)
				break
			}
		}
	}
	if len(counts) < 5 {
		t.Fatalf("%d golden personas reach a pre-screen, want ≥ 5", len(counts))
	}
	slices.Sort(counts)
	median := counts[len(counts)/2]
	t.Logf("QUESTIONS before the pre-screen: median %d over %d personas (all: %v)", median, len(counts), counts)
	if median > 7 {
		t.Errorf("median %d questions before the pre-screen, want ≤ 7", median)
	}
}
