"""Right: takes the time from datetime.datetime.today(), which is the same local date and time as now(), formatted with microseconds."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    (
        '    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
        '    stamp = datetime.datetime.today().strftime("%Y%m%d-%H%M%S-%f")\n',
    ),
]
