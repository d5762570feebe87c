package procedure_test

import (
	"testing"

	"github.com/motcua/motcua/procedure"
)

// Vietnamese names of the enums, as catalogues print them (channels: Decree
// 61/2018/NĐ-CP Art. 16; Decree 42/2022/NĐ-CP for "toàn trình" and "một
// phần"; fees and charges: Law on Fees and Charges 2015).
func TestVietnameseNames(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{procedure.ChannelDirect.Vietnamese(), "Trực tiếp"},
		{procedure.ChannelPostal.Vietnamese(), "Qua dịch vụ bưu chính công ích"},
		{procedure.ChannelOnlineFull.Vietnamese(), "Trực tuyến toàn trình"},
		{procedure.ChannelOnlinePartial.Vietnamese(), "Trực tuyến một phần"},
		{procedure.ChannelUnknown.Vietnamese(), "unknown"},
		{procedure.Channel(9).Vietnamese(), "%!Channel(9)"},
		{procedure.LevelCommune.Vietnamese(), "Cấp xã"},
		{procedure.LevelDistrict.Vietnamese(), "Cấp huyện"},
		{procedure.SubjectOrganisation.Vietnamese(), "Tổ chức"},
		{procedure.PresentOnly.Vietnamese(), "Xuất trình"},
		{procedure.FeeKindCharge.Vietnamese(), "Lệ phí"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
