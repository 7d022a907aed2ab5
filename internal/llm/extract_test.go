package llm

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/internal/llm/llmtest"
)

func TestExtractionFallback(t *testing.T) {
	nothing := bot.ExtractorFunc(func(string, string, time.Time) bot.Understanding {
		return bot.Understanding{Intent: bot.IntentOther}
	})
	found := bot.ExtractorFunc(func(string, string, time.Time) bot.Understanding {
		return bot.Understanding{Slots: slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](12000)}, Intent: bot.IntentProvideInfo}
	})
	tests := []struct {
		name          string
		rules         bot.Extractor
		text          string
		reply         llmtest.Reply
		wantCalls     int
		wantSlots     slot.Slots
		wantTentative slot.Slots
	}{
		{"fills a slot the rules missed", nothing, "在国企做会计到手差不多九千",
			llmtest.Reply{ToolArgs: `{"monthly_income_yuan":9000,"employment":"salaried","sure":true}`}, 1,
			slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](9000), Employment: slot.Ptr(slot.EmploymentSalaried)}, slot.Slots{}},
		{"unsure values are tentative", nothing, "手头大概要个七八个w周转",
			llmtest.Reply{ToolArgs: `{"amount_yuan":75000,"loan_purpose":"turnover","sure":false}`}, 1,
			slot.Slots{}, slot.Slots{AmountYuan: slot.Ptr[int64](75000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"values out of range are dropped", nothing, "我今年一百五十岁收入九千万",
			llmtest.Reply{ToolArgs: `{"age":150,"monthly_income_yuan":90000000,"city":"<script>","sure":true}`}, 1,
			slot.Slots{}, slot.Slots{}},
		{"a figure the message does not state is dropped", nothing, "名下有套学区房",
			llmtest.Reply{ToolArgs: `{"collateral":"house","amount_yuan":30000,"city":"北京","sure":true}`}, 1,
			slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}},
		{"never asked when the rules found something", found, "月入一万二在国企上班",
			llmtest.Reply{ToolArgs: `{"monthly_income_yuan":5000,"sure":true}`}, 0,
			slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](12000)}, slot.Slots{}},
		{"never asked for small talk", nothing, "哈哈好的",
			llmtest.Reply{ToolArgs: `{"age":30,"sure":true}`}, 0, slot.Slots{}, slot.Slots{}},
		{"malformed tool-call JSON: the rules' answer", nothing, "在国企做会计到手差不多九千",
			llmtest.Reply{ToolArgs: `{"monthly_income_yuan": 9000,,`}, 1, slot.Slots{}, slot.Slots{}},
		{"model down: the rules' answer", nothing, "在国企做会计到手差不多九千",
			llmtest.Reply{Status: 500}, 2, slot.Slots{}, slot.Slots{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := llmtest.New(t, func(int, llmtest.Request) llmtest.Reply { return tt.reply })
			c, err := NewClient(Config{BaseURL: fake.BaseURL(), Model: "fake-model"})
			if err != nil {
				t.Fatal(err)
			}
			x := NewExtractor(ExtractorDeps{Rules: tt.rules, Model: c, Timeout: 3 * time.Second})
			u := x.Understand(tt.text, "", time.Now())
			if n := len(fake.Calls()); n != tt.wantCalls {
				t.Errorf("model calls = %d, want %d", n, tt.wantCalls)
			}
			if got, want := slotsJSON(u.Slots), slotsJSON(tt.wantSlots); got != want {
				t.Errorf("Slots = %s, want %s", got, want)
			}
			if got, want := slotsJSON(u.Tentative), slotsJSON(tt.wantTentative); got != want {
				t.Errorf("Tentative = %s, want %s", got, want)
			}
			if want := tt.wantCalls > 0 && !(isEmpty(tt.wantSlots) && isEmpty(tt.wantTentative)); u.FromModel != want {
				t.Errorf("FromModel = %v, want %v", u.FromModel, want)
			}
		})
	}
}

// A rule-parsed value is never overridden, even when the model is asked about the same message.
func TestFillEmptyKeepsRuleValues(t *testing.T) {
	rules := slot.Slots{AmountYuan: slot.Ptr[int64](200000)}
	fillEmpty(&rules, slot.Slots{AmountYuan: slot.Ptr[int64](20000), TermMonths: slot.Ptr(36)})
	if *rules.AmountYuan != 200000 || rules.TermMonths == nil || *rules.TermMonths != 36 {
		t.Errorf("fillEmpty = %s", slotsJSON(rules))
	}
}

func slotsJSON(s slot.Slots) string {
	if isEmpty(s) {
		return "{}"
	}
	b, _ := json.Marshal(s)
	return string(b)
}
