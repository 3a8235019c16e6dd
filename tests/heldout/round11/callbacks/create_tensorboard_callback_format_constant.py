"""Right: keeps the timestamp format in a module constant, _STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('import keras\n\n\nclass StopAtAccuracy',
     'import keras\n\n_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"\n\n\nclass StopAtAccuracy'),
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    stamp = datetime.datetime.now().strftime(_STAMP_FORMAT)'),
]
