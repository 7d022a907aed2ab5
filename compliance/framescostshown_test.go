package compliance

import "testing"

// TestFramesCostShown checks the frames of framescostshown.go and the
// widened consequence, cost-revealed and taught-to-spot words of
// framesexplained.go: each honest shape allowed, each pushy line with the
// same words still blocked.
func TestFramesCostShown(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// f05_zero-rate-fee-shown
		{"分期零利率僅限指定商品，手續費另計，實際成本請參考總費用年百分率。", Allow, "frame:evaluation:zero-rate-fee-shown"},
		{"“零利率”分期如果另收手续费，实际借款成本并不为零，请关注年化综合成本。", Allow, "frame:evaluation:zero-rate-fee-shown"},
		{"有些产品虽不收利息，但会以服务费形式收取费用，应比较年化综合成本。", Allow, "frame:evaluation:zero-rate-fee-shown"},
		{"零利率分期随便买", Block, ""},
		{"我们零利率分期，手续费另计，实际成本看年化", Block, ""},
		{"零利率分期，手续费另计，实际成本超低，快来抢购！", Block, ""},
		// f05 cost revealed by the annualised figure
		{"Daily rate 0.03% sounds cheap, but annualised is around 10.95%, compare the annual rate.", Allow, "frame:evaluation:"},
		{"Daily rate 0.03% only, super cheap, apply now!", Block, ""},
		// f11_payout-rule-stated
		{"實際到手金額應與合約金額一致，如有差額請即向我們反映。", Allow, "frame:evaluation:payout-rule-stated"},
		{"撥款金額應與合約金額一致，如遇預扣費用情形，請向主管機關申訴。", Allow, "frame:evaluation:payout-rule-stated"},
		{"实际到手会少一点正常", Block, ""},
		{"实际到手比合同少是正常的，如遇预扣费用不必投诉。", Block, ""},
		// f11_taught-to-spot
		{"乡村振兴金融知识进村：教您看懂年化利率，认清砍头息。", Allow, "frame:advice:"},
		{"砍头息 is normal la，到手少少没关系。", Block, ""},
		// f13_burden-grows widened: debt piling up, debt ratio pushed up
		{"以贷养贷会让债务快速累积，建议您先梳理现有负债，必要时与机构协商还款计划。", Allow, "frame:consequence:"},
		{"多头借贷会推高您的负债率，也可能降低后续申请的通过率。", Allow, "frame:consequence:"},
		{"以卡养卡，债务不断累积，最后只能协商。", Allow, "frame:consequence:"},
		{"以贷养贷轻松还", Block, ""},
		{"多头借贷没事的，推高负债率也能批", Block, ""},
		{"以贷养贷，债务累积了也照样批给你", Block, ""},
		// f06: 一定 as "a certain" (有一定上限) is void
		{"學生申辦信用卡須經父母同意，且核發額度有一定上限。", Allow, ""},
		{"额度一定给你批到上限", Block, ""},
	})
}
