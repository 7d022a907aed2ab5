package main

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// A conversation's fate, by its index: 0.3 % waiting (complaints first), 0.2 % held by an
// agent, 2 % flagged while the bot answers, 40 % open with the bot, the rest closed.
func fate(i int64) (state string, flags string, rank int, agent string) {
	switch m := i % 1000; {
	case m < 3:
		if m == 0 {
			return "waiting", `["complaint"]`, 0, ""
		}
		return "waiting", `["ask_human"]`, 1, ""
	case m < 5:
		return "agent", `["ask_human"]`, 1, fmt.Sprintf("agent%d", i%20)
	case m < 25:
		return "bot", `["grade_b"]`, 1, ""
	case m < 425:
		return "bot", "[]", 9, ""
	}
	return "closed", "[]", 9, ""
}

var lines = []string{
	"你好，我想咨询一下贷款", "您好，欢迎咨询！请问贷款主要用来做什么？", "装修房子，大概要20万",
	"好的，计划分几期还清？", "三年吧，36期", "您目前的工作情况是？", "上班族，月入1.2万，社保交了5年",
	"请问最近6个月征信查询大约几次？", "两三次吧，没有逾期", "【初步评估】您的条件与部分产品的准入要求基本相符。贷款有风险，借款需谨慎。",
}

const engineState = `{"v":2,"phase":"assessed","consent":true,"slots":{"amount_yuan":200000,"term_months":36,` +
	`"loan_purpose":"renovation","employment":"salaried","monthly_income_yuan":12000,"social_security_months":60,` +
	`"credit_queries_6m":3,"overdue_current":false},"grade":"A","note":"需要20万，分36期，用于装修，上班族，月收入1.2万"}`

// insertBatch writes n applicants, their conversations and per messages each, ids from first+1.
func insertBatch(ctx context.Context, db *sql.DB, g *sealer, first int64, n, per int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := time.Now().UTC().Truncate(time.Millisecond)
	var apps, convs strings.Builder
	var aArgs, cArgs []any
	for k := range n {
		id := first + int64(k) + 1
		openID := fmt.Sprintf("oSeed%023d", id)
		at := now.Add(-time.Duration(id%(30*24*60)) * time.Minute)
		sep(&apps, k, "(?,?,?,?,?,?)")
		aArgs = append(aArgs, id, openID, at, at, at, at)
		state, flags, rank, agent := fate(id)
		var openFor, closedAt, queuedAt any
		if state != "closed" {
			openFor = openID
		} else {
			closedAt = at
		}
		if rank < 9 || state == "closed" {
			queuedAt = at
		}
		sep(&convs, k, "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
		cArgs = append(cArgs, id, id, openID, openFor, state, agent, flags, g.seal("conversations.engine_state", engineState), "A", false, closedAt, at, at, 1,
			rank, queuedAt, false)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO applicants (id, open_id, consent_at, last_seen_at, created_at, updated_at) VALUES "+
		apps.String(), aArgs...); err != nil {
		return fmt.Errorf("applicants: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO conversations (id, applicant_id, open_id, open_for, state, assigned_agent, "+
		"flag_reasons, engine_state, grade, ack_sent, closed_at, created_at, updated_at, version, queue_rank, queued_at, wait_notice) VALUES "+
		convs.String(), cArgs...); err != nil {
		return fmt.Errorf("conversations: %w", err)
	}
	return insertMessages(ctx, tx, g, first, n, per, now)
}

func insertMessages(ctx context.Context, tx *sql.Tx, g *sealer, first int64, n, per int, now time.Time) error {
	var b strings.Builder
	var args []any
	rows := 0
	flush := func() error {
		if rows == 0 {
			return nil
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO messages (conversation_id, open_id, direction, sender, msg_type, event, "+
			"event_key, text_enc, verdict, passive, created_at) VALUES "+b.String(), args...)
		b.Reset()
		args, rows = args[:0], 0
		return err
	}
	for k := range n {
		id := first + int64(k) + 1
		openID := fmt.Sprintf("oSeed%023d", id)
		at := now.Add(-time.Duration(id%(30*24*60)) * time.Minute)
		for j := range per {
			dir, sender, verdict := "in", "applicant", ""
			if j%2 == 1 {
				dir, sender, verdict = "out", "bot", "allow"
			}
			sep(&b, rows, "(?,?,?,?,?,?,?,?,?,?,?)")
			args = append(args, id, openID, dir, sender, "text", "", "", g.seal("messages.text", lines[j%len(lines)]),
				verdict, j%2 == 1, at.Add(time.Duration(j)*time.Second))
			rows++
			if rows == 1000 {
				if err := flush(); err != nil {
					return fmt.Errorf("messages: %w", err)
				}
			}
		}
	}
	if err := flush(); err != nil {
		return fmt.Errorf("messages: %w", err)
	}
	return tx.Commit()
}

func sep(b *strings.Builder, k int, tuple string) {
	if k > 0 {
		b.WriteByte(',')
	}
	b.WriteString(tuple)
}
