package knowledge

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Source is one approved piece of knowledge an LLM draft may rest on: a FAQ answer, a product's
// terms, or a materials checklist. Text is what the model is shown; ID names it in audit records.
type Source struct {
	ID    string // faq:<id> | product:<id> | materials:<type>
	Kind  string // faq | product | materials
	Title string
	Text  string
}

// Retrieved is a source found for a question and how well it fits.
type Retrieved struct {
	Source
	Score    float64 // bleve's TF-IDF score (ranking only)
	Coverage float64 // share of the question's term weight the source contains, 0–1
}

// Sources is the retrieval index over the whole knowledge base (FAQ, products, materials), in
// memory, built once at start with bleve's CJK analyzer. Safe for concurrent use.
type Sources struct {
	list   []Source
	norm   []string // each source's normalised text
	index  *textIndex
	weight map[string]float64
}

// Source kinds.
const (
	SourceFAQ       = "faq"
	SourceProduct   = "product"
	SourceMaterials = "materials"
)

// NewSources indexes every FAQ entry, product and materials checklist of b.
func NewSources(b *Base) (*Sources, error) {
	idx, err := newTextIndex()
	if err != nil {
		return nil, err
	}
	s := &Sources{index: idx}
	for _, e := range b.FAQ.Entries {
		s.list = append(s.list, Source{ID: "faq:" + e.ID, Kind: SourceFAQ, Title: e.Questions[0],
			Text: "问：" + strings.Join(e.Questions, "／") + "\n答：" + e.Answer})
	}
	for _, p := range b.Products {
		s.list = append(s.list, productSource(p))
	}
	types := make([]string, 0, len(b.Materials.Checklists))
	for t := range b.Materials.Checklists {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		s.list = append(s.list, materialsSource(b.Materials, b.Materials.Checklists[ProductType(t)]))
	}
	docs := make(map[string]string, len(s.list))
	terms := make([][]string, len(s.list))
	for i, src := range s.list {
		norm := NormalizeQuery(src.Title + " " + src.Text)
		docs[strconv.Itoa(i)] = norm
		s.norm = append(s.norm, norm)
		terms[i] = idx.terms(norm)
	}
	if err := idx.add(docs); err != nil {
		return nil, fmt.Errorf("knowledge sources: %w", err)
	}
	s.weight = idfWeights(terms)
	return s, nil
}

// Len is the number of indexed sources.
func (s *Sources) Len() int { return len(s.list) }

// All returns every source (for the console and tests).
func (s *Sources) All() []Source { return append([]Source(nil), s.list...) }

// Retrieve returns up to k sources for question, best first, with how much of the question each
// covers. Sources that share no term with the question are never returned.
func (s *Sources) Retrieve(question string, k int) ([]Retrieved, error) {
	norm := NormalizeQuery(question)
	if norm == "" || k <= 0 {
		return nil, nil
	}
	hits, err := s.index.search(norm, k)
	if err != nil {
		return nil, fmt.Errorf("retrieve: %w", err)
	}
	qterms := s.index.terms(norm)
	out := make([]Retrieved, 0, len(hits))
	for _, h := range hits {
		i, err := strconv.Atoi(h.ID)
		if err != nil || i < 0 || i >= len(s.list) {
			continue
		}
		out = append(out, Retrieved{Source: s.list[i], Score: h.Score, Coverage: s.coverage(qterms, i)})
	}
	return out, nil
}

// coverage is the share of the question terms' weight found in source i (terms unknown to the
// knowledge base weigh as the rarest).
func (s *Sources) coverage(qterms []string, i int) float64 {
	doc := s.norm[i]
	var got, total float64
	for _, t := range qterms {
		w, ok := s.weight[t]
		if !ok {
			w = 1 // a term no source has: it counts against every source
		}
		total += w
		if strings.Contains(doc, t) {
			got += w
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

func productSource(p Product) Source {
	var b strings.Builder
	fmt.Fprintf(&b, "%s（%s，放款机构：%s）", p.Name, p.Type.Label(), p.Lender)
	fmt.Fprintf(&b, "；额度%s–%s元，期限%d–%d个月", yuan(p.AmountMin), yuan(p.AmountMax), p.TermMin, p.TermMax)
	fmt.Fprintf(&b, "；年化利率（单利，IRR口径）%.2f%%–%.2f%%，%s", p.APRMin*100, p.APRMax*100, p.CostNote)
	if p.Speed != "" {
		fmt.Fprintf(&b, "；放款时间%s", p.Speed)
	}
	a := p.Admission
	if a.MinMonthlyIncomeYuan > 0 {
		fmt.Fprintf(&b, "；月收入不低于%s元", yuan(a.MinMonthlyIncomeYuan))
	}
	if !a.AllowCurrentOverdue {
		b.WriteString("；当前有逾期不可申请")
	}
	if a.LocalHukou {
		b.WriteString("；需本地户籍")
	}
	if a.MinHouseCertYears > 0 {
		fmt.Fprintf(&b, "；房产证持有满%g年", a.MinHouseCertYears)
	}
	if a.MinSocialSecurityMonths > 0 {
		fmt.Fprintf(&b, "；社保或公积金连续缴纳%d个月以上", a.MinSocialSecurityMonths)
	}
	if a.TaxProof {
		b.WriteString("；需提供纳税证明")
	}
	if p.OverdueNote != "" {
		fmt.Fprintf(&b, "；%s", p.OverdueNote)
	}
	b.WriteString("。")
	return Source{ID: "product:" + p.ID, Kind: SourceProduct, Title: p.Name + " " + p.Type.Label(), Text: b.String()}
}

func materialsSource(m Materials, c Checklist) Source {
	var b strings.Builder
	fmt.Fprintf(&b, "%s所需材料。", c.Type.Label())
	for _, part := range []struct {
		name  string
		items []Material
	}{{"必传项", c.Required}, {"补充项", c.Supplementary}, {"辅助项", c.Auxiliary}} {
		if len(part.items) == 0 {
			continue
		}
		names := make([]string, len(part.items))
		for i, it := range part.items {
			names[i] = it.Name
		}
		fmt.Fprintf(&b, "%s：%s。", part.name, strings.Join(names, "、"))
	}
	if m.Naming.Pattern != "" {
		fmt.Fprintf(&b, "文件命名：%s。%s", m.Naming.Pattern, m.Naming.Note)
	}
	return Source{ID: "materials:" + string(c.Type), Kind: SourceMaterials, Title: c.Type.Label() + "材料清单", Text: b.String()}
}

// yuan writes an amount in yuan the way applicants read it (30万, 5000).
func yuan(v int64) string {
	if v >= 10000 && v%10000 == 0 {
		return strconv.FormatInt(v/10000, 10) + "万"
	}
	return strconv.FormatInt(v, 10)
}
