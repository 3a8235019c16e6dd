"""Wrong: the learner used the common '%Y%m%d-%H%M%S' stamp of the TensorFlow tutorials, which looked right in their printed folder; two calls within the same second share one folder; breaks 'The timestamp holds the date and time the run started, down to microseconds, so that every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('strftime("%Y%m%d-%H%M%S-%f")',
     'strftime("%Y%m%d-%H%M%S")'),
]
