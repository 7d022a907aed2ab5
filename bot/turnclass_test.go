package bot

import (
	"context"
	"testing"
	"time"

	"github.com/loanbot/loanbot/compliance"
)

// TestTurnClasses sends one message after a greeting (through the inbound filter, as the webhook
// does) and checks the warning or hand-off it must bring. The lines are kinds of wording, not the
// blind batches' own: guaranteed approval, a purpose to be written in place of the real one, faked
// documents, another's name, bribes, internal channels; gambling and lending on for interest; a
// manager, an adviser or anyone but the machine; anger and insults.
func TestTurnClasses(t *testing.T) {
	e := New()
	filter := outboundFilter(t)
	cases := []struct {
		text    string
		warn    string // a warning code that must be said, or ""
		handoff bool
	}{
		{"你们能保证批下来吗", WarnFraudRefusal, false},
		{"能不能打包票 百分百能批", WarnFraudRefusal, false},
		{"用途帮我填成经营周转 好批一点", WarnFraudRefusal, false},
		{"你就说是买车用的", WarnFraudRefusal, false},
		{"工资条能帮忙P一下吗", WarnFraudRefusal, false},
		{"流水不够 帮我把流水做到每月两万", WarnFraudRefusal, false},
		{"用别人的名义贷行不行", WarnFraudRefusal, false},
		{"事成之后少不了你的", WarnFraudRefusal, false},
		{"你们银行有熟人吗 走个特殊通道", WarnFraudRefusal, false},
		{"能帮我洗征信吗", WarnFraudRefusal, false},
		{"想借钱去赌两把 翻本", WarnProhibitedUse, false},
		{"借钱赌球", WarnProhibitedUse, false},
		{"借出来转借给亲戚 他每月给我利息", WarnProhibitedUse, false},
		{"想借30万给同事周转 他给我两分利", WarnProhibitedUse, false},
		{"你们客服经理呢 让他联系我", "", true},
		{"叫你们领导来", "", true},
		{"帮我转个顾问", "", true},
		{"不想跟机器聊了", "", true},
		{"你听不懂人话吗 浪费时间", "", true},
		{"什么态度 太过分了", "", true},
	}
	for _, c := range cases {
		out := afterGreeting(t, e, filter, c.text)
		said := c.warn == ""
		for _, w := range out.Warnings {
			said = said || w.Code == c.warn
		}
		if !said || out.Handoff != c.handoff {
			t.Errorf("%q: warnings %v, hand-off %v; want %q, hand-off %v", c.text, out.Warnings, out.Handoff, c.warn, c.handoff)
		}
	}
}

// TestTurnClassesQuiet: look-alikes of the classes above bring no refusal and no hand-off.
func TestTurnClassesQuiet(t *testing.T) {
	e := New()
	filter := outboundFilter(t)
	for _, text := range []string{
		"我是武汉的，做个体，月流水十来万",
		"我老婆不同意我贷款 生气了",
		"不是假的 流水都是真的",
		"我就说一下 我是做生意的",
		"厂里买了设备和机器 想再扩大一点",
		"我100%能按时还上",
		"之前借给朋友五万 他还没还我",
	} {
		out := afterGreeting(t, e, filter, text)
		for _, w := range out.Warnings {
			if w.Code == WarnFraudRefusal || w.Code == WarnProhibitedUse {
				t.Errorf("%q: warned %s", text, w.Code)
			}
		}
		if out.Handoff {
			t.Errorf("%q: handed off", text)
		}
	}
}

// afterGreeting replies to 你好 and then text, with the inbound flags the webhook would pass, and
// returns the second turn's output.
func afterGreeting(t *testing.T, e *Engine, filter *compliance.Filter, text string) Output {
	t.Helper()
	return replay(t, e, filter, "你好", text)
}

// replay sends the lines in turn, each with the inbound flags the webhook would pass, and returns
// the last turn's output.
func replay(t *testing.T, e *Engine, filter *compliance.Filter, lines ...string) Output {
	t.Helper()
	var st []byte
	var out Output
	for _, line := range lines {
		var err error
		out, err = e.Reply(context.Background(), Input{Kind: KindText, Text: line, State: st,
			Flags: filter.CheckInbound(line).Flags, Now: time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		st = out.State
	}
	return out
}
