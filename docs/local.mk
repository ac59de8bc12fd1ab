# docs/
EXTRA_DIST += docs/language.md
