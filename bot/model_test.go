package bot

import (
	"testing"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// TestModelValuesNeverOverrideRules: what a model read (FromModel) fills only slots still unknown,
// sure values as stated and unsure ones as tentative; a slot the rules parsed earlier keeps its value.
func TestModelValuesNeverOverrideRules(t *testing.T) {
	model := func(sure, unsure slot.Slots) Understanding {
		return Understanding{Slots: sure, Tentative: unsure, Intent: IntentProvideInfo, FromModel: true}
	}
	x := fakeX{}
	for k, v := range table {
		x[k] = v
	}
	x["手头紧想多弄点差不多三十个吧"] = model(slot.Slots{AmountYuan: slot.Ptr[int64](300000)}, slot.Slots{})
	x["估摸着三十个吧"] = model(slot.Slots{}, slot.Slots{AmountYuan: slot.Ptr[int64](300000)})
	x["一个月到手一万出头"] = model(slot.Slots{}, slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](11000)})
	x["公司发一万二"] = model(slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](12000)}, slot.Slots{})

	tests := []struct {
		name   string
		lines  []string
		amount int64 // the stored amount_yuan after the last line
		income int64 // the stored monthly income (0: none stored)
		tent   int64 // the tentative monthly income (0: none)
	}{
		{name: "a sure model amount keeps the rules' amount", lines: []string{"你好", "装修", "20万 3年", "手头紧想多弄点差不多三十个吧"},
			amount: 200000},
		{name: "an unsure model amount keeps the rules' amount", lines: []string{"你好", "装修", "20万 3年", "估摸着三十个吧"},
			amount: 200000},
		{name: "an unsure model income comes in tentative", lines: []string{"你好", "装修", "20万 3年", "一个月到手一万出头"},
			amount: 200000, tent: 11000},
		{name: "a sure model income fills the gap", lines: []string{"你好", "装修", "20万 3年", "公司发一万二"},
			amount: 200000, income: 12000},
		{name: "the rules still correct a model value", lines: []string{"你好", "装修", "20万 3年", "公司发一万二", "上班族月入1.2万", "30万"},
			amount: 300000, income: 12000},
	}
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := NewWith(Deps{Knowledge: kb, Extractor: x, Screener: ScreenerFunc(fakeScreen)})
			if err != nil {
				t.Fatal(err)
			}
			c := &convo{t: t, e: e}
			for _, l := range tt.lines {
				c.send(l)
			}
			s := c.last.Slots
			if s.AmountYuan == nil || *s.AmountYuan != tt.amount {
				t.Errorf("amount_yuan = %v, want %d", deref(s.AmountYuan), tt.amount)
			}
			if got := deref(s.MonthlyIncomeYuan); got != tt.income {
				t.Errorf("monthly_income_yuan = %d, want %d", got, tt.income)
			}
			if got := deref(c.last.Tentative.MonthlyIncomeYuan); got != tt.tent {
				t.Errorf("tentative monthly_income_yuan = %d, want %d", got, tt.tent)
			}
		})
	}
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}
