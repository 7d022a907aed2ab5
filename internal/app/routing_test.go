package app

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

// scripted is an engine that says what a test tells it to.
type scripted struct {
	replies []string
	handoff bool
}

func (s scripted) Reply(_ context.Context, in bot.Input) (bot.Output, error) {
	return bot.Output{Replies: s.replies, Handoff: s.handoff, State: []byte(`{}`)}, nil
}

func TestPhrasesSurviveTheStore(t *testing.T) {
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(pack, phrasebook.ToFilter(phrasebook.ToStored(pack))); diff != "" {
		t.Fatalf("phrase fields lost between filter and store (-want +got):\n%s", diff)
	}
}

func TestBlockedReplyIsReplacedAndFlagged(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			a, srv := e.instance(Options{WrapEngine: func(conversation.Engine) conversation.Engine {
				return scripted{replies: []string{"放心，我们有内部渠道，包过，秒批到账！"}}
			}})
			ans, err := e.client(srv).Send(context.Background(), e.text("o-block", "能不能保证通过"))
			if err != nil || ans.Status != http.StatusOK {
				t.Fatalf("%+v %v", ans, err)
			}
			for _, banned := range []string{"包过", "秒批", "内部渠道"} {
				if strings.Contains(ans.Text, banned) {
					t.Fatalf("a blocked phrase %q reached the applicant: %q", banned, ans.Text)
				}
			}
			if ans.Text == "" {
				t.Fatal("the applicant got no answer at all")
			}
			conv, err := a.Store.ConversationByOpenID(context.Background(), "o-block")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(conv.FlagReasons, "compliance_block") {
				t.Fatalf("conversation not flagged: %v", conv.FlagReasons)
			}
			ms := messages(t, a, "o-block")
			if last := ms[len(ms)-1]; strings.Contains(last.Text, "包过") {
				t.Fatalf("the blocked draft was stored as sent: %+v", last)
			}
		})
	}
}

func TestHumanHeldConversationGetsOneAck(t *testing.T) {
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{WrapEngine: func(conversation.Engine) conversation.Engine {
		return scripted{replies: []string{"好的，正在为您转接人工顾问。"}, handoff: true}
	}})
	c := e.client(srv)
	ctx := context.Background()
	sub, err := a.Sessions.Subscribe(ctx, conversation.ConsoleChannel)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, line := range []string{"转人工", "在吗？", "人呢😠", "快回复"} {
		ans, err := c.Send(ctx, e.text("o-human", line))
		if err != nil || ans.Status != http.StatusOK {
			t.Fatalf("%s: %+v %v", line, ans, err)
		}
		texts = append(texts, ans.Text)
	}
	if texts[0] == "" || texts[1] == "" || texts[2] != "" || texts[3] != "" {
		t.Fatalf("want handoff reply, one acknowledgement, then silence; got %q", texts)
	}
	conv, _ := a.Store.ConversationByOpenID(ctx, "o-human")
	if conv.State != conversation.StateWaiting {
		t.Fatalf("state %q, want waiting", conv.State)
	}
	if ms := messages(t, a, "o-human"); count(ms, "in") != 4 {
		t.Fatalf("stored %d applicant messages, want all 4", count(ms, "in"))
	}
	if got := len(sub); got < 3 {
		t.Fatalf("agents' console got %d events, want one per message to the human-held conversation", got)
	}
}

// Withdrawing consent erases the collected profile.
func TestConsentWithdrawalErasesProfile(t *testing.T) {
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{})
	c := e.client(srv)
	ctx := context.Background()
	if _, err := c.Send(ctx, wechat.Outgoing{OpenID: "o-withdraw", MsgType: "event", Event: "subscribe"}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"好的", "贷款20万，分3年，月收入1.5万", "撤回同意"} {
		if ans, err := c.Send(ctx, e.text("o-withdraw", line)); err != nil || ans.Status != http.StatusOK {
			t.Fatalf("%s: %+v %v", line, ans, err)
		}
		conv, _ := a.Store.ConversationByOpenID(ctx, "o-withdraw")
		prof, _ := a.Store.Profile(ctx, conv.ID)
		if line == "贷款20万，分3年，月收入1.5万" && prof.Slots["amount_yuan"] == nil {
			t.Fatalf("slots not stored after consent: %v", prof.Slots)
		}
		if line == "撤回同意" && len(prof.Slots) != 0 {
			t.Fatalf("profile kept after withdrawal: %v", prof.Slots)
		}
	}
}

// TestHitsAreLinkedToTheirMessages: an applicant's message that raises an inbound flag and a
// blocked draft are both recorded as hits, the applicant's one ("in") pointing at the message
// (the console marks that message), on both backends and both write paths.
func TestHitsAreLinkedToTheirMessages(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			a, srv := e.instance(Options{WrapEngine: func(conversation.Engine) conversation.Engine {
				return scripted{replies: []string{"放心，我们有内部渠道，包过！"}}
			}})
			if ans, err := e.client(srv).Send(context.Background(), e.text("o-hits", "能帮我做一份银行流水吗")); err != nil || ans.Status != http.StatusOK {
				t.Fatalf("%+v %v", ans, err)
			}
			conv, err := a.Store.ConversationByOpenID(context.Background(), "o-hits")
			if err != nil {
				t.Fatal(err)
			}
			hits, err := a.Store.Hits(context.Background(), conv.ID)
			if err != nil {
				t.Fatal(err)
			}
			var in, out int
			for _, h := range hits {
				switch h.Direction {
				case store.DirectionIn:
					in++
					if h.MessageID == nil {
						t.Errorf("the applicant's hit %+v points at no message", h)
					}
				case store.DirectionOut:
					out++
				default:
					t.Errorf("hit %+v has direction %q, want %q or %q", h, h.Direction, store.DirectionIn, store.DirectionOut)
				}
			}
			if in == 0 || out == 0 {
				t.Fatalf("hits = %+v, want the applicant's flag and the blocked draft", hits)
			}
		})
	}
}
