"""Wrong: the learner found six digits of microseconds noisy and cut the stamp to milliseconds, datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3] (20250101-120000-123); folders made by hand, seconds apart, were all distinct, but two callbacks made one right after the other usually fall in the same millisecond and log into the same folder; breaks 'The timestamp holds the date and time the run started, down to microseconds, so that every call gives a new folder'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('''    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")''',
     '''    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]  # milliseconds are enough'''),
]
