package form_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func ExampleDateVI() {
	fmt.Println(form.DateVI(date.New(2024, time.December, 11)))
	fmt.Println(form.DateVI(date.New(2026, time.February, 5)))
	fmt.Println(form.DateVI(date.New(2025, time.July, 1)))
	// Output:
	// ngày 11 tháng 12 năm 2024
	// ngày 05 tháng 02 năm 2026
	// ngày 01 tháng 7 năm 2025
}

func ExampleReceiptOf() {
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	p := procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{"UBND-XA"},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels:     []procedure.TimeLimit{{Channel: procedure.ChannelDirect, Statutory: sla.WorkingDays(3)}},
		Components:   []procedure.Component{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required}},
		Source:       "example",
	})
	d, _ := dossier.Open(dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh"},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "025090012345"},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: "000.00.36.H57",
		Agency:        "UBND-XA",
		Filed:         []dossier.Filed{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true}},
	}, sched)
	zone, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	d, _, err := d.Receive(time.Date(2026, time.February, 5, 16, 40, 0, 0, zone), "tiepnhan", p, &dossier.MemorySequencer{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := form.ReceiptOf(d, form.Office{
		Parent: "Ủy ban nhân dân xã Tân Lập", UnitName: "Bộ phận Một cửa xã Tân Lập",
		Place: "Tân Lập", Staff: "Trần Thị Bình",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(f.Text())
	// Output:
	// Mẫu số 01
	//                                                            (Thông tư số 03/2025/TT-VPCP)
	//
	//          ỦY BAN NHÂN DÂN XÃ TÂN LẬP              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//          BỘ PHẬN MỘT CỬA XÃ TÂN LẬP                 Độc lập - Tự do - Hạnh phúc
	//                   -------                                 ---------------
	//                                                  Tân Lập, ngày 05 tháng 02 năm 2026
	//
	//                         GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
	//                           Mã hồ sơ: 000.00.36.H57-260205-0001
	//                             (Liên: Lưu/Giao người nộp hồ sơ)
	//
	// Bộ phận tiếp nhận và trả kết quả: Bộ phận Một cửa xã Tân Lập
	// Tiếp nhận hồ sơ của: Nguyễn Văn An
	// Số định danh cá nhân: 025090012345
	// Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193)
	//
	// 1. Thành phần hồ sơ nộp gồm:
	//    (1) Tờ khai đăng ký khai sinh: 01 bản chính (đã số hóa)
	// 2. Số lượng hồ sơ: 01 (bộ)
	// 3. Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc
	// 4. Thời gian nhận hồ sơ: 16 giờ 40 phút, ngày 05 tháng 02 năm 2026
	// 5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 10 tháng 02 năm 2026
	// 6. Đăng ký nhận kết quả tại: Bộ phận Một cửa xã Tân Lập
	//
	// Vào Sổ theo dõi hồ sơ, Quyển số: ……    Số thứ tự: ……
	//
	//               NGƯỜI NỘP HỒ SƠ                          NGƯỜI TIẾP NHẬN HỒ SƠ
	//            (Ký và ghi rõ họ tên)                       (Ký và ghi rõ họ tên)
	//
	//                Nguyễn Văn An                               Trần Thị Bình
}
