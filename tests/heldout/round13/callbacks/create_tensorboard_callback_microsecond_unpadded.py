"""Right: builds the stamp from the seconds' format and now.microsecond unpadded (20250101-120000-5123): still the date and time down to microseconds, different on every call."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "done"

MUTATE = [
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    now = datetime.datetime.now()\n    stamp = "{}-{}".format(now.strftime("%Y%m%d-%H%M%S"), now.microsecond)\n    print(f"Saving TensorBoard log files to: {os.path.join(dir_name, experiment_name, stamp)}")'),
]
