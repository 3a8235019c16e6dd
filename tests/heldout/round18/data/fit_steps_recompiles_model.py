"""Wrong: recompiles the given model with Adam and its loss before fitting, replacing the caller's optimizer (an SGD becomes Adam); breaks 'model: a compiled keras model.' (it changes neither them)."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n',
     '    model.compile(optimizer="adam", loss=model.loss)\n    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n'),
]
