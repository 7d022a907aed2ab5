package slot

import "testing"

func TestMergeOverridesOnlyStatedFields(t *testing.T) {
	s := Slots{AmountYuan: Ptr[int64](200000), TermMonths: Ptr(36)}
	s.Merge(Slots{AmountYuan: Ptr[int64](300000), City: Ptr("杭州")})
	if *s.AmountYuan != 300000 || *s.TermMonths != 36 || *s.City != "杭州" {
		t.Fatalf("merge: got %+v", s)
	}
}
