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

// checkOutbound fails the test for a reply the filter would block, and for a reply that states a
// percentage without every disclosure the filter asks for. (Other replies may lack disclosures: the
// conversation service appends the standard text when the filter asks for it.) A flag — the
// filter's statistical second opinion, which sends the text and records the hit for review — is
// logged, not failed.
func checkOutbound(t *testing.T, f *compliance.Filter, where, text string) {
	t.Helper()
	v := f.CheckOutbound(text)
	switch v.Verdict {
	case compliance.Allow:
	case compliance.Flag:
		t.Logf("%s: flagged for review, hits %+v", where, v.Counted())
	default:
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
		if agentOnly(key) {
			continue
		}
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

// agentOnly reports a reply key agents read (flag details, the hand-off summary) and applicants never do.
func agentOnly(key string) bool {
	for _, p := range []string{"agent_", "note_", "risk_", "why_", "name_"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
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

// TestConversationRepliesPassCompliance runs every reply of whole conversations of the standard
// engine (warnings, acknowledgements, case answers, products, quotes) through the filter.
func TestConversationRepliesPassCompliance(t *testing.T) {
	f := outboundFilter(t)
	scripts := [][]string{
		append(fullProfileReal(), "不对，要借30万", "利息多少", "要什么材料", "谢谢", "贷10万12期月供多少"),
		{"你好", "装修", "帮我做流水", "你就帮帮忙嘛", "利息多少", "100块", "嗯哼哈", "转人工"},
		{"你好", "不同意", "利息多少", "同意", "撤回同意", "重新开始", "取消"},
		{"你好", "想借个七八万 分两年", "可以", "上班族 一个月三四千", "对", "现在有一笔逾期没还 查了十多次", "这样还有希望吗", "我这种情况能借多少"},
		{"你好", "借二十万做生意周转 想借新还旧", "我是开公司的 月入五万", "我要投诉"},
	}
	for _, lines := range scripts {
		c := &convo{t: t, e: New()}
		for _, l := range lines {
			for _, r := range c.send(l).Replies {
				checkOutbound(t, f, "reply to "+l, r)
			}
		}
	}
}
