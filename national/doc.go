// Package national is the exchange of dossiers with the National Public
// Service Portal (Cổng Dịch vụ công quốc gia, DVCQG): the records a
// provincial one-stop system sends so that the portal counts its dossiers
// and ranks the province on them.
//
// The package is pure: it takes dossiers, bytes and values and returns
// records and errors; it reads no clock, file or network. Sending is the
// vendor's (over the portal's HTTP API, with its credentials).
//
// # Records
//
// A [Record] is one dossier with the portal's field names as JSON keys,
// posted in an [Envelope] {"service":"DongBoHoSoMC","isUpdating":…,"data":[…]};
// a [StepRecord] is one processing step (tiến trình), posted in a
// [StepEnvelope] ("CapNhatTienDoHoSoMC"). Dates are yyyyMMddHHmmss in
// UTC+7 ([Stamp], [ParseStamp]); statuses are the national codes 1–10
// ([StatusCode]), one to one: supplement requested (5), financial
// obligation (6) and stopped (8) are never folded into processed (9).
//
// The field list is a secondary source: it was reconstructed from
// open-source provincial integrations (OpenCPS; a .NET provincial one-stop
// system) and the portal's index formulas, not read in a published
// specification: no primary source confirms any field. record.go labels
// each field by the integration that shows it — [OpenCPS], [.NET] or
// [both] — and each code by the source that gives its meaning. LoaiDoiTuong is coded
// differently by different systems: [SubjectCoding] is an option, with the
// four-code list as the default.
//
// # Export, incremental sync and import
//
// An [Exporter] (over the office schedule the dossiers were counted on)
// writes a dossier and its procedure as a record ([Exporter.Record]) and
// one step record per event of its log, each with the step's legal deadline
// ([Exporter.Steps]). [Exporter.Changes] returns the dossiers whose log
// grew since a [Cursor] the vendor stores after each successful send, so
// that only changes are sent and a failed send is sent again, without loss
// or duplicates.
//
// [Import] reads a record back as a dossier header (with the documents and
// the VNeID, portal and post flags), its [Facts] (with the payment, fee
// lines and result documents) and the portal-side [Extras]; [Compose] is
// its inverse: export → import → export gives the same record, and so does
// a dossier rebuilt from the import. [ParseEnvelope], [ParseRecord] and [ParseStepEnvelope]
// decode JSON strictly; [CheckSteps] checks step records.
//
// # The portal's facts, and Extras
//
// The portal asks, for each document, whether it was digitised, reused or
// taken from the national data store, with its component code and link;
// the result documents with codes and links; a VNeID-verified account; how
// the fee was paid and the fee lines. The dossier holds them (dossier.Filed
// and dossier.Header, dossier.Dossier.PayFee and
// dossier.Dossier.DecideWithResults) and [Exporter.Record] reads them there
// ([Facts.Payment], [Facts.Fees], [Facts.Results] from the log). [Extras]
// keeps what only the portal side knows — a code for a dossier refused or
// not yet received, the field code, the account, the officers, the file
// and result identifiers, the portal's codes of a fee line — and still
// accepts the facts the dossier now holds, for callers that set them:
// flags add up, and its payment and lists, when given, replace the
// dossier's (Decree 45/2020/NĐ-CP Arts. 14 and 16; Decree 107/2021/NĐ-CP;
// Decree 118/2025/NĐ-CP Arts. 17(1)(c) and 22; Decree 42/2022/NĐ-CP;
// Decree 69/2024/NĐ-CP). A fee payment is a step record of its own that
// keeps the status.
//
// # Limits
//
// An envelope is at most [MaxEnvelopeBytes] (16 MiB) and [MaxRecords]
// (1,000) records, a step envelope at most [MaxStepRecords] (10,000) step
// records — a batch of [Exporter.Changes] keeps within both; a text field at most [MaxText] (4,000) bytes; a list of a
// record at most [MaxItems] (500) items; JSON nests at most five levels
// (envelope, data, record, list, item). Beyond a limit the input is refused
// with an error wrapping [ErrTooLarge]; below them, reading and writing cost
// grows linearly with the input.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of its
// exported typed errors — *[FieldError] (one field), *[RecordError] (every
// field of one record at fault) or *[ExportError] (a dossier that cannot be
// exported) — and errors.Is for one of its exported sentinels, listed in
// errors.go: [ErrMissing], [ErrMalformed], [ErrContradiction],
// [ErrTooLarge], [ErrNotExportable]. A message starts with the package's
// name once ("national: …"); wrapped errors from the same package do not
// repeat it; an error from a package below (a dossier.InputError inside a
// FieldError, an sla error inside an ExportError) stays reachable with
// errors.Is and errors.As.
//
// # Concurrency and zero values
//
// An [Exporter] is immutable and safe for concurrent use; the zero
// Exporter is not usable ([NewExporter]). Records, facts, extras and
// cursors are plain values; the zero [Cursor] is empty and the zero
// [Extras] means none.
//
// # References
//
//   - Decree 61/2018/NĐ-CP Arts. 17–20, 26 (receipt, transfer, supplement,
//     apology, return; the dossier code) as amended by Decree
//     107/2021/NĐ-CP (digitisation at receipt, reuse of digitised data).
//   - Decree 118/2025/NĐ-CP Arts. 17(1)(c), 22 and 40(8) (amending Decree
//     45/2020/NĐ-CP Art. 16, the personal data warehouse).
//   - Decree 45/2020/NĐ-CP Arts. 14 (electronic results) and 16.
//   - Decree 42/2022/NĐ-CP (online public services, online payment).
//   - Circular 22/2019/TT-BTTTT Art. 4 and the portal's status list 1–10.
//   - Secondary: the public integrations VietOpenCPS/opencps-v2
//     (DVCQGIntegrationActionImpl) and HuanVu201/DichVuCong_KhoaLuan_PASETO
//     (SyncLocalDataToDVCQG), read for field names and codes only.
package national
