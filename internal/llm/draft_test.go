package llm

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/llm/llmtest"
	"github.com/loanbot/loanbot/knowledge"
)

// These tests run the real go-openai client against llmtest (no process-global hooks: they may run
// in parallel with each other, but each has its own server).

type fixture struct {
	kb      *knowledge.Base
	sources *knowledge.Sources
	filter  *compliance.Filter
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	src, err := knowledge.NewSources(kb)
	if err != nil {
		t.Fatal(err)
	}
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	return fixture{kb: kb, sources: src, filter: f}
}

func (f fixture) drafter(t *testing.T, fake *llmtest.Server, judge bool) *Drafter {
	t.Helper()
	var model Chatter
	if fake != nil {
		c, err := NewClient(Config{BaseURL: fake.BaseURL(), APIKey: "sk-test", Model: "fake-model", Timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		model = c
	}
	d, err := NewDrafter(DrafterDeps{Model: model, Sources: f.sources, FAQ: f.kb.FAQ, Filter: f.filter, Judge: judge,
		NoSource: "NO_SOURCE"})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The question no FAQ variant covers but the knowledge does (self-employed, no bank statement).
const openQuestion = "我是个体户没有流水怎么办"

const goodDraft = "个体户没有工资流水时，可以准备经营流水、纳税证明等材料，具体要求以放款机构审核为准。如需进一步确认，可回复“转人工”。"

func TestDraft(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name      string
		question  string
		script    llmtest.Script
		judge     bool
		wantKind  string
		wantFail  string
		wantCalls int    // model calls made
		wantIn    string // the text contains it
	}{
		{name: "grounded answer", question: openQuestion, script: llmtest.Judge(goodDraft), judge: true,
			wantKind: KindModel, wantCalls: 2, wantIn: "经营流水"},
		{name: "approved FAQ answer, no model call", question: "请问利息多少啊？", script: llmtest.Judge(goodDraft),
			wantKind: KindFAQ, wantCalls: 0, wantIn: ""},
		{name: "nothing relevant", question: "今天天气不错适合去钓鱼", script: llmtest.Judge(goodDraft),
			wantKind: KindNoSource, wantCalls: 0, wantIn: "NO_SOURCE"},
		{name: "包过 drafted twice", question: openQuestion,
			script:   llmtest.Answer("个体户也没问题，我们包过，三天放款。", ""),
			wantKind: KindModel, wantFail: FailBlocked, wantCalls: 2},
		{name: "包过 then a clean rewrite", question: openQuestion, script: func(n int, r llmtest.Request) llmtest.Reply {
			if n == 1 {
				return llmtest.Reply{Content: "个体户也没问题，我们包过。"}
			}
			return llmtest.Reply{Content: goodDraft}
		}, wantKind: KindModel, wantCalls: 2, wantIn: "纳税证明"},
		{name: "a figure not in the sources", question: openQuestion,
			script:   llmtest.Answer("个体户需要提供满27个月的经营流水，以放款机构审核为准。", ""),
			wantKind: KindModel, wantFail: FailUngrounded, wantCalls: 2},
		{name: "judge finds an unsupported claim", question: openQuestion, judge: true,
			script: func(_ int, r llmtest.Request) llmtest.Reply {
				if llmtest.IsJudge(r) {
					return llmtest.Reply{ToolArgs: `{"promise":false,"unsupported":true,"reason":"资料未提到"}`}
				}
				return llmtest.Reply{Content: "个体户可以用支付宝账单代替流水，以放款机构审核为准。"}
			}, wantKind: KindModel, wantFail: FailJudge, wantCalls: 2},
		{name: "judge answers malformed JSON", question: openQuestion, judge: true,
			script: func(_ int, r llmtest.Request) llmtest.Reply {
				if llmtest.IsJudge(r) {
					return llmtest.Reply{ToolArgs: `{"promise": fals`}
				}
				return llmtest.Reply{Content: goodDraft}
			}, wantKind: KindModel, wantFail: FailError, wantCalls: 2},
		{name: "model returns 500", question: openQuestion, script: func(int, llmtest.Request) llmtest.Reply {
			return llmtest.Reply{Status: 500}
		}, wantKind: KindModel, wantFail: FailError, wantCalls: 2}, // retried once: idempotent, time left
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := llmtest.New(t, tt.script)
			d := f.drafter(t, fake, tt.judge)
			got := d.Draft(context.Background(), tt.question, nil)
			if got.Kind != tt.wantKind || got.Failure != tt.wantFail {
				t.Fatalf("Draft = kind %q failure %q (%v), want %q %q", got.Kind, got.Failure, got.Err, tt.wantKind, tt.wantFail)
			}
			if n := len(fake.Calls()); n != tt.wantCalls {
				t.Errorf("model calls = %d, want %d", n, tt.wantCalls)
			}
			if tt.wantFail != "" && got.Text != "" {
				t.Errorf("a failed draft has text %q", got.Text)
			}
			if tt.wantIn != "" && !strings.Contains(got.Text, tt.wantIn) {
				t.Errorf("text %q lacks %q", got.Text, tt.wantIn)
			}
			if got.Text != "" && f.filter.CheckOutbound(got.Text).Verdict == compliance.Block {
				t.Errorf("a blocked text came out: %q", got.Text)
			}
			if got.Kind == KindModel && (got.PromptVersion != DraftPromptVersion || len(got.Sources) == 0 || got.Model != "fake-model") {
				t.Errorf("audit fields missing: %+v", got)
			}
		})
	}
}

func TestDraftRegenerationExplainsTheViolation(t *testing.T) {
	f := newFixture(t)
	fake := llmtest.New(t, llmtest.Answer("我们包过，放心申请。", ""))
	got := f.drafter(t, fake, false).Draft(context.Background(), openQuestion, nil)
	calls := fake.Calls()
	if got.Failure != FailBlocked || len(calls) != 2 {
		t.Fatalf("failure %q after %d calls", got.Failure, len(calls))
	}
	if !strings.Contains(calls[1].LastUser(), "包过") || calls[1].System != draftSystemV1 {
		t.Errorf("the regeneration request does not explain the violation: %q", calls[1].LastUser())
	}
	if got.BlockedText == "" || len(got.Blocked.Counted()) == 0 {
		t.Errorf("the blocked draft and its hits are not kept for the record")
	}
}

func TestDraftSlowModelHonoursTheDeadline(t *testing.T) {
	f := newFixture(t)
	fake := llmtest.New(t, func(int, llmtest.Request) llmtest.Reply {
		return llmtest.Reply{Content: goodDraft, Delay: 10 * time.Second}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	done := make(chan Draft, 1)
	go func() { done <- f.drafter(t, fake, false).Draft(ctx, openQuestion, nil) }()
	select {
	case got := <-done:
		if got.Failure != FailError {
			t.Errorf("failure = %q, want %q", got.Failure, FailError)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Draft ignored its context")
	}
}

func TestDraftWithoutModel(t *testing.T) {
	f := newFixture(t)
	d := f.drafter(t, nil, true)
	if got := d.Draft(context.Background(), "请问利息多少啊？", nil); got.Kind != KindFAQ || got.Text == "" {
		t.Errorf("FAQ without model: %+v", got)
	}
	if got := d.Draft(context.Background(), openQuestion, nil); got.Failure != FailNoModel || got.Text != "" {
		t.Errorf("open question without model: %+v", got)
	}
}
