package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/report"
)

// config is the typed configuration of a run, read through viper from
// flags, CROSSCHECK_* variables and .crosscheck.yaml, in that order of
// precedence.
type config struct {
	Format         string   `mapstructure:"format"`
	Out            []string `mapstructure:"out"`
	FailOn         string   `mapstructure:"fail-on"`
	Index          string   `mapstructure:"index"`
	Rules          []string `mapstructure:"rules"`
	Rulebook       string   `mapstructure:"rulebook"`
	New            bool     `mapstructure:"new"`
	DryRun         bool     `mapstructure:"dry-run"`
	Wait           bool     `mapstructure:"wait"`
	Baseline       string   `mapstructure:"baseline"`
	WriteBaseline  string   `mapstructure:"write-baseline"`
	ShowSuppressed bool     `mapstructure:"show-suppressed"`
	Explain        bool     `mapstructure:"explain"`
	Quiet          bool     `mapstructure:"quiet"`
	Color          string   `mapstructure:"color"`
	MaxArticleMB   int      `mapstructure:"max-article-mb"`

	// dir is the directory of the .crosscheck.yaml read, if any.
	dir string
}

// configFile is the name of the project configuration file.
const configFile = ".crosscheck.yaml"

// loadConfig reads the configuration for a command with its own viper
// instance, binding the command's flags.
func loadConfig(flags *pflag.FlagSet) (*config, error) {
	v := viper.New()
	v.SetEnvPrefix("CROSSCHECK")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	v.SetDefault("format", "text")
	v.SetDefault("fail-on", findings.Warning)
	v.SetDefault("max-article-mb", 8)
	v.SetDefault("color", colorAuto)
	if err := v.BindPFlags(flags); err != nil {
		return nil, err
	}
	cfg := &config{}
	if path := findConfig(); path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		cfg.dir = filepath.Dir(path)
	}
	if err := v.Unmarshal(cfg); err != nil {
		return nil, err
	}
	// Lists from environment variables arrive as one string.
	cfg.Rules = splitList(cfg.Rules)
	cfg.Out = splitList(cfg.Out)
	return cfg, cfg.Validate()
}

// findConfig returns the .crosscheck.yaml of the working directory or its
// nearest ancestor, or "".
func findConfig() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, configFile)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
			out = append(out, p)
		}
	}
	return out
}

// Validate checks the configuration's values.
func (c *config) Validate() error {
	var errs []error
	if findings.SeverityRank(c.FailOn) == 0 && c.FailOn != "none" {
		errs = append(errs, fmt.Errorf("--fail-on %q: want info, warning, error or none", c.FailOn))
	}
	for _, f := range strings.Split(c.Format, ",") {
		if !validFormat(f) {
			errs = append(errs, fmt.Errorf("--format %q: want one of %s", f, strings.Join(report.Formats(), ", ")))
		}
	}
	for _, o := range c.Out {
		f, p, ok := strings.Cut(o, "=")
		if !ok || p == "" {
			errs = append(errs, fmt.Errorf("--out %q: want FORMAT=PATH", o))
		} else if !validFormat(f) {
			errs = append(errs, fmt.Errorf("--out %q: unknown format %q; want one of %s", o, f, strings.Join(report.Formats(), ", ")))
		}
	}
	switch c.Color {
	case colorAuto, colorAlways, colorNever:
	default:
		errs = append(errs, fmt.Errorf("--color %q: want auto, always or never", c.Color))
	}
	if c.New && c.Index == "" {
		errs = append(errs, errors.New("--new needs --index DIR: new articles are checked against an archive"))
	}
	if c.DryRun && c.Index == "" {
		errs = append(errs, errors.New("--dry-run needs --index DIR"))
	}
	if c.MaxArticleMB <= 0 {
		errs = append(errs, fmt.Errorf("max-article-mb %d: want a positive number", c.MaxArticleMB))
	}
	return errors.Join(errs...)
}

func validFormat(f string) bool {
	for _, g := range report.Formats() {
		if f == g {
			return true
		}
	}
	return false
}
