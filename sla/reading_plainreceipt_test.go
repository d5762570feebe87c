package sla

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlainReceiptOnlySavesWork reads every tuning text of the corpus with
// and without plainReceipt's early answer: the readings must not differ
// (a naive oracle: the full rules are the slow path the fast one must
// agree with).
func TestPlainReceiptOnlySavesWork(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "limits", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	n := 0
	for _, name := range files {
		if strings.HasPrefix(filepath.Base(name), "heldout") {
			continue // held out: not even read here
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 64<<10)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "text\t") {
				continue
			}
			text, _, _ := strings.Cut(line, "\t")
			text = strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`).Replace(text)
			fast, err1 := ReadLimit(text)
			plainReceiptFirst = false
			slow, err2 := ReadLimit(text)
			plainReceiptFirst = true
			if fmt.Sprintf("%+v %v", fast, err1) != fmt.Sprintf("%+v %v", slow, err2) {
				t.Errorf("%s: %.200q reads differently without plainReceipt:\n with %+v\n  all %+v", name, text, fast.String(), slow.String())
			}
			n++
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if n < 1000 {
		t.Fatalf("only %d texts read", n)
	}
}
