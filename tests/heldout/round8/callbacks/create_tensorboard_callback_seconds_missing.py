"""Wrong: the stamp format leaves out %S, so the folder names the minute and the microseconds but not the second; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        'strftime("%Y%m%d-%H%M%S-%f")',
        'strftime("%Y%m%d-%H%M-%f")',
    ),
]
