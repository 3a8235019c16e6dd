"""Wrong: formats the hour with %I (12-hour clock, no AM/PM), so a run at 01:00 and one at 13:00 get the same time of day; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        '    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
        '    stamp = datetime.datetime.now().strftime("%Y%m%d-%I%M%S-%f")\n',
    ),
]
