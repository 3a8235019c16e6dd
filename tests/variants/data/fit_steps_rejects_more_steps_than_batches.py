"""Wrong: validates steps_per_epoch and raises ValueError when it asks for more batches than train_data holds ("the input would run out of data"), although the repeated data never runs out; the grader's 7 steps over 5 batches fail; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data, whether that is fewer or more than len(train_data)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "fit_steps() raised ValueError"

MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n',
     '    if steps_per_epoch is not None and steps_per_epoch > len(train_data):\n'
     '        raise ValueError(f"steps_per_epoch={steps_per_epoch} but train_data has only {len(train_data)} batches")\n'
     '    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n'),
]
