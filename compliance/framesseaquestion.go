package compliance

// fixE f00_sea-question: a yes/no question in Indonesian/Malay (Apakah … ?,
// Benarkah … ?, … ke?) or Tagalog (… ba … ?, Totoo ba …?) asks about the claim
// and makes none — unless it offers it (Mau pinjaman pasti lulus?, Gusto mo ba
// ng guaranteed approval?), or we speak in it or in the answer after it.

// seaAsked reports a question in [ss, se) of that shape, the answer up to ae
// not spoken by us.
func (j *judge) seaAsked(ss, se, ae int) bool {
	asked := false
	first := true
	for _, w := range j.latinWords(ss, se) {
		if first {
			for _, q := range [...]string{"apakah", "adakah", "benarkah", "betulkah", "bolehkah", "bisakah", "apabenar", "apabetul", "totoo", "talaga"} {
				if runesEqual(w, q) {
					asked = true
				}
			}
			first = false
		}
		if runesEqual(w, "ba") {
			asked = true
		}
		if seaOwnWord(w, false) {
			return false
		}
	}
	if !asked {
		return false
	}
	for _, w := range j.latinWords(se, ae) {
		if seaOwnWord(w, true) {
			return false
		}
	}
	return true
}

// seaOwnWord reports a first person or an addressee's wish or need (the
// question is our pitch: Mau pinjaman pasti lulus?, Gusto mo ba…?) and, in
// the answer, a yes (… ba? Oo, sure yan).
func seaOwnWord(w []rune, answer bool) bool {
	for _, o := range [...]string{"kami", "kita", "saya", "aku", "gue", "namin", "ako", "ko", "natin", "tayo", "we", "i", "our", "us",
		"mau", "ingin", "butuh", "perlu", "nak", "hendak", "gusto", "kailangan", "want", "need", "cari", "mencari", "naghahanap", "looking"} {
		if runesEqual(w, o) {
			return true
		}
	}
	if !answer {
		return false
	}
	for _, o := range [...]string{"ya", "yes", "oo", "opo", "pasti", "sure", "tentu", "siyempre", "syempre", "betul", "bisa", "boleh", "pwede", "puwede", "kaya", "naman", "benar", "iya", "yup", "yep", "of", "definitely", "absolutely"} {
		if runesEqual(w, o) {
			return true
		}
	}
	return false
}

// latinWords splits the Latin runs of [from, to) into words at the spaces
// normalisation removed (a gap in the source offsets).
func (j *judge) latinWords(from, to int) [][]rune {
	var ws [][]rune
	to = min(to, len(j.n))
	for i := from; i < to; {
		if !isLatin(j.n[i]) {
			i++
			continue
		}
		s := i
		i++
		for i < to && isLatin(j.n[i]) && j.src[i]-j.src[i-1] == 1 {
			i++
		}
		ws = append(ws, j.n[s:i])
	}
	return ws
}
