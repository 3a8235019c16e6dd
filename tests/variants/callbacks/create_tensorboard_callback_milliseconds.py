"""Wrong: Cut the microseconds down to milliseconds ([:-3]); breaks 'The timestamp holds the date and time the run started, down to microseconds'."""
EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", 'down to microseconds'
MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]'),
]
