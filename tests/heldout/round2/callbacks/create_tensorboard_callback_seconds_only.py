"""Wrong: Note 001's usual %Y%m%d-%H%M%S stamp, without microseconds; breaks 'every call gives a new folder, even two calls within the same second'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     'stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")'),
]
