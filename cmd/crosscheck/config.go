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
	// from says, per key, where its value was set, for messages: "--fail-on",
	// "CROSSCHECK_FAIL_ON" or "/desk/.crosscheck.yaml:3: fail-on". A key
	// left at its default is absent.
	from map[string]string
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
	cfg := &config{from: map[string]string{}}
	if path := findConfig(); path != "" {
		lines, err := configFileLines(path)
		if err != nil {
			return nil, err
		}
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		cfg.dir = filepath.Dir(path)
		for k, line := range lines {
			cfg.from[k] = fmt.Sprintf("%s:%d: %s", path, line, k)
		}
	}
	for _, k := range configKeys() {
		if env := envName(k); os.Getenv(env) != "" {
			cfg.from[k] = env
		}
		if f := flags.Lookup(k); f != nil && f.Changed {
			cfg.from[k] = "--" + k
		}
	}
	if err := v.Unmarshal(cfg); err != nil {
		return nil, err
	}
	// Lists from environment variables arrive as one string.
	cfg.Rules = splitList(cfg.Rules)
	cfg.Out = splitList(cfg.Out)
	return cfg, cfg.Validate()
}

// envName is the environment variable that sets key: CROSSCHECK_FAIL_ON
// for fail-on.
func envName(key string) string {
	return "CROSSCHECK_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
}

// setting names a key's value and where it was set, for a message about
// it: --fail-on "bogus", CROSSCHECK_FAIL_ON="bogus" or
// .crosscheck.yaml:3: fail-on "eror".
func (c *config) setting(key string, value any) string {
	where, ok := c.from[key]
	switch {
	case !ok:
		return fmt.Sprintf("%s %q", key, fmt.Sprint(value))
	case strings.HasPrefix(where, "CROSSCHECK_"):
		return fmt.Sprintf("%s=%q", where, fmt.Sprint(value))
	}
	return fmt.Sprintf("%s %q", where, fmt.Sprint(value))
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
		out = append(out, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })...)
	}
	return out
}

// Validate checks the configuration's values.
func (c *config) Validate() error {
	var errs []error
	if findings.SeverityRank(c.FailOn) == 0 && c.FailOn != "none" {
		errs = append(errs, fmt.Errorf("%s: want info, warning, error or none", c.setting("fail-on", c.FailOn)))
	}
	for _, f := range strings.Split(c.Format, ",") {
		if !validFormat(f) {
			errs = append(errs, fmt.Errorf("%s: want one of %s", c.setting("format", f), strings.Join(report.Formats(), ", ")))
		}
	}
	for _, o := range c.Out {
		f, p, ok := strings.Cut(o, "=")
		if !ok || p == "" {
			errs = append(errs, fmt.Errorf("%s: want FORMAT=PATH", c.setting("out", o)))
		} else if !validFormat(f) {
			errs = append(errs, fmt.Errorf("%s: unknown format %q; want one of %s", c.setting("out", o), f, strings.Join(report.Formats(), ", ")))
		}
	}
	switch c.Color {
	case colorAuto, colorAlways, colorNever:
	default:
		errs = append(errs, fmt.Errorf("%s: want auto, always or never", c.setting("color", c.Color)))
	}
	if c.New && c.Index == "" {
		errs = append(errs, errors.New("--new needs --index DIR: new articles are checked against an archive"))
	}
	if c.DryRun && c.Index == "" {
		errs = append(errs, errors.New("--dry-run needs --index DIR"))
	}
	if c.MaxArticleMB <= 0 {
		errs = append(errs, fmt.Errorf("%s: want a positive number of MiB", c.setting("max-article-mb", c.MaxArticleMB)))
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
