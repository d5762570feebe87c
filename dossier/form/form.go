package form

// Form is what every form of the package is: its kind and its Vietnamese
// plain-text rendering.
type Form interface {
	Kind() Kind
	Text() string
}

var (
	_ Form = Receipt{}
	_ Form = SupplementRequest{}
	_ Form = Refusal{}
	_ Form = Apology{}
	_ Form = ControlSlip{}
	_ Form = TrackingBook{}
	_ Form = StopNotice{}
)
