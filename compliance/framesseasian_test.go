package compliance

import "testing"

// TestSEAsianFrames checks the Indonesian/Malay/Tagalog negators, attributions,
// verdicts and questions, the advice against after a deed, the quoted term
// narrowed by its fees and the dismissed concept (framesseasian.go,
// framesseaquestion.go, negationwide.go): each allowed shape names its rule;
// sales lines with the same words stay blocked.
func TestSEAsianFrames(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// Negators before the claim.
		{"Pinjaman ini tidak boleh dipakai untuk beli crypto, sesuai kontrak.", Allow, ""},
		{"Kami tak minta bayar dulu biaya aktivasi, jangan percaya yang minta.", Allow, "negation:malay"},
		{"Hindi po namin kailangan ng deposit bago ma-release ang loan.", Allow, "negation:tagalog"},
		{"Di po pwedeng gamitin ang loan sa stocks, bawal sa kontrata.", Allow, "negation:tagalog"},
		{"No need to add anyone's personal number, this official account is enough.", Allow, ""},
		{"Di sini boleh pakai pinjaman buat beli crypto, untung besar.", Block, ""},
		{"No need to wait, add my personal WhatsApp for a higher limit.", Block, ""},
		// Attribution, verdicts and consequences.
		{"Scam ang mga ads na nagsasabing guaranteed approval kahit blacklisted.", Allow, "frame:attributed:"},
		{"The ad says \"no credit check\", but licensed lenders always check.", Allow, "frame:attributed:"},
		{"Fake bank statement can get you in legal trouble, huwag gawin.", Allow, "frame:consequence:"},
		{"Gali lubang tutup lubang itu berbahaya, utang makin menumpuk.", Allow, "frame:evaluation:"},
		{"他話有「內部渠道」可以批？冇呢回事，唔好信。", Allow, ""},
		{"Fake payslip can get you approved faster, kami bantu buatkan.", Block, ""},
		{"我 say 我有 inside connection 能 approve。", Block, ""},
		// Advice against after the deed, closing its clause.
		{"想借钱去买币的话我劝你不要，合同写明不能用于投资。", Allow, "frame:evaluation:的话我劝你不要"},
		{"借钱炒股的话我劝你不要犹豫，现在正是好时机。", Block, ""},
		// A quoted term narrowed by its fees.
		{"The \"0% interest\" offer usually has a processing fee, so check the annual rate.", Allow, ""},
		{"「零利息」宣传通常有手续费。", Allow, ""},
		{"「零利息」优惠，马上上车。", Block, ""},
		{"Yung「0% interest」promo namin, sulit talaga, apply na po.", Block, ""},
		// A dismissed concept is no term talked about.
		{"不用太纠结年化这个概念，看月供就行。", Block, ""},
		{"日息和年化不是一个概念，我帮您换算成年化。", Allow, ""},
		// Questions.
		{"Apakah benar pinjaman bisa cair tanpa BI checking?", Allow, "frame:question:sea-asked"},
		{"Totoo ba na guaranteed approval dito? Hindi, ang lender ang magdedesisyon.", Allow, "frame:question:sea-asked"},
		{"Apakah Anda mau pinjaman pasti lulus? Daftar sekarang!", Block, ""},
		{"Gusto mo ba ng guaranteed approval? Apply na!", Block, ""},
		{"Apakah pinjaman ini pasti lulus? Pasti!", Block, ""},
	})
}
