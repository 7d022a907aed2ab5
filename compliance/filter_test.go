package compliance

import (
	"testing"
)

func newDefault(t testing.TB) *Filter {
	t.Helper()
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestCheckOutboundExamples(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in   string
		want Action
	}{
		{"包过", Block},
		{"包 过", Block},
		{"包過", Block},
		{"ｂａｏ过", Block},
		{"bao过", Block},
		{"包*过", Block},
		{"百分百下款", Block},
		{"💯下款", Block},
		{"包\u200b过", Block},
		{"包🙏过", Block},
		{"我们不承诺包过", Allow},
		{"任何声称“包过”的都是骗子", Allow},
		{"包括过往的记录", Allow},
		{"审批过程一般需要1-3个工作日，以机构通知为准。", Allow},
		{"一定能帮您批下来", Block},
		{"不看征信也能贷", Block},
		{"黑户也能下款", Block},
		{"zheng信不好也能贷", Block},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		if v.Verdict != tt.want {
			t.Errorf("CheckOutbound(%q) = %s, want %s; hits %+v", tt.in, v.Verdict, tt.want, v.Hits)
		}
	}
}
