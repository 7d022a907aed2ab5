package main

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/redis/go-redis/v9"
)

// dbName is what a load database may be called (it is spliced into CREATE/DROP DATABASE).
var dbName = regexp.MustCompile(`^loanbot_load_[a-z0-9_]{1,40}$`)

// mysqlConfig converts mysql://user[:pass]@host[:port][/db] (loanbot's form) into a driver
// config: utf8mb4, one round trip per statement (interpolated parameters), loopback only.
func mysqlConfig(raw string) (*mysql.Config, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "mysql" {
		return nil, fmt.Errorf("mysql URL %q: want mysql://user@host:port/db", raw)
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "3306"
	}
	if err := checkLoopback(host); err != nil {
		return nil, fmt.Errorf("mysql URL: %w", err)
	}
	cfg := mysql.NewConfig()
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.Net, cfg.Addr = "tcp", net.JoinHostPort(host, port)
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	cfg.Collation = "utf8mb4_unicode_ci"
	cfg.InterpolateParams = true
	cfg.Timeout = 5 * time.Second
	return cfg, nil
}

// openMySQL opens a pool of up to 32 connections, all kept idle between requests.
func openMySQL(raw string) (*sql.DB, error) {
	cfg, err := mysqlConfig(raw)
	if err != nil {
		return nil, err
	}
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("mysql connector: %w", err)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(32)
	db.SetMaxIdleConns(32)
	return db, nil
}

// checkLoopback refuses anything but this machine: the load must never leave it.
func checkLoopback(host string) error {
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("host %q is not a loopback address", host)
}

// databases creates and drops this run's MariaDB databases.
type databases struct {
	base    string // mysql://user@host:port, no database
	admin   *sql.DB
	created []string
}

func openDatabases(ctx context.Context, base string) (*databases, error) {
	base = strings.TrimRight(base, "/")
	admin, err := openMySQL(base + "/")
	if err != nil {
		return nil, err
	}
	if err := admin.PingContext(ctx); err != nil {
		admin.Close()
		return nil, fmt.Errorf("MariaDB at %s (start it with bash scripts/services.sh): %w", base, err)
	}
	return &databases{base: base, admin: admin}, nil
}

// create makes a fresh utf8mb4 database and returns its mysql:// URL.
func (d *databases) create(ctx context.Context, name string) (string, error) {
	if !dbName.MatchString(name) {
		return "", fmt.Errorf("database name %q not allowed", name)
	}
	if _, err := d.admin.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	d.created = append(d.created, name)
	return d.base + "/" + name, nil
}

// close drops every database create made.
func (d *databases) close(ctx context.Context) error {
	var first error
	for _, name := range d.created {
		if _, err := d.admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name); err != nil && first == nil {
			first = fmt.Errorf("drop database %s: %w", name, err)
		}
	}
	d.created = nil
	if err := d.admin.Close(); err != nil && first == nil {
		first = err
	}
	return first
}

// checkRedis pings Redis and refuses non-loopback addresses.
func checkRedis(ctx context.Context, raw string) error {
	opt, err := redis.ParseURL(raw)
	if err != nil {
		return fmt.Errorf("redis URL: %w", err)
	}
	host, _, _ := net.SplitHostPort(opt.Addr)
	if err := checkLoopback(host); err != nil {
		return fmt.Errorf("redis URL: %w", err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	if err := rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis at %s (start it with bash scripts/services.sh): %w", opt.Addr, err)
	}
	return nil
}

// deleteKeys removes every key under prefix (this run's baseline claims).
func deleteKeys(ctx context.Context, raw, prefix string) error {
	opt, err := redis.ParseURL(raw)
	if err != nil {
		return fmt.Errorf("redis URL: %w", err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	iter := rdb.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	var batch []string
	for iter.Next(ctx) {
		if batch = append(batch, iter.Val()); len(batch) == 500 {
			if err := rdb.Del(ctx, batch...).Err(); err != nil {
				return fmt.Errorf("delete keys %s*: %w", prefix, err)
			}
			batch = batch[:0]
		}
	}
	if len(batch) > 0 {
		if err := rdb.Del(ctx, batch...).Err(); err != nil {
			return fmt.Errorf("delete keys %s*: %w", prefix, err)
		}
	}
	return iter.Err()
}
