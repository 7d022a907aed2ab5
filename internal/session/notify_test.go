package session

import "testing"

func TestNoticeRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		kind    byte
		topic   string
		payload string
	}{
		{noticeDone, topicClaim + msgKey, string(replyText)},
		{noticeReleased, topicClaim + "key:with:colons:12:", ""},
		{noticeUnlocked, topicLock + "名字\x00带NUL", ""},
		{noticeDone, topicClaim + "", "3:abc"},
	}
	for _, tt := range tests {
		msg := encodeNotice(tt.kind, tt.topic, []byte(tt.payload))
		topic, n, ok := decodeNotice(msg)
		if !ok || topic != tt.topic || n.kind != tt.kind || string(n.payload) != tt.payload {
			t.Errorf("decode(encode(%c, %q, %q)) = %q, %c, %q, %v", tt.kind, tt.topic, tt.payload, topic, n.kind, n.payload, ok)
		}
	}
	for _, junk := range []string{"", "d", "d:", "dx:abc", "d9:abc", "d-1:abc"} {
		if _, _, ok := decodeNotice(junk); ok {
			t.Errorf("decodeNotice(%q) accepted a malformed message", junk)
		}
	}
}
