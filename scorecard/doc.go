// Package scorecard computes a province's scorecard from motcua's own
// data, during the period rather than after the national portal publishes
// it: the national service index (Decision 766/QĐ-TTg), the citizen
// evaluation of one-stop units (Circular 01/2018/TT-VPCP) and the handling
// of feedback (phản ánh, kiến nghị), with every figure explaining itself.
//
// # The national service index
//
// A [Tally] counts, in one pass, dossier [Record] values — made from a
// [dossier.Dossier] by [FromDossier], or as it stood at a closed period's
// end by [FromDossierAsOf], or filled by a vendor importing dossiers from
// another system — and [Feedback] values, for a period. Both are judged as
// of the period's end: nothing that happens after it changes its score.
// Tallies of shards merge exactly ([Tally.Merge]). [Score] turns a tally
// and the unit's [UnitFacts] into a [Scorecard] of five groups and 100
// points — transparency 18, progress 20, online service and payment 22,
// digitisation 22, satisfaction 18 — each row an [Indicator] with its
// inputs, ratio, formula, points, maximum and source, rendered as
// Vietnamese ([Scorecard.Vietnamese]) and English ([Scorecard.English])
// text and as JSON. [Scorecard.Lost] lists where points were lost.
//
// What the dossier model does not hold — synchronisation with the portal,
// electronic results, reuse of digitised data, documents from the national
// data store, population-database use, online payment, complaints — the
// vendor supplies per dossier as [Facts] and per unit as [UnitFacts].
//
// Where the sources disagree, [Options] chooses, with the portal's observed
// behaviour as the zero value: the online group as three rows or the
// spreadsheet's single 12-point row ([Options.OnlineSingleRow]); the two
// disputed 80 % thresholds of digitisation ([Options.Linear80]); a unit
// without feedback ([Options.NoFeedback]).
//
// # Citizen evaluation
//
// An [EvaluationTally] averages the nine indices of Circular
// 01/2018/TT-VPCP Art. 13, each marked 0, 1 or 2 ([Mark]), for one unit and
// [Quarter]; an [EvaluationBook] keeps one per unit per quarter. The
// averages are summed and banded ([BandOf]): Xuất sắc, Tốt, Khá, Trung
// bình, Yếu. A total of exactly 15 is Xuất sắc under the Circular's
// reading ([BandCircular], the default); [BandAbove15] is a provincial
// implementation's reading, which puts it in Tốt
// ([EvaluationTally.ResultWith], [EvaluationBook.ResultWith]).
//
// # Feedback
//
// A [Feedback] has its own small lifecycle ([ReceiveFeedback],
// [Feedback.RequestInfo], [Feedback.ReceiveInfo], [Feedback.Refuse],
// [Feedback.Handle], [Feedback.Publish], [Feedback.Evaluate]) with
// working-day limits over the office's [sla.Schedule]: 15 to handle, 2 to
// refuse, 5 to ask for more information, 2 to publish. Its outcomes feed
// group 5 ([Tally.AddFeedback]). Its log ([Feedback.Events], JSON)
// rebuilds it ([ReplayFeedback]).
//
// # Limits
//
// A Record counts at most [MaxDocuments] documents and [MaxSupplements]
// supplement requests, a statutory maximum of at most [MaxLimitDays]
// working days, and a procedure code of at most [MaxText] bytes; a unit
// has at most [MaxProcedures] publications, online procedures and
// procedures, and a tally at most [MaxProcedures] distinct procedures with
// an online dossier. Feedback IDs and unit codes have at most [MaxText]
// bytes; a feedback log has at most [MaxFeedbackEvents] events; an
// [EvaluationBook] keeps at most [MaxUnitQuarters] units × quarters. Beyond a
// limit the input is refused with an error wrapping [ErrTooLarge]. Days
// must fall in the calendar's span. [Tally.Add] costs O(1) (two O(1)
// working-day counts and one map look-up), so a tally grows linearly with
// the dossiers; [Score] is linear in the unit's publications and online
// procedures.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of the
// package's exported typed errors — *[InputError] (a value refused, quoted
// by a short, rune-safe prefix) and *[FeedbackError] (a feedback command
// refused; the feedback is unchanged) — and errors.Is for one of its
// exported sentinels, listed in errors.go: [ErrInvalid], [ErrTooLarge],
// [ErrTransition] and [ErrOutOfOrder]. A message starts with the package's
// name once ("scorecard: …"); wrapped errors from the same package do not
// repeat it; an error from a package below (holiday.ErrOutOfSpan inside an
// sla error inside a scorecard error) stays reachable with errors.Is and
// errors.As. A failed command or Add changes nothing.
//
// # Concurrency and zero values
//
// [Record], [Facts], [UnitFacts], [Scorecard], [Indicator] and [Feedback]
// are values, safe for concurrent reads. A [Tally], an [EvaluationTally]
// and an [EvaluationBook] are accumulators for one goroutine: one per
// shard, then merge. The zero Tally and the zero Feedback are invalid; the
// zero EvaluationTally and EvaluationBook are ready to use.
//
// # References
//
// What was confirmed, and how:
//
//   - Decision 766/QĐ-TTg of 23/06/2022 of the Prime Minister, "phê duyệt
//     Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người
//     dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công
//     theo thời gian thực trên môi trường điện tử": its number, date and
//     title are cited by provincial systems, which also build dashboards of
//     online payment, digitisation and online-service targets "theo Quyết
//     định 766"; the five groups and their maxima (18, 20, 22, 22, 18) are
//     given by provincial home-affairs texts (secondary). The formulas of
//     the rows were not read in the decision's annex: they are
//     reconstructed from the portal's formula description and its published
//     results (secondary), and each row says so.
//   - Progress rules (end = first of processed, returned or stopped;
//     supplement time subtracted; more than one supplement request is
//     late; without an appointment, end − receipt − supplement time against
//     the statutory maximum; an unfinished dossier measured at the period's
//     end): the portal's index specification (secondary); Decree
//     61/2018/NĐ-CP Art. 19 for supplements and appointments.
//   - Circular 01/2018/TT-VPCP Arts. 13–15: the nine indices marked 2/1/0,
//     averaged to one decimal, an index without data left out, units
//     banded from 15 (Xuất sắc), 12 (Tốt), 9 (Khá) and 6 (Trung bình). The
//     2025 rules (Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP) were
//     checked for changes and none could be confirmed: their texts on
//     evaluation were not read, so the 2018 indices and bands are kept.
//   - Decree 20/2008/NĐ-CP of 14/02/2008 (as amended by Decree
//     92/2017/NĐ-CP) on receiving and handling feedback on administrative
//     regulations: its title and the 15 working days to handle are
//     confirmed by a provincial procedure record; the 2, 5 and 2 working
//     days (refuse, ask for more information, publish) and the restart of
//     the handling limit on complete information were not checked against
//     the text.
//   - Decree 63/2010/NĐ-CP Art. 8(2) (the components of a published
//     procedure); Decree 45/2020/NĐ-CP (procedures in the electronic
//     environment, electronic results); Decree 118/2025/NĐ-CP Art.
//     17(1)(c) (digitise paper documents at receipt).
package scorecard
