package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// Two working days on one file: the second continues the first (its
// dossiers are transferred and decided, its codes start again at 0001 for
// the new day), and the store is sound afterwards.
func TestTwoDays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "office.db")
	var day1, day2 strings.Builder
	if err := run(&day1, []string{"-db", path, "-day", "2026-03-02", "-clerks", "4", "-citizens", "24"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := run(&day2, []string{"-db", path, "-day", "2026-03-03", "-clerks", "4", "-citizens", "24"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"4 cán bộ / clerks, 24 hồ sơ tiếp nhận / received, 8 chuyển trong ngày / transferred the same day",
		"month to date: tiếp nhận / received 24",
	} {
		if !strings.Contains(day1.String(), want) {
			t.Errorf("day 1 lacks %q:\n%s", want, day1.String())
		}
	}
	for _, want := range []string{
		"Buổi sáng / morning: 16 hồ sơ chuyển cơ quan giải quyết / transferred, 8 có kết quả / decided",
		"due within 2 working days: 7",
		"month to date: tiếp nhận / received 48, đã giải quyết / resolved 8",
	} {
		if !strings.Contains(day2.String(), want) {
			t.Errorf("day 2 lacks %q:\n%s", want, day2.String())
		}
	}
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	s, err := sqlite.Open(context.Background(), path, sched, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Dossiers != 48 || c.Codes != 48 {
		t.Errorf("the file holds %d dossiers, %d codes; want 48 and 48", c.Dossiers, c.Codes)
	}
	if _, err := s.LoadByCode(context.Background(), "000.00.36.H57-260303-0024"); err != nil {
		t.Errorf("the second day's last code: %v", err)
	}
}

func TestClosedDay(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-db", filepath.Join(t.TempDir(), "x.db"), "-day", "2026-03-07"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "the centre is closed") {
		t.Errorf("Saturday: %s", out.String())
	}
}
