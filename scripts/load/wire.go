package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"time"
)

// wireConn is one keep-alive HTTP/1.1 connection that speaks just enough HTTP for the webhook:
// POST with a body; a response with Content-Length or a chunked body. The driver shares the
// machine with the servers it measures, so it avoids net/http's client (about 3× the CPU per
// request) to leave them as much of it as possible.
type wireConn struct {
	addr, host, path string
	timeout          time.Duration
	conn             net.Conn
	r                *bufio.Reader
	req              []byte // reused request buffer
	closeAfter       bool   // the server asked to close
}

// newWireConn returns an unconnected client for rawURL (http://host:port/path).
func newWireConn(rawURL string, timeout time.Duration) (*wireConn, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "http" || u.Host == "" {
		return nil, fmt.Errorf("target URL %q: want http://host:port/path", rawURL)
	}
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "80")
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	return &wireConn{addr: addr, host: u.Host, path: path, timeout: timeout}, nil
}

// post sends one request and reads the whole response body into body; on any error the
// connection is dropped and the next post dials again.
func (w *wireConn) post(query string, payload []byte, body *bytes.Buffer) (int, error) {
	if w.conn == nil {
		c, err := net.DialTimeout("tcp", w.addr, w.timeout)
		if err != nil {
			return 0, fmt.Errorf("dial %s: %w", w.addr, err)
		}
		w.conn, w.r = c, bufio.NewReaderSize(c, 4096)
	}
	status, err := w.roundTrip(query, payload, body)
	if err != nil || w.closeAfter {
		w.close()
	}
	return status, err
}

func (w *wireConn) close() {
	if w.conn != nil {
		_ = w.conn.Close()
	}
	w.conn, w.r, w.closeAfter = nil, nil, false
}

func (w *wireConn) roundTrip(query string, payload []byte, body *bytes.Buffer) (int, error) {
	if err := w.conn.SetDeadline(time.Now().Add(w.timeout)); err != nil {
		return 0, err
	}
	w.req = append(w.req[:0], "POST "...)
	w.req = append(append(append(w.req, w.path...), '?'), query...)
	w.req = append(append(w.req, " HTTP/1.1\r\nHost: "...), w.host...)
	w.req = append(w.req, "\r\nUser-Agent: Mozilla/4.0\r\nContent-Type: text/xml\r\nContent-Length: "...)
	w.req = strconv.AppendInt(w.req, int64(len(payload)), 10)
	w.req = append(append(w.req, "\r\n\r\n"...), payload...)
	if _, err := w.conn.Write(w.req); err != nil {
		return 0, fmt.Errorf("write request: %w", err)
	}
	status, length, chunked, err := w.readHead()
	if err != nil {
		return status, err
	}
	body.Reset()
	if chunked {
		return status, w.readChunks(body)
	}
	if length < 0 {
		return status, errors.New("response without Content-Length on a keep-alive connection")
	}
	_, err = io.CopyN(body, w.r, length)
	return status, err
}

// readHead reads the status line and headers.
func (w *wireConn) readHead() (status int, length int64, chunked bool, err error) {
	line, err := w.r.ReadSlice('\n')
	if err != nil {
		return 0, 0, false, fmt.Errorf("read status: %w", err)
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, 0, false, fmt.Errorf("bad status line %q", line)
	}
	if status, err = strconv.Atoi(string(line[9:12])); err != nil {
		return 0, 0, false, fmt.Errorf("bad status line %q", line)
	}
	length = -1
	for {
		line, err := w.r.ReadSlice('\n')
		if err != nil {
			return status, 0, false, fmt.Errorf("read header: %w", err)
		}
		if len(line) <= 2 { // the blank line
			return status, length, chunked, nil
		}
		name, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.ParseInt(string(value), 10, 64); err != nil {
				return status, 0, false, fmt.Errorf("bad Content-Length %q", value)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		case bytes.EqualFold(name, []byte("Connection")):
			w.closeAfter = bytes.EqualFold(value, []byte("close"))
		}
	}
}

// readChunks reads a chunked body (no trailers expected).
func (w *wireConn) readChunks(body *bytes.Buffer) error {
	for {
		line, err := w.r.ReadSlice('\n')
		if err != nil {
			return fmt.Errorf("read chunk size: %w", err)
		}
		size, err := strconv.ParseInt(string(bytes.TrimSpace(line)), 16, 64)
		if err != nil {
			return fmt.Errorf("bad chunk size %q", line)
		}
		if size > 0 {
			if _, err := io.CopyN(body, w.r, size); err != nil {
				return fmt.Errorf("read chunk: %w", err)
			}
		}
		if _, err := w.r.Discard(2); err != nil { // CRLF after the chunk (or the last, empty one)
			return fmt.Errorf("read chunk end: %w", err)
		}
		if size == 0 {
			return nil
		}
	}
}
