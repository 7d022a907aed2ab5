package console

import (
	"fmt"
	"time"
)

// Hours are the advisers' working hours, every day, in one time zone. The zero value is always open.
type Hours struct {
	Start, End int // minutes after midnight; End ≤ Start never happens (ParseHours refuses it)
	Loc        *time.Location
}

// ParseHours reads "09:00-21:00"; "" gives the zero Hours (always open).
func ParseHours(s string, loc *time.Location) (Hours, error) {
	if s == "" {
		return Hours{}, nil
	}
	var h1, m1, h2, m2 int
	if _, err := fmt.Sscanf(s, "%d:%d-%d:%d", &h1, &m1, &h2, &m2); err != nil {
		return Hours{}, fmt.Errorf("working hours %q: want HH:MM-HH:MM", s)
	}
	start, end := h1*60+m1, h2*60+m2
	if h1 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59 || start >= end || end > 24*60 {
		return Hours{}, fmt.Errorf("working hours %q: want HH:MM-HH:MM with the start before the end", s)
	}
	if loc == nil {
		loc = time.Local
	}
	return Hours{Start: start, End: end, Loc: loc}, nil
}

// Always reports whether advisers are always available.
func (h Hours) Always() bool { return h.Loc == nil }

// Open reports whether t is within working hours.
func (h Hours) Open(t time.Time) bool {
	if h.Always() {
		return true
	}
	t = t.In(h.Loc)
	m := t.Hour()*60 + t.Minute()
	return m >= h.Start && m < h.End
}

// String is the hours as the applicant reads them: "9:00–21:00".
func (h Hours) String() string {
	if h.Always() {
		return "全天"
	}
	return fmt.Sprintf("%d:%02d–%d:%02d", h.Start/60, h.Start%60, h.End/60, h.End%60)
}
