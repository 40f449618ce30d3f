package agijobs_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strings"
	"testing"
)

// exampleFiles hold the Examples that README.md may show: the root
// package's, and escrow's for the employer's post-and-wait.
var exampleFiles = []string{"example_test.go", "escrow/example_test.go"}

// exampleBodies returns the bodies of the Example functions of
// exampleFiles, one tab of indentation and the "// Output:" lines
// removed, by file and function name.
func exampleBodies(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range exampleFiles {
		addExampleBodies(t, name, out)
	}
	return out
}

func addExampleBodies(t *testing.T, name string, out map[string]string) {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !strings.HasPrefix(fn.Name.Name, "Example") {
			continue
		}
		body := string(src[fs.Position(fn.Body.Lbrace).Offset+1 : fs.Position(fn.Body.Rbrace).Offset])
		var lines []string
		for _, l := range strings.Split(strings.Trim(body, "\n"), "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "// Output:") {
				lines = append(lines, strings.TrimPrefix(l, "\t"))
			}
		}
		out[name+": "+fn.Name.Name] = strings.Join(lines, "\n")
	}
}

// TestReadme keeps the Go blocks of README.md equal to Example bodies
// (which go test compiles and runs), and every code block of doc.go a
// part of one, so that neither drifts from the code.
func TestReadme(t *testing.T) {
	bodies := exampleBodies(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```go\n(.*?)\n```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 2 {
		t.Fatalf("README.md has %d Go blocks; want the fixture's and Dial's", len(blocks))
	}
	for _, b := range blocks {
		if !matchesBody(b[1], bodies, true) {
			t.Errorf("README.md block differs from every Example body of %v; copy the body over:\n%s", exampleFiles, b[1])
		}
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range docBlocks(string(doc)) {
		if !matchesBody(b, bodies, false) {
			t.Errorf("doc.go block is not part of any Example body of example_test.go:\n%s", b)
		}
	}
}

func matchesBody(block string, bodies map[string]string, whole bool) bool {
	for _, body := range bodies {
		if whole && block == body || !whole && strings.Contains(body, block) {
			return true
		}
	}
	return false
}

// docBlocks returns the indented code blocks of a doc comment.
func docBlocks(doc string) []string {
	var blocks []string
	var cur []string
	for _, l := range strings.Split(doc, "\n") {
		if strings.HasPrefix(l, "//\t") {
			cur = append(cur, strings.TrimPrefix(l, "//\t"))
			continue
		}
		if len(cur) > 0 {
			blocks = append(blocks, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	return blocks
}
