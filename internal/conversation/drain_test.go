package conversation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/spool"
	"github.com/loanbot/loanbot/internal/store"
)

const holding = "系统繁忙，您的消息已收到，稍后回复您"

// downStore is the real store with every write failing while down is set (a database outage).
type downStore struct {
	*store.Store
	mu   sync.Mutex
	down bool
}

func (d *downStore) set(down bool) { d.mu.Lock(); d.down = down; d.mu.Unlock() }

func (d *downStore) err() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.down {
		return fmt.Errorf("injected: dial tcp 127.0.0.1:3306: connect: connection refused")
	}
	return nil
}

func (d *downStore) OpenConversation(ctx context.Context, openID string) (store.Conversation, error) {
	if err := d.err(); err != nil {
		return store.Conversation{}, err
	}
	return d.Store.OpenConversation(ctx, openID)
}

func (d *downStore) SaveTurn(ctx context.Context, t store.Turn) (store.TurnResult, error) {
	if err := d.err(); err != nil {
		return store.TurnResult{}, err
	}
	return d.Store.SaveTurn(ctx, t)
}

func (d *downStore) SaveInbound(ctx context.Context, in store.Inbound) (store.InboundResult, error) {
	if err := d.err(); err != nil {
		return store.InboundResult{}, err
	}
	return d.Store.SaveInbound(ctx, in)
}

// ordered records, per applicant, the texts the engine saw, in order.
type ordered struct {
	mu   sync.Mutex
	seen map[string][]string
}

func (o *ordered) Reply(_ context.Context, in bot.Input) (bot.Output, error) {
	o.mu.Lock()
	o.seen[in.OpenID] = append(o.seen[in.OpenID], in.Text)
	o.mu.Unlock()
	return bot.Output{Replies: []string{"收到：" + in.Text}, State: []byte(`{}`)}, nil
}

type spoolFixture struct {
	sess   *session.Memory
	st     *store.Store
	down   *downStore
	sp     *spool.Spool
	svc    *Service
	engine *ordered
}

func newSpoolFixture(t *testing.T) *spoolFixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "t.db"), make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	filter, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := spool.Open(t.TempDir(), spool.Options{Key: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sp.Close() })
	f := &spoolFixture{sess: session.NewMemory(), st: st, down: &downStore{Store: st}, sp: sp, engine: &ordered{seen: map[string][]string{}}}
	f.svc, err = New(Deps{Sessions: f.sess, Store: f.down, Engine: f.engine, Filter: filter, Spool: sp,
		Lines: Lines{HumanAck: "ack", Busy: "busy", Blocked: "blocked", Holding: holding}, Budget: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *spoolFixture) stored(t *testing.T, openID string) []store.Message {
	t.Helper()
	conv, err := f.st.ConversationByOpenID(context.Background(), openID)
	if err != nil {
		t.Fatalf("conversation of %s: %v", openID, err)
	}
	ms, err := f.st.Messages(context.Background(), conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// During an outage every message gets the holding line, retries the same one; when storage is
// back the drain answers each exactly once, in each applicant's order, through the outbox.
func TestOutageIsSpooledAndDrainedInOrder(t *testing.T) {
	ctx := context.Background()
	f := newSpoolFixture(t)
	start := time.Now().Add(-time.Minute)
	pushes := []Inbound{
		{OpenID: "o-alpha-000001", Text: "你好，我想咨询一下贷款"},
		{OpenID: "o-beta-0000002", Text: "３０万可以吗　期限３年"},
		{OpenID: "o-alpha-000001", Text: "想借20万做生意周转用"},
		{OpenID: "o-beta-0000002", Text: "請問需要準備哪些材料？"},
		{OpenID: "o-alpha-000001", Text: "什么时候能放款啊比较急😊"},
	}
	f.down.set(true)
	for i := range pushes {
		in := &pushes[i]
		in.DedupKey, in.MsgType, in.Kind = fmt.Sprintf("m:%d", 1000+i), "text", bot.KindText
		in.ReceivedAt = start.Add(time.Duration(i) * time.Second)
		for try := range 2 { // WeChat's retry of the same MsgId gets the same answer
			rep, err := f.svc.Handle(ctx, *in)
			if err != nil || rep.Text != holding {
				t.Fatalf("push %d try %d: %+v %v, want the holding line", i, try, rep, err)
			}
		}
	}
	if f.sp.Depth() != len(pushes) {
		t.Fatalf("spool depth %d, want %d", f.sp.Depth(), len(pushes))
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 0 || err == nil {
		t.Fatalf("drained %d while storage is down (err %v)", n, err)
	}
	f.down.set(false)
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != len(pushes) || err != nil {
		t.Fatalf("drained %d, %v", n, err)
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 0 || err != nil || f.sp.Depth() != 0 {
		t.Fatalf("second drain: %d %v, depth %d", n, err, f.sp.Depth())
	}
	want := map[string][]string{
		"o-alpha-000001": {"你好，我想咨询一下贷款", "想借20万做生意周转用", "什么时候能放款啊比较急😊"},
		"o-beta-0000002": {"３０万可以吗　期限３年", "請問需要準備哪些材料？"},
	}
	for openID, texts := range want {
		if got := f.engine.seen[openID]; fmt.Sprint(got) != fmt.Sprint(texts) {
			t.Fatalf("%s: engine saw %q, want %q", openID, got, texts)
		}
		var got []string
		for _, m := range f.stored(t, openID) {
			got = append(got, m.Direction+":"+m.Text)
		}
		var exp []string
		for _, text := range texts {
			exp = append(exp, "in:"+text, "out:收到："+text)
		}
		if fmt.Sprint(got) != fmt.Sprint(exp) {
			t.Fatalf("%s stored %q, want %q", openID, got, exp)
		}
	}
	queued := 0
	for range 10 { // the outbox hands out one row per applicant at a time
		items, err := f.st.ClaimOutbox(ctx, time.Now(), 100, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			queued++
			if err := f.st.MarkSent(ctx, it.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if queued != len(pushes) {
		t.Fatalf("outbox had %d rows, want one answer per spooled message", queued)
	}
}

// A message whose turn failed after the message itself was kept is finished by the drain, once.
func TestDrainFinishesAKeptMessage(t *testing.T) {
	ctx := context.Background()
	f := newSpoolFixture(t)
	in := Inbound{OpenID: "o-kept-0000001", DedupKey: "m:77", MsgType: "text", Kind: bot.KindText,
		Text: "我在深圳上班月收入一万五左右", ReceivedAt: time.Now()}
	if _, err := f.st.SaveInbound(ctx, storeInbound(in)); err != nil { // kept before the turn failed
		t.Fatal(err)
	}
	b, _ := json.Marshal(in)
	for range 2 { // spooled by two instances
		if _, err := f.sp.Append(in.OpenID, b); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 2 || err != nil {
		t.Fatalf("drained %d, %v", n, err)
	}
	ms := f.stored(t, in.OpenID)
	if len(ms) != 2 || ms[1].Text != "收到："+in.Text {
		t.Fatalf("stored %+v, want the message and one answer", ms)
	}
}

// Past WeChat's 48-hour window the message is stored but not answered.
func TestDrainPastTheWindowStoresWithoutAnswer(t *testing.T) {
	ctx := context.Background()
	f := newSpoolFixture(t)
	in := Inbound{OpenID: "o-late-0000001", DedupKey: "m:78", MsgType: "text", Kind: bot.KindText,
		Text: "好的谢谢", ReceivedAt: time.Now().Add(-49 * time.Hour)}
	b, _ := json.Marshal(in)
	if _, err := f.sp.Append(in.OpenID, b); err != nil {
		t.Fatal(err)
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 1 || err != nil {
		t.Fatalf("drained %d, %v", n, err)
	}
	if ms := f.stored(t, in.OpenID); len(ms) != 1 || ms[0].Direction != "in" {
		t.Fatalf("stored %+v, want the message alone", ms)
	}
}

// The instance that claimed a message died before storing it: WeChat's retry waits out the
// budget, gets the holding line, and the drain answers the message.
func TestRetryOfADeadOwnersMessageIsSpooled(t *testing.T) {
	ctx := context.Background()
	f := newSpoolFixture(t)
	in := Inbound{OpenID: "o-dead-owner-01", DedupKey: "m:79", MsgType: "text", Kind: bot.KindText,
		Text: "名下有一套房子有房产证", ReceivedAt: time.Now()}
	if _, _, _, err := f.sess.ClaimLocked(ctx, "dedup:"+in.DedupKey, time.Minute, "applicant:other", time.Minute); err != nil {
		t.Fatal(err) // the dead owner's claim, never completed
	}
	rep, err := f.svc.Handle(ctx, in)
	if err != nil || rep.Text != holding || f.sp.Depth() != 1 {
		t.Fatalf("retry: %+v %v, spool depth %d", rep, err, f.sp.Depth())
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 1 || err != nil {
		t.Fatalf("drained %d, %v", n, err)
	}
	if ms := f.stored(t, in.OpenID); len(ms) != 2 {
		t.Fatalf("stored %+v, want the message and its answer", ms)
	}
}

// commitThenFail stores the turn but reports an error, as a write does when the connection dies
// after the commit.
type commitThenFail struct {
	*downStore
	once bool
}

func (c *commitThenFail) SaveTurn(ctx context.Context, t store.Turn) (store.TurnResult, error) {
	res, err := c.downStore.SaveTurn(ctx, t)
	if err == nil && !c.once {
		c.once = true
		return store.TurnResult{}, errors.New("injected: invalid connection")
	}
	return res, err
}

// A turn stored although its write reported an error: the applicant got the holding line, so the
// drain sends the stored passive answer through the outbox — once, even if drained again.
func TestDrainRedeliversAnAnswerThatWasStoredButNotSent(t *testing.T) {
	ctx := context.Background()
	f := newSpoolFixture(t)
	f.svc.d.Store = &commitThenFail{downStore: f.down}
	in := Inbound{OpenID: "o-committed-001", DedupKey: "m:80", MsgType: "text", Kind: bot.KindText,
		Text: "利息大概多少？能分几期还", ReceivedAt: time.Now()}
	rep, err := f.svc.Handle(ctx, in)
	if err != nil || rep.Text != holding {
		t.Fatalf("%+v %v, want the holding line", rep, err)
	}
	b, _ := json.Marshal(in)
	if _, err := f.sp.Append(in.OpenID, b); err != nil { // drained twice (a crash before the ack)
		t.Fatal(err)
	}
	if n, err := f.svc.DrainSpool(ctx, f.sp); n != 2 || err != nil {
		t.Fatalf("drained %d, %v", n, err)
	}
	items, err := f.st.ClaimOutbox(ctx, time.Now(), 10, time.Minute)
	if err != nil || len(items) != 1 || items[0].Text != "收到："+in.Text {
		t.Fatalf("outbox %+v %v, want the stored answer once", items, err)
	}
	if err := f.st.MarkSent(ctx, items[0].ID); err != nil {
		t.Fatal(err)
	}
	if more, _ := f.st.ClaimOutbox(ctx, time.Now(), 10, time.Minute); len(more) != 0 {
		t.Fatalf("the answer was queued %d more times", len(more))
	}
}
