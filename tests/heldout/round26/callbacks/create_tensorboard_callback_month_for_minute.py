"""Wrong: the learner typed the stamp as "%Y%m%d-%H%m%S-%f", %m for the minutes as well as the month, and the printed folder (e.g. 20250101-120100-123456) looked like a timestamp, with a new folder on every call thanks to the microseconds; the minute is never recorded, the month stands in its place; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('strftime("%Y%m%d-%H%M%S-%f")', 'strftime("%Y%m%d-%H%m%S-%f")'),
]
