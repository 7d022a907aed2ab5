package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/extract"
	"github.com/loanbot/loanbot/bot/screen"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// New returns the engine with its standard parts: the embedded knowledge, the slot extractor
// (bot/extract) and bot/screen. It cannot fail at the call site; if the parts do not build, every
// Reply returns the reason. Use NewStandard to load knowledge from LOANBOT_KNOWLEDGE_DIR.
func New() *Engine {
	kb, err := knowledge.Load("")
	if err != nil {
		return &Engine{err: fmt.Errorf("load knowledge: %w", err)}
	}
	e, err := NewStandard(kb)
	if err != nil {
		return &Engine{err: err}
	}
	return e
}

// NewStandard returns the engine with the standard extractor and screen over the given knowledge,
// e.g. knowledge.Load(cfg.KnowledgeDir) for LOANBOT_KNOWLEDGE_DIR.
func NewStandard(kb *knowledge.Base) (*Engine, error) {
	return NewWith(Deps{Knowledge: kb, Extractor: DefaultExtractor(), Screener: Screen()})
}

// DefaultExtractor adapts bot/extract, built once, to Extractor.
func DefaultExtractor() Extractor {
	x := extract.New()
	return ExtractorFunc(func(text, expecting string, now time.Time) Understanding {
		if now.IsZero() {
			now = time.Now()
		}
		r := x.ExtractAt(text, expecting, now)
		u := Understanding{Slots: r.Slots, Tentative: r.Tentative, Intent: r.Intent, ProhibitedUse: r.ProhibitedUse, Signals: r.Signals, TakenBack: r.TakenBack}
		for k, v := range r.Ranges {
			if u.Ranges == nil {
				u.Ranges = map[string]Range{}
			}
			u.Ranges[k] = Range{Lo: v.Lo, Hi: v.Hi}
		}
		if r.Calc != nil {
			u.Calc = &CalcRequest{AmountYuan: r.Calc.AmountYuan, TermMonths: r.Calc.TermMonths,
				AnnualRatePct: r.Calc.AnnualRatePct, Method: r.Calc.Method}
		}
		return u
	})
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
			a.Products = append(a.Products, Fit{Product: c.Product, Why: strings.Join(append(shortFits(c.Fits), c.Notes...), "，")})
		}
		return a
	})
}

// shortFits keeps a product's first three reasons to fit and its last one (the affordability
// estimate), so that three products fit in one WeChat message.
func shortFits(fits []string) []string {
	if len(fits) <= 4 {
		return fits
	}
	return append(append([]string{}, fits[:3]...), fits[len(fits)-1])
}

// check reports why the engine cannot run, if it cannot.
func (e *Engine) check(context.Context) error { return e.err }
