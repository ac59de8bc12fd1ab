# docs/
EXTRA_DIST += docs/accuracy.md docs/chip.md docs/chip-format.md docs/language.md docs/prog-format.md docs/schedule.md docs/schedule-chip8.svg
