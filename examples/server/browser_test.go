package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is the browser the page tests drive: $MOTCUA_CHROMIUM, else
// the Debian package's /usr/bin/chromium, else chromium on the PATH.
func chromiumPath() string {
	if p := os.Getenv("MOTCUA_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	p, _ := exec.LookPath("chromium")
	return p
}

// browser starts a headless Chromium for t over a fresh profile, or skips
// t when none is installed (fails in CI).
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true and no Chromium: install the Debian package chromium (scripts/ci-chromium.sh)")
		}
		t.Skip("no Chromium found (set MOTCUA_CHROMIUM or install chromium): browser tests skipped")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// artefacts is where the screenshots go: $MOTCUA_ARTEFACTS, else
// testdata/artefacts (ignored by git).
func artefacts(t *testing.T) string {
	dir := os.Getenv("MOTCUA_ARTEFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artefacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// shot saves a full-page PNG screenshot named name.
func shot(t *testing.T, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		png, err := chromedp.FullScreenshot(100)(ctx, tg)
		if err != nil {
			return err
		}
		p := filepath.Join(artefacts(t), name+".png")
		t.Logf("screenshot %s", p)
		return os.WriteFile(p, png, 0o644)
	})
}

// textOf reads the text of the element sel into *out.
func textOf(sel string, out *string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		s, err := chromedp.Text(chromedp.CSS(sel))(ctx, tg)
		*out = s
		return err
	})
}

// TestBrowserPages loads each page in Chromium, fills its forms and checks
// what a person sees: the due date and the skipped days, the tracked
// dossier, a refused lookup, the calendar and the dashboard.
func TestBrowserPages(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, unlimited())
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	u := ts.URL
	run := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}

	// The home page; the first Tab reaches the skip link.
	var focused string
	run("home",
		chromedp.Navigate(u+"/"),
		chromedp.WaitVisible(chromedp.CSS("main")),
		chromedp.KeyEvent("\t"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) (err error) {
			focused, err = chromedp.Evaluate[string](`document.activeElement.className`)(ctx, tg)
			return err
		}),
		shot(t, "home"),
	)
	if focused != "skip" {
		t.Errorf("the first Tab focuses %q, not the skip link", focused)
	}

	// The deadline calculator: 05 working days from Thursday 12 Feb 2026,
	// 09:00, skip the weekends and Tết → Thursday 26 Feb 2026.
	var due, skippedText, reading string
	run("calculator",
		chromedp.Navigate(u+"/han"),
		chromedp.WaitVisible(chromedp.CSS("#limit")),
		chromedp.SendKeys(chromedp.CSS("#limit"), "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
		chromedp.SetValue(chromedp.CSS("#received"), "2026-02-12T09:00"),
		chromedp.Click(chromedp.CSS("button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#due")),
		textOf("#due", &due),
		textOf("#skipped", &skippedText),
		textOf("#reading", &reading),
		shot(t, "deadline-calculator"),
	)
	if due != "26/02/2026" || !strings.Contains(skippedText, "Tết Nguyên Đán") || !strings.Contains(skippedText, "Thứ Bảy") || reading == "" {
		t.Errorf("calculator shows due %q, skipped %q, reading %q", due, skippedText, reading)
	}
	// By procedure and channel, in English.
	run("calculator by procedure",
		chromedp.Navigate(u+"/han?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#procedure")),
		chromedp.SetValue(chromedp.CSS("#procedure"), "1.004222"),
		chromedp.SetValue(chromedp.CSS("#channel"), "direct"),
		chromedp.SetValue(chromedp.CSS("#received"), "2026-04-24T16:30"),
		chromedp.Click(chromedp.CSS("button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#due")),
		textOf("#skipped", &skippedText),
		shot(t, "deadline-calculator-procedure-en"),
	)
	if !strings.Contains(skippedText, "Reunification") && !strings.Contains(skippedText, "Labour") {
		t.Errorf("30 April and 1 May are not among the skipped days: %q", skippedText)
	}

	// The tracking page: code and ID → status and appointment; the apology.
	var status, appointment, letter string
	run("tracking",
		chromedp.Navigate(u+"/tra-cuu"),
		chromedp.WaitVisible(chromedp.CSS("#code")),
		chromedp.SendKeys(chromedp.CSS("#code"), string(f.demo.Code)),
		chromedp.SendKeys(chromedp.CSS("#id"), demoID),
		chromedp.Submit(chromedp.CSS("#id")),
		chromedp.WaitVisible(chromedp.CSS("#status")),
		textOf("#status", &status),
		textOf("#appointment", &appointment),
		textOf("#apology", &letter),
		shot(t, "tracking-found"),
	)
	if status == "" || appointment == "" || !strings.Contains(letter, "xin lỗi") {
		t.Errorf("tracking shows status %q, appointment %q, letter %q", status, appointment, letter)
	}
	// A wrong ID is refused, with no detail; the form works with the
	// keyboard alone (Enter submits).
	var refused string
	run("tracking refused",
		chromedp.Navigate(u+"/tra-cuu"),
		chromedp.WaitVisible(chromedp.CSS("#code")),
		chromedp.SendKeys(chromedp.CSS("#code"), string(f.demo.Code)),
		chromedp.SendKeys(chromedp.CSS("#id"), "001099999999\r"),
		chromedp.WaitVisible(chromedp.CSS("#result-refused")),
		textOf("#result-refused", &refused),
		shot(t, "tracking-refused"),
	)
	if !strings.Contains(refused, "Không tìm thấy") {
		t.Errorf("refusal reads %q", refused)
	}
	// The English toggle, and the page on a phone.
	var label string
	run("tracking in English on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(u+"/tra-cuu"),
		chromedp.Click(chromedp.CSS("#lang-toggle")),
		chromedp.WaitVisible(chromedp.CSS(`label[for="code"]`)),
		textOf(`label[for="code"]`, &label),
		shot(t, "tracking-phone-en"),
		chromedp.EmulateViewport(1280, 900),
	)
	if label != "Dossier code" {
		t.Errorf("English label %q", label)
	}

	// The calendar of 2026.
	var specials string
	run("calendar",
		chromedp.Navigate(u+"/lich?year=2026"),
		chromedp.WaitVisible(chromedp.CSS("#specials")),
		textOf("#specials", &specials),
		shot(t, "calendar-2026"),
	)
	if !strings.Contains(specials, "Tết Nguyên Đán") || !strings.Contains(specials, "Quốc khánh") {
		t.Errorf("calendar specials: %q", specials)
	}

	// The dashboard.
	var totals string
	var charts int
	run("dashboard",
		chromedp.Navigate(u+"/bang-tin?from=2026-02-01&to=2026-03-17"),
		chromedp.WaitVisible(chromedp.CSS("#totals")),
		textOf("#totals", &totals),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) (err error) {
			charts, err = chromedp.Evaluate[int](`document.querySelectorAll("svg.chart").length`)(ctx, tg)
			return err
		}),
		shot(t, "dashboard"),
	)
	if charts != 4 || !strings.Contains(totals, "40") {
		t.Errorf("dashboard: %d charts, totals %q", charts, totals)
	}
}
