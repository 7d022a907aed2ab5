package bot

import (
	"testing"

	"github.com/loanbot/loanbot/bot/extract"
)

// The engine acts on the intent strings bot/extract produces (its constants name the extractor's);
// the engine sees the extractor only through an interface, so this pins that they stay the same.
func TestIntentsAgreeWithTheExtractor(t *testing.T) {
	pairs := []struct{ engine, extractor string }{
		{IntentGreeting, extract.IntentGreeting},
		{IntentProvideInfo, extract.IntentProvideInfo},
		{IntentAskRate, extract.IntentAskRate},
		{IntentAskMaterials, extract.IntentAskMaterials},
		{IntentAskProgress, extract.IntentAskProgress},
		{IntentCalculator, extract.IntentCalculator},
		{IntentFAQ, extract.IntentFAQ},
		{IntentAskHuman, extract.IntentAskHuman},
		{IntentComplaint, extract.IntentComplaint},
		{IntentFraudRequest, extract.IntentFraudRequest},
		{IntentRestart, extract.IntentRestart},
		{IntentThanks, extract.IntentThanks},
		{IntentOther, extract.IntentOther},
	}
	for _, p := range pairs {
		if p.engine != p.extractor {
			t.Errorf("engine intent %q ≠ extractor intent %q", p.engine, p.extractor)
		}
	}
}
