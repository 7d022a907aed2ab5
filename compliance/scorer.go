package compliance

// scorer is the statistical second opinion (see scorer_model.go); nil when
// the filter runs on the rules alone.
type scorer struct{}

// secondOpinion reports whether the filter consults the statistical scorer.
func (f *Filter) secondOpinion() bool { return f.scorer != nil }

// setSecondOpinion turns the statistical scorer off (tests compare the
// figures with and without it). Call it before the filter is shared.
func (f *Filter) setSecondOpinion(on bool) {
	if !on {
		f.scorer = nil
	}
}
