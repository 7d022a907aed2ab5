package app

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/wechat"
)

const chatHelp = `Type a message and press Enter. Special lines:
  /subscribe        follow the account (welcome + consent notice)
  /click KEY        press a menu item
  /voice TEXT       send a voice message whose recognition is TEXT
  /image            send a picture
  /quit             leave`

func chatCommand(ctx context.Context, getenv func(string) string, io Stdio) *cobra.Command {
	var url, openID, account string
	cmd := &cobra.Command{
		Use:   "chat",
		Short: "Chat with a running loanbot as WeChat would (signed, encrypted in safe mode, with retries)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			cfg, err := config.FromEnv(getenv)
			if err != nil {
				return err
			}
			c := &wechat.Client{URL: url, Token: cfg.Token, AppID: cfg.AppID, AESKey: cfg.AESKey,
				Account: account, HTTP: &http.Client{}, Retries: 2}
			return chat(ctx, c, openID, io)
		},
	}
	cmd.Flags().StringVar(&url, "url", "http://127.0.0.1:8080/wechat", "the webhook to talk to")
	cmd.Flags().StringVar(&openID, "openid", "o-chat-"+fmt.Sprint(time.Now().Unix()), "the applicant's openid (use different ones to be different applicants)")
	cmd.Flags().StringVar(&account, "account", "gh_loanbot", "the official account's id (ToUserName)")
	return cmd
}

func chat(ctx context.Context, c *wechat.Client, openID string, io Stdio) error {
	interactive := isTerminal(io.In)
	if interactive {
		fmt.Fprintln(io.Out, chatHelp)
	}
	sc := bufio.NewScanner(io.In)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; ; n++ {
		if interactive {
			fmt.Fprint(io.Out, "> ")
		}
		if !sc.Scan() {
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if line == "/quit" {
			return nil
		}
		msg := outgoing(line, openID, n)
		ans, err := c.Send(ctx, msg)
		if err != nil {
			fmt.Fprintln(io.Out, "!", err)
			continue
		}
		printAnswer(io, ans)
	}
}

// outgoing turns a typed line into a push; each gets its own MsgId.
func outgoing(line, openID string, n int) wechat.Outgoing {
	id := wechat.MsgIDFor(fmt.Sprintf("%s/%d/%d", openID, time.Now().UnixNano(), n))
	cmd, arg, _ := strings.Cut(line, " ")
	switch cmd {
	case "/subscribe":
		return wechat.Outgoing{OpenID: openID, MsgType: "event", Event: "subscribe"}
	case "/click":
		return wechat.Outgoing{OpenID: openID, MsgType: "event", Event: "CLICK", EventKey: arg}
	case "/voice":
		return wechat.Outgoing{OpenID: openID, MsgID: id, MsgType: "voice", Recognition: arg}
	case "/image":
		return wechat.Outgoing{OpenID: openID, MsgID: id, MsgType: "image"}
	}
	return wechat.Outgoing{OpenID: openID, MsgID: id, MsgType: "text", Content: line}
}

func printAnswer(io Stdio, ans wechat.Answer) {
	switch {
	case ans.Status != http.StatusOK:
		fmt.Fprintf(io.Out, "! HTTP %d: %s\n", ans.Status, strings.TrimSpace(string(ans.Raw)))
	case ans.Text == "":
		fmt.Fprintln(io.Out, "(no reply)")
	default:
		fmt.Fprintln(io.Out, ans.Text)
	}
	if ans.Attempts > 1 {
		fmt.Fprintf(io.Out, "(answered on attempt %d)\n", ans.Attempts)
	}
}
