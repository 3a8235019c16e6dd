"""Right: formats the stamp as f"{now:%Y%m%d-%H%M%S}-{now.microsecond:06d}": the date, the time and the microseconds zero-padded to six digits, one read of the clock."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    now = datetime.datetime.now()\n    stamp = f"{now:%Y%m%d-%H%M%S}-{now.microsecond:06d}"'),
]
