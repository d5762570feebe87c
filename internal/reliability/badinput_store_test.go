package reliability

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/rickb777/date/v2"
)

func init() {
	catalogues["store"] = func(sh shared) []badInput {
		ctx := context.Background()
		inputError := as[*store.InputError]()
		opError := as[*store.OpError]()
		with := func(f func(s *store.Store) error) func() error {
			return func() error {
				s, err := storeFor(sh)
				if err != nil {
					return err
				}
				return f(s)
			}
		}
		day := date.New(2026, 3, 2)
		return []badInput{
			{"store: sqlite path with ?", func() error {
				_, err := sqlite.Open(ctx, "a.db?mode=ro", sh.scheds[0], nil)
				return err
			}, store.ErrInvalid, inputError},
			{"store: no schedule", func() error { // refused before the file is touched
				_, err := sqlite.Open(ctx, filepath.Join(os.TempDir(), "motcua-never.db"), nil, nil)
				return err
			}, store.ErrInvalid, opError},
			{"store: 1 MB dossier ID", with(func(s *store.Store) error {
				_, err := s.Load(ctx, strings.Repeat("é", mb/2))
				return err
			}), store.ErrInvalid, inputError},
			{"store: unknown dossier", with(func(s *store.Store) error { _, err := s.Load(ctx, "0123"); return err }), store.ErrNotFound, opError},
			{"store: unknown code", with(func(s *store.Store) error {
				_, err := s.LoadByCode(ctx, "000.00.36.H57-260302-0001")
				return err
			}), store.ErrNotFound, opError},
			{"store: zero record", with(func(s *store.Store) error {
				_, err := s.Apply(ctx, store.Record{}, "", nil)
				return err
			}), store.ErrInvalid, inputError},
			{"store: 1 MB idempotency key", with(func(s *store.Store) error {
				_, err := s.Create(ctx, dossier.Header{}, strings.Repeat("k", mb))
				return err
			}), store.ErrInvalid, inputError},
			{"store: invalid header", with(func(s *store.Store) error {
				_, err := s.Create(ctx, dossier.Header{}, "")
				return err
			}), store.ErrRefused, opError},
			{"store: due within -1 days", with(func(s *store.Store) error {
				_, err := s.DueWithin(ctx, day, -1, store.Filter{})
				return err
			}), store.ErrInvalid, inputError},
			{"store: limit beyond the maximum", with(func(s *store.Store) error {
				_, err := s.Overdue(ctx, day, store.Filter{Limit: store.MaxLimit + 1})
				return err
			}), store.ErrInvalid, inputError},
			{"store: 1 MB filter", with(func(s *store.Store) error {
				_, err := s.Paused(ctx, day.Time(0, ict), store.Filter{Agency: strings.Repeat("ệ", mb/3)})
				return err
			}), store.ErrInvalid, inputError},
			{"store: empty report period", with(func(s *store.Store) error {
				_, err := s.Report(ctx, dossier.Period{From: day, To: day}, store.GroupNone)
				return err
			}), store.ErrInvalid, inputError},
			{"store: import of a non-dossier line", with(func(s *store.Store) error {
				_, err := s.Import(ctx, strings.NewReader("[1,2,3]\n"))
				return err
			}), store.ErrInvalid, inputError},
			{"store: import of a 1 MB ID", with(func(s *store.Store) error {
				_, err := s.Import(ctx, strings.NewReader(`{"id":"`+strings.Repeat("x", mb)+`","version":0,"head":"","header":{},"log":[]}`+"\n"))
				return err
			}), store.ErrInvalid, inputError},
		}
	}
}

var (
	storeOnce sync.Once
	storeVal  *store.Store
	storeErr  error
)

// storeFor opens the shared store over the first shared schedule, in a
// directory of this test process's own (removed by TestMain): a file
// shared between runs let one checkout's newer schema break another's run.
func storeFor(sh shared) (*store.Store, error) {
	storeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "motcua-badinput-*")
		if err != nil {
			storeErr = err
			return
		}
		storeDir = dir
		storeVal, storeErr = sqlite.Open(context.Background(), filepath.Join(dir, "bad.db"), sh.scheds[0], nil)
	})
	return storeVal, storeErr
}

// storeDir is the directory storeFor made, if it made one.
var storeDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if storeVal != nil {
		storeVal.Close()
	}
	if storeDir != "" {
		os.RemoveAll(storeDir)
	}
	os.Exit(code)
}
