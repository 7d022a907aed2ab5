package compliance

// staffReceiver reports our staff named as the receiver of something handed
// over (…一并提供给客服, 发给工作人员, 告诉专员): a request to hand a code or a
// card number to our own people, whatever its attribution says of where the
// thing came from (您收到的短信验证码…提供给客服).
func staffReceiver(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		switch rs[i] {
		case '给', '向', '诉', '发', '交', '转':
		default:
			continue
		}
		if i > 0 && negatorRule(rs[i-1]) != "" {
			continue
		}
		if prefixLen(rs[i+1:], staffWords) > 0 {
			return true
		}
	}
	return false
}

// staffWords name our own people as a receiver.
var staffWords = []string{"客服", "在线客服", "人工客服", "工作人员", "专员", "业务员", "客户经理", "信贷经理", "经理", "顾问", "审核员", "审核人员", "对接人", "本人客服"}
