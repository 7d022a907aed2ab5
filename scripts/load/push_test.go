package main

import (
	"encoding/xml"
	"net/url"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

func fixedClock() time.Time { return time.Unix(1714112445, 0) }

func TestPushIsSignedAndParsesAsWeChatXML(t *testing.T) {
	p, err := newPushMaker("AAAAA", 5000, fixedClock)
	if err != nil {
		t.Fatal(err)
	}
	lines := applicantLines()
	tests := []struct {
		i        int64
		wantText string
	}{
		{0, lines[0]},
		{4999, lines[0]},          // the last applicant's first line
		{5000, lines[1]},          // applicant 0's second line
		{7 * 5000, lines[7]},      // full-width digits and space
		{8*5000 + 3, lines[8]},    // traditional
		{9*5000 + 1, lines[9]},    // emoji
		{12 * 5000, lines[0]},     // the script starts over
		{10*5000 + 42, lines[10]}, // voice text without punctuation
	}
	for _, tt := range tests {
		q, body := p.make(tt.i)
		v, err := url.ParseQuery(q)
		if err != nil {
			t.Fatalf("push %d: query %q: %v", tt.i, q, err)
		}
		if got, want := v.Get("signature"), util.Signature("AAAAA", v.Get("timestamp"), v.Get("nonce")); got != want {
			t.Errorf("push %d: signature %s, want %s", tt.i, got, want)
		}
		var m message.MixMessage
		if err := xml.Unmarshal(body, &m); err != nil {
			t.Fatalf("push %d: %v\n%s", tt.i, err, body)
		}
		if m.Content != tt.wantText || string(m.MsgType) != "text" || m.MsgID != p.baseID+tt.i {
			t.Errorf("push %d: content %q type %q id %d, want %q text %d", tt.i, m.Content, m.MsgType, m.MsgID, tt.wantText, p.baseID+tt.i)
		}
		if string(m.FromUserName) != v.Get("openid") || len(m.FromUserName) != 28 || m.ToUserName != account {
			t.Errorf("push %d: from %q (query openid %q), to %q", tt.i, m.FromUserName, v.Get("openid"), m.ToUserName)
		}
		if m.CreateTime != fixedClock().Unix() {
			t.Errorf("push %d: CreateTime %d", tt.i, m.CreateTime)
		}
	}
}

func TestPushApplicantsAndRunsAreDistinct(t *testing.T) {
	p1, _ := newPushMaker("t", 3, fixedClock)
	p2, _ := newPushMaker("t", 3, fixedClock)
	if p1.openID(0) == p2.openID(0) {
		t.Errorf("two runs share openid %s", p1.openID(0))
	}
	if p1.openID(0) != p1.openID(3) || p1.openID(0) == p1.openID(1) {
		t.Errorf("openids of pushes 0, 1, 3: %s %s %s; want round-robin over 3 applicants", p1.openID(0), p1.openID(1), p1.openID(3))
	}
	if _, err := newPushMaker("t", 0, fixedClock); err == nil {
		t.Error("0 applicants accepted")
	}
}
