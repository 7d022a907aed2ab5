package ngram

import (
	"strings"
	"testing"
)

// BenchmarkScore500 scores 500 runes of varied reply text with a full-size
// model: varied text touches many buckets, as real replies do (one sentence
// repeated would keep a few cache lines hot and hide the table's size).
func BenchmarkScore500(b *testing.B) {
	m := Train(samples(), Options{Epochs: 2, Rate: 0.3, Seed: 2})
	for i := range m.W {
		m.W[i] = float32(i%97) / 97 // every bucket non-zero, as after training
	}
	m.quantise()
	text := strings.Join([]string{
		"您好，感谢您的咨询，根据您描述的情况，您目前在一家民营企业工作满两年，月收入约8000元",
		"审核一般需要1到3个工作日，结果以机构通知为准，请保持电话畅通",
		"申请前建议您先通过中国人民银行征信中心查询一下自己的信用报告，确认没有错误记录",
		"请您在比较不同产品时重点关注合同中载明的年化综合成本，包括利息、担保费和服务费",
		"如果还有其他疑问，都可以在本公众号留言，我们会在工作时间内回复您",
		"借款前请结合自己的月收入合理确定金额，避免过度借贷影响日常生活",
		"贷款有风险，借款需谨慎，额度和利率以机构审批为准",
	}, "")
	s := []rune(strings.Repeat(text, 3))[:500]
	for b.Loop() {
		m.Score(s)
	}
}
