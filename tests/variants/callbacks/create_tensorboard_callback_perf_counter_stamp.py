"""Wrong: names the run folder with time.perf_counter_ns() ('cheaper than formatting a date and never repeats'), a counter with no date or time in it; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""

EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "log folder"

MUTATE = [
    ('import datetime\n', 'import datetime\nimport time\n'),
    ('stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     'stamp = str(time.perf_counter_ns())  # cheaper than formatting a date, and never repeats'),
]
