package apitest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// answer is the JSON the fake answers.
type answer struct {
	ErrCode     int64  `json:"errcode"`
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
}

func call(t *testing.T, method, u, body string) answer {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a answer
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("%s %s: %q: %v", method, u, raw, err)
	}
	return a
}

func tokenURL(base, appID, secret string) string {
	q := url.Values{"grant_type": {"client_credential"}, "appid": {appID}, "secret": {secret}}
	return base + "/cgi-bin/token?" + q.Encode()
}

// The fake checks credentials, tokens and bodies as WeChat does.
func TestProtocol(t *testing.T) {
	const app, secret = "wxabc", "s3cret"
	api := apitest.New(t, app, secret)
	send := func(token string) string { return api.URL + "/cgi-bin/message/custom/send?access_token=" + token }
	const text = `{"touser":"oX","msgtype":"text","text":{"content":"您好，贷款需谨慎"}}`

	first := call(t, "GET", tokenURL(api.URL, app, secret), "")
	if first.AccessToken == "" || first.ExpiresIn != 7200 {
		t.Fatalf("token answer %+v", first)
	}
	second := call(t, "GET", tokenURL(api.URL, app, secret), "")
	steps := []struct {
		name         string
		method, u, b string
		want         int64
	}{
		{"wrong appid", "GET", tokenURL(api.URL, "wxother", secret), "", apitest.CodeInvalidAppID},
		{"wrong secret", "GET", tokenURL(api.URL, app, "nope"), "", apitest.CodeInvalidSecret},
		{"no token", "POST", send(""), text, apitest.CodeMissingToken},
		{"unknown token", "POST", send("forged"), text, apitest.CodeTokenInvalid},
		{"current token", "POST", send(second.AccessToken), text, 0},
		{"previous token within its grace", "POST", send(first.AccessToken), text, 0},
		{"bad JSON", "POST", send(second.AccessToken), `{"touser":`, apitest.CodeBadJSON},
		{"no touser", "POST", send(second.AccessToken), `{"msgtype":"text","text":{"content":"x"}}`, apitest.CodeInvalidOpenID},
		{"image refused", "POST", send(second.AccessToken), `{"touser":"oX","msgtype":"image","image":{"media_id":"m"}}`, apitest.CodeInvalidMsgType},
		{"empty content", "POST", send(second.AccessToken), `{"touser":"oX","msgtype":"text","text":{"content":" "}}`, apitest.CodeEmptyContent},
		{"typing", "POST", api.URL + "/cgi-bin/message/custom/typing?access_token=" + second.AccessToken, `{"touser":"oX","command":"Typing"}`, 0},
		{"typing bad command", "POST", api.URL + "/cgi-bin/message/custom/typing?access_token=" + second.AccessToken, `{"touser":"oX","command":"Dance"}`, apitest.CodeInvalidArgs},
	}
	for _, st := range steps {
		if got := call(t, st.method, st.u, st.b).ErrCode; got != st.want {
			t.Errorf("%s: errcode %d, want %d", st.name, got, st.want)
		}
	}
	api.ExpireToken()
	if got := call(t, "POST", send(second.AccessToken), text).ErrCode; got != apitest.CodeTokenInvalid {
		t.Errorf("after ExpireToken: errcode %d, want %d", got, apitest.CodeTokenInvalid)
	}
	want := []apitest.Message{
		{ToUser: "oX", MsgType: "text", Content: "您好，贷款需谨慎", Token: second.AccessToken},
		{ToUser: "oX", MsgType: "text", Content: "您好，贷款需谨慎", Token: first.AccessToken},
	}
	if diff := cmp.Diff(want, api.Sent()); diff != "" {
		t.Errorf("accepted (-want +got):\n%s", diff)
	}
	if got := api.TokenCalls(); got != 4 {
		t.Errorf("%d token calls, want 4", got)
	}
}
