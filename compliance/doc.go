// Package compliance decides whether a text may be sent to an applicant, and
// flags what an applicant says that needs a human (fraud requests,
// complaints, requests for an agent).
//
// It is a library: it imports nothing from loanbot.
//
// # Pipeline
//
//  1. Normalise (one table lookup per character, built once per process):
//     NFKC width folding and case folding (golang.org/x/text), traditional →
//     simplified from OpenCC's character data (package compliance/hanzi,
//     the project's one such table),
//     zero-width characters, spaces, separator symbols (*-_./~|…) and emoji
//     removed (cross marks ❌ 🚫 ✖ kept as one ✗), 💯 read as 百分百, a letter o between digits read as 0. Every
//     normalised character remembers its original position, so hits are
//     reported in the original text (rune offsets, half-open).
//  2. Match every phrase, variant, paraphrase segment, exception and context
//     cue in one Aho-Corasick pass over the normalised runes. Phrases
//     containing 百分百 also match 百分之百 and 100%. Pinyin-sensitive
//     phrases are also matched as toneless pinyin (mozillazg/go-pinyin)
//     around Latin runs that read as pinyin (bao过, zheng信).
//  3. Judge each hit in context: a per-phrase exception in its sentence, a
//     negation before it (不承诺, 不会, 没有 …; 不用担心 and 能不能 do not
//     negate; 的话/也/就 end the scope) or a negating verb after it (…我们不做),
//     a warning or definition (谨防, 任何声称…都是骗子, 砍头息是指…), the
//     applicant's words quoted back (您说的“包过”…). Enumerations share an
//     excuse (不收取保证金、押金或解冻费); a prohibition governs every
//     item of its list (资金不得用于购房、炒股等; 禁止A、B和C), a refusal of
//     named things the examples after it (不收取任何费用，包括保证金、解冻费);
//     a negation opening a list of selling points does not (无需抵押、当天放款、包过).
//     Claim patterns (pack/claims.yaml) add hits made of ordinary words: word
//     classes per family and the orders in which they make a promise within
//     a clause (or across one comma after a condition or a question).
//     Sentence frames excuse a hit: evaluations and consequences after it,
//     advice against and attribution before it, conversions with a figure,
//     reported speech, a practice named and then defined, a promise
//     withheld at the end of the sentence (最快明天出结果，但不敢打包票).
//  4. Second opinion (outbound): a character n-gram logistic regression
//     (internal/ngram, trained by go generate on the labelled material,
//     embedded) reads every sentence the rules had no hit in and flags a
//     promise-like one for human review (rule scorer:promise-like, category
//     S01); one it is confident of (p ≥ 0.75) it blocks (rule
//     scorer:strongly-promise-like): on writers left out of its training it
//     blocked three fifths of what the rules let through and 0.4% of their
//     allowed sentences (scorer.go has the figures). A shipped phrase's
//     block in a sentence it finds far from a promise (p < 0.02: a warning,
//     an explanation) it doubts: the block becomes a flag for review (rule
//     scorer:block-doubted, the hits excused by scorer:unlike-a-promise).
//     Claims and phrases staff added are never doubted.
//  5. Verdict: block if any un-excused block hit, else flag if any un-excused
//     flag hit, else allow. Each hit names the rule that fired (Rule) and
//     what excused it (ExcusedBy). Outbound texts that state a rate, fee or
//     monthly payment must carry the annualised all-in rate and the risk
//     notice; product statements the risk notice and the lender-decides
//     caveat. Missing ones are listed, never block; WithDisclosures appends
//     the standard sentences. A text states a rate when it gives a figure
//     for one as an offer or estimate (年化12%, 月息8厘, 日息万五, 月供约3000元,
//     500元服务费) — not when it only names the word (额度和利率由机构决定),
//     asks the applicant, gives an example answer (例如：每月还3000), repeats
//     the applicant's own debts or states a ratio (负债率50%).
//
// # Phrases
//
// A Phrase's Text may contain the gap marker "…" (a paraphrase pattern: up to
// MaxGap characters of one clause between the parts, e.g. 一定能…批下来).
// Exceptions are sentence substrings that excuse a hit; "@annualized_rate"
// excuses it when the text gives the annualised rate (免息 with 年化…). The
// default pack (DefaultPack, pack/default.yaml) covers the families F01–F19
// of compliance-rules.md §2 and the inbound flags I01–I03. A pack group may
// generate paraphrase patterns as products of segment lists; ParsePack yields
// one phrase per (text, scope), the key the store seeds by.
//
// # Use
//
//	pack, err := compliance.DefaultPack() // first start: store these
//	f, err := compliance.NewFilter(pack)
//	v := f.CheckOutbound(reply)
//	if v.Verdict == compliance.Block { /* send a safe standard reply, record v.Hits */ }
//	reply = compliance.WithDisclosures(reply, v)
//	err = f.Replace(newList) // on change: compiled aside, swapped atomically
//
// A Filter is safe for concurrent use; checks never block, allocate nothing
// when nothing matched and one slice when something did.
package compliance
