package store

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// The events of every kind, as the commands write them.
func sampleEvents() [][]byte {
	at := time.Date(2026, 3, 2, 9, 30, 15, 123456789, sla.VietnamZone)
	limit, _ := sla.ParseLimit("7 ngày làm việc")
	events := []dossier.Event{
		{Kind: dossier.EventSubmitted, At: at, Actor: "cong-dvcqg"},
		{Kind: dossier.EventReceived, At: at, Actor: "can-bo", Code: "000.00.36.H57-260302-0001", Limit: limit, Cutoff: clock.New(15, 0, 0, 0)},
		{Kind: dossier.EventTransferred, At: at, Actor: "a", Agency: "ubnd-cap-xa"},
		{Kind: dossier.EventSupplementRequested, At: at, Actor: "a", Items: []string{"Bản sao", "Giấy \"A\""}, Reason: "Thiếu"},
		{Kind: dossier.EventObligationRequested, At: at, Actor: "a", Amount: decimal.RequireFromString("1250000.5")},
		{Kind: dossier.EventApologised, At: at, Actor: "a", NewDue: date.New(2026, 3, 20), Reason: "<b>&"},
		{Kind: dossier.EventProcessed, At: at, Actor: "a", Granted: true},
		{Kind: dossier.EventRefused, At: at, Actor: "a", Items: []string{}},
		{Kind: dossier.EventStepStarted, At: at.UTC(), Actor: "a", Step: "s1", Agency: "x"},
	}
	var out [][]byte
	for _, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			panic(err)
		}
		out = append(out, b)
	}
	return append(out, []byte(`{}`), []byte(`{"kind":"returned","at":"2026-03-02T09:00:00Z","actor":"x","extra":1}`), []byte(` {"kind":"returned"}`))
}

func FuzzDecodeEvent(f *testing.F) {
	for _, b := range sampleEvents() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fast, ok := decodeEventFast(b)
		if !ok {
			return
		}
		var slow dossier.Event
		if err := json.Unmarshal(b, &slow); err != nil {
			t.Fatalf("fast decoded %q, encoding/json refuses it: %v", b, err)
		}
		x, err1 := json.Marshal(fast)
		y, err2 := json.Marshal(slow)
		if (err1 == nil) != (err2 == nil) || !bytes.Equal(x, y) {
			t.Fatalf("%q: fast %s (%v), encoding/json %s (%v)", b, x, err1, y, err2)
		}
		if !fast.At.Equal(slow.At) || fast.At.Location().String() != slow.At.Location().String() {
			t.Fatalf("%q: instants differ", b)
		}
	})
}

// The fast path takes every event the commands write.
func TestDecodeEventFastTakesCommands(t *testing.T) {
	for _, b := range sampleEvents()[:9] {
		if _, ok := decodeEventFast(b); !ok && !bytes.Contains(b, []byte(`\`)) {
			t.Errorf("fast path refused %s", b)
		}
	}
}

// plainDecimal must give what decimal.NewFromString gives, coefficient and
// exponent alike, whenever it accepts a text.
func TestPlainDecimalMatchesNewFromString(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`-?[0-9]{0,20}(\.[0-9]{0,6})?`).Draw(t, "s")
		got, ok := plainDecimal([]byte(s))
		if !ok {
			return
		}
		want, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("plainDecimal(%q) accepted what NewFromString refuses: %v", s, err)
		}
		if got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0 {
			t.Fatalf("plainDecimal(%q) = %v×10^%d, NewFromString %v×10^%d", s, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	})
	for _, s := range []string{"", "-", ".5", "5.", "1e3", "+5", "1.2.3", "1234567890123456789"} {
		if _, ok := plainDecimal([]byte(s)); ok {
			t.Errorf("plainDecimal(%q) accepted", s)
		}
	}
}
