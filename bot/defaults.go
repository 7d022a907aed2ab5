package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/screen"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// New returns the engine with its standard parts: the embedded knowledge (or LOANBOT_KNOWLEDGE_DIR
// passed by the caller through NewWith), the slot extractor and bot/screen. It cannot fail at the
// call site; if the parts do not build, every Reply returns the reason.
func New() *Engine {
	kb, err := knowledge.Load("")
	if err != nil {
		return &Engine{err: fmt.Errorf("load knowledge: %w", err)}
	}
	e, err := NewWith(Deps{Knowledge: kb, Extractor: DefaultExtractor(), Screener: Screen()})
	if err != nil {
		return &Engine{err: err}
	}
	return e
}

// DefaultExtractor is the standard extractor.
func DefaultExtractor() Extractor {
	return ExtractorFunc(func(string, string) Understanding { return Understanding{Intent: IntentOther} })
}

// Screen adapts bot/screen: Prescreen for the grade and its reasons, Match for the products
// (eligible only, best first; none when the grade is C).
func Screen() Screener {
	return ScreenerFunc(func(s slot.Slots, products []knowledge.Product, now time.Time) Assessment {
		r := screen.Prescreen(s, now)
		a := Assessment{Grade: string(r.Grade)}
		for _, x := range r.Reasons {
			a.Reasons = append(a.Reasons, Reason{Code: x.Code, Text: x.Text, Detail: x.Detail})
		}
		if r.Grade == screen.GradeC {
			return a
		}
		for _, c := range screen.Match(s, products).Eligible {
			a.Products = append(a.Products, Fit{Product: c.Product, Why: strings.Join(append(c.Fits, c.Notes...), "，")})
		}
		return a
	})
}

// check reports why the engine cannot run, if it cannot.
func (e *Engine) check(context.Context) error { return e.err }
