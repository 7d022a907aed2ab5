package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/knowledge"
)

// Chatter is the model (a *Client, or a fake in tests).
type Chatter interface {
	Chat(ctx context.Context, r Request) (Answer, error)
	Model() string
}

// Retriever finds knowledge sources for a question (*knowledge.Sources).
type Retriever interface {
	Retrieve(question string, k int) ([]knowledge.Retrieved, error)
}

// Matcher finds an approved FAQ answer (*knowledge.FAQ).
type Matcher interface {
	Match(text string) (knowledge.FAQMatch, bool)
}

// Filter judges outgoing text (*compliance.Filter).
type Filter interface {
	CheckOutbound(text string) compliance.Verdict
}

// DrafterDeps are the Drafter's collaborators.
type DrafterDeps struct {
	Model    Chatter // nil = no model: approved FAQ answers and the no-source line only
	Sources  Retriever
	FAQ      Matcher
	Filter   Filter
	Judge    bool   // a second call must find no promise before a draft is used
	NoSource string // the standard line when nothing relevant is known (knowledge: llm_no_source)
	Log      *slog.Logger
}

// Retrieval settings.
const (
	retrieveK    = 4    // sources shown to the model at most
	minCoverage  = 0.35 // share of the question a source must cover to count as relevant
	maxDraftRune = 400  // a longer draft is cut at a sentence end
)

// Draft kinds.
const (
	KindFAQ      = "faq"       // an approved answer, sent as it is; no model call
	KindNoSource = "no_source" // nothing relevant: the standard line offering an adviser
	KindModel    = "model"     // drafted by the model from the sources
)

// Failures: Draft.Text is empty and the caller says its standard reply (and flags llm_failure).
const (
	FailBlocked    = "blocked"    // the filter blocked the draft and its regeneration
	FailUngrounded = "ungrounded" // figures not in the sources, twice
	FailJudge      = "judge"      // the judge found a promise or an unsupported claim
	FailError      = "error"      // the model failed, timed out or answered malformed output
	FailNoModel    = "no_model"   // a draft was needed but no model is configured
)

// Draft is one drafted answer and its audit trail.
type Draft struct {
	Text          string // "" when Failure is set
	Kind          string
	Failure       string
	Sources       []string // ids of the sources shown to the model (or the FAQ entry)
	PromptVersion string
	Model         string
	Latency       time.Duration
	Tokens        Tokens
	Attempts      int    // model drafts written (2 = regenerated)
	Filter        string // verdict of the last draft: allow | flag | block ("" = none written)
	Judge         string // pass | promise | unsupported | error | off
	Blocked       compliance.Verdict
	BlockedText   string // the draft the filter blocked last (for the compliance record)
	Err           error  // the model's error when Failure is FailError
}

// Tokens counts what the model calls cost.
type Tokens struct{ Prompt, Completion int }

func (t *Tokens) add(a Answer) { t.Prompt += a.PromptTokens; t.Completion += a.CompletionTokens }

// Drafter writes grounded, screened answers. Safe for concurrent use.
type Drafter struct{ d DrafterDeps }

// NewDrafter checks the dependencies.
func NewDrafter(d DrafterDeps) (*Drafter, error) {
	if d.Sources == nil || d.FAQ == nil || d.Filter == nil || d.NoSource == "" {
		return nil, errors.New("llm: drafter needs sources, FAQ, filter and the no-source line")
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	return &Drafter{d: d}, nil
}

// HasModel reports whether a model is configured.
func (d *Drafter) HasModel() bool { return d.d.Model != nil }

// Draft answers question. It never returns an unscreened text: Text is an approved answer, the
// no-source line, or a model draft that passed the filter, the grounding check and (when on) the
// judge, with the missing disclosures appended. ctx bounds all model calls.
func (d *Drafter) Draft(ctx context.Context, question string, history []string) Draft {
	start := time.Now()
	dr := d.draft(ctx, question, history)
	dr.Latency = time.Since(start)
	return dr
}

func (d *Drafter) draft(ctx context.Context, question string, history []string) Draft {
	if m, ok := d.d.FAQ.Match(question); ok {
		return Draft{Text: m.Entry.Answer, Kind: KindFAQ, Sources: []string{"faq:" + m.Entry.ID}, Filter: "allow", Judge: "off"}
	}
	src, err := d.d.Sources.Retrieve(question, retrieveK)
	if err != nil {
		d.d.Log.WarnContext(ctx, "retrieval failed", "err", err)
	}
	src = relevant(src)
	if len(src) == 0 {
		return Draft{Text: d.d.NoSource, Kind: KindNoSource, Filter: "allow", Judge: "off"}
	}
	dr := Draft{Kind: KindModel, PromptVersion: DraftPromptVersion, Judge: "off"}
	for _, s := range src {
		dr.Sources = append(dr.Sources, s.ID)
	}
	if d.d.Model == nil {
		dr.Failure = FailNoModel
		return dr
	}
	dr.Model = d.d.Model.Model()
	return d.write(ctx, dr, question, history, src)
}

// relevant keeps the sources that cover enough of the question.
func relevant(src []knowledge.Retrieved) []knowledge.Retrieved {
	var out []knowledge.Retrieved
	for _, s := range src {
		if s.Coverage >= minCoverage {
			out = append(out, s)
		}
	}
	return out
}

// write drafts, checks, and regenerates once with the violation explained.
func (d *Drafter) write(ctx context.Context, dr Draft, question string, history []string, src []knowledge.Retrieved) Draft {
	msgs := draftMessages(question, history, src)
	var last string
	for attempt := 1; attempt <= 2; attempt++ {
		a, err := d.d.Model.Chat(ctx, Request{Messages: msgs, MaxTokens: 600, Temperature: 0.2})
		dr.Tokens.add(a)
		dr.Attempts = attempt
		if err != nil {
			dr.Failure, dr.Err = FailError, err
			return dr
		}
		text := trimDraft(a.Text)
		v := d.d.Filter.CheckOutbound(text)
		dr.Filter = string(v.Verdict)
		problem, fail := d.problem(text, v, src, question)
		if problem == "" {
			dr.Failure, dr.Text = "", compliance.WithDisclosures(text, v)
			return d.judge(ctx, dr, src)
		}
		if fail == FailBlocked {
			dr.Blocked, dr.BlockedText = v, text
		}
		dr.Failure, last = fail, text
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: last},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: "上一稿不合规：" + problem +
				"。请重写整段回复：删除这些说法，只依据资料作答，资料没有的内容请建议回复“转人工”。"})
	}
	return dr
}

// problem explains why a draft may not be sent, and which failure it is ("" = none).
func (d *Drafter) problem(text string, v compliance.Verdict, src []knowledge.Retrieved, question string) (string, string) {
	if v.Verdict == compliance.Block {
		return explain(text, v), FailBlocked
	}
	if missing := ungrounded(text, src, question); len(missing) > 0 {
		return "出现了资料中没有的数字：" + strings.Join(missing, "、"), FailUngrounded
	}
	return "", ""
}

// explain names each counted hit's words, family and sentence, for the model to rewrite.
func explain(text string, v compliance.Verdict) string {
	runes := []rune(text)
	var parts []string
	for _, h := range v.Counted() {
		if h.Action != compliance.Block {
			continue
		}
		words := h.Phrase
		if h.Start >= 0 && h.End <= len(runes) && h.Start < h.End {
			words = string(runes[h.Start:h.End])
		}
		part := fmt.Sprintf("「%s」属于%s", words, compliance.CategoryName(h.Category))
		if h.SentenceStart >= 0 && h.SentenceEnd <= len(runes) && h.SentenceStart < h.SentenceEnd {
			part += "（句子：" + string(runes[h.SentenceStart:h.SentenceEnd]) + "）"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "含有违规承诺或禁用话术"
	}
	return strings.Join(parts, "；")
}

func draftMessages(question string, history []string, src []knowledge.Retrieved) []openai.ChatCompletionMessage {
	user := sourcesBlock(src)
	if len(history) > 0 {
		user += "\n最近的对话：\n" + strings.Join(history, "\n") + "\n"
	}
	user += "\n申请人的问题：" + question
	return []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: draftSystemV1},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}
}

// trimDraft removes markdown emphasis and cuts an overlong draft at a sentence end.
func trimDraft(s string) string {
	s = strings.TrimSpace(strings.NewReplacer("**", "", "##", "", "`", "").Replace(s))
	r := []rune(s)
	if len(r) <= maxDraftRune {
		return s
	}
	cut := r[:maxDraftRune]
	for i := len(cut) - 1; i > maxDraftRune/2; i-- {
		if strings.ContainsRune("。！？；", cut[i]) {
			return string(cut[:i+1])
		}
	}
	return string(cut) + "…"
}
