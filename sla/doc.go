// Package sla is statutory time for administrative procedures: time limits,
// office schedules, deadlines, the processing clock of a dossier, outcomes
// and their statistics, and the explanation of a due date.
//
// # Model
//
//   - [Limit] is a statutory time limit, an amount and a [Unit]: working
//     hours, working days (0 is "trong ngày", the same day; fractions such as
//     0,5 allowed), calendar days or months. [ParseLimit] reads the texts of
//     the national procedure database ("15 ngày làm việc kể từ ngày nhận đủ
//     hồ sơ hợp lệ"); what it cannot read with certainty is an error.
//   - [Schedule] is a one-stop office's working time: a holiday calendar,
//     office hours per weekday, the receipt cut-off and the zone.
//   - [Deadline] is one limit counted from one receipt: the due date printed
//     on the appointment slip, with [Schedule.Explain] saying why.
//   - [Timeline] is the clock of one dossier: pauses, a restart after a
//     supplement, and the single re-appointment after an apology.
//   - [Outcome] (early, on time, late, late with apology) is derived from
//     the finish and the due date, never stored; [Summary] counts outcomes by
//     any key and merges across shards.
//
// # Reading time-limit texts
//
// [ReadLimit] returns what a catalogue text says ([Reading]): the ordinary
// limit, one [Limit] or a composite [Period] counted part after part
// ([Schedule.DueOf]), the stated receipt cut-off, every alternative
// duration with the words of its condition (cases, "hoặc", ranges,
// extensions), the per-agency breakdown checked against the total, the
// event the count runs from, what a person must decide, and the words that
// decided each part. [ParseLimit] is the strict entry point on top: a Limit
// only for exactly one ordinary limit counted from receipt. A text is at
// most [MaxLimitTextBytes] (16 KiB) long, refused beyond with
// [ErrLimitTooLong]; reading is linear in the text's length, in time and in
// the bytes it allocates.
//
// # Counting rules
//
// [Schedule.Deadline] documents the four rules: the receipt day, working
// days (the first day not counted), calendar days and months (moved off days
// off), and working hours. Decree 61/2018/NĐ-CP and Decree 118/2025/NĐ-CP do
// not define the counting themselves; the Civil Code applies where the
// procedure text is silent (Art. 145(1)).
//
// # Zero values and concurrency
//
// The zero Limit, Deadline, Schedule and Timeline are invalid and report it
// (IsValid, or an error wrapping [ErrInvalidLimit], [ErrInvalidSchedule] or
// [ErrInvalidTimeline]). Limit, Deadline and Outcome are comparable values;
// Schedule is immutable and safe for concurrent use; Timeline operations
// return new values. A Summary is an accumulator for one goroutine: build
// one per shard and [Summary.Merge] them.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of its
// exported typed errors — *[ScheduleError], *[CountError],
// *[TimelineError], *[LimitError], *[ValueError] — and errors.Is for one of
// its exported sentinels (listed in errors.go and beside [LimitError]):
// [ErrInvalidSchedule], [ErrInvalidLimit], [ErrOutOfSpan], [ErrUnknownCode],
// [ErrPaused], [ErrNotPaused], [ErrOutOfOrder], [ErrAlreadyReappointed],
// [ErrApologyTooLate], [ErrBadReappointment], [ErrInvalidTimeline],
// [ErrLimitSyntax], [ErrLimitRange], [ErrLimitAmbiguous]. A message starts
// with "sla: " once; the wrapped errors of this package do not repeat it. An
// error from package holiday behind an sla error stays reachable:
// [ErrOutOfSpan] itself satisfies errors.Is for holiday.ErrOutOfSpan, and
// the *holiday.SpanError that found it satisfies errors.As. Errors quote at
// most a short, rune-safe prefix of bad input. A refused operation changes
// nothing: a Timeline operation returns the receiver unchanged.
//
// # String, Vietnamese and English
//
// String is for programs and logs (the %v verb, test failures), never for
// people: a value with a text syntax writes that syntax — [Limit.String] is
// the canonical Vietnamese catalogue text that [ParseLimit] and
// [Limit.UnmarshalText] read back, [Session.String] "08:00–12:00",
// [Deadline.String] the due date and instant with its limit — and an
// enumeration ([Unit], [Outcome], [SkipReason]) writes its English name, as
// time.Month does, or "%!Type(n)" outside its constants. Text for people
// comes from the Vietnamese and English methods ([Outcome.Vietnamese],
// [Explanation.Vietnamese], …), one language per call; wire codes come only
// from MarshalText.
//
// # References
//
//   - Civil Code 2015 (Law 91/2015/QH13) Art. 144–148: units of periods; a
//     period in hours starts at the stated moment (147(1)); in days it starts
//     the next day (147(2)); months end on the corresponding day or the
//     month's last day (148(2)); a week is seven days (146) and a period in
//     weeks ends on the corresponding day (148(2)), read as seven calendar
//     days a week; a period ending on a day off ends on the next working day
//     (148(5)); a day ends at 24:00 (148(6)).
//   - Decree 61/2018/NĐ-CP Art. 18(2): paper dossiers received after 15:00 are
//     transferred the next working day; Art. 19(4): after a supplement, the
//     time limit runs again from the start; Art. 19(9): the apology and new
//     appointment, at the latest one day before the deadline, once only.
//   - Decree 118/2025/NĐ-CP (from 1 July 2025): applications of it repeat the
//     apology and single re-appointment rules.
//   - Decree 63/2010/NĐ-CP Art. 8(2)(đ): every procedure states its time
//     limit; the national database records its unit (DonViTinh).
//   - Decree 23/2015/NĐ-CP Art. 21: same-day certification, the next working
//     day when received after 15:00 — an example of a per-procedure cut-off.
//   - Circular 01/2018/TT-VPCP Art. 13: each dossier and each step is scored
//     early, on time or late.
//   - Decision 188/1999/QĐ-TTg: the 40-hour, Monday–Friday week.
package sla
