package phrasebook

import (
	"fmt"
	"html"
	"strings"
)

// chartColors are the lines' colours, one per family (repeating past eight).
var chartColors = []string{"#c0392b", "#2471a3", "#229954", "#b9770e", "#7d3c98", "#148f77", "#566573", "#d35400"}

// Chart geometry (SVG user units).
const (
	chartW, chartH = 720, 240
	padL, padR     = 40, 180 // the legend sits on the right
	padT, padB     = 12, 28
)

// chartSVG draws one line per series over the days: an inline SVG, no script, no CDN.
func chartSVG(days []string, series []Series) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" class="hits-chart" role="img" aria-label="命中趋势">`, chartW, chartH)
	peak := 1
	for _, s := range series {
		for _, n := range s.Counts {
			peak = max(peak, n)
		}
	}
	plotW, plotH := float64(chartW-padL-padR), float64(chartH-padT-padB)
	x := func(i int) float64 {
		if len(days) < 2 {
			return float64(padL)
		}
		return float64(padL) + plotW*float64(i)/float64(len(days)-1)
	}
	y := func(n int) float64 { return float64(padT) + plotH*(1-float64(n)/float64(peak)) }
	fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#999"/>`, padL, y(0), chartW-padR, y(0))
	fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="11" text-anchor="end">%d</text>`, padL-4, y(peak)+4, peak)
	fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="11" text-anchor="end">0</text>`, padL-4, y(0)+4)
	if len(days) > 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11">%s</text>`, padL, chartH-8, days[0])
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">%s</text>`, chartW-padR, chartH-8, days[len(days)-1])
	}
	for k, s := range series {
		if k == len(chartColors) {
			break
		}
		color := chartColors[k]
		pts := make([]string, len(s.Counts))
		for i, n := range s.Counts {
			pts[i] = fmt.Sprintf("%.1f,%.1f", x(i), y(n))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"><title>%s</title></polyline>`,
			color, strings.Join(pts, " "), html.EscapeString(s.Label))
		ly := padT + 14*k + 8
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="10" height="10" fill="%s"/>`, chartW-padR+10, ly-8, color)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11">%s (%d)</text>`, chartW-padR+24, ly+1,
			html.EscapeString(truncateRunes(s.Label, 14)), s.Total)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
