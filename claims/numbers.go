package claims

// numberWords maps number words to their values. (Being written.)
var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3}
