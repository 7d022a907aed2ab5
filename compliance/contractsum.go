package compliance

import "strings"

// The contract's sum set against the sum received. "Contract say 50
// thousand, you get 45" and "合同写5万，到手4.5万" tell the applicant that less
// reaches them than they sign for (F11, hidden deduction); "合同写5万，到手5万"
// and "Contract say 50 thousand, you get 50 thousand" say the opposite. The
// claim f11_contract-sum+net-sum (class f11_contract_sum_said, pack/claims.yaml) and the paraphrases of
// 到手…万 fire on both; sameSumReceived excuses the hits that lie inside a
// contract figure followed by a received figure no smaller than it.

// sameSum is the excuse of a received sum that equals the contract's.
const sameSum = "statement:net-equals-contract"

var (
	contractSumWords = []string{"合同", "合约", "contract", "借款合同", "agreement"}
	netSumWords      = []string{"到手", "到账", "到卡", "youget", "yougot", "youreceive", "youwillget", "youwillreceive", "你拿到", "您拿到", "你收到", "您收到", "实际到", "实收", "拿到手", "净到手"}
)

// contractSumFigure reads a figure at rs[i:]: digits with an optional decimal point
// and a unit (万/w, 千/k/thousand, 百万/m/million). It returns the value, the
// unit's multiplier (0 when no unit) and where the figure ends; end == i when
// there is no figure.
func contractSumFigure(rs []rune, i int) (val float64, mult float64, end int) {
	j, frac, div := i, false, 1.0
	for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' && !frac && j > i && j+1 < len(rs) && isDigit(rs[j+1])) {
		if rs[j] == '.' {
			frac = true
		} else {
			val = val*10 + float64(rs[j]-'0')
			if frac {
				div *= 10
			}
		}
		j++
	}
	if j == i {
		return 0, 0, i
	}
	val /= div
	for _, u := range [...]struct {
		w string
		m float64
	}{{"million", 1e6}, {"百万", 1e6}, {"thousand", 1e3}, {"万", 1e4}, {"w", 1e4}, {"千", 1e3}, {"k", 1e3}, {"m", 1e6}} {
		if hasPrefix(rs[j:], u.w) {
			return val, u.m, j + len([]rune(u.w))
		}
	}
	return val, 0, j
}

// contractFigureAfter finds the first figure within reach runes after i, not past a
// sentence end.
func contractFigureAfter(rs []rune, i, reach int) (val, mult float64, st, end int) {
	for k := i; k < len(rs) && k <= i+reach; k++ {
		if isSentenceEnd(rs[k]) {
			break
		}
		if isDigit(rs[k]) {
			v, m, e := contractSumFigure(rs, k)
			return v, m, k, e
		}
	}
	return 0, 0, -1, -1
}

// sameSumReceived reports a hit [a, b) of sentence [ss, se) that lies between
// a contract's figure and a received figure no smaller than it (合同写5万，到手5万).
func sameSumReceived(n []rune, a, b, ss, se int) bool {
	s := n[ss:se]
	for _, cw := range contractSumWords {
		cs := indexString(s, cw)
		if cs < 0 {
			continue
		}
		cv, cm, _, ce := contractFigureAfter(s, cs+len([]rune(cw)), 8)
		if ce < 0 {
			continue
		}
		rest := s[ce:]
		for _, nw := range netSumWords {
			ns := indexString(rest, nw)
			if ns < 0 || ns > 8 {
				continue
			}
			nv, nm, _, ne := contractFigureAfter(rest, ns+len([]rune(nw)), 3)
			if ne < 0 {
				continue
			}
			nm, cm = bareUnit(nv, nm, cm), bareUnit(cv, cm, nm) // you get 45: the contract's unit

			if nv*nm < cv*cm {
				return false // less reaches the applicant
			}
			return a >= ss+cs && b <= ss+ce+ne && !contractFeeAfter(rest[ne:])
		}
	}
	return false
}

// contractFeeAfter reports a fee named after the received figure (到手5万，服务费另付),
// which keeps the sentence about a deduction.
func contractFeeAfter(rs []rune) bool {
	s := string(rs)
	for _, w := range [...]string{"服务费", "手续费", "管理费", "咨询费", "中介费", "点位", "佣金", "fee", "commission", "另付", "另交", "另外给", "转我"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// bareUnit gives a figure without a unit the other figure's (you get 45 after
// 50 thousand), unless it is written out in full (50000).
func bareUnit(v, m, other float64) float64 {
	switch {
	case m != 0:
		return m
	case other != 0 && v < 1000:
		return other
	}
	return 1
}
