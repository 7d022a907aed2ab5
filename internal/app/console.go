package app

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/knowledge"
)

// shanghai is the advisers' time zone (working hours are read in it).
var shanghai = time.FixedZone("Asia/Shanghai", 8*3600)

// buildConsole creates the staff console (mounted under /console by buildHTTP) and, on the
// first start with no staff account, an admin with a one-time password.
func (a *App) buildConsole(ctx context.Context) error {
	kb, err := knowledge.Load(a.cfg.KnowledgeDir)
	if err != nil {
		return fmt.Errorf("LOANBOT_KNOWLEDGE_DIR %q: %w", a.cfg.KnowledgeDir, err)
	}
	hours, err := console.ParseHours(a.cfg.Console.Hours, shanghai)
	if err != nil {
		return fmt.Errorf("LOANBOT_CONSOLE_HOURS: %w", err)
	}
	cp, err := a.copilot(kb) // copilot.go: "suggest a reply" when an LLM is configured
	if err != nil {
		return err
	}
	c, err := console.New(console.Deps{Store: a.Store, Sessions: a.Sessions, Filter: a.Filter, Knowledge: kb,
		Log: a.log, Now: a.now, Kick: a.kick, Idle: a.cfg.Console.Idle, ClaimWait: a.cfg.Console.ClaimWait, Hours: hours,
		Copilot: cp, Phrases: a.phrasebook, PasswordCost: a.passwordCost})
	if err != nil {
		return fmt.Errorf("console: %w", err)
	}
	a.console = c
	a.closers = append(a.closers, c.Close)
	return a.firstAdmin(ctx)
}

// mountConsole adds the console's routes to the HTTP engine.
func (a *App) mountConsole(r *gin.Engine) {
	if a.console != nil {
		a.console.Mount(r)
	}
}

// firstAdmin creates the account "admin" when there is no staff account at all. Its password is
// random, logged once, and must be changed at the first login. Two instances starting together
// race on the unique username: one creates it, the other sees ErrConflict and says nothing.
func (a *App) firstAdmin(ctx context.Context) error {
	n, err := a.Store.CountStaff(ctx)
	if err != nil || n > 0 {
		return err
	}
	password := rand.Text()[:16]
	hash, err := console.HashPasswordCost(password, a.passwordCost)
	if err != nil {
		return err
	}
	_, err = a.Store.CreateStaff(ctx, store.Staff{Username: "admin", DisplayName: "管理员", Role: store.RoleAdmin, PasswordHash: hash})
	if errors.Is(err, store.ErrConflict) {
		return nil
	}
	if err == nil {
		err = a.Store.SetPassword(ctx, "admin", hash, true)
	}
	if err != nil {
		return fmt.Errorf("create the first admin: %w", err)
	}
	a.log.Warn("no console account existed: created admin with a one-time password; sign in at /console/login and change it",
		"username", "admin", "password", password)
	return nil
}
