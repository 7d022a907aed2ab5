package compliance

import (
	"strings"
	"testing"
)

// TestFrames checks the sentence frames on shapes a careful adviser uses —
// each must be allowed and name the frame that excused it — and on sales
// lines that share their words, which must stay blocked.
func TestFrames(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// Evaluation after the hit, in the next sentence after a question or an exclamation.
		{"“当天放款、不看征信”的广告多半有坑，千万留个心眼。", Allow, "frame:evaluation:"},
		{"“秒批秒到”这类字眼在广告法里是禁用的。", Allow, "frame:evaluation:"},
		{"“征信洗白”是子虚乌有的事。", Allow, "frame:evaluation:"},
		{"“保证下款”这四个字，正规机构是不会说的。", Allow, "frame:evaluation:"},
		{"借网贷还信用卡？只会越陷越深。", Allow, "frame:consequence:"},
		{"“先交费后放款”！这就是诈骗的标准流程。", Allow, "frame:evaluation:"},
		{"以貸養貸只會越滾越大。", Allow, "frame:consequence:"},
		// Advice against, in the hit's own clause.
		{"別花錢找人「洗白征信」。", Allow, "frame:advice:"},
		{"不要因为额度高就借满。", Allow, "frame:advice:"},
		{"别用网贷还网贷。", Allow, "frame:advice:"},
		{"千万别错过，今天申请今天到账。", Block, ""},
		{"别只看利率，我们服务费全网最低。", Block, ""},
		{"不要找别家了，我们包过。", Block, ""},
		// Denial: rhetorical questions, nobody can, Cantonese and English negators.
		{"哪有包过的贷款？审批都是机构说了算。", Allow, "frame:denial:"},
		{"没有任何机构可以保证当天到账。", Allow, "frame:denial:"},
		{"我哋冇任何內部渠道。", Allow, "frame:denial:"},
		{"I can't guarantee 一定能批。", Allow, "frame:denial:"},
		{"哪有什么门槛，黑户也能贷。", Block, ""},
		{"没人能比我们快，当天到账。", Block, ""},
		// A topic clause (…的，) and the advice said of it.
		{"放款前让您交钱的，一律别转。", Allow, "frame:topic:"},
		{"我们包过的，别去别家了。", Block, ""},
		// Conversions: a daily or monthly figure turned annual.
		{"日息0.03%×365≈10.95%年化。", Allow, "frame:conversion:"},
		{"月息1.2%即係年利率大約14.4%。", Allow, "frame:conversion:"},
		{"日息0.05%，年化（單息）約18.25%。", Allow, "frame:conversion:"},
		{"日息万三，也就是每天几块钱。", Block, ""},
		// Attribution and quoted names; our own words are not.
		{"中介话可以「包批」，其实冇人可以保证。", Allow, "frame:attributed:"},
		{"业内把这种做法称为“刷流水”。", Allow, "frame:attributed:"},
		{"您要是听到“0利息”，一定要问年化是多少。", Allow, "frame:attributed:"},
		{"我们广告说包过，就一定包过。", Block, ""},
		{"这款叫做包过贷，保证下款。", Block, ""},
		// A quoted term asked about and answered.
		{"什么叫“以贷养贷”？就是借新的贷款去还旧的贷款。", Allow, "warning:"},
		{"什么是好平台？就是不看征信的平台。", Block, ""},
		// English-mixed advice and verdicts.
		{"Beware of \"包过\" ads，审批由银行决定。", Allow, "frame:advice:"},
		{"\"100%下款\" is not allowed in ads。", Allow, "frame:evaluation:"},
		// A verdict on someone else does not excuse our claim.
		{"只要身份证就能借，别家都是话术。", Block, ""},
		{"这单稳了，不会有坑。", Block, ""},
		// The agent's fee is not the agent's words; a threat said to the reader is
		// no practice being defined; a charge laid on the reader warns nobody.
		{"中介费按贷款额的8%收，直接打我个人卡上就行。", Block, ""},
		{"凌晨两点给你发消息就是让你知道，你睡不了我们也不让你睡。", Block, ""},
		{"你现在已经涉嫌犯罪，警察会上门找你。", Block, ""},
		{"再不联系我们，就以诈骗罪起诉你。", Block, ""},
	})
}

// TestFramesFixE6566 checks the frames and negations fixed after blind
// batches 65–66: an excuse that swallows the claim (a no-need list, a
// guarantee's penalty, rivals run down, a disclosure dismissed) counts; a
// refusal written in English or dialect excuses.
func TestFramesFixE6566(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// A no-need list: the waiver is a claim of its own, not a negation of the next item.
		{"✅ 无需抵押 ✅ 无需面签 ✅ 人人可借", Block, ""},
		{"✅ 無需收入證明 ✅ 人人可貸", Block, ""},
		{"✅ 无需 payslip ✅ 无需流水 ✅ 人人可借", Block, ""},
		{"宣传“无需审核、人人可借”的平台都是骗子。", Allow, "warning:"},
		// A penalty promised if the money is late: the 不 is the guarantee's condition.
		{"一个钟头内不到账赔你一碗面。", Block, ""},
		{"兩小時內不到賬包賠你一頓飯。", Block, ""},
		{"30分钟内不到账 we 赔你 coffee。", Block, ""},
		{"如果今天没到账，请联系客服查询放款进度。", Allow, "negation:"},
		// Rivals run down after our own claim: no warning.
		{"本市唯一正规的贷款平台，别家都是骗子。", Block, ""},
		{"全港唯一持牌，其他家都系呃人嘅。", Block, ""},
		{"别家说包过的都是假的，我们也不承诺。", Allow, "warning:"},
		// A disclosure dismissed, then run down: the verdict falls on the disclosure.
		{"月息一釐，別看年化，那是嚇唬人的。", Block, ""},
		{"月息很低，别看 APR，那是唬人的。", Block, ""},
		{"那些零利率的广告你别看，羊毛出在羊身上。", Allow, "frame:"},
		// English: a claim denied of everyone, a word refused in quotes or by "no for".
		{"No investment has a guaranteed return.", Allow, "negation:english"},
		{"No lender can give 100% approval.", Allow, "negation:english"},
		{"Nothing beats our guaranteed approval.", Block, ""},
		{"No 'best', no 'number one', 我们只是普通中介。", Allow, "negation:"},
		{"Loan money no for stocks, 合同写着的。", Allow, "negation:english"},
		// English shrugs at bad credit or late payment are claims.
		{"Bad credit? No problem，来就批。", Block, ""},
		{"Late payment? Nothing will happen，随便还。", Block, ""},
		{"Bad credit does matter — lenders check your CCRIS.", Allow, ""},
	})
}

// TestFramesFix2E2 checks the frames added after blind batches 67–68 and
// everyday6–7, each both ways: a warning, an evaluation, a consequence or a
// denial around the term excuses it (Chinese, traditional, mixed English);
// the same words negated, asked, or beside a claim of our own still block.
func TestFramesFix2E2(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// A trap named after the term; not a trap is a claim.
		{"以贷养贷 is a debt trap, 先做好预算再说。", Allow, "frame:evaluation:"},
		{"以貸養貸是debt trap，量力而行。", Allow, "frame:evaluation:"},
		{"以贷养贷 is not a debt trap，放心周转。", Block, ""},
		{"以貸養貸唔係debt trap，照借冇問題。", Block, ""},
		// Wrong, not okay, not recommended.
		{"催收打電話給你家人是不對的，可以投訴。", Allow, ""},
		{"催收的人call你同事是不对的。", Allow, "frame:evaluation:"},
		{"借新还旧 is not recommended; it usually makes your debt bigger.", Allow, "frame:evaluation:"},
		{"拆东墙补西墙是不建议的做法，利息会越滚越多。", Allow, "frame:"},
		{"借新还旧 is something we recommend for tight months.", Block, ""},
		{"借新还旧 is not a bad idea，试试看。", Block, ""},
		// Found out, and worse for it; never found out is a claim, and so is asking it.
		{"代签的合同是会被查出来的，还要承担责任。", Allow, "frame:consequence:"},
		{"包裝資料被查出來問題更大，不值當。", Allow, "frame:consequence:"},
		{"假的payslip will get caught，别做。", Allow, "frame:consequence:"},
		{"帮你做流水，银行不会被查出来的。", Block, ""},
		{"做个假的 payslip，绝对 won't get caught。", Block, ""},
		{"包装资料会被查出来也没事。", Block, ""},
		// Advice to do less, closing its clause; the same words urging go on.
		{"借网贷还网贷能少做就少做，先把账理清。", Allow, "frame:evaluation:"},
		{"拆東牆補西牆的事能不做就不做。", Allow, ""},
		{"拆東牆補西牆的事能少做就少做 先理好開支", Allow, "frame:evaluation:"},
		{"拆东墙补西墙不值得担心，我帮你周转。", Block, ""},
		{"拆東牆補西牆唔抵？其實好抵，照借。", Block, ""},
		// Anyone offering it is not to be trusted; our own offer is no warning.
		{"本人签约，任何代签都不要信。", Allow, "frame:evaluation:"},
		{"凡是說能代簽的中介都不要信。", Allow, ""},
		{"任何手续我们都能代签，都不要信别人。", Block, ""},
		// The thing named and said not to exist; a lack that goes on is a claim.
		{"征信洗白这玩意儿没有 别信。", Allow, "frame:denial:"},
		{"征信修復這種東西根本不存在。", Allow, ""},
		{"征信修复这玩意儿没有办不成的。", Block, ""},
		{"征信修复这种事我们有，交钱就能办。", Block, ""},
		// The speaker dares not say it; a speaker who dares says it.
		{"我不敢跟您说一定能批，要看银行。", Allow, "negation:"},
		{"我不敢跟你講百分百能下。", Allow, "negation:"},
		{"我敢跟你说百分百能下，不信你试试。", Block, ""},
		{"我敢跟你講百分百能批，冇人可以講呢句話除咗我。", Block, ""},
		// A prohibition on sending it somewhere; a waiver or a comma ends it.
		{"请勿在聊天中发送您的银行卡密码。", Allow, "negation:"},
		{"請不要在對話中傳送信用卡背面的安全碼。", Allow, "negation:place"},
		{"不要在App里填，直接把安全码发给我。", Block, ""},
		{"不用在 app 输入，send 我 CVV 就得。", Block, ""},
		// English denials before the term; a boast after the same words.
		{"There's no such thing as guaranteed approval.", Allow, "frame:denial:"},
		{"There is no such thing as a zero-risk loan.", Allow, "frame:denial:"},
		{"We can't say which lender is the best for you.", Allow, "frame:denial:"},
		{"There is no such thing as a rejection here — guaranteed approval.", Block, ""},
		{"We can't say no to anyone — 100% approval.", Block, ""},
		{"I can't say enough: we are the best lender in town.", Block, ""},
		{"天下没有比我们更低的利率。", Block, ""},
		// The advertised rate is not the rate you get; ours, promised, is a claim.
		{"The advertised rate is the lowest possible rate, not the rate you'll necessarily get.", Allow, "frame:evaluation:"},
		{"最低利率是广告里最低的那一档，不一定是您能拿到的。", Allow, "frame:evaluation:"},
		{"Our advertised rate is the lowest possible rate, and it's the rate you'll get.", Block, ""},
	})
}

// TestFramesFix3E checks the frames and negations of fix3-E (blind batches
// 69–70): a fleecing verdict after the term, the applicant's topic quoted up
// to a question mark, northern 甭 before a verb, northern refusals and
// consequences closing their clause, a refusal opening a claim's gap, a year
// said to add up, a legal rule's remedy after a topic clause, and 无其他 —
// in simplified, traditional and mixed English, each with a look-alike claim
// that stays blocked.
func TestFramesFix3E(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// a fleecing verdict after the term
		{"那些征信修复的都是割韭菜，别交钱。", Allow, "frame:evaluation:"},
		{"那些徵信修復的都是割韭菜。", Allow, "frame:evaluation:"},
		{"那些credit repair的都是收智商税。", Allow, "frame:evaluation:"},
		{"我们不割韭菜，征信洗白包成功！", Block, ""},
		{"Credit repair我们最专业，不割韭菜，包删overdue记录。", Block, ""},
		// the applicant's topic ends at the question mark
		{"您说那几回逾期？早过去了，这边不管那些陈年旧账。", Block, ""},
		{"您說那幾次逾期？早就過去了，我們這邊照樣批。", Block, ""},
		{"您说那个overdue？没关系，照样给您批。", Block, ""},
		{"您说征信花了还能不能批？这个得看机构审核。", Allow, ""},
		// northern 甭 before a verb of doing, not 甭管/甭提/甭担心
		{"咱就在介个平台上聊，甭加什么私人号。", Allow, "negation:甭"},
		{"甭交啥押金，正規機構放款前不收錢。", Allow, ""},
		{"甭管征信花不花，咱都给您办下来。", Block, ""},
		{"甭提多快了，十分钟准到账。", Block, ""},
		{"甭担心流水，咱给您P一份bank statement。", Block, ""},
		// a northern refusal closing the clause
		{"您要拿去炒股那可不成，您得想清楚了。", Allow, ""},
		{"拿貸款去炒股那可使不得。", Allow, ""},
		{"拿去炒股那不成问题，随便用。", Block, ""},
		{"借来炒stock那可不成问题，随便投。", Block, ""},
		// a refusal opening the claim's gap, a northern consequence closing its clause
		{"您这收入证明得单位开真的，咱不弄假的，出了事儿您可担不起。", Allow, ""},
		{"流水造假被查出来，您可担不起。", Allow, "frame:consequence:"},
		{"咱不光弄假的流水，还能给您开收入证明。", Block, ""},
		{"咱给您弄个假流水，您担不起的风险咱来扛。", Block, ""},
		{"我們幫您包裝流水，您擔不起的事我們來辦。", Block, ""},
		// the year said to add up
		{"月息看着少，一年下来可就不是那么回事儿了。", Allow, "frame:conversion:"},
		{"日息看著低，一年下來可不少。", Allow, "frame:conversion:"},
		{"月息很低，一年下来才a few hundred。", Block, ""},
		{"月息才几厘，一年下来也就几百块。", Block, ""},
		// a legal rule's remedy after a topic clause
		{"根据相关规定，预先在本金中扣除利息的，应当按照实际借款数额返还借款并计算利息。", Allow, "frame:topic:"},
		{"預先在本金中扣除利息的，應當按照實際借款數額返還。", Allow, "frame:topic:"},
		{"我们放款时先扣除利息的，应当按照实际金额算。", Block, ""},
		{"本平台放款时会预先扣除服务费，依法不予退还。", Block, ""},
		// 无其他 + the term
		{"年化利率（单利）为13.5%，已包含全部费用，无其他合同外收费。", Allow, "negation:无其他"},
		{"年化利率12%（單利），已含全部費用，無其他合同外收費。", Allow, "negation:无其他"},
		{"无其他requirement，只收合同外收费。", Block, ""},
		{"除合同外收费外无其他门槛！", Block, ""},
	})
}

// TestFramesFix4E: excuses that swallowed our own claim, and excuses that
// failed to fire (blind batches 71–72).
func TestFramesFix4E(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// a consequence after a promise word is the promise itself
		{"以贷养贷只会越借越多，最后还不上。", Allow, "frame:consequence:"},
		{"借新還舊只會越滾越多，千萬別碰。", Allow, ""},
		{"每月自动提额，保证越借越多！", Block, ""},
		{"額度保證越借越多，放心借！", Block, ""},
		{"Credit limit guaranteed 越来越多，每月自动提额。", Block, ""},
		// a conversion frame that keeps the sum at its full amount states the deduction
		{"砍头息是指放款时从本金中预先扣除利息，借10000元实际到手9000元，应按9000元计算年化。", Allow, ""},
		{"借款50000元，放款时先扣除5000元手续费，利息仍按50000元计算。", Block, ""},
		{"放款時預先扣除10%服務費，合約金額照樣按全額計算。", Block, ""},
		{"本金先扣3000元service fee，interest还是按全额计算。", Block, ""},
		// a topic cue whose clause names the collector coming: ignore the collection
		{"让你先交钱的，一律别理。", Allow, "frame:topic:"},
		{"欠款不用还的，催款的上门了也别理他们。", Block, ""},
		// rivals run down after our own claim (其他/其余/别的/外面)
		{"唯一官方指定平台，其他都是假的！", Block, ""},
		{"全网最低利率，其余都是骗人的。", Block, ""},
		{"唯一官方渠道，別的都是假的！", Block, ""},
		{"The only official app，外面都是假的。", Block, ""},
		{"凡是自称唯一官方渠道要你先交钱的，都是假的。", Allow, ""},
		// colloquial and Wu consequences
		{"包裝流水會出大事體的，千萬別做。", Allow, ""},
		{"假流水我们帮你做，不会出大事的。", Block, ""},
		{"做假流水没事，不会出大事体的。", Block, ""},
		// a denial of any way to do it
		{"目前没有任何正规渠道可以花钱修复征信。", Allow, "frame:denial:"},
		{"沒有任何合法途徑可以付費刪除逾期記錄。", Allow, "frame:denial:"},
		{"我们有正规渠道可以花钱修复征信。", Block, ""},
		// an imperative negator and a manner adverbial inside the gap
		{"还不上千万别盲目借新的，先跟机构协商。", Allow, "negation:"},
		{"还不上别怕，借新的还旧的就行。", Block, ""},
		{"還不上別擔心，借新的還舊的就好。", Block, ""},
		// a colloquial verdict after an attributed hit
		{"那个说能帮你洗白征信的，纯忽悠。", Allow, "frame:evaluation:"},
		{"那些说能删逾期记录的，太坑了。", Allow, ""},
		{"我们能帮你洗白征信，不坑人。", Block, ""},
		// advice against hearsay
		{"别光听别人说日息才万分之五，要看年化。", Allow, "frame:advice:"},
		{"別光聽人家講一天幾毛錢，要看年化利率。", Allow, "frame:advice:"},
		{"一天几毛钱，别光听我说，赶紧来借。", Block, ""},
		// a negation governing both items joined by 或/和
		{"我们的工作人员不会让您加私人微信或者提供验证码。", Allow, "negation:"},
		{"我們不會請您下載陌生App和提供驗證碼。", Allow, "negation:"},
		{"添加客服微信后提供验证码即可放款。", Block, ""},
		{"请提供身份证和银行卡密码，马上放款。", Block, ""},
		// a list made a topic by 等 + modifier + head noun
		{"请保管好身份证号、银行卡密码等重要信息，切勿告诉他人。", Allow, "negation:"},
		{"短信验证码、CVV码等敏感資料，切勿透露給任何人。", Allow, "negation:"},
		{"请提供您的银行卡密码等信息，我们帮您办理。", Block, ""},
	})
}

// TestFramesFix5E: the frame and negation classes of fix5-E (blind 73–74),
// each both ways, the rules alone.
func TestFramesFix5E(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// f00_hedge-dialect: a hedge opened by a topic and speaker (这个我冇得办法保证)
		{"快的话当天出结果，这个我冇得办法保证。", Allow, "frame:hedge:"},
		{"审批当天出结果，这点我们没法保证。", Allow, "frame:hedge:"},
		{"当天就能出结果，这个我敢保证。", Block, ""},
		// f00_refused-request: someone asks you, a bare 千万莫去 refuses it
		{"你表哥喊你帮他刷脸，千万莫去。", Allow, "frame:hedge:"},
		{"我们帮你刷脸认证，你去别家也是一样。", Block, ""},
		// f00_mo-advice: Xiang 莫 before trusting or telling
		{"莫相信私下转账的要求，有问题打官方电话。", Allow, "negation:"},
		{"银行卡密码哪个都莫告诉，记在自己心里。", Allow, "frame:evaluation:"},
		{"莫管合同上写的，私下转账给我就行。", Block, ""},
		// fix26-E: 莫 + a deed (莫用X去Y), consequences on the applicant, English verdicts, a question refused
		{"莫拿网贷的钱去赌，输了一样要还。", Allow, "frame:advice:莫拿"},
		{"以贷养贷 is dangerous，先停下来做预算。", Allow, "frame:evaluation:"},
		{"以贷养贷 not dangerous 的，放心借新还旧。", Block, ""},
		{"拖着不还，顶多会被起诉，没啥大不了。", Block, ""},
		{"亲戚让你帮他代签合同？莫签，后果自负。", Allow, "frame:question:refused"},
		{"朋友喊你把身份证借给他贷款？别担心，我们帮你办。", Block, ""},
		{"年化9.6%全包，没有其他费用，具体以合同为准。", Allow, "frame:conversion:全包"},
		{"100%全包，放心申请！", Block, ""},
		{"我们利率算不上最低，但所有费用都写在合同里。", Allow, "negation:不算"},
		{"我们既不收现金，也不通过个人微信收款。", Allow, "negation:也不通过"},
		{"We never arrange face verification for you.", Allow, "negation:english"},
		{"Don't worry, we do face verification for you.", Block, ""},
		// f00_not-required and Cantonese 唔代表
		{"通讯录授权不是申请的必要条件，可以不给。", Allow, ""},
		{"通讯录授权是申请的必要条件，不给就批不了。", Block, ""},
		{"額度高唔代表要借盡。", Allow, ""},
		{"額度高就代表你要借盡佢，唔好浪費。", Block, ""},
		// Tagalog modal between hindi and the verb
		{"Hindi namin kayang i-guarantee ang approval.", Allow, "negation:tagalog"},
		{"Kaya naming i-guarantee ang approval, 100% sure.", Block, ""},
		// f05_rate-ignored: advice to ignore the annual rate is the claim
		{"年利率你莫去管它，每天就几块钱。", Block, ""},
		{"年化才是真实成本，不要去管日息看起来多小。", Allow, ""},
		// f00_list-evaluated
		{"零利息、免息之类的宣传往往另收费用，请看年化综合成本。", Allow, "frame:evaluation:"},
		{"免息、零手续费这种好事，只有我们这有。", Block, ""},
		// void: A不A questions, a consequence of borrowing more
		{"这个利息划算不划算？年化是多少？", Allow, ""},
		{"不要多借，多借一点就多一点利息。", Allow, ""},
		{"多借一点也没关系，额度放着也是浪费。", Block, ""},
	})
}

// frameCase is one sentence judged by the rules alone: the verdict it must
// get and, when excused is set, the prefix of the rule that must excuse one
// of its hits.
type frameCase struct {
	text    string
	want    Action
	excused string
}

// checkFrameCases judges every case with the rules alone (no second opinion).
func checkFrameCases(t *testing.T, cases []frameCase) {
	t.Helper()
	f := newDefault(t)
	f.setSecondOpinion(false)
	for _, c := range cases {
		v := f.CheckOutbound(c.text)
		if v.Verdict != c.want {
			t.Errorf("%s: verdict %v, want %v%s", c.text, v.Verdict, c.want, describe(v))
			continue
		}
		found := c.excused == ""
		for _, h := range v.Hits {
			found = found || strings.HasPrefix(h.ExcusedBy, c.excused)
		}
		if !found {
			t.Errorf("%s: no hit excused by %s%s", c.text, c.excused, describe(v))
		}
	}
}
