package compliance

import "testing"

// TestObjectionOnRealRecord: the 异议 exception does not hold for a record
// called real; a record called not real, or no reality named, keeps it.
func TestObjectionOnRealRecord(t *testing.T) {
	for _, c := range []struct {
		rule, s string
		want    bool
	}{
		{"exception:异议", "通过异议申诉渠道，我们能够帮您把真实发生的逾期记录全部消除。", true},
		{"exception:异议", "就算逾期是真实的，通过异议申诉也可以帮你把逾期记录消除。", true},
		{"exception:异议", "via异议appeal,yourrealoverdue逾期记录wecan消除foryou。", true},
		{"exception:异议", "征信上的逾期记录如果不是真实的，可以提出异议申请消除。", false},
		{"exception:异议", "如果逾期记录不是真实发生的，可以通过异议申请更正消除。", false},
		{"exception:异议", "逾期记录有误的，可以通过异议申请消除。", false},
		{"exception:其他", "真实发生的逾期记录全部消除。", false},
	} {
		if got := objectionOnRealRecord(c.rule, []rune(c.s)); got != c.want {
			t.Errorf("objectionOnRealRecord(%s, %s) = %v, want %v", c.rule, c.s, got, c.want)
		}
	}
	checkFrameCases(t, []frameCase{
		{"通过异议申诉渠道，真实存在的逾期记录也可以帮您消除。", Block, ""},
		{"异议申诉可以把真实逾期的记录全部消除，放心。", Block, ""},
		{"真实发生的逾期记录无法通过异议消除，只有错误记录才能申请异议更正。", Allow, ""},
		{"征信上的逾期记录如果不是真实的，可以提出异议申请消除。", Allow, ""},
		{"通过异议，逾期记录我们可以帮您消除。", Allow, "exception:异议"},
	})
}
