package bot

import (
	"context"
	"encoding/json"
	"testing"
	"time"
)

// FuzzReply sends any text at any point of a conversation: the engine never fails, always returns
// a reply and a state it can read back.
func FuzzReply(f *testing.F) {
	for _, s := range []string{"你好", "贷10万12期月供多少", "对", "不对，是３０萬", "转人工", "帮我做流水", "", "😊😊",
		"我今年62岁了已经退休每个月退休金四千五想借五万块钱看病分两年还", "撤回同意", "重新开始", "ｌｐｒ是多少"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(11))
	}
	e := New()
	prefix := append(fullProfileReal(), "对")
	f.Fuzz(func(t *testing.T, text string, depth uint8) {
		var st []byte
		for _, l := range prefix[:int(depth)%(len(prefix)+1)] {
			out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Unix(0, 0)})
			if err != nil {
				t.Fatalf("prefix %q: %v", l, err)
			}
			st = out.State
		}
		out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: text, State: st, Now: time.Unix(0, 0)})
		if err != nil {
			t.Fatalf("Reply(%q): %v", text, err)
		}
		if len(out.Replies) == 0 {
			t.Fatalf("Reply(%q): no reply", text)
		}
		var back state
		if err := json.Unmarshal(out.State, &back); err != nil || back.V != stateVersion {
			t.Fatalf("state %s: %v", out.State, err)
		}
	})
}

// fullProfileReal is a complete profile in words the real extractor reads.
func fullProfileReal() []string {
	return []string{"你好", "我想贷款20万装修，分3年还", "上班族，月入2万", "社保交了3年", "没有", "没有负债",
		"查了2次", "没有逾期", "35岁", "本地户口"}
}

// BenchmarkReply measures one turn of the standard engine (extraction, flow, rendering, state JSON)
// in the middle of a conversation, and the pre-screen turn.
func BenchmarkReply(b *testing.B) {
	e := New()
	var st []byte
	var confirmState []byte
	for _, l := range fullProfileReal() {
		out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Unix(0, 0)})
		if err != nil {
			b.Fatal(err)
		}
		if l == "查了2次" {
			confirmState = st
		}
		st = out.State
	}
	b.Run("collect", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.Reply(context.Background(), Input{Kind: KindText, Text: "查了2次", State: confirmState, Now: time.Unix(0, 0)}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("prescreen", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.Reply(context.Background(), Input{Kind: KindText, Text: "对", State: st, Now: time.Unix(0, 0)}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
