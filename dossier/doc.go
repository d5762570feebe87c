// Package dossier is the one-stop dossier (hồ sơ) and its lifecycle: what a
// one-stop section does all day — check what a citizen brings, receive it
// with a code and an appointment, pass it to the competent agency, ask once
// for what is missing, apologise before it goes late, return the result —
// and the reports of how the office did.
//
// # Model
//
// A [Dossier] is a [Header] (procedure version, applicant, channel,
// receiving unit, competent agency, documents filed, fees) and an
// append-only log of [Event] values. The log is the source of truth: the
// status, the code, the deadline ([sla.Timeline]) and the outcome are its
// fold over the office's [sla.Schedule], and [Replay] of the same log gives
// the same dossier ([Replay] takes ownership of the events it is given, so
// loading a dossier keeps one copy of its history, not two). Commands
// ([Dossier.Receive], [Dossier.Transfer], [Dossier.RequestSupplement],
// [Dossier.Apologise], [Dossier.Decide], …) take the instant now and an
// actor, and return a new Dossier; a refused command returns a
// *[CommandError] and leaves the dossier as it was.
//
// A dossier has one legal deadline, derived in one place from its receipt:
// the appointment (form 01), [Dossier.Due], [Dossier.Outcome], the reports
// and, for an inter-agency dossier, the route's tracking all count with
// the same receipt cut-off (the earlier of the procedure's and the
// route's; Decree 63/2024/NĐ-CP Art. 7(2)).
//
// # Facts for the national portal
//
// The dossier also holds what the National Public Service Portal asks of
// each dossier (package national writes it): for each document filed, the
// procedure component it answers, a link to its electronic copy, whether
// it was digitised at receipt, reused instead of asking for the paper (with
// the code of the result it replaces) or taken from the applicant's data
// warehouse ([Filed]; Decree 107/2021/NĐ-CP; Decree 45/2020/NĐ-CP Art. 16
// as amended by Decree 118/2025/NĐ-CP Art. 40(8)); whether the account was
// verified with VNeID, the dossier filed on the portal, the result asked
// for by post ([Header]); the fees paid, how and which
// ([Dossier.PayFee], an [EventFeePaid] that keeps the status: Decree
// 42/2022/NĐ-CP, Law on Fees and Charges 97/2015/QH13); and the result
// documents with their codes and links ([Dossier.DecideWithResults]:
// Decree 45/2020/NĐ-CP Art. 14). Each is optional and omitted from the JSON
// when unset, so dossiers written before keep their bytes.
//
// [Status] follows the national synchronisation codes 1–10 with a typed
// transition table ([Status.CanMove]); early, on time and late are derived
// ([Dossier.Outcome]), never stored.
//
// # Lifecycle
//
// A vendor's program goes through the same steps for every dossier
// (Example_lifecycle runs them):
//
//  1. Build the office's [sla.Schedule] once (holiday calendar, office
//     hours), and look up the procedure version in force on the day with
//     [procedure.Catalog.Lookup] ([github.com/motcua/motcua/procedure/sample.Catalog] is an embedded
//     sample catalogue).
//  2. Start the [Header] with [HeaderFor] (the procedure's reference,
//     channel, fees, and its level and agency when it names one of each),
//     then fill in what the counter sees: the [Applicant], the receiving
//     unit, the documents filed.
//  3. [Open] the dossier over the schedule; an online filing is
//     [Dossier.Submit]ted first.
//  4. [Dossier.Receive] it with the procedure and a [Sequencer] for the
//     daily dossier code ([MemorySequencer] in memory; a vendor keeps the
//     sequence in its database), passing the applicant's answers to the
//     intake conditions. An incomplete dossier is refused with the
//     [Intake] that lists what to add (form 02); a complete one gets its
//     code and appointment (form 01). Or [Dossier.Refuse] it (form 03).
//  5. Run the commands as things happen — [Dossier.Transfer],
//     [Dossier.RequestSupplement] and [Dossier.Supplement],
//     [Dossier.RequestObligation] and [Dossier.PayObligation],
//     [Dossier.Apologise], route steps ([Dossier.StartStep],
//     [Dossier.FinishStep]), [Dossier.PayFee], [Dossier.Decide] (or
//     [Dossier.DecideWithResults]), [Dossier.Return], or
//     [Dossier.RequestWithdrawal] and [Dossier.Stop] — each with the
//     instant now and the actor, each returning a new Dossier.
//  6. Save the header and the log ([Dossier.Header], [Dossier.Events], or
//     MarshalJSON), and load them back with [Replay] (or [Unmarshal]),
//     which checks every event as the commands do.
//  7. Print the forms (package dossier/form) and count the [Report]s.
//
// # Regimes
//
// The rules are chosen by the receipt date ([RegimeOn]): [Regime2018]
// (Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP, Circular
// 01/2018/TT-VPCP) before 1 July 2025, [Regime2025] (Decree 118/2025/NĐ-CP,
// Circular 03/2025/TT-VPCP) from then on. Each difference is a field of
// [Regime]; where a 2025 rule could not be confirmed, the field's comment
// says so and the 2018 rule is kept. Regimes are immutable values, as
// time.Month is: the functions return copies of the package's own table,
// so no importer can change the rules a dossier is counted under.
//
// # Intake
//
// [Check] compares the documents filed with the procedure's components:
// missing and short items are listed together, so that the applicant is told
// once and completely (form 02); items shown only, items taken from a
// national database and unexpected items are reported apart.
//
// # Reports
//
// A [Report] counts, in one pass over many dossiers, what a province
// publishes for a period — received, carried over, resolved early / on time
// / late, pending, online share — by any key ([ByAgency], [ByField],
// [ByChannel], [ByLevel], [ByReceiptMonth]); reports of shards merge.
// Every figure is judged as of the period's end: a published report over
// [From, To) does not change whatever happens to its dossiers afterwards.
//
// # Limits
//
// Every input has a size limit, refused beyond it with an error wrapping
// [ErrTooLarge]: a log of at most [MaxEvents] events (a realistic log is
// about 40), texts (actor, reason, item, step, agency, document name,
// component, link, fee name and code, result name, code and link) of at
// most [MaxText] bytes, at most [MaxItems] items in a list (items, fee
// lines, result documents), [MaxFiled] filed documents and [MaxCopies]
// originals or copies of one; an amount (fees due, an obligation, a fee
// line) is 0 to 10^15 đồng with at most 4 decimals, on the wire a string
// of at most 16 digits and 4 decimals. Event
// instants must fall inside the calendar's span ([holiday.Calendar.Span]),
// and every event names its actor. A command appends to the log without
// copying it, so its cost does not grow with the log.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of the
// package's typed errors — *[InputError] (a value, quoted by a short,
// rune-safe prefix), *[CommandError] (a refused command; the dossier is
// unchanged) and *[ReplayError] (the event of a log that [Replay] refused)
// — and errors.Is for one of its sentinels, listed with their taxonomy in
// errors.go: [ErrSyntax] (unreadable text), [ErrInvalid] (a value never
// allowed), [ErrTransition] (a command the status does not allow),
// [ErrRule] (a command the status allows but a legal rule refuses),
// [ErrIncomplete], [ErrSequenceExhausted], [ErrSequencer] and
// [ErrTooLarge]. A message starts with the package's name once
// ("dossier: …"); wrapped errors from the same package do not repeat it;
// an error from a package below (holiday.ErrOutOfSpan inside an sla error
// inside a dossier error) or from the caller's [Sequencer] stays reachable
// with errors.Is and errors.As.
//
// # Concurrency and zero values
//
// A Dossier is a value and safe for concurrent reads. The zero Dossier is
// invalid ([Dossier.IsValid]). [MemorySequencer] is safe for concurrent use;
// a [Report] is for one goroutine.
//
// # References
//
//   - Decree 61/2018/NĐ-CP Art. 15(3) (guide once, completely), 16
//     (channels), 17 (receipt: forms 01–03, the dossier code), 18 (transfer
//     the same working day, or the next when received after 15:00), 19
//     (supplement within 3 working days and restart; apology at the latest
//     one day before the deadline, one re-appointment), 20 (return, early
//     return allowed), 26 (the dossier code).
//   - Circular 01/2018/TT-VPCP Art. 9 (forms 01–06), 13 (indices), 19 (the
//     code format UNIT-YYMMDD-NNNN).
//   - Decree 118/2025/NĐ-CP Art. 11(2) (one supplement request), 17(1)(c)
//     (digitise paper at receipt), 21 (stop at the applicant's request);
//     Circular 03/2025/TT-VPCP Art. 5(2), 7.
//   - Decree 107/2021/NĐ-CP (reuse of digitised data); Decree
//     45/2020/NĐ-CP Arts. 14 (electronic results) and 16 (the data
//     warehouse, as amended by Decree 118/2025/NĐ-CP Art. 40(8)); Decree
//     118/2025/NĐ-CP Art. 22 (electronic results; not checked against the
//     text); Decree 42/2022/NĐ-CP (online public services and payment);
//     Law on Fees and Charges 97/2015/QH13 (fees and charges); Decree
//     69/2024/NĐ-CP (electronic identification, VNeID).
//   - Decree 63/2024/NĐ-CP Art. 7(2) (an inter-agency group received after
//     15:00 counts from the next working day).
//   - Circular 22/2019/TT-BTTTT Art. 4 and the DVCQG status list 1–10.
package dossier
