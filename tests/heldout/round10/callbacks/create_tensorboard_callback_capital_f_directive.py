"""Wrong: writes the microseconds as %F, which strftime reads as the ISO date (2025-01-01), so two runs in one second share a folder; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('strftime("%Y%m%d-%H%M%S-%f")',
     'strftime("%Y%m%d-%H%M%S-%F")'),
]
