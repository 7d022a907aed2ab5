package app

import (
	"context"
	"fmt"

	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/llm"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/knowledge"
)

// copilot is the console's "suggest a reply", or nil when no LLM is configured.
func (a *App) copilot(kb *knowledge.Base) (console.Copilot, error) {
	model, err := a.newModel()
	if err != nil || model == nil {
		return nil, err
	}
	d, _, err := a.newDrafter(kb, model)
	if err != nil {
		return nil, fmt.Errorf("copilot: %w", err)
	}
	return copilot{d: d, a: a}, nil
}

// copilot drafts from the same sources as the bot, with the transcript; each suggestion is
// audited like a drafted reply (purpose "copilot").
type copilot struct {
	d *llm.Drafter
	a *App
}

func (c copilot) Suggest(ctx context.Context, id uint64, question string, history []string) (console.Suggestion, error) {
	ctx, cancel := context.WithTimeout(ctx, c.a.cfg.LLM.Timeout)
	defer cancel()
	dr := c.d.Draft(ctx, question, history)
	key := fmt.Sprintf("copilot:%d:%d", id, c.a.now().UnixNano())
	if err := c.a.Store.SaveDraftAudit(context.WithoutCancel(ctx), auditOf(key, dr)); err != nil {
		c.a.log.WarnContext(ctx, "copilot audit not saved", "err", err)
	}
	s := console.Suggestion{Text: dr.Text, Sources: append([]string{}, dr.Sources...)}
	if dr.Text == "" {
		s.Note = "暂时无法生成合规的建议回复（" + dr.Failure + "），请人工撰写"
	}
	return s, nil
}

func auditOf(key string, dr llm.Draft) store.DraftAudit {
	return store.DraftAudit{DedupKey: key, Purpose: "copilot", Kind: dr.Kind, Failure: dr.Failure,
		PromptVersion: dr.PromptVersion, Model: dr.Model, Sources: dr.Sources, Latency: dr.Latency,
		PromptTokens: dr.Tokens.Prompt, CompletionTokens: dr.Tokens.Completion, Attempts: dr.Attempts,
		FilterVerdict: dr.Filter, JudgeVerdict: dr.Judge}
}
