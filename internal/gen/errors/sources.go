package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Sources is what the generator reads from the Solidity sources: NatSpec
// hints of errors and the members of enums, which the ABI reduces to
// uint8.
type Sources struct {
	// Hints maps an error name to the NatSpec text above its declaration.
	Hints map[string]string
	// Enums maps an enum, as the ABI's internalType names it without the
	// "enum " prefix ("IJobRegistry.State", or "State" at file level), to
	// its members in order.
	Enums map[string][]string
}

var (
	errorDeclRe = regexp.MustCompile(`^\s*error\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(`)
	natspecTag  = regexp.MustCompile(`@(notice|dev|param\s+\w+|custom:\w+)\s*`)
	enumDeclRe  = regexp.MustCompile(`\benum\s+([A-Za-z_]\w*)\s*\{([^}]*)\}`)
	unitDeclRe  = regexp.MustCompile(`\b(?:contract|interface|library)\s+([A-Za-z_]\w*)[^{;]*\{`)
	commentRe   = regexp.MustCompile(`(?s)//[^\n]*|/\*.*?\*/`)
)

// LoadSources scans the Solidity files under dir (skipping node_modules
// and hidden folders). A missing dir yields empty Sources.
func LoadSources(dir string) (Sources, error) {
	src := Sources{Hints: map[string]string{}, Enums: map[string][]string{}}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for name, hint := range errorHints(string(raw)) {
			if _, seen := src.Hints[name]; !seen {
				src.Hints[name] = hint
			}
		}
		for name, members := range enums(string(raw)) {
			src.Enums[name] = members
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return src, nil
	}
	return src, err
}

// errorHints returns the NatSpec comments (/// or /** */) placed directly
// above error declarations of one source file.
func errorHints(text string) map[string]string {
	hints := map[string]string{}
	var doc []string
	inBlock := false
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case inBlock:
			end := strings.Contains(t, "*/")
			t = strings.TrimSpace(strings.TrimPrefix(strings.SplitN(t, "*/", 2)[0], "*"))
			if t != "" {
				doc = append(doc, t)
			}
			inBlock = !end
			continue
		case strings.HasPrefix(t, "///"):
			doc = append(doc, strings.TrimSpace(strings.TrimPrefix(t, "///")))
			continue
		case strings.HasPrefix(t, "/**"):
			rest := strings.TrimPrefix(t, "/**")
			end := strings.Contains(rest, "*/")
			rest = strings.TrimSpace(strings.SplitN(rest, "*/", 2)[0])
			doc = doc[:0]
			if rest != "" {
				doc = append(doc, rest)
			}
			inBlock = !end
			continue
		}
		if m := errorDeclRe.FindStringSubmatch(t); m != nil && len(doc) > 0 {
			if _, seen := hints[m[1]]; !seen {
				hints[m[1]] = cleanDoc(doc)
			}
		}
		doc = doc[:0]
	}
	return hints
}

func cleanDoc(lines []string) string {
	var parts []string
	for _, l := range lines {
		if strings.HasPrefix(l, "@param") {
			continue
		}
		l = natspecTag.ReplaceAllString(l, "")
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// enums returns the enums of one source file, each named as the ABI's
// internalType names it: qualified by the contract, interface or library
// that declares it, bare at file level.
func enums(text string) map[string][]string {
	text = commentRe.ReplaceAllString(text, "")
	out := map[string][]string{}
	for _, m := range enumDeclRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		var members []string
		for _, member := range strings.Split(text[m[4]:m[5]], ",") {
			if member = strings.TrimSpace(member); member != "" {
				members = append(members, member)
			}
		}
		if unit := enclosingUnit(text[:m[0]]); unit != "" {
			name = unit + "." + name
		}
		out[name] = members
	}
	return out
}

// enclosingUnit returns the contract, interface or library whose body is
// still open at the end of before, or "" at file level.
func enclosingUnit(before string) string {
	unit := ""
	for _, m := range unitDeclRe.FindAllStringSubmatchIndex(before, -1) {
		rest := before[m[1]:]
		if strings.Count(rest, "{") >= strings.Count(rest, "}") {
			unit = before[m[2]:m[3]]
		}
	}
	return unit
}
