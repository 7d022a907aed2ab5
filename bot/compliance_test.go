package bot

import (
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/knowledge"
)

// outboundFilter is the real compliance filter with the default phrase pack.
func outboundFilter(t *testing.T) *compliance.Filter {
	t.Helper()
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// checkOutbound fails the test for a reply the filter would block or flag, and for a reply that
// states a percentage without every disclosure the filter asks for. (Other replies may lack
// disclosures: the conversation service appends the standard text when the filter asks for it.)
func checkOutbound(t *testing.T, f *compliance.Filter, where, text string) {
	t.Helper()
	v := f.CheckOutbound(text)
	if v.Verdict != compliance.Allow {
		t.Errorf("%s: verdict %s, hits %+v:\n%s", where, v.Verdict, v.Counted(), text)
	}
	if strings.Contains(text, "%") && len(v.MissingDisclosures) > 0 {
		t.Errorf("%s: states a rate but lacks %v:\n%s", where, v.MissingDisclosures, text)
	}
}

// TestEveryReplyPassesCompliance renders every standard reply with neutral field values.
func TestEveryReplyPassesCompliance(t *testing.T) {
	f := outboundFilter(t)
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range kb.Replies.Keys() {
		fields := map[string]string{}
		for _, fl := range kb.Replies.Fields(key) {
			fields[fl] = "1"
		}
		text, err := kb.Replies.Render(key, fields)
		if err != nil {
			t.Fatal(err)
		}
		checkOutbound(t, f, "reply "+key, text)
	}
}

// TestFAQAnswersPassCompliance runs every approved FAQ answer through the filter.
func TestFAQAnswersPassCompliance(t *testing.T) {
	f := outboundFilter(t)
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range kb.FAQ.Entries {
		checkOutbound(t, f, "faq "+e.ID, e.Answer)
	}
}

// TestConversationRepliesPassCompliance runs every reply of the engine's step tests through the filter.
func TestConversationRepliesPassCompliance(t *testing.T) {
	f := outboundFilter(t)
	scripts := [][]string{
		append(fullProfile(), "30万", "对", "利息多少", "要什么材料", "谢谢", "贷10万12期月供多少"),
		{"你好", "装修", "帮我做流水", "利息多少", "100块", "嗯哼哈", "转人工"},
		{"你好", "不同意", "利息多少", "同意", "撤回同意", "重新开始", "取消"},
	}
	for _, lines := range scripts {
		c := &convo{t: t, e: newTestEngine(t)}
		for _, l := range lines {
			for _, r := range c.send(l).Replies {
				checkOutbound(t, f, "reply to "+l, r)
			}
		}
	}
}
