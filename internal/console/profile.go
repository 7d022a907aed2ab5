package console

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/loanbot/loanbot/bot/slot"
)

// Field is one profile value as the console shows it.
type Field struct {
	Key    string `json:"key"`
	Label  string `json:"label"`
	Value  string `json:"value"`
	Masked bool   `json:"masked,omitempty"`
}

// slotFields lists the slots in display order; personal ones are masked unless revealed.
var slotFields = []struct {
	key, label string
	personal   bool
}{
	{"loan_purpose", "贷款用途", false},
	{"amount_yuan", "金额（元）", false},
	{"term_months", "期限（月）", false},
	{"employment", "工作情况", false},
	{"monthly_income_yuan", "月收入（元）", true},
	{"social_security_months", "社保（月）", true},
	{"collateral", "抵押物", false},
	{"house_cert_years", "房产证（年）", true},
	{"pledge_willing", "愿意抵押", false},
	{"existing_monthly_debt_yuan", "每月已有还款（元）", true},
	{"credit_queries_6m", "近6月征信查询（次）", true},
	{"overdue_current", "当前逾期", true},
	{"age", "年龄", true},
	{"local_hukou", "本地户口", true},
	{"city", "城市", true},
}

var enumLabels = map[string]string{
	slot.PurposeConsumption: "消费", slot.PurposeBusiness: "经营", slot.PurposeCar: "购车",
	slot.PurposeRenovation: "装修", slot.PurposeEducation: "教育", slot.PurposeMedical: "医疗",
	slot.PurposeTurnover: "周转", slot.PurposeOther: "其他",
	slot.EmploymentSalaried: "上班族", slot.EmploymentBusinessOwner: "企业主", slot.EmploymentSelfEmployed: "个体户",
	slot.EmploymentFreelancer: "自由职业", slot.EmploymentUnemployed: "无工作", slot.EmploymentRetired: "退休",
	slot.EmploymentStudent: "学生",
	slot.CollateralHouse:   "房产", slot.CollateralNone: "无", // "car" is both a purpose and a collateral: 购车 / 车辆
}

// maskedValue is shown instead of a personal value.
const maskedValue = "＊＊＊"

// fields renders stated slots; personal values are masked unless reveal is set.
func fields(s slot.Slots, reveal bool) []Field {
	m := map[string]any{}
	if b, err := json.Marshal(s); err == nil {
		_ = json.Unmarshal(b, &m)
	}
	var out []Field
	for _, f := range slotFields {
		v, ok := m[f.key]
		if !ok {
			continue
		}
		field := Field{Key: f.key, Label: f.label, Value: formatValue(f.key, v)}
		if f.personal && !reveal {
			field.Value, field.Masked = maskedValue, true
		}
		out = append(out, field)
	}
	return out
}

func formatValue(key string, v any) string {
	switch x := v.(type) {
	case string:
		if key == "collateral" && x == slot.CollateralCar {
			return "车辆"
		}
		if l, ok := enumLabels[x]; ok {
			return l
		}
		return x
	case bool:
		if x {
			return "是"
		}
		return "否"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}
