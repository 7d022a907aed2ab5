package app

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/llm"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/knowledge"
)

// buildEngine builds the consultation engine. With an LLM configured (LOANBOT_LLM_BASE_URL), the
// rules' extractor gets the model fallback and open questions get drafted answers; without one,
// the engine answers from templates only.
func (a *App) buildEngine(kb *knowledge.Base) (conversation.Engine, error) {
	model, err := a.newModel()
	if err != nil {
		return nil, err
	}
	x := llm.NewExtractor(llm.ExtractorDeps{Rules: bot.DefaultExtractor(), Model: model,
		Timeout: a.cfg.ReplyBudget / 3, Log: a.log})
	var engine conversation.Engine
	engine, err = bot.NewWith(bot.Deps{Knowledge: kb, Extractor: x, Screener: bot.Screen()})
	if err != nil {
		return nil, fmt.Errorf("build the engine: %w", err)
	}
	if a.wrap != nil {
		engine = a.wrap(engine)
	}
	if model == nil {
		a.log.Info("no LLM configured (LOANBOT_LLM_BASE_URL): templates only")
		return engine, nil
	}
	return a.withDrafting(engine, kb, model)
}

// withDrafting wraps engine with drafted answers and starts the sweep that finishes drafts whose
// instance died (stopped by Close).
func (a *App) withDrafting(engine conversation.Engine, kb *knowledge.Base, model llm.Chatter) (conversation.Engine, error) {
	lines, err := renderLines(kb, "fallback", "llm_interim")
	if err != nil {
		return nil, err
	}
	drafter, sources, err := a.newDrafter(kb, model)
	if err != nil {
		return nil, err
	}
	typist, err := a.typist()
	if err != nil {
		return nil, err
	}
	d, err := conversation.NewDrafting(conversation.DraftingDeps{Drafter: drafter, Store: a.Store, Typist: typist,
		Log: a.log, Owner: instanceName(), Fallback: lines["fallback"], Interim: lines["llm_interim"],
		Budget: a.cfg.ReplyBudget, Timeout: a.cfg.LLM.Timeout, Queued: a.kick, Now: a.now,
		Observer: newDraftMetrics(a.Metrics.Registry())})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	go d.Run(ctx)
	a.closers = append(a.closers, func() error { cancel(); return nil })
	a.log.Info("LLM drafting on", "model", a.cfg.LLMModel, "judge", a.cfg.LLM.Judge, "sources", sources)
	return d.Wrap(engine), nil
}

// newDrafter builds the drafter over a retrieval index of kb.
func (a *App) newDrafter(kb *knowledge.Base, model llm.Chatter) (*llm.Drafter, int, error) {
	lines, err := renderLines(kb, "llm_no_source")
	if err != nil {
		return nil, 0, err
	}
	sources, err := knowledge.NewSources(kb)
	if err != nil {
		return nil, 0, err
	}
	d, err := llm.NewDrafter(llm.DrafterDeps{Model: model, Sources: sources, FAQ: kb.FAQ, Filter: a.Filter,
		Judge: a.cfg.LLM.Judge, NoSource: lines["llm_no_source"], Log: a.log})
	return d, sources.Len(), err
}

// newModel is the configured model client, or nil (templates only).
func (a *App) newModel() (llm.Chatter, error) {
	if !a.cfg.LLMEnabled() {
		return nil, nil
	}
	c, err := llm.NewClient(llm.Config{BaseURL: a.cfg.LLMBaseURL, APIKey: a.cfg.LLMAPIKey, Model: a.cfg.LLMModel,
		Timeout: a.cfg.LLM.Timeout})
	if err != nil {
		return nil, fmt.Errorf("LOANBOT_LLM_BASE_URL: %w", err)
	}
	return c, nil
}

// renderLines renders standard lines of the knowledge by key.
func renderLines(kb *knowledge.Base, keys ...string) (map[string]string, error) {
	lines := make(map[string]string, len(keys))
	for _, key := range keys {
		text, err := kb.Replies.Render(key, nil)
		if err != nil {
			return nil, fmt.Errorf("knowledge replies: %w", err)
		}
		lines[key] = text
	}
	return lines, nil
}

// typist is the 客服输入状态 sender, or nil when outbound messaging is not configured.
func (a *App) typist() (conversation.Typist, error) {
	if a.cfg.AppID == "" || a.cfg.AppSecret == "" {
		return nil, nil
	}
	s, err := wechat.NewSender(wechat.SenderConfig{AppID: a.cfg.AppID, AppSecret: a.cfg.AppSecret,
		Cache: session.NewWeChatCache(a.Sessions)})
	if err != nil {
		return nil, fmt.Errorf("LOANBOT_WECHAT_APPID: %w", err)
	}
	return s, nil
}

// instanceName names this process in draft leases.
func instanceName() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), rand.Text()[:6])
}
