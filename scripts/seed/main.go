// Command seed fills a MariaDB database with console benchmark data: applicants, conversations in
// every state (a few hundred waiting or held by agents, flagged ones the bot still answers, many
// closed) and their messages, sealed with the data key exactly as loanbot seals them, so the
// console reads them like real data.
//
//	go run ./scripts/seed -dsn mysql://root@127.0.0.1:3306/loanbot_bench             # 100,000 + 1,000,000
//	go run ./scripts/seed -dsn … -conversations 1000 -messages 10000               # a small set
//
// The database is created when missing and migrated; existing rows are kept (run it on an empty
// database for the documented figures). LOANBOT_DATA_KEY (base64, 32 bytes) is the key; the
// default is the tests' fixed key.
package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"database/sql"
	"encoding/base64"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/loanbot/loanbot/internal/store"
)

// testKey is base64 of "0123456789abcdef0123456789abcdef", the key the tests use.
const testKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="

func main() {
	dsn := flag.String("dsn", "mysql://root@127.0.0.1:3306/loanbot_bench", "loanbot database URL (MariaDB)")
	convs := flag.Int("conversations", 100_000, "conversations (one applicant each)")
	msgs := flag.Int("messages", 1_000_000, "messages in all, spread evenly")
	workers := flag.Int("workers", 4, "concurrent inserters")
	flag.Parse()
	if err := run(*dsn, *convs, *msgs, *workers); err != nil {
		log.Fatal("seed: ", err)
	}
}

func run(dsn string, convs, msgs, workers int) error {
	ctx := context.Background()
	keyText := os.Getenv("LOANBOT_DATA_KEY")
	if keyText == "" {
		keyText = testKey
	}
	key, err := base64.StdEncoding.DecodeString(keyText)
	if err != nil || len(key) != 32 {
		return fmt.Errorf("LOANBOT_DATA_KEY: want base64 of 32 bytes")
	}
	if err := store.CreateDatabaseIfMissing(ctx, dsn); err != nil {
		return err
	}
	st, err := store.Open(ctx, dsn, key)
	if err != nil {
		return err
	}
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	st.Close()
	db, err := sql.Open("mysql", driverDSN(dsn))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(workers + 1)
	g, err := newSealer(key)
	if err != nil {
		return err
	}
	var base int64
	if err := db.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM applicants").Scan(&base); err != nil {
		return err
	}
	start := time.Now()
	per := max(msgs/max(convs, 1), 1)
	const batch = 500
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	next := make(chan int, workers)
	go func() {
		for from := 0; from < convs; from += batch {
			next <- from
		}
		close(next)
	}()
	for range workers {
		wg.Go(func() {
			for from := range next {
				n := min(batch, convs-from)
				if err := insertBatch(ctx, db, g, base+int64(from), n, per); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	log.Printf("seeded %d conversations and %d messages in %s", convs, convs*per, time.Since(start).Round(time.Second))
	return nil
}

// driverDSN turns mysql://user:pass@host:port/db into the driver's form.
func driverDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		log.Fatal("seed: -dsn: ", err)
	}
	pass, _ := u.User.Password()
	auth := u.User.Username()
	if pass != "" {
		auth += ":" + pass
	}
	return fmt.Sprintf("%s@tcp(%s)/%s?parseTime=true&loc=UTC&charset=utf8mb4", auth, u.Host, strings.Trim(u.Path, "/"))
}

// sealer seals as internal/store does: version 1 || nonce || AES-256-GCM ciphertext, with the
// column's label as additional data.
type sealer struct{ aead cipher.AEAD }

func newSealer(key []byte) (*sealer, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCMWithRandomNonce(block)
	return &sealer{aead}, err
}

func (s *sealer) seal(label, text string) []byte {
	return s.aead.Seal([]byte{1}, nil, []byte(text), []byte(label))
}
