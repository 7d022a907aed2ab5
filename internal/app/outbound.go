package app

import (
	"context"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/wechat"
)

// sdkTimeout bounds every call the WeChat SDK makes (token, 客服消息).
const sdkTimeout = 10 * time.Second

// buildOutbound creates the 客服消息 sender and the outbox worker when the account's AppID and
// secret are configured. Without them, follow-up messages stay pending in the outbox.
func (a *App) buildOutbound(context.Context) error {
	if a.cfg.AppID == "" || a.cfg.AppSecret == "" {
		a.log.Warn("LOANBOT_WECHAT_APPID/_SECRET not set: follow-up messages stay in the outbox unsent")
		return nil
	}
	wechat.Configure(a.cfg.APIBase, sdkTimeout) // process-global SDK hooks, set once here
	sender, err := wechat.NewSender(wechat.SenderConfig{AppID: a.cfg.AppID, AppSecret: a.cfg.AppSecret,
		Cache: session.NewWeChatCache(a.Sessions)})
	if err != nil {
		return fmt.Errorf("LOANBOT_WECHAT_APPID: %w", err)
	}
	a.outbox, err = outbox.New(outbox.Deps{Store: a.Store, Sender: sender, Log: a.log, Now: a.now})
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}

// kick wakes the outbox worker (if any) after a turn queued follow-up messages.
func (a *App) kick() {
	if a.outbox != nil {
		a.outbox.Kick()
	}
}
