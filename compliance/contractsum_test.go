package compliance

import "testing"

func TestSameSumReceived(t *testing.T) {
	for _, tc := range []struct {
		s, hit string
		want   bool
	}{
		{"合同写5万，到手5万", "到手5万", true},
		{"合同写的是10万，到手也是10万", "到手也是10万", true},
		{"contractsay50thousand，youget50thousand", "youget5", true},
		{"contractsay30thousand，youget30", "youget3", true},
		{"合同写50000，到手5万", "到手5万", true},
		{"合同写5万，到手4.5万", "到手4.5万", false},
		{"contractsay50thousand，youget45", "youget4", false},
		{"合同写10万，到手9万", "到手9万", false},
		{"合同写5万，到手5万，服务费另外转我", "到手5万", false},
		{"到手5万", "到手5万", false},
	} {
		n := []rune(tc.s)
		a := indexString(n, tc.hit)
		if got := sameSumReceived(n, a, a+len([]rune(tc.hit)), 0, len(n)); got != tc.want {
			t.Errorf("sameSumReceived(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
