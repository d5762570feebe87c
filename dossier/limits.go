package dossier

// The size limits of the package's inputs. Beyond them a command, [Open],
// [Replay] and [Unmarshal] refuse the input with an error wrapping
// [ErrTooLarge]; below them the cost of a command grows at most linearly
// with the log and the header.
const (
	// MaxEvents is the most events a dossier's log may hold. A realistic
	// log is a few dozen events: an inter-agency land dossier with a
	// twelve-step route (24 step events: each agency takes up and finishes
	// its step), two supplement rounds and two financial obligations (8
	// events), submission, receipt, transfer, an apology, the result and
	// its return (6) comes to about 40. MaxEvents leaves 25 times that.
	MaxEvents = 1000
	// MaxText is the longest text, in bytes, of an event's actor, reason,
	// item, step or agency, of a filed document's name, component, link and
	// replaced result, of a fee line's name and code and of a result
	// document's name, code and link: a form line or a short letter, not a
	// file.
	MaxText = 4096
	// MaxItems is the most items a supplement request or a refusal lists
	// (form 02 and 03 list the missing components of one procedure; the
	// longest procedures of the national database have a few dozen), and
	// the most fee lines of a payment and result documents of a result.
	MaxItems = 200
	// MaxFiled is the most filed-document lines of a header.
	MaxFiled = 500
	// MaxCopies is the most originals, or copies, of one filed document.
	MaxCopies = 10_000
)
