package dossier_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// AllEvents and NumEvents see the log Events copies, on a replayed log and
// on one that commands appended to, and AllEvents stops when asked.
func TestAllEventsMatchesEvents(t *testing.T) {
	d := transferred(t, procedure.ChannelOnlinePartial, at(2026, time.March, 2, 9, 0), at(2026, time.March, 2, 10, 0), sla.WorkingDays(5))
	replayed, err := dossier.Replay(d.Header(), d.Events(), sched())
	require.NoError(t, err)
	grown, err := replayed.Decide(at(2026, time.March, 3, 9, 0), testActor, true, "")
	require.NoError(t, err)
	for _, x := range []dossier.Dossier{d, replayed, grown} {
		var got []dossier.Event
		for i, e := range x.AllEvents() {
			require.Equal(t, len(got), i)
			got = append(got, e)
		}
		require.Equal(t, x.Events(), got)
		require.Equal(t, len(x.Events()), x.NumEvents())
	}
	n := 0
	for range grown.AllEvents() {
		n++
		break
	}
	require.Equal(t, 1, n)
}

func ExampleDossier_AllEvents() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	for i, e := range d.AllEvents() {
		fmt.Println(i, e.Kind)
	}
	fmt.Println("version:", d.NumEvents())
	// Output:
	// 0 received
	// 1 transferred
	// version: 2
}
