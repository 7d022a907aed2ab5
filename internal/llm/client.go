package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Config is how to reach the model.
type Config struct {
	BaseURL string        // LOANBOT_LLM_BASE_URL, e.g. https://api.deepseek.com/v1
	APIKey  string        // LOANBOT_LLM_API_KEY (may be empty for a local vLLM or Ollama)
	Model   string        // LOANBOT_LLM_MODEL
	Timeout time.Duration // LOANBOT_LLM_TIMEOUT: bound of one HTTP call (default 30s)
}

// Client calls the chat-completions API. It is safe for concurrent use.
type Client struct {
	api     *openai.Client
	model   string
	timeout time.Duration
}

// DefaultTimeout bounds one call when Config.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// NewClient builds a client for an OpenAI-compatible endpoint.
func NewClient(cfg Config) (*Client, error) {
	if cfg.BaseURL == "" || cfg.Model == "" {
		return nil, errors.New("llm: base URL and model are required")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	oc.HTTPClient = &http.Client{Timeout: cfg.Timeout}
	return &Client{api: openai.NewClientWithConfig(oc), model: cfg.Model, timeout: cfg.Timeout}, nil
}

// Model is the configured model name.
func (c *Client) Model() string { return c.model }

// Request is one chat call.
type Request struct {
	Messages    []openai.ChatCompletionMessage
	Tool        *openai.FunctionDefinition // when set, the model must call it
	MaxTokens   int
	Temperature float32
}

// Answer is what the model said, with its cost.
type Answer struct {
	Text             string
	Arguments        string // the tool call's JSON arguments, when Request.Tool was set
	PromptTokens     int
	CompletionTokens int
	Latency          time.Duration
}

// ErrMalformed says the model answered, but not in the shape asked for.
var ErrMalformed = errors.New("llm: malformed answer")

// Chat sends one request. A failure that may pass (HTTP 429 or 5xx, a dropped connection) is
// retried once, and only while ctx leaves at least as much time as the first try took: a chat
// completion has no side effect, so retrying it is safe, but never past the caller's deadline.
func (c *Client) Chat(ctx context.Context, r Request) (Answer, error) {
	start := time.Now()
	a, err := c.once(ctx, r)
	if err != nil && retryable(err) && roomFor(ctx, time.Since(start)) {
		a, err = c.once(ctx, r)
	}
	a.Latency = time.Since(start)
	return a, err
}

func (c *Client) once(ctx context.Context, r Request) (Answer, error) {
	req := openai.ChatCompletionRequest{Model: c.model, Messages: r.Messages, MaxTokens: r.MaxTokens,
		Temperature: r.Temperature}
	if r.Tool != nil {
		req.Tools = []openai.Tool{{Type: openai.ToolTypeFunction, Function: r.Tool}}
		req.ToolChoice = openai.ToolChoice{Type: openai.ToolTypeFunction, Function: openai.ToolFunction{Name: r.Tool.Name}}
	}
	res, err := c.api.CreateChatCompletion(ctx, req)
	if err != nil {
		return Answer{}, fmt.Errorf("llm: chat with %s: %w", c.model, err)
	}
	a := Answer{PromptTokens: res.Usage.PromptTokens, CompletionTokens: res.Usage.CompletionTokens}
	if len(res.Choices) == 0 {
		return a, fmt.Errorf("%w: no choices", ErrMalformed)
	}
	msg := res.Choices[0].Message
	a.Text = strings.TrimSpace(msg.Content)
	if r.Tool == nil {
		if a.Text == "" {
			return a, fmt.Errorf("%w: empty content", ErrMalformed)
		}
		return a, nil
	}
	for _, call := range msg.ToolCalls {
		if call.Function.Name == r.Tool.Name {
			a.Arguments = call.Function.Arguments
			return a, nil
		}
	}
	return a, fmt.Errorf("%w: no call of %s", ErrMalformed, r.Tool.Name)
}

// retryable reports whether a second try may succeed.
func retryable(err error) bool {
	var api *openai.APIError
	if errors.As(err, &api) {
		return api.HTTPStatusCode == http.StatusTooManyRequests || api.HTTPStatusCode >= 500
	}
	var req *openai.RequestError
	if errors.As(err, &req) {
		return req.HTTPStatusCode == http.StatusTooManyRequests || req.HTTPStatusCode >= 500
	}
	var ne net.Error
	return errors.As(err, &ne) && !ne.Timeout()
}

// roomFor reports whether ctx leaves time for another try that takes as long as took.
func roomFor(ctx context.Context, took time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	dl, ok := ctx.Deadline()
	return !ok || time.Until(dl) > took+100*time.Millisecond
}
