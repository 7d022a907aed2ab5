package compliance

// Frame words in Indonesian/Malay, Tagalog and the English mixed into them,
// with the Chinese advice against a deed said after it: attributions, verdicts
// and consequences around a claim (Iklan bilang…, …nagsasabing…, … can get you
// in legal trouble, …itu ilegal, …的话我劝你不要).

// seAsianFrameWords appends the tables below to the frame words.
func seAsianFrameWords(words map[int][]string) {
	// fixE f00_sea-attrib: someone else's words introduced in Indonesian/Malay, Tagalog or
	// English (kalau ada yang bilang…, ads na nagsasabing…, The promo says '…', 你朋友 say …).
	words[cueAttrib] = append(words[cueAttrib], seaAttribCues...)
	for _, who := range [...]string{"朋友", "你朋友", "您朋友", "他", "她", "佢", "对方", "有人", "人家", "别人", "friend", "yourfriend", "myfriend", "someone", "somebody", "they", "he", "she", "people", "kawan", "teman", "kaibigan", "kaibiganmo"} {
		for _, v := range [...]string{"say", "says", "said", "tell", "told", "claim", "claims", "claimed", "bilang", "kata", "cakap", "sabi", "nagsabi"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	for _, who := range [...]string{"promo", "ad", "ads", "advert", "advertisement", "poster", "banner", "message", "sms", "text", "flyer", "post", "iklan", "pesan", "brosur", "spanduk", "mensahe", "patalastas"} {
		for _, v := range [...]string{"says", "said", "say", "claims", "claimed", "promises", "promised", "bilang", "kata", "mengatakan", "menyatakan", "menjanjikan", "tulis", "menulis", "bertulis", "sabi", "nagsasabing", "nagsasabi"} {
			words[cueAttrib] = append(words[cueAttrib], who+v)
		}
	}
	// fixE f00_sea-eval: a verdict or a consequence after the claim (…itu ilegal, …bawal yan,
	// … can get you in legal trouble, …要睇机构, Careful, 冇呢回事).
	words[cueEval] = append(words[cueEval], seaEvalCues...)
	words[cueConseq] = append(words[cueConseq], seaConseqCues...)
	// fixE f00_advise-against-after: a deed named, then advice against it closing the clause
	// (借钱去炒股的话我劝你不要, 想找人代签的话劝您别) — guarded by adviseAfterOK.
	words[cueEval] = append(words[cueEval], adviseAfterCues...)
	plainVerdictFrameWords(words)
	claimJudgedFrameWords(words)
	explainedFrameWords(words)
}

var seaAttribCues = []string{
	"kalauadayangbilang", "kalauadayangkata", "kalauadayangcakap", "kalauadayangjanji", "jikaadayangbilang", "jikaadayangmengatakan", "kalauadaorangbilang", "kalauorangcakap", "adayangbilang", "adayangmengatakan", "adayangmenjanjikan",
	"yangbilang", "yangmengatakan", "yangmenjanjikan", "yangmengklaim", "yangmenawarkan", "yangbertulis", "yangcakap",
	"nagsasabing", "nagsasabi", "nagsasabina", "nagsasabiang", "nangangakong", "nag-aalokng", "nag-aalok", "nangangako", "sinasabing", "sinasabingmay", "sabinila", "sabing", "sabiniya", "kungmaysabing", "kungmaynagsabing", "kungmaymagsabing",
	"thatsay", "thatsays", "thatclaim", "thatclaims", "thatpromise", "thatpromises", "ifsomeonesays", "ifanyonesays", "ifsomeonetellsyou", "ifanyonetellsyou", "ifsomeoneoffers", "ifanyoneoffers",
}

var seaEvalCues = []string{
	"ituilegal", "ituilegalya", "itutidaklegal", "itumelanggarhukum", "melanggarhukum", "ituberbahaya", "itupenipuan", "itudilarang", "dilarang", "itubohong", "ituhoax", "itumodus", "moduspenipuan", "janganpercaya", "jangantertipu",
	"bawalyan", "bawaliyan", "bawalito", "aybawal", "ilegalyan", "illegalyan", "scamyan", "scamiyan", "scamito", "pekeyan", "labagsabatas", "hwagmaniwala", "huwagmaniwala", "wagmaniwala",
	"legaltrouble", "legalproblem", "legalproblems", "acrime", "isacrime", "acriminaloffence", "acriminaloffense",
	"冇呢回事", "冇呢种事", "冇咁嘅事", "没这回事", "没有这回事", "没这种事", "要睇", "睇机构", "睇银行", "要视乎", "视乎",
}

var seaConseqCues = []string{
	"cangetyouin", "willgetyouin", "couldgetyouin", "maygetyouin", "getyouintrouble", "landyouin", "landsyouin", "youcangetcaught", "youwillgetcaught", "bisadipenjara", "bisakenapidana", "bolehdipenjara", "pwedekangmakulong", "makukulongka", "makasuhan",
}

var adviseAfterCues = []string{
	"的话我劝你不要", "的话我劝您不要", "的话我劝你别", "的话我劝您别", "的话劝你不要", "的话劝您不要", "的话劝你别", "的话劝您别", "的话我劝你还是不要", "的话我劝你还是别", "的话我劝您还是不要", "的话我劝您还是别", "的话我劝你莫", "的话我劝你唔好", "的话我建议你不要", "的话我建议您不要", "的话建议你不要", "的话建议您不要", "的话我不建议", "的话不建议",
}

// adviseAfterOK: an advice-against cue after the hit must close its clause
// (…的话我劝你不要，…), or end on a verb of doing it (…我劝你不要这么做): 的话我劝你不要犹豫
// urges the deed instead.
func adviseAfterOK(n []rune, st, en int) bool {
	if !isAdviseAfter(n[st:en]) {
		return true
	}
	rest := n[en:]
	if len(rest) == 0 || isClauseEnd(rest[0]) || isSentenceEnd(rest[0]) {
		return true
	}
	for _, w := range [...]string{"这么做", "这样做", "这样", "去做", "碰", "去碰", "借", "贷", "了"} {
		if hasPrefix(rest, w) && (len(rest) == len([]rune(w)) || isClauseEnd(rest[len([]rune(w))]) || isSentenceEnd(rest[len([]rune(w))])) {
			return true
		}
	}
	return false
}

// isAdviseAfter reports one of adviseAfterCues (compared in place).
func isAdviseAfter(cue []rune) bool {
	for _, w := range adviseAfterCues {
		if runesEqual(cue, w) {
			return true
		}
	}
	return false
}

// Words after a quoted term that opens its sentence and the clause that narrows it
// (「零利率」方案通常另有手续费; fixE f05_quoted-fee: “零利息”宣传通常有手续费,
// Yung「0% interest」promo po may processing fee pa rin, The "0% interest" offer usually has fees).
var (
	quotedTermNouns   = []string{"方案", "产品", "活动", "套餐", "广告", "宣传", "优惠", "promos", "promo", "offers", "offer", "deals", "deal", "ads", "ad", "plans", "plan", "products", "product", "loans", "loan", "iklan", "produk", "pinjaman"}
	quotedTermAdverbs = []string{"通常", "一般", "往往", "其实", "实际上", "大多", "多数", "都", "也", "po", "usually", "often", "actually", "still", "biasanya", "sebenarnya", "talaga", "kadalasan"}
	quotedTermLimits  = []string{"只是", "只不过是", "仅是", "仅仅是", "只指", "仅指", "只系", "只限于", "仅限于", "另有", "另收", "另外收", "另外有", "另加", "附带", "暗含", "藏着",
		"有手续费", "有服务费", "有管理费", "有其他费用", "有隐藏费用", "有额外费用", "有附加费", "会收手续费", "会收服务费", "收手续费", "收服务费", "都有手续费", "还有手续费", "还有服务费",
		"mayprocessingfee", "mayservicefee", "mayfee", "mayiba", "mayhiddenfee", "mayhiddencharges", "maybayad", "hasfees", "hasafee", "hasaprocessingfee", "hasaservicefee", "hasahiddenfee", "hasextrafee", "hasotherfee", "hashiddenfees", "hasprocessingfee", "comeswithfees", "comeswithafee", "chargesfees", "chargesaprocessingfee", "chargesafee",
		"adabiaya", "adabiayaadmin", "adabiayalain", "adabiayatersembunyi", "adacaj", "adayuran", "masihadabiaya", "tetapadabiaya"}
)

// quoteAfterDeterminer returns where a quote opens after a short determiner
// that starts the sentence (Yung「0% interest」…, The "0% interest" offer…,
// Iklan “bunga 0%”…), else ss unchanged.
func quoteAfterDeterminer(n []rune, ss, a int) int {
	if ss >= a || isOpenQuote(n[ss]) {
		return ss
	}
	for _, d := range [...]string{"yung", "iyong", "ung", "ang", "the", "this", "that", "those", "these", "iklan", "promo", "ituiklan", "那个", "这个", "那些", "这些", "嗰个", "呢个", "所谓", "所谓的", "什么"} {
		if k := ss + len([]rune(d)); k < a && hasPrefix(n[ss:], d) && isOpenQuote(n[k]) {
			return k
		}
	}
	return ss
}
