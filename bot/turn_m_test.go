package bot

import "testing"

// TestTurnsRefinedApproximation: a message the pending question finds nothing in, whose figure one
// approximate value held allows, is that value's exact figure ("六十五" after "我六十多岁了" while the
// bot asks for the purpose); a figure no approximation allows, or one the question takes, is not.
func TestTurnsRefinedApproximation(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "age in its decade", turns: []string{"我六十多岁了还能借钱吗", "六十五"},
			slots: map[string]any{"age": 65.0}, tent: map[string]any{"age": nil}},
		{name: "age 63 with 岁", turns: []string{"我六十多岁了 想借点钱", "63岁"},
			slots: map[string]any{"age": 63.0}, tent: map[string]any{"age": nil}},
		{name: "income within its range", turns: []string{"借五万 装修 月收入七八千吧", "七千五"},
			slots: map[string]any{"monthly_income_yuan": 7500.0}, tent: map[string]any{"monthly_income_yuan": nil}},
		{name: "outside the readings", turns: []string{"我六十多岁了还能借钱吗", "八十"},
			slots: map[string]any{"age": nil}, tent: map[string]any{"age": 60.0}},
		{name: "the question takes it", turns: []string{"借五万 分两年 装修 上班族 月入七八千吧", "没有"},
			slots: map[string]any{"monthly_income_yuan": nil}, tent: map[string]any{"monthly_income_yuan": 8000.0}},
	})
}
