package main

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// initialisms are the words Go spells in one case (the list of the Go
// code review comments); plurals like "Ids" become "IDs".
var initialisms = map[string]bool{
	"ACL": true, "API": true, "ASCII": true, "CPU": true, "CSS": true, "DNS": true, "EOF": true,
	"GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ID": true, "IP": true, "JSON": true,
	"LHS": true, "QPS": true, "RAM": true, "RHS": true, "RPC": true, "SLA": true, "SMTP": true,
	"SQL": true, "SSH": true, "TCP": true, "TLS": true, "TTL": true, "UDP": true, "UI": true,
	"UID": true, "URI": true, "URL": true, "UTF8": true, "UUID": true, "VM": true, "XML": true,
	"XMPP": true, "XSRF": true, "XSS": true,
}

// splitWords splits a camel-case identifier into its words, keeping runs
// of capitals and digits together ("ERC20InsufficientBalance" gives
// "ERC20", "Insufficient", "Balance"; "jobId" gives "job", "Id").
func splitWords(name string) []string {
	var words []string
	r := []rune(name)
	start := 0
	for i := 1; i < len(r); i++ {
		prev, cur := r[i-1], r[i]
		next := rune(0)
		if i+1 < len(r) {
			next = r[i+1]
		}
		boundary := (unicode.IsLower(prev) && unicode.IsUpper(cur)) ||
			(unicode.IsDigit(prev) && unicode.IsUpper(cur)) ||
			(unicode.IsUpper(prev) && unicode.IsUpper(cur) && unicode.IsLower(next))
		if boundary {
			words = append(words, string(r[start:i]))
			start = i
		}
	}
	if len(r) > 0 {
		words = append(words, string(r[start:]))
	}
	return words
}

// initialism returns w in capitals when it is an initialism, or its plural
// ("Ids" gives "IDs"), and ok false otherwise.
func initialism(w string) (string, bool) {
	if up := strings.ToUpper(w); initialisms[up] {
		return up, true
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) > 1 && initialisms[strings.ToUpper(stem)] {
		return strings.ToUpper(stem) + "s", true
	}
	return w, false
}

// goName turns a Solidity identifier into an exported Go identifier with
// Go initialisms: "jobId" gives "JobID", "uri" gives "URI", "ids" gives
// "IDs".
func goName(name string) string {
	words := splitWords(abi.ToCamelCase(name))
	for i, w := range words {
		words[i], _ = initialism(w)
	}
	return strings.Join(words, "")
}

// displayName is how an argument is named in messages: the Solidity name
// with Go initialisms after its first word ("jobId" gives "jobID"), or
// argN for an unnamed argument.
func displayName(name string, i int) string {
	if name == "" {
		return fmt.Sprintf("arg%d", i)
	}
	words := splitWords(name)
	for i := 1; i < len(words); i++ {
		words[i], _ = initialism(words[i])
	}
	return strings.Join(words, "")
}

// sentence turns "JobNotFound" into "job not found", keeping acronyms
// ("ERC20InsufficientBalance" gives "ERC20 insufficient balance").
func sentence(name string) string {
	words := splitWords(name)
	for i, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			continue // acronym
		}
		words[i] = strings.ToLower(w)
	}
	return strings.Join(words, " ")
}

func exportName(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}
