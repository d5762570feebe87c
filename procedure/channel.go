package procedure

import "github.com/motcua/motcua/internal/enum"

// Channel is a way of filing a dossier and receiving the result (cách thức
// thực hiện), Decree 61/2018/NĐ-CP Art. 16 and Decree 118/2025/NĐ-CP Art. 15;
// the online channel is split into full and partial online public services
// (Decree 42/2022/NĐ-CP).
//
// Its zero value is [ChannelUnknown], which is invalid. Wire codes ("direct",
// "postal", "online_full", "online_partial") are stable.
type Channel uint8

const (
	// ChannelUnknown is the zero Channel; it is invalid.
	ChannelUnknown Channel = iota
	// ChannelDirect is filing in person at the one-stop unit (trực tiếp).
	ChannelDirect
	// ChannelPostal is filing through the public postal service (bưu chính
	// công ích).
	ChannelPostal
	// ChannelOnlineFull is a fully online public service (trực tuyến toàn trình).
	ChannelOnlineFull
	// ChannelOnlinePartial is a partially online public service (trực tuyến
	// một phần).
	ChannelOnlinePartial
)

// channelTable holds the stable wire codes and English names of Channel.
var channelTable = enum.Table[Channel]{
	Type:  "Channel",
	Codes: []string{"", "direct", "postal", "online_full", "online_partial"},
	Names: []string{"unknown", "direct", "postal", "online (full)", "online (partial)"},
	Fail:  enumError,
}

// channelVI holds the Vietnamese names of Channel, by value.
var channelVI = []string{"", "Trực tiếp", "Qua dịch vụ bưu chính công ích", "Trực tuyến toàn trình", "Trực tuyến một phần"}

// Vietnamese returns the channel's Vietnamese name, e.g. "Trực tiếp".
func (c Channel) Vietnamese() string { return vietnamese(channelVI, &channelTable, c) }

// Channels lists the valid channels in constant order.
func Channels() []Channel {
	return []Channel{ChannelDirect, ChannelPostal, ChannelOnlineFull, ChannelOnlinePartial}
}

// String returns an English name such as "postal", or "%!Channel(n)".
func (c Channel) String() string { return channelTable.String(c) }

// IsValid reports whether c is one of the defined channels.
func (c Channel) IsValid() bool { return channelTable.IsValid(c) }

// IsOnline reports whether c is one of the two online channels.
func (c Channel) IsOnline() bool { return c == ChannelOnlineFull || c == ChannelOnlinePartial }

// MarshalText implements [encoding.TextMarshaler] with the stable code; an
// invalid value is a *[ValidationError] wrapping [ErrInvalidValue].
func (c Channel) MarshalText() ([]byte, error) { return channelTable.MarshalText(c) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly the
// codes of [Channel.MarshalText]. On error *c is unchanged.
func (c *Channel) UnmarshalText(b []byte) error { return channelTable.UnmarshalText(c, b) }
