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
	for _, want := range []string{"Tiếp nhận: 16:40 thứ Sáu 13/02/2026.", "Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lacks %q; got:\n%s", want, out.String())
		}
	}
	// Issue 12.18: one language per rendering.
	for _, english := range []string{"Due:", "Received", "Notice", "source:"} {
		if strings.Contains(out.String(), english) {
			t.Errorf("the Vietnamese quick start prints %q:\n%s", english, out.String())
		}
	}
}
