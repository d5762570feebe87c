// Package liaison models inter-agency ("liên thông") procedures: the route
// a dossier takes through several agencies, each agency's time budget, the
// plan of a dossier through the route, the tracking of its actual
// hand-overs, and which agency made a late dossier late.
//
// Under the inter-agency one-stop mechanism one dossier passes through
// several agencies — horizontally (land registration office → tax
// authority → back) or vertically (commune → province) — and the one-stop
// unit fixes each agency's task and share of the total time. When the
// dossier is late, each step's own time decides which agency must
// apologise.
//
// # Model
//
//   - [Route]: the steps ([Step]) as a directed acyclic graph, each with an
//     agency code, a [Role] and a budget ([sla.Limit] in working days or
//     hours, halves allowed), the procedure's total limit, an optional
//     receipt cut-off and the legal source. Built by [NewRoute] or
//     [ParseRoute], which reject malformed graphs and a critical path over
//     the total; [Route.Validate] checks agencies against the caller's
//     [AgencyRegistry] and warns about slack. The [Mode] (sequential,
//     parallel, mixed) is derived from the graph. Routes marshal to strict,
//     lossless JSON and render as Mermaid ([Route.Mermaid]).
//   - [Plan] ([Route.Plan]): each step's planned start and due instant from
//     a receipt over a [sla.Schedule]; parallel branches share their start.
//   - [Tracking] ([Route.Track], [Tracking.Apply]): the actual Started and
//     Finished [Event]s, each step's [sla.Outcome] against its own budget
//     from its actual start, the legal deadline, the slack left, a re-plan
//     of the remaining steps, and [Tracking.Responsible].
//   - [CountByAgency]: per-agency outcome statistics in an [sla.Summary].
//   - Built-in routes: the Decree 63/2024/NĐ-CP groups
//     [BirthRegistrationGroup], [BirthRegistrationGroupVerified] and
//     [DeathRegistrationGroup], with the caller's agency codes
//     ([Decree63Agencies]). Illustrative agency codes, the groups built with
//     them and example routes (a land transfer, "5 tại chỗ") live in the
//     optional package liaison/liaisonsample, which a vendor need not link.
//
// # Time arithmetic
//
// Budgets are office time. The day of receipt is not counted for totals in
// whole working days, so the count starts at the close of the receipt day,
// as [sla.Schedule.Deadline] counts; see [Route.Plan] for the precise rules
// and the guarantee that a plan whose critical budgets add up to the total
// is due exactly when sla says the procedure is due.
//
// # Responsibility
//
// [Tracking.Responsible] names the first late step on the actual critical
// path; see its documentation for the rule and its legal basis.
//
// # Concurrency and zero values
//
// Route is immutable and safe for concurrent use; Plan and Tracking are
// values whose methods never modify them ([Tracking.Apply] returns a new
// Tracking, sharing what did not change with the old one). The zero Route,
// Plan and Tracking are invalid. Plan and Tracking are not comparable with
// ==: use [Plan.Equal] and [Tracking.Equal].
//
// # Errors
//
// Every error the package returns satisfies [errors.As] for one of the
// package's exported typed errors — [*RouteError] (building, parsing or
// validating a route; an [*OverBudgetError] inside it details
// [ErrOverBudget]), [*EventError] (a refused tracking event), [*OpError]
// (any other operation on a route, a plan or a tracking) and [*CodeError]
// (an enumeration's wire code) — and [errors.Is] for one of its exported
// sentinels, listed in errors.go ([ErrCycle], [ErrOutOfOrder],
// [ErrTooLarge]…). A message starts with the package's name once
// ("liaison: …"); wrapped errors from this package do not repeat it, and a
// value quoted from the input is cut to a short, rune-safe prefix. An error
// from a package below (holiday.ErrOutOfSpan, an sla limit error) stays
// reachable with errors.Is and errors.As inside the liaison error, which
// also wraps [ErrSchedule] or [ErrBadBudget]. A refused operation changes
// nothing.
//
// # Limits
//
// A route has at most [MaxSteps] steps, a step at most [MaxPredecessors]
// predecessors, route JSON at most [MaxRouteJSON] bytes, and a budget or
// total at most [MaxBudget] of working time; beyond them the input is
// refused with [ErrTooLarge] or [ErrBadBudget] before any work
// proportional to it. Below them, building and parsing a route are linear
// in its size (a topological sort with a heap: O((steps + edges) · log
// steps)), [Tracking.Apply] copies one block of 64 steps' state and an
// index of blocks rather than every step's state, and planning is
// O(steps × days spanned).
//
// # Names
//
// The enumerations ([Role], [Mode], [EventKind], [WarningKind]) follow one
// rule: String and English return the English name, Vietnamese the
// Vietnamese one, and MarshalText the stable wire code, which may differ
// from both (the role "sign" is named "sign and stamp").
//
// # References
//
//   - Decree 61/2018/NĐ-CP Art. 18 (transfer of paper dossiers the same
//     working day, the next one when received after 15:00); Art. 19(5)
//     (consultation with a reply deadline; 19(5)(b): the consulted unit
//     replies by it and records it on the control slip); Art. 19(6)
//     (inter-agency at the same level: sequential routing with a time limit
//     per agency on the transfer slip for paper dossiers, parallel
//     distribution with a lead agency and per-agency deadlines for
//     electronic ones); Art. 19(7) (across levels); Art. 19(9) (the agency
//     that will be late apologises at least one day before the deadline and
//     sets a new date, once only). Decree 118/2025/NĐ-CP applies from
//     1 July 2025; provincial applications of it keep per-step budgets and
//     per-step verdicts.
//   - Circular 01/2018/TT-VPCP form 05 (processing control slip: each
//     hand-over with its time and an early / on-time / late verdict) and
//     Art. 13 index 2 (the time of each participating agency is scored
//     separately); Art. 6 (the whole process at the one-stop unit).
//   - Decree 63/2024/NĐ-CP of 10 June 2024 (electronic inter-agency groups
//     for birth and death) Arts. 4–8, and Decision 296/QĐ-VPCP of 2024
//     publishing its procedures: see [BirthRegistrationGroup] and
//     [DeathRegistrationGroup] for the articles and the doubts.
//   - Civil Code 2015 (Law 91/2015/QH13) Art. 147(2): a period in days
//     starts on the day after the event; Art. 148(6): it ends at the end of
//     its last day.
//   - Decision 188/1999/QĐ-TTg: the 40-hour, five-day week; a working day
//     of eight hours ([StandardDay]).
package liaison
