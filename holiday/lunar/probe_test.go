package lunar

import (
	"fmt"
	"testing"
)

func TestProbe(t *testing.T) {
	for _, y := range []int{1995, 2033, 2148, 1984, 1985, 2166, 1900, 1901, 1925, 2199} {
		d, _ := NewYear(y)
		lm, _ := LeapMonth(y)
		var ls any
		if lm != 0 {
			ls, _ = MonthStart(y, lm, true)
		}
		fmt.Println(y, d, lm, ls)
	}
}
