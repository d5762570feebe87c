package vncount

import (
	"fmt"
	"strings"
)

// Papers writes originals and copies with two digits each, "01 bản chính,
// 02 bản sao", leaving out a zero count; it returns "" when both are zero.
func Papers(originals, copies int) string {
	var parts []string
	if originals > 0 {
		parts = append(parts, fmt.Sprintf("%02d bản chính", originals))
	}
	if copies > 0 {
		parts = append(parts, fmt.Sprintf("%02d bản sao", copies))
	}
	return strings.Join(parts, ", ")
}
