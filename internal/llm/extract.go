package llm

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/bot/slot"
)

// ExtractorDeps are the fallback extractor's collaborators.
type ExtractorDeps struct {
	Rules   bot.Extractor // the rule-based extractor; always asked first
	Model   Chatter
	Timeout time.Duration // bound of the model call (it runs inside the reply budget)
	Log     *slog.Logger
}

// Extractor is bot.Extractor with a model fallback for messages the rules understood nothing in.
type Extractor struct{ d ExtractorDeps }

var _ bot.Extractor = (*Extractor)(nil)

// NewExtractor wraps d.Rules. Without a model it returns the rules unchanged.
func NewExtractor(d ExtractorDeps) bot.Extractor {
	if d.Model == nil {
		return d.Rules
	}
	if d.Timeout <= 0 {
		d.Timeout = 1500 * time.Millisecond
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	return &Extractor{d: d}
}

// Understand asks the rules, and the model only when the rules understood nothing in a message
// that looks informative. The model's values fill only what the rules left empty, pass the same
// range checks as any input, and are tentative unless the model says it is sure; they come marked
// FromModel, so the engine never lets them override a value the rules parsed earlier.
func (x *Extractor) Understand(text, expecting string, now time.Time) bot.Understanding {
	u := x.d.Rules.Understand(text, expecting, now)
	if understood(u) || !informative(text) {
		return u
	}
	ctx, cancel := context.WithTimeout(context.Background(), x.d.Timeout)
	defer cancel()
	got, sure, err := x.ask(ctx, text)
	if err != nil {
		x.d.Log.Warn("llm extraction failed; rules only", "err", err)
		return u
	}
	if isEmpty(got) {
		return u
	}
	if sure {
		fillEmpty(&u.Slots, got)
	} else {
		fillEmpty(&u.Tentative, got)
	}
	u.FromModel = true // the engine stores these only where the conversation knows nothing yet
	if u.Intent == "" || u.Intent == bot.IntentOther {
		u.Intent = bot.IntentProvideInfo
	}
	return u
}

// factsArgs is the record_facts call: the slot keys, and whether the model is sure.
type factsArgs struct {
	slot.Slots
	Sure *bool `json:"sure"`
}

func (x *Extractor) ask(ctx context.Context, text string) (slot.Slots, bool, error) {
	tool := &openai.FunctionDefinition{Name: "record_facts", Description: "记录申请人明确陈述的事实", Parameters: factsSchema}
	a, err := x.d.Model.Chat(ctx, Request{Tool: tool, MaxTokens: 300, Messages: []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: extractSystemV1},
		{Role: openai.ChatMessageRoleUser, Content: text},
	}})
	if err != nil {
		return slot.Slots{}, false, err
	}
	var args factsArgs
	dec := json.NewDecoder(strings.NewReader(a.Arguments))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&args); err != nil {
		return slot.Slots{}, false, &malformedError{what: "record_facts arguments", err: err}
	}
	return evidenced(valid(args.Slots), text), args.Sure != nil && *args.Sure, nil
}

type malformedError struct {
	what string
	err  error
}

func (e *malformedError) Error() string { return "llm: malformed " + e.what + ": " + e.err.Error() }
func (e *malformedError) Unwrap() error { return ErrMalformed }

// understood reports whether the rules found anything in the message.
func understood(u bot.Understanding) bool {
	return !isEmpty(u.Slots) || !isEmpty(u.Tentative) || u.Calc != nil || u.ProhibitedUse != "" ||
		(u.Intent != "" && u.Intent != bot.IntentOther && u.Intent != bot.IntentProvideInfo)
}

// informativeWords are what a message about one's situation usually contains.
var informativeWords = []string{"万", "元", "块", "千", "收入", "工资", "月薪", "年薪", "流水", "房", "车", "社保", "公积金",
	"逾期", "岁", "户口", "户籍", "负债", "信用卡", "网贷", "查询", "个体", "老板", "公司", "上班", "退休", "做生意",
	"开店", "装修", "周转", "学费", "看病", "期", "年", "个月", "抵押"}

// informative reports whether text looks like it states facts: long enough, with a figure or a
// word about income, property, debt, work or the loan.
func informative(text string) bool {
	if utf8.RuneCountInString(strings.TrimSpace(text)) < 4 {
		return false
	}
	if hasNumber(text) {
		return true
	}
	for _, w := range informativeWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func isEmpty(s slot.Slots) bool {
	b, _ := json.Marshal(s)
	return string(b) == "{}"
}

// fillEmpty sets in dst only the fields dst does not have.
func fillEmpty(dst *slot.Slots, src slot.Slots) {
	var merged slot.Slots
	merged.Merge(src)
	merged.Merge(*dst) // dst's own values win
	*dst = merged
}
