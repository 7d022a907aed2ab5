package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

const eraseTestKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="

// seedApplicant stores one turn of openID received at, the way the pipeline does: a message, a
// queued reply, the profile and a compliance hit.
func seedApplicant(t *testing.T, s *store.Store, openID string, at time.Time) {
	t.Helper()
	_, err := s.SaveTurn(context.Background(), store.Turn{
		In: store.Inbound{OpenID: openID, DedupKey: openID + "-1", MsgType: "text",
			Text: "我月入1.2w，征信有两次逾期，身份证号码稍后发", ReceivedAt: at},
		Outcome: store.Outcome{
			Replies:     []store.Reply{{Text: "好的，请问您的贷款用途？", Sender: store.SenderBot, Verdict: store.VerdictAllow}},
			EngineState: []byte(`{"slots":{"monthly_income_yuan":12000}}`),
			Slots:       map[string]any{"monthly_income_yuan": 12000},
			Hits:        []store.Hit{{Phrase: "逾期", Category: "credit", Action: "flag", Text: "征信有两次逾期", Direction: store.DirectionIn}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestApplicantEraseCommand(t *testing.T) {
	for _, b := range []backend{embedded, real} {
		t.Run(b.name, func(t *testing.T) {
			dsn := "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")
			if b.shared {
				dsn = createMySQL(t)
			}
			ctx := context.Background()
			key, _ := base64.StdEncoding.DecodeString(eraseTestKey)
			s, err := store.Open(ctx, dsn, key)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			seedApplicant(t, s, "oErase_抹掉", time.Now())
			seedApplicant(t, s, "oKeep_留下", time.Now())

			env := map[string]string{"LOANBOT_DATABASE": dsn, "LOANBOT_DATA_KEY": eraseTestKey}
			erase := func(openID string) (string, error) {
				var out, errOut bytes.Buffer
				err := Main(ctx, []string{"applicant", "erase", openID}, func(k string) string { return env[k] },
					Stdio{In: strings.NewReader(""), Out: &out, Err: &errOut})
				return out.String(), err
			}
			out, err := erase("oErase_抹掉")
			if err != nil {
				t.Fatal(err)
			}
			want := "erased applicant oErase_抹掉: 1 conversations, 2 messages, 1 profiles, 1 outbox rows, 1 compliance hits, 0 drafts; anonymous counts kept\n"
			if out != want {
				t.Errorf("output %q, want %q", out, want)
			}
			if _, err := s.ConversationByOpenID(ctx, "oErase_抹掉"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("erased applicant's conversation: %v, want ErrNotFound", err)
			}
			kept, err := s.ConversationByOpenID(ctx, "oKeep_留下")
			if err != nil {
				t.Fatal(err)
			}
			if msgs, err := s.Messages(ctx, kept.ID); err != nil || len(msgs) != 2 || !strings.Contains(msgs[0].Text, "逾期") {
				t.Errorf("the other applicant's messages: %v, %v", msgs, err)
			}
			if days, err := s.DailyCounts(ctx); err != nil || len(days) != 1 || days[0].Conversations != 1 || days[0].MessagesIn != 1 {
				t.Errorf("daily counts %+v, %v; want the erased conversation counted", days, err)
			}
			if _, err := erase("oErase_抹掉"); err == nil || !errors.Is(err, store.ErrNotFound) {
				t.Errorf("erasing again = %v, want not found", err)
			}
		})
	}
}
