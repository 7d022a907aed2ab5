package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/loanbot/loanbot/knowledge"
)

// verdictTool is the judge's answer, by function calling.
var verdictSchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "promise":     {"type": "boolean", "description": "草稿承诺或暗示审批、额度、利率、放款时间，或含违规话术"},
    "unsupported": {"type": "boolean", "description": "草稿陈述了资料中没有的事实或数字"},
    "reason":      {"type": "string"}
  },
  "required": ["promise", "unsupported"]
}`)

type judgeVerdict struct {
	Promise     *bool  `json:"promise"`
	Unsupported *bool  `json:"unsupported"`
	Reason      string `json:"reason"`
}

// judge asks a second call whether the draft promises anything or states what the sources do
// not. Any doubt — an error, a malformed answer — keeps the draft from being sent.
func (d *Drafter) judge(ctx context.Context, dr Draft, src []knowledge.Retrieved) Draft {
	if !d.d.Judge {
		return dr
	}
	tool := &openai.FunctionDefinition{Name: "verdict", Description: "审核结论", Parameters: verdictSchema}
	a, err := d.d.Model.Chat(ctx, Request{Tool: tool, MaxTokens: 200, Messages: []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: judgeSystemV1},
		{Role: openai.ChatMessageRoleUser, Content: sourcesBlock(src) + "\n回复草稿：\n" + dr.Text},
	}})
	dr.Tokens.add(a)
	var v judgeVerdict
	if err == nil {
		if jerr := json.Unmarshal([]byte(a.Arguments), &v); jerr != nil || v.Promise == nil || v.Unsupported == nil {
			err = fmt.Errorf("%w: judge arguments %q", ErrMalformed, clip(a.Arguments, 80))
		}
	}
	switch {
	case err != nil:
		dr.Judge, dr.Failure, dr.Err = "error", FailError, err
	case *v.Promise:
		dr.Judge, dr.Failure = "promise", FailJudge
	case *v.Unsupported:
		dr.Judge, dr.Failure = "unsupported", FailJudge
	default:
		dr.Judge = "pass"
		return dr
	}
	dr.Text = ""
	return dr
}

// figure is a number as written in a draft: 18, 7.2, 1,000.
var figure = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// ungrounded lists the figures of a draft that appear neither in the sources nor in the question:
// a rate, an amount or a time the model made up.
func ungrounded(text string, src []knowledge.Retrieved, question string) []string {
	var known strings.Builder
	known.WriteString(question)
	for _, s := range src {
		known.WriteString(s.Text)
	}
	k := strings.ReplaceAll(known.String(), ",", "")
	var out []string
	for _, f := range figure.FindAllString(text, -1) {
		f = strings.ReplaceAll(f, ",", "")
		if !strings.Contains(k, f) && !contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
