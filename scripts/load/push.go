package main

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/silenceper/wechat/v2/util"
)

// account is the official account's id (ToUserName) in every push.
const account = "gh_loadtest0001"

// applicantLines is what each applicant says, in order: applicant k's n-th push carries line
// n mod len. Real applicant input: plain, full-width digits, traditional characters, emoji, and
// voice recognition output without punctuation.
func applicantLines() []string {
	return []string{
		"你好，我想咨询一下贷款",
		"想借20万，做生意周转用",
		"我在深圳上班，月收入一万五左右",
		"有社保和公积金，交了三年了",
		"名下有一套房子，有房产证",
		"征信没有逾期，最近半年查过两次",
		"利息大概多少？能分几期还",
		"３０万可以吗　期限３年",
		"請問需要準備哪些材料？",
		"好的谢谢😊",
		"我想问一下如果提前还款有没有违约金就是说我借了一年之后想一次性还清",
		"什么时候能放款啊比较急",
	}
}

// pushMaker renders text pushes signed exactly as WeChat signs them in plaintext mode:
// signature = sha1 of the sorted token, timestamp and nonce (util.Signature).
type pushMaker struct {
	token      string
	runTag     string // 6 characters that make this run's openids its own
	baseID     int64  // MsgId of push 0; push i has baseID+i
	applicants int64
	lines      []string
	openids    []string
	now        func() time.Time
}

// newPushMaker returns a maker whose MsgIds and openids are fresh for this run.
func newPushMaker(token string, applicants int, now func() time.Time) (*pushMaker, error) {
	if applicants < 1 {
		return nil, fmt.Errorf("applicants = %d: want at least 1", applicants)
	}
	tag := make([]byte, 3)
	if _, err := rand.Read(tag); err != nil {
		return nil, fmt.Errorf("run tag: %w", err)
	}
	p := &pushMaker{token: token, runTag: hex.EncodeToString(tag), baseID: now().UnixNano(),
		applicants: int64(applicants), lines: applicantLines(), now: now}
	p.openids = make([]string, applicants)
	for k := range p.openids {
		sum := sha1.Sum([]byte(p.runTag + strconv.Itoa(k)))
		p.openids[k] = "oLoad" + p.runTag + base64.RawURLEncoding.EncodeToString(sum[:])[:17]
	}
	return p, nil
}

// openID is the applicant of push i, round-robin over the applicants, so applicant k speaks at
// pushes k, k+N, k+2N, … Like real openids (an account prefix, then random characters) they are
// 28 characters and spread over the index, not adjacent.
func (p *pushMaker) openID(i int64) string {
	return p.openids[i%p.applicants]
}

// content is the text of push i: the next line of its applicant's conversation.
func (p *pushMaker) content(i int64) string {
	return p.lines[(i/p.applicants)%int64(len(p.lines))]
}

// make returns the signed query string and the XML body of push i.
func (p *pushMaker) make(i int64) (query string, body []byte) {
	now := p.now()
	ts := strconv.FormatInt(now.Unix(), 10)
	nonce := strconv.FormatInt(now.UnixNano()%1e9+i%1000, 10)
	openid := p.openID(i)
	query = "signature=" + util.Signature(p.token, ts, nonce) + "&timestamp=" + ts +
		"&nonce=" + nonce + "&openid=" + openid
	return query, p.body(openid, now.Unix(), p.baseID+i, p.content(i))
}

// body renders the push as WeChat does (CDATA sections, MsgId last).
func (p *pushMaker) body(openid string, created, msgID int64, text string) []byte {
	b := make([]byte, 0, 320)
	b = append(b, "<xml><ToUserName><![CDATA["+account+"]]></ToUserName><FromUserName><![CDATA["...)
	b = append(b, openid...)
	b = append(b, "]]></FromUserName><CreateTime>"...)
	b = strconv.AppendInt(b, created, 10)
	b = append(b, "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["...)
	b = append(b, text...)
	b = append(b, "]]></Content><MsgId>"...)
	b = strconv.AppendInt(b, msgID, 10)
	return append(b, "</MsgId></xml>"...)
}
