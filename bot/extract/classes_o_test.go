package extract

import (
	"testing"
	"time"
)

// TestClassesFromBlindO holds the probes written for the wording classes batch O exposed; each row
// probes a class with a sentence of our own, not a batch line.
func TestClassesFromBlindO(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		class     string // the wording class the row probes
		in        string // the applicant's message
		expecting string // the slot the flow asked for, if any
		key       string // the slot checked
		want      any    // its JSON value; nil = not stated
	}{
		// someone else's claim, then the applicant's denial: not overdue
		{"claim-denied", "他们说我有逾期 其实我上个月已经还完了", "", "overdue_current", false},
		{"claim-denied", "银行说我有逾期 其实我早就还清了", "", "overdue_current", false},
		{"claim-denied", "征信上显示我有逾期 其实上周已经结清了", "", "overdue_current", false},
		{"claim-denied", "客服说我逾期了 但我已经还上了", "", "overdue_current", false},
		{"claim-denied", "佢哋話我有逾期 我尋日已經還晒", "", "overdue_current", false},
		{"claim-denied", "银行说我有逾期 还没还完", "", "overdue_current", true},
		{"claim-denied", "他们说我有逾期 我还不上", "", "overdue_current", true},
		// a pension told after other facts, with the beneficiary of the loan in between
		{"pension-after", "想借两万块钱给老伴看病每个月退休金三千", "", "monthly_income_yuan", 3000.0},
		{"pension-after", "想借一万给我妈交住院费每个月退休金四千", "", "monthly_income_yuan", 4000.0},
		{"pension-after", "帮孙子交学费 我每个月退休金两千五", "", "monthly_income_yuan", 2500.0},
		{"pension-after", "替老伴还点钱 退休金五千", "", "monthly_income_yuan", 5000.0},
		{"pension-after", "我老伴退休金三千", "", "monthly_income_yuan", nil},
		{"pension-after", "给老伴看病 她退休金两千", "", "monthly_income_yuan", nil},
		// Cantonese 冇工做 / 冇工開: unemployed
		{"cantonese-unemployed", "而家冇工做 想借一萬", "", "employment", "unemployed"},
		{"cantonese-unemployed", "我冇工做好耐了", "", "employment", "unemployed"},
		{"cantonese-unemployed", "冇工開 借唔借到錢", "", "employment", "unemployed"},
		{"cantonese-unemployed", "我而家冇返工", "", "employment", "unemployed"},
		{"cantonese-unemployed", "冇工做 靠老公養", "", "employment", "unemployed"},
		// a car named by its make or model: collateral car
		{"car-make", "我有台比亚迪 开了三年", "", "collateral", "car"},
		{"car-make", "家里有辆宝马", "", "collateral", "car"},
		{"car-make", "有台五菱宏光 拉货用的", "", "collateral", "car"},
		{"car-make", "我有一辆丰田 全款的", "", "collateral", "car"},
		{"car-make", "名下就一台特斯拉", "", "collateral", "car"},
		{"car-make", "我的奥迪能抵押吗", "", "collateral", "car"},
		{"car-make", "在长安街上班", "", "collateral", nil},
		{"car-make", "现代人压力大", "", "collateral", nil},
		// money the applicant pays out for a favour: no amount
		{"bribe-paid", "塞个红包给审批的 我出五千", "", "amount_yuan", nil},
		{"bribe-paid", "找人打点一下 我出两万 能批下来吗", "", "amount_yuan", nil},
		{"bribe-paid", "送点好处费 我可以出三千", "", "amount_yuan", nil},
		{"bribe-paid", "能走个关系吗 好处费我愿意出八千", "", "amount_yuan", nil},
		{"bribe-paid", "想借十万 首付我出三万", "", "amount_yuan", 100000.0},
		{"bribe-paid", "我愿意给经理八千好处 帮我批二十万", "", "amount_yuan", 200000.0},
		// driving a truck of one's own: self-employed
		{"own-truck", "开大车的 车是我自己的", "", "employment", "self_employed"},
		{"own-truck", "我开卡车 自己的车 想借五万", "", "employment", "self_employed"},
		{"own-truck", "开泥头车 车是自己的", "", "employment", "self_employed"},
		{"own-truck", "在长沙开货车 车是我的", "", "employment", "self_employed"},
		{"own-truck", "在物流公司开货车 自己有辆车", "", "employment", "salaried"},
		{"own-truck", "给老板开货车 我有台车", "", "employment", "salaried"},
		// someone else's social security, then the applicant's denied: none
		{"social-denied", "我老婆有社保 我也没有", "", "social_security_months", nil},
		{"social-denied", "我老公交了社保 我自己没交", "", "social_security_months", 0.0},
		{"social-denied", "社保我没有 我爸有", "", "social_security_months", 0.0},
		{"social-denied", "我爸妈都有社保，我没有", "", "social_security_months", 0.0},
		{"social-denied", "单位给同事交社保 我没交", "", "social_security_months", 0.0},
		{"social-denied", "我有社保 我老婆没有", "", "social_security_months", nil},
		{"social-denied", "我老婆有社保 我没有房", "", "social_security_months", nil},
		// debts named, then a month and the repaying verb after a total word: a monthly payment
		{"debts-summed", "花呗每个月加起来还两千", "", "existing_monthly_debt_yuan", 2000.0},
		{"debts-summed", "网贷每月一共要还三千五", "", "existing_monthly_debt_yuan", 3500.0},
		{"debts-summed", "白条花呗每个月总共还一千五", "", "existing_monthly_debt_yuan", 1500.0},
		{"debts-summed", "信用卡花呗每月合计还四千", "", "existing_monthly_debt_yuan", 4000.0},
		{"debts-summed", "借呗微粒贷每个月加起来还三千左右", "", "existing_monthly_debt_yuan", 3000.0},
		{"debts-summed", "我和老婆每个月加起来还五千", "", "existing_monthly_debt_yuan", nil},
		// a term that suffices (一年就行), answered to the term
		{"term-suffices", "一年就可以", "term_months", "term_months", 12.0},
		{"term-suffices", "一年就好 月供多少", "term_months", "term_months", 12.0},
		{"term-suffices", "借一年就够了", "term_months", "term_months", 12.0},
		{"term-suffices", "想借五万 一年就行", "", "term_months", 12.0},
		{"term-suffices", "一个月就行 利息怎么算", "term_months", "term_months", 1.0},
		{"term-suffices", "一年就挣十万", "", "term_months", nil},
		// an overdue had before, gone now, answered to the overdue question
		{"overdue-gone", "以前有过 现在没了", "overdue_current", "overdue_current", false},
		{"overdue-gone", "之前有 现在都还了", "overdue_current", "overdue_current", false},
		{"overdue-gone", "去年有一笔 现在早没了", "overdue_current", "overdue_current", false},
		{"overdue-gone", "有过 现在已经没了", "overdue_current", "overdue_current", false},
		{"overdue-gone", "以前有 现在还清了", "overdue_current", "overdue_current", false},
		{"overdue-gone", "有一笔没还上", "overdue_current", "overdue_current", true},
	}
	x := New()
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.in, func(t *testing.T) {
			got, _ := x.ExtractAt(tt.in, tt.expecting, now).Slots.Get(tt.key)
			if got != tt.want {
				t.Errorf("%s of ExtractAt(%q, %q) = %v, want %v", tt.key, tt.in, tt.expecting, got, tt.want)
			}
		})
	}
}
