package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

const (
	token   = "faults-token"
	appID   = "wxfaults0000001"
	secret  = "faults-secret"
	dataKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
)

// instance is one loanbot process; restarts keep its address, data and spool directory.
type instance struct {
	name string
	bin  string
	dir  string
	addr string
	env  []string
	p    *proc
}

func newInstance(name, bin, dir string, database, redisURL, apiBase string) (*instance, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	in := &instance{name: name, bin: bin, dir: filepath.Join(dir, name), addr: "127.0.0.1:" + strconv.Itoa(port)}
	if err := os.MkdirAll(in.dir, 0o700); err != nil {
		return nil, err
	}
	in.env = append(os.Environ(), "LOANBOT_ADDR="+in.addr, "LOANBOT_DATABASE="+database, "LOANBOT_REDIS_URL="+redisURL,
		"LOANBOT_WECHAT_TOKEN="+token, "LOANBOT_WECHAT_APPID="+appID, "LOANBOT_WECHAT_SECRET="+secret,
		"LOANBOT_WECHAT_API_BASE="+apiBase+"/"+name, "LOANBOT_DATA_KEY="+dataKey,
		"LOANBOT_SPOOL_DIR="+filepath.Join(in.dir, "spool"), "LOANBOT_REPLY_BUDGET=4s")
	return in, nil
}

func (in *instance) start(ctx context.Context) error {
	p, err := start(in.name, filepath.Join(in.dir, "loanbot.log"), in.env, in.bin, "serve")
	if err != nil {
		return err
	}
	in.p = p
	return waitFor(ctx, 60*time.Second, func() error {
		if !p.alive() {
			return fmt.Errorf("%s exited; see %s", in.name, filepath.Join(in.dir, "loanbot.log"))
		}
		_, err := in.ready()
		return err
	})
}

func (in *instance) kill() { in.p.signal(syscall.SIGKILL, 10*time.Second) }

func (in *instance) stop() { in.p.signal(syscall.SIGTERM, 15*time.Second) }

// ready reads /readyz: the spool depth, or an error when the instance is down.
func (in *instance) ready() (int, error) {
	c := http.Client{Timeout: 3 * time.Second}
	resp, err := c.Get("http://" + in.addr + "/readyz")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var r struct {
		Depth  int    `json:"spool_depth"`
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return r.Depth, fmt.Errorf("%s /readyz %d", in.name, resp.StatusCode)
	}
	return r.Depth, nil
}
