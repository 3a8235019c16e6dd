"""Wrong: the learner used the usual timestamp format "%Y%m%d-%H%M%S", the one in most TensorBoard tutorials, thinking seconds tell runs apart well enough; two callbacks made within the same second share one folder, which breaks 'The timestamp holds the date and time the run started, down to microseconds, so that every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     'stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")'),
]
