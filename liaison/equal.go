package liaison

import "slices"

// Equal reports whether p and o are the same plan: equal routes
// ([Route.Equal]), the same schedule (the same *sla.Schedule), the same
// receipt instant (compared with [time.Time.Equal], so the zone it was
// given in does not matter) and the same planned instants for every step.
// Two zero Plans are equal.
func (p Plan) Equal(o Plan) bool {
	return p.route.Equal(o.route) && p.sched == o.sched && p.received.Equal(o.received) &&
		p.receipt == o.receipt && p.end == o.end && slices.Equal(p.slots, o.slots) &&
		slices.EqualFunc(p.pauses, o.pauses, func(a, b span) bool { return a.from.Equal(b.from) && a.to.Equal(b.to) })
}

// Equal reports whether t and o are the same tracking: equal routes
// ([Route.Equal]), the same schedule (the same *sla.Schedule), the same
// receipt instant (compared with [time.Time.Equal]) and the same recorded
// start and finish of every step, whatever order the events came in. Two
// zero Trackings are equal.
func (t Tracking) Equal(o Tracking) bool {
	return t.route.Equal(o.route) && t.sched == o.sched && t.received.Equal(o.received) &&
		t.state.equal(o.state)
}
