"""Wrong: Stamped only the time of day (%H%M%S-%f), no date; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    stamp = datetime.datetime.now().strftime("%H%M%S-%f")'),
]
