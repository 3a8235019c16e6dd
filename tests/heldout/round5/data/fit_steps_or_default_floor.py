"""Right: Takes steps_per_epoch or len(train_data), and math.floor for the validation steps."""
EXERCISE, VERDICT = "data.fit_steps", "done"
MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n',
     '    import math\n    steps = steps_per_epoch or len(train_data)\n    val_steps = math.floor(validation_fraction * len(test_data))\n'),
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=val_steps, verbose=0)'),
]
