package main

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/loanbot/loanbot/internal/wechat"
)

// WeChat's push rule: no answer within 5 s → the same MsgId again (here: to the other
// instance), 3 tries in all; an answer with an error status is final.
const (
	tryWindow = 5 * time.Second
	maxTries  = 3
	lateLimit = 30 * time.Second // a try's late answer is still recorded (for inconsistency)
)

// lines is what every applicant says, in order (real input: full-width, traditional, emoji,
// voice text without punctuation).
var lines = []string{
	"你好，我想咨询一下贷款", "想借20万，做生意周转用", "我在深圳上班，月收入一万五左右", "有社保和公积金，交了三年了",
	"名下有一套房子，有房产证", "征信没有逾期，最近半年查过两次", "利息大概多少？能分几期还", "３０万可以吗　期限３年",
	"請問需要準備哪些材料？", "好的谢谢😊", "我想问一下如果提前还款有没有违约金就是说我借了一年之后想一次性还清", "什么时候能放款啊比较急",
}

type try struct {
	inst   int
	status int
	text   string
	err    error
	took   time.Duration
}

// pushRecord is one applicant message and what each try got.
type pushRecord struct {
	openID string
	msgID  int64
	mu     sync.Mutex
	tries  []try
	given  bool // a try got 200 within its window: WeChat shows that answer
	shown  string
}

func (p *pushRecord) add(t try) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tries = append(p.tries, t)
}

// driver plays WeChat for a set of applicants against two instances.
type driver struct {
	insts  []*instance
	think  time.Duration
	seq    atomic.Int64
	mu     sync.Mutex
	pushes []*pushRecord
	late   sync.WaitGroup
	runTag string
}

func newDriver(insts []*instance, think time.Duration) *driver {
	b := make([]byte, 4)
	for i := range b {
		b[i] = byte(rand.IntN(256))
	}
	return &driver{insts: insts, think: think, runTag: hex.EncodeToString(b)}
}

func (d *driver) openID(k int) string {
	sum := sha1.Sum([]byte(d.runTag + fmt.Sprint(k)))
	return "oFault" + hex.EncodeToString(sum[:])[:22]
}

// run drives n applicants until ctx ends, then waits for the late answers.
func (d *driver) run(ctx context.Context, n int) []*pushRecord {
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() { d.applicant(ctx, k) })
	}
	wg.Wait()
	d.late.Wait()
	return d.pushes
}

func (d *driver) applicant(ctx context.Context, k int) {
	openID := d.openID(k)
	for i := 0; ctx.Err() == nil; i++ {
		p := &pushRecord{openID: openID, msgID: time.Now().UnixNano()/1000 + d.seq.Add(1)}
		d.mu.Lock()
		d.pushes = append(d.pushes, p)
		d.mu.Unlock()
		d.push(p, wechat.Outgoing{OpenID: openID, MsgID: p.msgID, MsgType: "text", Content: lines[i%len(lines)],
			CreateTime: time.Now().Unix()}, (k+i)%len(d.insts))
		jitter := time.Duration(rand.Int64N(int64(d.think)))
		select {
		case <-ctx.Done():
		case <-time.After(d.think/2 + jitter):
		}
	}
}

// push delivers one message by WeChat's rule.
func (d *driver) push(p *pushRecord, out wechat.Outgoing, first int) {
	for n := range maxTries {
		inst := (first + n) % len(d.insts)
		started := time.Now()
		res := make(chan try, 1)
		d.late.Add(1)
		go func() {
			defer d.late.Done()
			t := d.try(inst, out)
			p.add(t)
			res <- t
		}()
		select {
		case t := <-res:
			if t.err == nil && t.status == http.StatusOK {
				p.mu.Lock()
				p.given, p.shown = true, t.text
				p.mu.Unlock()
				return
			}
			if t.err == nil {
				return // an error status is final: WeChat shows "该公众号暂时无法提供服务"
			}
			time.Sleep(time.Until(started.Add(tryWindow))) // no answer (refused, reset): the window runs out
		case <-time.After(tryWindow):
		}
	}
}

func (d *driver) try(inst int, out wechat.Outgoing) try {
	c := &wechat.Client{URL: "http://" + d.insts[inst].addr + "/wechat", Token: token, Account: "gh_faults0001",
		HTTP: http.DefaultClient, RetryAfter: lateLimit}
	start := time.Now()
	ans, err := c.Send(context.Background(), out)
	return try{inst: inst, status: ans.Status, text: ans.Text, err: err, took: time.Since(start)}
}
