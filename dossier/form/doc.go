// Package form builds the one-stop forms (biểu mẫu một cửa) of a dossier as
// data, and renders each as Vietnamese plain text:
//
//   - [Receipt]: 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả ([ReceiptOf]);
//   - [SupplementRequest]: 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, at
//     the counter ([IntakeSupplementRequestOf]) or during appraisal
//     ([SupplementRequestOf]);
//   - [Refusal]: 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ ([RefusalOf]);
//   - [Apology]: 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018) / Văn
//     bản xin lỗi và đề nghị gia hạn thời gian giải quyết (2025)
//     ([ApologyOf]);
//   - [ControlSlip]: Phiếu kiểm soát quá trình giải quyết hồ sơ, one
//     [Step] per hand-over, each judged early / on time / late
//     ([ControlSlipOf], [NewStep]);
//   - [TrackingBook]: Sổ theo dõi hồ sơ ([TrackingBookOf],
//     [TrackingBookRows]);
//   - [StopNotice]: Thông báo dừng giải quyết hồ sơ, 2025 regime only
//     ([StopNoticeOf]).
//
// # Kinds and numbers
//
// Forms are keyed by [Kind], not by number: the 2025 list inserts the stop
// notice as form 05 and shifts the control slip and the tracking book to 06
// and 07. [Kind.Number] maps a kind to its number under a
// [dossier.Regime], [Kind.Title] to its title.
//
// # Building and rendering
//
// Each builder takes a dossier and an [Office] — the unit's names, place
// name, official and phone, which the dossier does not record — and
// returns the form's data, or a *[StateError] (wrapping [ErrState]) when
// the dossier is not in a state that produces that form: a receipt for a
// dossier never received, an apology for one never re-appointed, a stop
// notice under the 2018 regime. The form's fields are exported: a caller
// may adjust them (a book volume, per-step budgets from liaison tracking)
// before rendering.
//
// Text renders a form as a plain-text page: the form number and circular,
// the two-column heading (the unit on the left; the national title
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto "Độc lập - Tự do - Hạnh
// phúc" and the place and date on the right), the title in capitals,
// "Mã hồ sơ:", the body and the signature blocks. Dates are written as
// official documents write them ([DateVI]: "ngày 05 tháng 02 năm 2026");
// under the 2025 regime ([dossier.Regime.FormsWithTime]) instants carry
// the hour and minute ([TimeVI]: "16 giờ 40 phút, ngày 05 tháng 02 năm
// 2026"), under 2018 the date only — except on the control slip, whose
// hand-over cells carry the time under both regimes. Amounts are in đồng
// ([MoneyVI]: "50.000 đồng").
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of the
// package's typed errors — *[StateError] (the dossier does not produce the
// form) and *[InputError] (a value, quoted by a short, rune-safe prefix) —
// and errors.Is for one of its sentinels, listed in errors.go: [ErrState],
// [ErrInvalid] and [ErrSyntax]. A message starts with the package's name
// once ("form: …"); wrapped errors from the same package do not repeat it;
// an error from a package below stays reachable with errors.Is and
// errors.As.
//
// # Sources of the layouts
//
// The circulars' appendices themselves could not be read. The layouts
// follow the list and rules of Circular 01/2018/TT-VPCP Art. 9–10 and the
// forms as provincial one-stop systems print them (public source code):
// form 01 as printed by a Phú Thọ system (heading, "Mã hồ sơ", "Bộ phận
// tiếp nhận và trả kết quả", "Tiếp nhận hồ sơ của", "Nội dung yêu cầu
// giải quyết", items 1–6, "Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự
// …", "NGƯỜI NỘP HỒ SƠ / NGƯỜI TIẾP NHẬN HỒ SƠ"); forms 02 and 03 as
// printed by the Thanh Hóa public administration centre, whose form 02
// says "Theo Mẫu số 02, ban hành kèm theo Thông tư số 01/2018/TT-VPCP";
// form 04 after a Đồng Nai land registry's "Phiếu xin lỗi và hẹn lại ngày
// trả kết quả"; the control slip after two Đồng Nai layouts (columns TÊN
// CƠ QUAN | THỜI GIAN GIAO, NHẬN HỒ SƠ | KẾT QUẢ | GHI CHÚ, "1. Giao … 2.
// Nhận …"). The tracking book's columns and the stop notice's wording are
// not from a layout that could be read: the book's columns are recalled,
// the notice follows Circular 03/2025/TT-VPCP Art. 7 as quoted in
// secondary sources. Sentences are paraphrased where no source gave them.
//
// # Concurrency
//
// Forms are plain values; builders and Text are safe for concurrent use.
//
// # References
//
//   - Decree 61/2018/NĐ-CP Art. 17 (receipt: forms 01–03, the dossier
//     code), 18 (transfer), 19(4) (supplement during appraisal), 19(8)
//     (refusal after appraisal), 19(9) (apology and new date, once).
//   - Circular 01/2018/TT-VPCP Art. 9 (forms 01–06: 01 receipt, 02
//     supplement, 03 refusal, 04 apology, 05 control slip, 06 tracking
//     book; A5, the book A4) and Art. 10 (forms produced in the system,
//     printable and signed; the book numbered continuously from 01 through
//     the year).
//   - Circular 03/2025/TT-VPCP Appendix I (2025 list: 01 receipt, 02
//     supplement, 03 refusal, 04 apology and extension, 05 stop notice, 06
//     control slip, 07 tracking book — from a secondary source) and Art. 7
//     (stop notice); Decree 118/2025/NĐ-CP Art. 11(2), 17, 21.
//   - Decision 3621/QĐ-BYT of 24/11/2025 (Ministry of Health), forms
//     BM.01–06: the 2025 fields — the applicant's personal identification
//     number or tax code, the hour and minute of receipt and appointment,
//     "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết" signed by the
//     head of the agency, per-hand-over "trước hạn / đúng hạn / quá hạn".
//   - Decree 30/2020/NĐ-CP on clerical work, Appendix I ("địa danh và thời
//     gian ban hành văn bản"): days below 10 and the months 1 and 2 take a
//     leading zero (read as quoted by government summaries of the decree).
package form
