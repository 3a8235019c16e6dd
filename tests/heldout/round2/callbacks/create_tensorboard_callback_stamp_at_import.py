"""Wrong: Computed the timestamp once in a module global at import; breaks 'every call gives a new folder' (the time the run started)."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('def create_tensorboard_callback(dir_name, experiment_name):\n    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     'STAMP = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n\n\ndef create_tensorboard_callback(dir_name, experiment_name):\n    stamp = STAMP'),
]
