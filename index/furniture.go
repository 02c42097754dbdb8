package index

// isFurniture reports whether key k is page furniture of outlet o: found
// in more than furnitureShare of the outlet's articles, for an outlet with
// at least furnitureMin articles. A byline, a station's tip line or its
// weather box recurs across an outlet's stories whatever they are about;
// the same event rarely fills such a share of one outlet's articles.
// Articles of an unknown outlet have none. The counts are over every
// article in the view, so the answer is the same for a batch and for an
// archive with its arrivals.
func (s *storyState) isFurniture(o, k string) (bool, error) {
	if o == "" {
		return false, nil
	}
	s.mu.Lock()
	n, ok := s.outletN[o]
	f, known := s.furniture[o][k]
	s.mu.Unlock()
	if known {
		return f, nil
	}
	if !ok {
		var err error
		if n, err = s.v.outletFreq(o); err != nil {
			return false, err
		}
		s.mu.Lock()
		s.outletN[o] = n
		s.mu.Unlock()
	}
	if n < s.g.furnitureMin {
		return false, nil
	}
	c, err := s.v.outletKeyFreq(o, k)
	if err != nil {
		return false, err
	}
	f = c >= 2 && float64(c) > s.g.furnitureShare*float64(n)
	s.mu.Lock()
	if s.furniture[o] == nil {
		s.furniture[o] = map[string]bool{}
	}
	s.furniture[o][k] = f
	s.mu.Unlock()
	return f, nil
}
