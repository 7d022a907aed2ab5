package store

import (
	"context"
	"strings"
	"sync"
	"testing"
)

// waitingConversation stores a first message whose turn hands the conversation off.
func waitingConversation(t *testing.T, s *Store, openID string, flags ...string) Conversation {
	t.Helper()
	ctx := context.Background()
	res, err := s.SaveTurn(ctx, Turn{In: inbound(openID, "m:"+openID, "转人工！！我要投诉😡"), Outcome: Outcome{
		State: StateWaiting, AddFlags: flags,
		Replies: []Reply{{Text: "正在为您转接人工顾问…", Sender: SenderBot, Verdict: VerdictAllow}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkQueued(ctx, res.Conversation.ID, flags); err != nil {
		t.Fatal(err)
	}
	return res.Conversation
}

func TestConsoleLifecycle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a := waitingConversation(t, s, "oConsoleAskHuman01", "ask_human")
		b := waitingConversation(t, s, "oConsoleComplaint1", "complaint")
		q, err := s.Queue(ctx, QueueWaiting, "", 50)
		if err != nil || len(q) != 2 {
			t.Fatalf("waiting queue: %+v %v", q, err)
		}
		if q[0].ID != b.ID || q[0].Rank != RankUrgent || q[0].Left != 0 {
			t.Fatalf("the complaint is not first: %+v", q)
		}
		c, err := s.Claim(ctx, a.ID, "7", "顾问 7 号为您服务")
		if err != nil || c.State != StateAgent || c.AssignedAgent != "7" || c.Version <= a.Version {
			t.Fatalf("claim: %+v %v", c, err)
		}
		if _, err := s.Claim(ctx, a.ID, "8", "顾问 8 号为您服务"); !errorsIs(err, ErrConflict) {
			t.Fatalf("second claim: %v, want ErrConflict", err)
		}
		if err := s.AgentReply(ctx, a.ID, "8", Reply{Text: "您好", Verdict: VerdictAllow}, nil); !errorsIs(err, ErrHeld) {
			t.Fatalf("reply by a non-holder: %v", err)
		}
		if err := s.AgentReply(ctx, a.ID, "7", Reply{Text: "您好，请问需要贷多少？", Verdict: VerdictAllow}, nil); err != nil {
			t.Fatal(err)
		}
		hit := Hit{Phrase: "包过", Category: "guarantee", Action: "block", Text: "包过", Direction: DirectionOut}
		if err := s.AgentReply(ctx, a.ID, "7", Reply{Text: "包过", Verdict: VerdictBlock}, []Hit{hit}); err != nil {
			t.Fatal(err)
		}
		if mine, _ := s.Queue(ctx, QueueMine, "7", 50); len(mine) != 1 || mine[0].ID != a.ID {
			t.Fatalf("mine: %+v", mine)
		}
		if open, _ := s.Queue(ctx, QueueOpen, "", 50); len(open) != 2 || open[0].ID != b.ID {
			t.Fatalf("open: %+v", open)
		}
		if _, err := s.AddNote(ctx, a.ID, "7", "客户说下周再联系"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.HandBack(ctx, a.ID, "8", false, "已为您转回智能助手"); !errorsIs(err, ErrHeld) {
			t.Fatalf("hand back by a non-holder: %v", err)
		}
		back, err := s.HandBack(ctx, a.ID, "7", false, "已为您转回智能助手")
		if err != nil || back.State != StateBot || back.AssignedAgent != "" {
			t.Fatalf("hand back: %+v %v", back, err)
		}
		if _, err := s.CloseConversation(ctx, b.ID, "7", false, ""); err != nil {
			t.Fatal(err)
		}
		if closed, _ := s.Queue(ctx, QueueClosed, "", 50); len(closed) != 1 || closed[0].ID != b.ID {
			t.Fatalf("closed: %+v", closed)
		}
		msgs, err := s.Messages(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range msgs {
			got = append(got, m.Sender+":"+m.Verdict+":"+m.Text)
		}
		want := "applicant::转人工！！我要投诉😡|bot:allow:正在为您转接人工顾问…|system:allow:顾问 7 号为您服务|" +
			"agent:allow:您好，请问需要贷多少？|agent:block:包过|system:allow:已为您转回智能助手"
		if strings.Join(got, "|") != want {
			t.Fatalf("transcript:\n%s\nwant\n%s", strings.Join(got, "|"), want)
		}
		var pending, failed int64
		s.db.Model(&outboxRow{}).Where("conversation_id = ? AND status = ?", a.ID, outboxPending).Count(&pending)
		s.db.Model(&outboxRow{}).Where("conversation_id = ? AND status = ?", a.ID, outboxFailed).Count(&failed)
		if pending != 3 || failed != 1 { // claim notice, the allowed reply, hand-back notice; the bot's line cancelled
			t.Fatalf("outbox: %d pending, %d cancelled", pending, failed)
		}
		notes, _ := s.Notes(ctx, a.ID)
		hits, _ := s.Hits(ctx, a.ID)
		if len(notes) != 1 || notes[0].Text != "客户说下周再联系" || len(hits) != 1 {
			t.Fatalf("notes %+v hits %+v", notes, hits)
		}
	})
}

// Two instances (two stores on one database) claim the same conversation at once: one wins.
func TestClaimRace(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		other := s
		if s.Dialect() == DialectMySQL {
			other = openStore(t, mysqlServer+currentDatabase(t, s))
		}
		c := waitingConversation(t, s, "oConsoleRace00001", "ask_human")
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			st := s
			if i%2 == 1 {
				st = other
			}
			wg.Go(func() { _, errs[i] = st.Claim(context.Background(), c.ID, string(rune('a'+i)), "顾问为您服务") })
		}
		wg.Wait()
		wins := 0
		for _, err := range errs {
			switch {
			case err == nil:
				wins++
			case !errorsIs(err, ErrConflict):
				t.Fatal(err)
			}
		}
		if wins != 1 {
			t.Fatalf("%d claims won, want exactly 1", wins)
		}
	})
}

func currentDatabase(t *testing.T, s *Store) string {
	var name string
	if err := s.sqlDB.QueryRow("SELECT DATABASE()").Scan(&name); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestAuditAndStaff(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if n, err := s.CountStaff(ctx); err != nil || n != 0 {
			t.Fatalf("count: %d %v", n, err)
		}
		if _, err := s.CreateStaff(ctx, Staff{Username: "王小明", Role: RoleAgent, PasswordHash: "h"}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetPassword(ctx, "王小明", "h2", true); err != nil {
			t.Fatal(err)
		}
		if must, err := s.MustChangePassword(ctx, "王小明"); err != nil || !must {
			t.Fatalf("must change: %v %v", must, err)
		}
		if err := s.SetDisabled(ctx, "nobody", true); !errorsIs(err, ErrNotFound) {
			t.Fatalf("disable unknown: %v", err)
		}
		for _, a := range []string{AuditClaim, AuditReveal} {
			if err := s.AddAudit(ctx, Audit{Actor: "王小明", Action: a, ConversationID: 3, Address: "10.0.0.1"}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Audits(ctx, 3, 10)
		if err != nil || len(got) != 2 || got[0].Action != AuditReveal {
			t.Fatalf("audits: %+v %v", got, err)
		}
	})
}

// A later ordinary flag does not lower an urgent conversation's rank or reset its waiting time.
func TestMarkQueuedKeepsRankAndTime(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		c := waitingConversation(t, s, "oMarkQueuedKeep01", "complaint")
		first, _ := s.Queue(ctx, QueueWaiting, "", 10)
		if err := s.MarkQueued(ctx, c.ID, []string{"ask_human"}); err != nil {
			t.Fatal(err)
		}
		q, err := s.Queue(ctx, QueueWaiting, "", 10)
		if err != nil || len(q) != 1 || q[0].Rank != RankUrgent || !q[0].QueuedAt.Equal(first[0].QueuedAt) {
			t.Fatalf("after a later flag: %+v %v (before %+v)", q, err, first)
		}
	})
}
