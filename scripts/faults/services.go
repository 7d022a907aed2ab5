package main

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// proc is a child process with its log file.
type proc struct {
	name   string
	cmd    *exec.Cmd
	exited chan struct{}
}

func start(name, logPath string, env []string, argv ...string) (*proc, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("%s log: %w", name, err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr, cmd.Env = logf, logf, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // never outlive the program
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, exited: make(chan struct{})}
	go func() { _ = cmd.Wait(); logf.Close(); close(p.exited) }()
	return p, nil
}

// signal sends sig and waits up to wait for the exit (then SIGKILL).
func (p *proc) signal(sig syscall.Signal, wait time.Duration) {
	if p == nil {
		return
	}
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.exited:
	case <-time.After(wait):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

func (p *proc) alive() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// mariadb is a private MariaDB server in a temporary directory: the program can stop it without
// touching the machine's own.
type mariadb struct {
	dir  string
	port int
	p    *proc
}

func newMariaDB(ctx context.Context, dir string) (*mariadb, error) {
	m := &mariadb{dir: dir}
	var err error
	if m.port, err = freePort(); err != nil {
		return nil, err
	}
	install := exec.CommandContext(ctx, "mariadb-install-db", "--no-defaults", "--datadir="+filepath.Join(dir, "data"),
		"--user="+currentUser(), "--auth-root-authentication-method=normal", "--skip-test-db")
	if out, err := install.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("mariadb-install-db: %w\n%s", err, out)
	}
	return m, m.start(ctx)
}

func currentUser() string {
	if os.Geteuid() == 0 {
		return "root"
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return strconv.Itoa(os.Geteuid())
}

func (m *mariadb) start(ctx context.Context) error {
	bin := "mariadbd"
	if _, err := exec.LookPath(bin); err != nil {
		bin = "/usr/sbin/mariadbd"
	}
	p, err := start("mariadbd", filepath.Join(m.dir, "mariadbd.log"), os.Environ(), bin, "--no-defaults",
		"--datadir="+filepath.Join(m.dir, "data"), "--user="+currentUser(), "--port="+strconv.Itoa(m.port),
		"--bind-address=127.0.0.1", "--socket="+filepath.Join(m.dir, "mysqld.sock"), "--pid-file="+filepath.Join(m.dir, "mysqld.pid"),
		"--skip-log-bin", "--innodb-buffer-pool-size=128M", "--max-connections=500", "--log-error="+filepath.Join(m.dir, "error.log"))
	if err != nil {
		return err
	}
	m.p = p
	return waitFor(ctx, 60*time.Second, func() error {
		if !p.alive() {
			return fmt.Errorf("mariadbd exited; see %s", filepath.Join(m.dir, "error.log"))
		}
		db, err := sql.Open("mysql", fmt.Sprintf("root@tcp(127.0.0.1:%d)/?timeout=1s", m.port))
		if err != nil {
			return err
		}
		defer db.Close()
		return db.PingContext(ctx)
	})
}

// stop shuts MariaDB down cleanly (SIGTERM), as `systemctl stop` does.
func (m *mariadb) stop() { m.p.signal(syscall.SIGTERM, 60*time.Second) }

func (m *mariadb) dsn(db string) string {
	return fmt.Sprintf("mysql://root@127.0.0.1:%d/%s", m.port, db)
}

func (m *mariadb) open(db string) (*sql.DB, error) {
	return sql.Open("mysql", fmt.Sprintf("root@tcp(127.0.0.1:%d)/%s?timeout=3s&parseTime=true", m.port, db))
}

// redis is a private Redis without persistence.
type redis struct {
	dir  string
	port int
	p    *proc
}

func newRedis(ctx context.Context, dir string) (*redis, error) {
	r := &redis{dir: dir}
	var err error
	if r.port, err = freePort(); err != nil {
		return nil, err
	}
	return r, r.start(ctx)
}

func (r *redis) start(ctx context.Context) error {
	p, err := start("redis", filepath.Join(r.dir, "redis.log"), os.Environ(), "redis-server", "--port", strconv.Itoa(r.port),
		"--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", r.dir)
	if err != nil {
		return err
	}
	r.p = p
	return waitFor(ctx, 20*time.Second, func() error {
		if !p.alive() {
			return fmt.Errorf("redis-server exited; see %s", filepath.Join(r.dir, "redis.log"))
		}
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", r.port), time.Second)
		if err != nil {
			return err
		}
		return c.Close()
	})
}

func (r *redis) kill() { r.p.signal(syscall.SIGKILL, 10*time.Second) }

func (r *redis) url() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", r.port) }

// waitFor polls check every 100 ms until it succeeds or timeout passes.
func waitFor(ctx context.Context, timeout time.Duration, check func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		err := check()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("not ready after %s: %w", timeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
