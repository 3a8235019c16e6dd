"""Right: builds the shared loader arguments from locals() (image_size, batch_size, label_mode, seed, all but directory) plus validation_split=0.2, so both parts get the same seed, split and settings."""

EXERCISE, VERDICT = 'data.load_split', 'done'

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)',
     '    common = {name: value for name, value in locals().items() if name != "directory"}\n    common["validation_split"] = 0.2'),
]
