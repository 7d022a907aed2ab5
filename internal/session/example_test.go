package session_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/internal/session"
)

// handle shows the webhook's use of a Store for one inbound message: dedup
// by MsgId, then serialise per applicant, then cache the reply for retries.
func handle(ctx context.Context, st session.Store, msgID, openid string, process func() ([]byte, error)) ([]byte, error) {
	for {
		state, reply, err := st.Claim(ctx, msgID, 30*time.Second)
		if err != nil {
			return nil, err
		}
		switch state {
		case session.ClaimDone: // a retry of a message already answered
			return reply, nil
		case session.ClaimInFlight: // a retry while the first delivery runs
			reply, err := st.WaitReply(ctx, msgID)
			if errors.Is(err, session.ErrReleased) {
				continue // the first attempt failed or died: claim again
			}
			return reply, err
		}
		unlock, err := st.Lock(ctx, "applicant:"+openid, 10*time.Second)
		if err != nil {
			_ = st.Release(ctx, msgID)
			return nil, err
		}
		reply, err = process()
		unlock()
		if err != nil {
			_ = st.Release(ctx, msgID)
			return nil, err
		}
		return reply, st.Complete(ctx, msgID, reply, 30*time.Second)
	}
}

func Example() {
	st := session.NewMemory()
	defer st.Close()
	ctx := context.Background()
	calls := 0
	process := func() ([]byte, error) {
		calls++
		return []byte("您好，请问您想借多少钱？"), nil
	}
	for range 3 { // WeChat delivers the same message up to three times
		reply, err := handle(ctx, st, "24602947390028716", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", process)
		fmt.Println(string(reply), err)
	}
	fmt.Println("processed", calls, "time(s)")
	// Output:
	// 您好，请问您想借多少钱？ <nil>
	// 您好，请问您想借多少钱？ <nil>
	// 您好，请问您想借多少钱？ <nil>
	// processed 1 time(s)
}
