package slot

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestMergeOverridesOnlyStatedFields(t *testing.T) {
	s := Slots{AmountYuan: Ptr[int64](200000), TermMonths: Ptr(36)}
	s.Merge(Slots{AmountYuan: Ptr[int64](300000), City: Ptr("杭州")})
	if *s.AmountYuan != 300000 || *s.TermMonths != 36 || *s.City != "杭州" {
		t.Fatalf("merge: got %+v", s)
	}
}

// TestMapRoundTrip checks that Map and FromMap agree with the JSON view of Slots.
func TestMapRoundTrip(t *testing.T) {
	s := Slots{AmountYuan: Ptr[int64](200000), TermMonths: Ptr(36), HouseCertYears: Ptr(2.5), LoanPurpose: Ptr(PurposeCar),
		LocalHukou: Ptr(false), PledgeWilling: Ptr(false), City: Ptr("深圳"), CreditQueries6m: Ptr(0)}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var viaJSON map[string]any
	if err := json.Unmarshal(b, &viaJSON); err != nil {
		t.Fatal(err)
	}
	if got := s.Map(); !reflect.DeepEqual(got, viaJSON) {
		t.Errorf("Map() = %v, JSON view %v", got, viaJSON)
	}
	back, err := FromMap(viaJSON)
	if err != nil || !reflect.DeepEqual(back, s) {
		t.Errorf("FromMap = %+v, %v; want %+v", back, err, s)
	}
	if _, err := FromMap(map[string]any{"amount_yuan": "lots"}); err == nil {
		t.Errorf("FromMap accepted a string amount")
	}
}
