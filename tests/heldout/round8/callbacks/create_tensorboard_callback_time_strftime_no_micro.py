"""Wrong: formats the stamp with time.strftime, which has no %f, so the folder ends in a literal "%f" and two calls in the same second share it; breaks 'down to microseconds, so that every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        'import datetime\n',
        'import datetime\nimport time\n',
    ),
    (
        'stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
        'stamp = time.strftime("%Y%m%d-%H%M%S-%f")',
    ),
]
