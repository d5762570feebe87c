package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// The README's quick start prints the due date of the Tết 2026 example.
func TestQuickStart(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	main()
	os.Stdout = stdout
	w.Close()
	var out bytes.Buffer
	io.Copy(&out, r)
	for _, want := range []string{"Hẹn trả kết quả: 2026-02-25", "Due: 17:00 Wednesday 25/02/2026."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lacks %q; got:\n%s", want, out.String())
		}
	}
}
