package index

import (
	"errors"
	"os"
	"path/filepath"
	"time"
)

// tempPrefix starts the name of the temporary directory that a new index
// named base is built in, beside it.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// staleTempAge is how old a temporary directory without a lock file must be
// before it is taken for a leftover: a live creator takes its lock within
// moments of making the directory.
const staleTempAge = 10 * time.Minute

// removeStaleTemps removes the temporary directories that index creations
// of base killed before they finished have left in parent: those whose
// lock nobody holds, and those old enough that never got one. A creation
// still under way holds its lock and is left alone.
func removeStaleTemps(parent, base string) {
	names, _ := filepath.Glob(filepath.Join(parent, tempPrefix(base)+"*"))
	for _, tmp := range names {
		fi, err := os.Lstat(tmp)
		if err != nil || !fi.IsDir() {
			continue
		}
		f, err := os.OpenFile(filepath.Join(tmp, lockName), os.O_RDWR, 0)
		if errors.Is(err, os.ErrNotExist) {
			if time.Since(fi.ModTime()) > staleTempAge {
				os.RemoveAll(tmp)
			}
			continue
		}
		if err != nil {
			continue
		}
		free := lockFile(f, false, false) == nil
		f.Close() // before removing: Windows removes no open file
		if free {
			os.RemoveAll(tmp)
		}
	}
}
