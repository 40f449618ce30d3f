package redact

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
)

// Keys shaped like those of hosted services.
const (
	hexKey    = "9aa3d95b3bc440fa88ea12eaa4456161"                            // Infura: 32 hex digits
	alnumKey  = "Xk3p_9QmZr-T2vLw8BnYc4Hd"                                    // Alchemy style: letters, digits, '-', '_'
	uuidKey   = "123e4567-e89b-12d3-a456-426614174000"                        // BlastAPI, GetBlock
	cidV1     = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" // public
	cidV0     = "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"
	queryKey  = "s3cr3t"
	userName  = "projectid"
	userPass  = "projectsecret"
	wordsPath = "optimism-mainnet-archive"
)

func TestURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://mainnet.infura.io/v3/" + hexKey:                          "https://mainnet.infura.io/v3/REDACTED",
		"wss://eth-mainnet.g.alchemy.com/v2/" + alnumKey:                  "wss://eth-mainnet.g.alchemy.com/v2/REDACTED",
		"https://go.getblock.io/" + uuidKey + "/":                         "https://go.getblock.io/REDACTED/",
		"https://rpc.example/?apikey=" + queryKey + "&chain=1":            "https://rpc.example/?apikey=REDACTED&chain=REDACTED",
		"https://rpc.example?key=" + queryKey:                             "https://rpc.example?key=REDACTED",
		"https://rpc.example/rpc?" + hexKey:                               "https://rpc.example/rpc?REDACTED",
		"https://" + userName + ":" + userPass + "@ipfs.example:5001/api": "https://REDACTED@ipfs.example:5001/api",
		"https://" + userName + "@ipfs.example":                           "https://REDACTED@ipfs.example",
		"http://127.0.0.1:8080/ipfs/" + cidV1 + "?format=car":             "http://127.0.0.1:8080/ipfs/" + cidV1 + "?format=REDACTED",
		"http://gw.example/ipfs/" + cidV0:                                 "http://gw.example/ipfs/" + cidV0,
		"https://" + wordsPath + ".example/" + wordsPath:                  "https://" + wordsPath + ".example/" + wordsPath,
		"http://[::1]:8545":                                               "http://[::1]:8545",
		"https://h.example/a#" + queryKey:                                 "https://h.example/a#REDACTED",
		"https://h.example/%39aa3d95b3bc440fa88ea12eaa4456161":            "https://h.example/REDACTED",
		// Invalid URLs are what "is not a valid URL" messages quote.
		"http://127.0.0.1:x/v3/" + hexKey:        "http://127.0.0.1:x/v3/REDACTED",
		"ftp://u:" + userPass + "@h/" + alnumKey: "ftp://REDACTED@h/REDACTED",
		"/v3/" + hexKey + "?token=" + queryKey:   "/v3/REDACTED?token=REDACTED",
		"":                                       "",
	} {
		if got := URL(in); got != want {
			t.Errorf("URL(%q)\n got %q\nwant %q", in, got, want)
		}
		if got := URL(URL(in)); got != URL(in) {
			t.Errorf("URL is not idempotent on %q: %q", in, got)
		}
	}
}

func TestText(t *testing.T) {
	in := `Post "https://u:` + userPass + `@h.example/v3/` + hexKey + `?apikey=` + queryKey + `": dial tcp 10.0.0.1:443: refused; ` +
		`retry (wss://h.example/ws/` + alnumKey + `) or postgres://app:` + userPass + `@db/jobs`
	got := Text(in)
	for _, secret := range []string{hexKey, alnumKey, queryKey, userPass} {
		if strings.Contains(got, secret) {
			t.Fatalf("Text left %q in %q", secret, got)
		}
	}
	want := `Post "https://REDACTED@h.example/v3/REDACTED?apikey=REDACTED": dial tcp 10.0.0.1:443: refused; ` +
		`retry (wss://h.example/ws/REDACTED) or postgres://REDACTED@db/jobs`
	if got != want {
		t.Fatalf("Text\n got %q\nwant %q", got, want)
	}
	if s := "no URL: dial tcp 127.0.0.1:1"; Text(s) != s {
		t.Fatal("text without a URL must not change")
	}
}

func TestError(t *testing.T) {
	if Error(nil) != nil {
		t.Fatal("Error(nil) must be nil")
	}
	plain := fmt.Errorf("read: %w", context.DeadlineExceeded)
	if Error(plain) != plain {
		t.Fatal("an error without a URL must be returned as is")
	}

	op := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	ue := &url.Error{Op: "Post", URL: "https://h.example/v3/" + hexKey + "?apikey=" + queryKey, Err: op}
	got := Error(ue)
	if strings.Contains(got.Error(), hexKey) || strings.Contains(got.Error(), queryKey) {
		t.Fatalf("key left in %q", got)
	}
	var gotURL *url.Error
	if !errors.As(got, &gotURL) || strings.Contains(gotURL.URL, hexKey) {
		t.Fatalf("a *url.Error must stay one, with its URL masked: %#v", got)
	}
	var gotOp *net.OpError
	if !errors.As(got, &gotOp) || gotOp != op {
		t.Fatal("the cause of a *url.Error must stay reachable")
	}

	sentinel := errors.New("transport error")
	wrapped := fmt.Errorf("%w after 3 attempt(s): %w", sentinel, ue)
	got = Error(wrapped)
	if strings.Contains(got.Error(), hexKey) || !strings.Contains(got.Error(), "after 3 attempt(s)") {
		t.Fatalf("masked message %q", got)
	}
	if !errors.Is(got, sentinel) || !errors.As(got, &gotOp) {
		t.Fatal("errors.Is and errors.As must reach the masked error's causes")
	}
	if s := fmt.Sprintf("%v|%s|%+v", got, got, got); strings.Contains(s, hexKey) {
		t.Fatalf("a fmt verb prints the key: %s", s)
	}
}

func TestLooksSecret(t *testing.T) {
	for seg, want := range map[string]bool{
		"v3": false, "api": false, "eth-mainnet": false, "ipfs": false, "transactions": false,
		"arbitrum-sepolia": false, wordsPath: false, cidV1: false, cidV0: false,
		hexKey: true, alnumKey: true, uuidKey: true, strings.ToUpper(cidV1): true,
		"0123456789abcdef0123456789abcdef01234567": true,
		"abcdefghijklmnopqrstuvwxyzABCDEF":         true, // letters only, but one long run
	} {
		if got := looksSecret(seg); got != want {
			t.Errorf("looksSecret(%q) = %v, want %v", seg, got, want)
		}
	}
}

func TestEchoed(t *testing.T) {
	raw := "https://" + userName + ":" + userPass + "@h.example/v3/" + hexKey + "?apikey=" + queryKey + "long&chain=1&q=a%2Fb%2Fcdefgh"
	body := "Cannot POST /v3/" + hexKey + ": key " + queryKey + "long of " + userName + " (" + userPass + ") rejected; chain 1; a/b/cdefgh"
	got := Echoed(body, raw)
	want := "Cannot POST /v3/REDACTED: key REDACTED of REDACTED (REDACTED) rejected; chain 1; REDACTED"
	if got != want {
		t.Fatalf("Echoed\n got %q\nwant %q", got, want)
	}
	if s := "nothing to hide"; Echoed(s, "http://127.0.0.1:8545/") != s {
		t.Fatal("a URL without secrets must not change the text")
	}
}
