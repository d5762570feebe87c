// Package procedure models Vietnamese administrative procedures (thủ tục
// hành chính) as the national procedure database publishes them, and a
// catalogue of them with effective-dated versions.
//
// # Procedures
//
// A [Procedure] carries the database's fields (Decree 63/2010/NĐ-CP Art. 8,
// as amended by Decree 92/2017/NĐ-CP): the code (shape `^[1-3]\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$`,
// otherwise opaque; a local variant keeps its base code, see [BaseCode]),
// name, sector, implementation levels ([Level]; the district level only
// before 2025-07-01), implementing / authorised / coordinating agencies,
// subjects, results, legal basis, requirements; per [Channel] the statutory
// [sla.Limit] and the locally committed one ([TimeLimit]); the receipt
// cut-off of same-day procedures; fees and charges ([Fee], exact
// [decimal.Decimal] VND, with reductions and exemptions, see
// [Procedure.FeeFor]); and the dossier components ([Component]).
// Procedures are immutable values built with [New] from a [Spec].
//
// A procedure handled by several agencies (một cửa liên thông) carries its
// inter-agency route ([Spec.Route], a liaison.Route with each agency's step
// and budget); its total may not exceed the procedure's statutory limit, and
// dossiers received under the procedure follow it.
//
// # Catalogue and versions
//
// A [Catalog] is built from strict JSON with [Parse] and written back with
// [Catalog.Marshal] (Parse(Marshal(c)) equals c). Each code has a history
// of [Version] values; publication decisions ([Decision]) add, amend,
// replace and abolish procedures through [Catalog.Apply], which returns a
// new catalogue and a [ChangeReport]. [Catalog.Lookup] returns the version
// in force on a day, so a dossier is handled under the version in force
// when it was received (a new rule does not reach back to acts done before
// it).
//
// Time limits in catalogue JSON are the raw Vietnamese texts of the
// catalogues ("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"), read with
// [sla.ParseLimit] and kept verbatim; texts it cannot read are errors, and
// conditional or extended limits belong in the channel's note. This is the
// realistic input: vendors import what the national database shows.
//
// Validation combines go-playground/validator struct tags on the wire
// structs (required fields, shapes) with domain checks; every rejection is
// a [*ValidationError] naming the procedure code, the field and the rule's
// sentinel (errors.Is).
//
// # Wire format
//
// Catalogues ([Parse]) and registries ([ParseRegistry]) are read with the
// module's one strict JSON policy, the same for every wire format of the
// module (dossiers, inter-agency routes, holiday calendars):
//
//   - at most [MaxCatalogBytes] (a registry: [MaxRegistryBytes]), refused
//     unread beyond it, and at most 16 levels of nesting;
//   - valid UTF-8, and no escaped lone surrogate ("\ud800"): text is never
//     silently replaced;
//   - exactly one JSON value, nothing after it;
//   - keys exactly as documented: a key in another case ("Procedures"),
//     an unknown key, or the same key twice in one object (which would
//     otherwise keep the last and silently drop the first) is refused;
//   - every value of its documented JSON type: texts, codes, dates and
//     amounts are strings (a fee is "8000", never 8000 or "8e3": amounts
//     are ASCII digits with at most one decimal point), counts are numbers
//     of at most 32 characters;
//   - the cost grows linearly with the input, and an error quotes at most
//     a short prefix of it.
//
// Every refusal of the policy is a [*ValidationError] wrapping [ErrSyntax]
// (or [ErrTooLarge] for the size), naming the JSON path of the value.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of its typed
// errors — [*ValidationError] (a procedure, catalogue, registry or enum
// value that breaks a rule), [*LookupError] (a code or agency not found or
// not in force on a day), [*DecisionError] (a publication decision
// refused) — and errors.Is for one of its sentinels (listed in errors.go:
// [ErrSyntax], [ErrTooLarge], [ErrMissingField], [ErrInvalidValue],
// [ErrInvalidLimit], [ErrInvalidFee], [ErrNoCopies], [ErrDuplicate],
// [ErrLevelAbolished], [ErrUnknownCode], [ErrNotYetEffective],
// [ErrAbolished], [ErrExists], [ErrOutOfOrder], [ErrUnknownAgency],
// [ErrAgencyNotValid], [ErrSuccessorCycle]). A message starts with
// "procedure:" once; wrapped errors of the package do not repeat it. An
// error from a package below (an sla.LimitError for a limit text, a
// liaison.RouteError for a route) stays reachable with errors.Is and
// errors.As. The enumerations ([Channel], [FeeKind], [Level],
// [Requirement], [Subject]) decode exactly their wire codes; an unknown
// code is a *ValidationError wrapping [ErrInvalidValue] that quotes a short
// prefix of it.
//
// # Agencies
//
// A [Registry] holds agencies and administrative units with validity
// intervals and successor links: district-level units end on 2025-07-01
// (Resolution 203/2025/QH15) and 63 provinces became 34 (Resolution
// 202/2025/QH15). [Registry.Current] follows successors;
// [Registry.KnowsAgency] is the method the liaison package validates routes
// with.
//
// # Search
//
// [Catalog.Search] filters by sector, level, agency, channel and name; names
// are compared after [Fold], a Vietnamese diacritic folding, so
// "dang ky khai sinh" finds "Đăng ký khai sinh".
//
// # Sample
//
// The optional package procedure/sample embeds a catalogue of 19 real
// procedures (sample.Catalog) and the agencies it names
// (sample.Registry), each procedure with its source and its known gaps.
// It is imported on purpose: a program that imports only this package
// links none of it.
//
// # References
//
//   - Decree 63/2010/NĐ-CP on the control of administrative procedures,
//     Art. 8 (the mandatory parts of a procedure, including the time limit,
//     Art. 8(2)(đ)), as amended by Decree 92/2017/NĐ-CP.
//   - Circular 02/2017/TT-VPCP (guidance on the control of administrative
//     procedures and the national database) — cited from memory, not read.
//   - Decree 61/2018/NĐ-CP Art. 16 (channels: direct, postal, online) and
//     Decree 118/2025/NĐ-CP Art. 15; Decree 42/2022/NĐ-CP (full and partial
//     online public services).
//   - Decree 23/2015/NĐ-CP Art. 21 (certification the same day, next working
//     day when received after 15:00).
//   - Law on Fees and Charges 2015 (Law 97/2015/QH13): phí and lệ phí.
//   - Resolution 202/2025/QH15 of 12/06/2025 (34 provincial units; e.g. Yên
//     Bái merged into Lào Cai, Hà Giang into Tuyên Quang) and Resolution
//     203/2025/QH15 of 16/06/2025 (two-tier local government; district units
//     end on 01/07/2025).
//   - Circulars 226/2016/TT-BTC (certification fees) and 75/2022/TT-BTC
//     (residence registration charges, lower online) used by the sample.
package procedure
