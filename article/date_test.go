package article

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cases := map[string]string{
		"26-FEB-1987 15:01:01.79":         "1987-02-26T15:01:01",
		"2015-01-04":                      "2015-01-04T00:00:00",
		"Tue, 21-Oct-2025":                "2025-10-21T00:00:00",
		"May 10, 2025":                    "2025-05-10T00:00:00",
		"10 May 2025":                     "2025-05-10T00:00:00",
		"Saturday, May 10, 2025 12:30 PM": "2025-05-10T12:30:00",
		"May 10th, 2025 at 3:15 pm":       "2025-05-10T15:15:00",
		"2024-03-05T08:30:00Z":            "2024-03-05T08:30:00",
		"2024-03-05T08:30:00.123+05:30":   "2024-03-05T08:30:00",
		"Mon, 02 Jan 2006 15:04:05 -0700": "2006-01-02T15:04:05",
		"Published: January 2, 2017":      "2017-01-02T00:00:00",
		"Sept. 3, 2019":                   "2019-09-03T00:00:00",
		"Sept 3, 2019":                    "2019-09-03T00:00:00",
		"Tuesday, Sept. 3, 2019 4:05 PM":  "2019-09-03T16:05:00",
		"Sep. 3, 2019":                    "2019-09-03T00:00:00",
		"3 Sept 2019":                     "2019-09-03T00:00:00",
		"unknown":                         "",
		"":                                "",
		"The vote is on May 10, 2025.":    "",
		"12 people":                       "",
		"3000-01-01":                      "",
	}
	for in, want := range cases {
		got, ok := parseDate(in)
		s := ""
		if ok {
			s = got.Format("2006-01-02T15:04:05")
		}
		if s != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, s, want)
		}
	}
	if _, ok := parseDate("26-FEB-1987 15:01:01.79"); !ok {
		t.Fatal("Reuters date")
	}
	got, _ := parseDate("26-FEB-1987 15:01:01.79")
	if got.Nanosecond() != 790000000 || got.Location() != time.UTC {
		t.Errorf("fraction/zone lost: %v", got)
	}
}
