package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestOthersCreditFacts: overdues, enquiries and debts said of a spouse, a parent, a relative, a
// friend or a colleague are not the applicant's; said of the applicant alongside them, they are.
func TestOthersCreditFacts(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want slot.Slots
	}{
		{"我老婆有逾期影响我吗", slot.Slots{}},
		{"我媳妇网贷逾期三个月了我能贷吗", slot.Slots{}},
		{"我爱人有逾期记录影响我申请吗", slot.Slots{}},
		{"我媳婦信用卡逾期了會影響我嗎", slot.Slots{}},
		{"我哥信用卡逾期没还 我同事也逾期了", slot.Slots{}},
		{"我同事征信查询了8次", slot.Slots{}},
		{"我老婆征信查询超过十次了", slot.Slots{}},
		{"我老婆每个月还房贷五千", slot.Slots{}},
		{"我老婆没有负债", slot.Slots{}},
		{"我和老婆都没有逾期", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"老婆跟我都没逾期过", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"我和我老公都沒有逾期", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"我爸征信上有逾期我自己没有逾期", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"俺媳妇花呗逾期了俺没逾期", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"我妈有逾期 我的征信很好", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"朋友说你们这能贷 我有两张信用卡逾期了", slot.Slots{OverdueCurrent: slot.Ptr(true)}},
		{"我弟弟网贷逾期了两期我征信查询两次", slot.Slots{CreditQueries6m: slot.Ptr(2)}},
		{"我老公月供三千 我自己没有负债", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}},
		{"我月入一万五老公月入两万家里有一套房没贷款", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](15000), ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}},
	}
	for _, tt := range tests {
		got := x.ExtractAt(tt.text, "", labelledNow)
		if d := cmp.Diff(tt.want, got.Slots); d != "" {
			t.Errorf("%q slots (-want +got):\n%s", tt.text, d)
		}
		if !isEmptySlots(got.Tentative) {
			t.Errorf("%q tentative = %+v, want none", tt.text, got.Tentative)
		}
	}
}

func isEmptySlots(s slot.Slots) bool { return cmp.Equal(s, slot.Slots{}) }
