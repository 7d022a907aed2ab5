package compliance

import "unicode/utf8"

// Negation in Tagalog, Indonesian and Malay: a negator written as a word of its
// own shortly before the hit (hindi po kami nangangako, tidak ada yang bisa…).

// tagalogNegation: a Tagalog negator written as a word of its own shortly
// before the hit in its clause (hindi po kami nangangako ng…, walang … fee,
// bawal ang 代签): only particles, pronouns, modals and verbs of offering,
// asking, charging or promising may stand between. A word of any other
// kind ends the reach (walang hassle guaranteed…, hindi lang … = not only,
// walang problema = no problem).
func (j *judge) tagalogNegation(lo, a, cond int) string {
	n, k := j.n, a
	for range 8 {
		if k > lo && n[k-1] == '-' {
			k-- // ma-guarantee, nag-ooffer
		}
		if k <= lo || !isLatin(n[k-1]) {
			return ""
		}
		s := k - 1
		for s > lo && isLatin(n[s-1]) && j.src[s]-j.src[s-1] == 1 {
			s--
		}
		w := n[s:k]
		if cond >= 0 && s > cond {
			return ""
		}
		for _, neg := range [...]string{"hindi", "walang", "wala", "bawal", "huwag", "wag", "hinding"} {
			if runesEqual(w, neg) && !j.exceptAfter(a) {
				return "negation:tagalog"
			}
		}
		if runesEqual(w, "di") && k < a && seaNegFollows(n[k:a]) {
			return "negation:tagalog" // di po pwedeng…, di namin…: Tagalog di, not Indonesian "at"
		}
		for _, neg := range [...]string{"tidak", "tak", "bukan", "jangan", "belum", "tiada", "takkan", "gak", "nggak", "enggak", "ndak", "usah", "tidakakan", "takboleh", "tidakboleh"} {
			if runesEqual(w, neg) && !j.exceptAfter(a) {
				return "negation:malay" // fixE: Indonesian/Malay negators (tidak bisa dipakai untuk saham, kami tak minta deposit)
			}
		}
		filler := false
		for _, f := range [...]string{
			"po", "pong", "ho", "hong", "namin", "naming", "kami", "kaming", "ko", "kong", "kayo", "kayong", "ka", "kang", "mo", "tayo", "natin",
			"ng", "nang", "ang", "sa", "mga", "na", "pa", "rin", "din", "talaga", "naman", "kailanman", "kahit", "anumang", "anong", "sinong",
			"ma", "mag", "nag", "maka", "makaka", "magpa", "i", "ipa", "kaya", "kayang", "kaya't", "maaari", "maaaring", "kakayanin", "gusto", "gustong", "o", "pwede", "pwedeng", "puwede", "puwedeng", "kailangan", "kailangang", "dapat",
			"hihingi", "humingi", "hihingan", "hingin", "hinihingi", "hinihinging", "humihingi", "maningil", "naniningil", "sisingilin", "singilin", "sumingil",
			"magbayad", "magbabayad", "bayaran", "offer", "ooffer", "aalok", "nagbibigay", "magbibigay", "ibigay", "bigay",
			"tumatanggap", "tatanggap", "tanggap", "nangangako", "mangako", "ipinapangako", "ipangako", "pinapangako", "gumagawa", "gagawa", "nagpapa",
			"any", "an", "a", "the", "you", "we", "us", "ask", "require", "charge", "give", "promise", "guarantee",
			// fixE: Tagalog verbs of using; Indonesian/Malay pronouns, modals and verbs of using, asking, charging, promising
			"gamitin", "gamit", "gumamit", "magamit", "gagamitin", "ginagamit", "ipang", "ipambili", "pambili", "use", "used", "using", "spend",
			"kami", "kita", "anda", "kamu", "awak", "saya", "aku", "akan", "boleh", "bisa", "dapat", "perlu", "pernah", "ada", "yang", "untuk", "buat", "pula",
			"menggunakan", "guna", "gunakan", "digunakan", "pakai", "dipakai", "meminta", "minta", "memungut", "mengenakan", "kenakan", "menjanjikan", "janji", "menjamin", "jamin", "memberi", "memberikan", "menawarkan", "tawarkan", "terima", "menerima", "mau", "nak", "sama", "sekali", "pun",
			// nobody at all (tak ada siapa boleh, tidak ada orang yang bisa, tiada sesiapa pun boleh, walang sinuman ang)
			"siapa", "sesiapa", "siapapun", "sesiapapun", "orang", "seorang", "pihak", "manapun", "satupun", "satu", "apapun", "sinuman", "sinumang", "sino", "mampu", "berani", "dapat",
		} { // particles, pronouns, markers, modals, affixes split off by a hyphen, verbs of offering, asking, charging, giving or promising
			if runesEqual(w, f) {
				filler = true
				break
			}
		}
		if !filler {
			return ""
		}
		k = s
	}
	return ""
}

// runesEqual reports rs spelling w, without building a string.
func runesEqual(rs []rune, w string) bool {
	return len(rs) == utf8.RuneCountInString(w) && hasPrefix(rs, w)
}

// seaNegFollows reports a Tagalog word right after di (po, pwede, namin…), so
// di is the Tagalog negator and not the Indonesian/Malay "at".
func seaNegFollows(rest []rune) bool {
	for _, w := range [...]string{"po", "ho", "pwede", "puwede", "namin", "ko", "mo", "ka", "kami", "kailangan", "dapat", "na", "ba", "ako", "kayo", "tayo"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}
