"""Wrong: Numbered the runs with a counter (run1, run2, ...) instead of a timestamp; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    create_tensorboard_callback.runs = getattr(create_tensorboard_callback, "runs", 0) + 1\n    stamp = f"run{create_tensorboard_callback.runs}"'),
]
