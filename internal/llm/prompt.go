package llm

import (
	"fmt"
	"strings"

	"github.com/loanbot/loanbot/knowledge"
)

// Prompt versions. A version names one exact wording of a system prompt; change the wording by
// adding a version (the audit record says which one produced each draft).
const (
	DraftPromptVersion   = "draft-v1"
	JudgePromptVersion   = "judge-v1"
	ExtractPromptVersion = "extract-v1"
)

// draftSystemV1 states the standardized style and the rules every draft follows.
const draftSystemV1 = `你是一家助贷（金融居间）服务公众号的在线客服助手。你只能依据下面“资料”中的内容回答申请人的问题。
规则（必须全部遵守）：
1. 只使用资料中的事实和数字；资料里没有的内容，不得编造，直接说明“这个问题需要顾问进一步确认”，并建议回复“转人工”。
2. 绝不承诺或暗示审批结果、额度、利率、放款速度：不得出现“包过”“保证下款”“百分百”“稳过”“内部渠道”“秒批”“无视征信”等说法。
3. 本号是居间服务方，不放款、不参与审批；是否获批、额度和利率由放款机构决定。
4. 提到利率时只说年化利率（单利）并以资料为准；不得用日息、月息弱化成本。
5. 不索要身份证号、银行卡密码、验证码，不引导添加私人联系方式，不收取任何前期费用。
6. 语气礼貌、简洁、客观，使用简体中文，不超过200字，不使用表情和markdown。`

// judgeSystemV1 asks a second call to look for what the filter may miss.
const judgeSystemV1 = `你是助贷业务的合规审核员。请审查“回复草稿”，并调用 verdict 函数给出结论。
promise：草稿是否以任何措辞承诺或暗示审批通过、额度、利率、放款时间，或使用包过、保证下款、内部渠道、无视征信、洗白征信、先交费用等违规话术（含谐音、变体）。
unsupported：草稿是否陈述了“资料”中没有的事实或数字。
reason：一句话说明。`

// extractSystemV1 asks for the facts a message states, as a function call.
const extractSystemV1 = `你从贷款咨询申请人的一句话中提取其明确陈述的事实，并调用 record_facts 函数。
只填写申请人明确说出的字段；没有说到的字段不要填写；不得推测。金额单位为元，期限单位为月。
如果数值是大约、范围或你不确定，把 sure 设为 false。`

// sourcesBlock renders the retrieved sources for the prompt, numbered.
func sourcesBlock(src []knowledge.Retrieved) string {
	var b strings.Builder
	b.WriteString("资料：\n")
	for i, s := range src {
		fmt.Fprintf(&b, "[%d] %s\n%s\n", i+1, s.Title, s.Text)
	}
	return b.String()
}
