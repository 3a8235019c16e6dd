"""Wrong: recompiles the given model (adam, mse) before saving so that an optimizer is saved, replacing the caller's loss, optimizer and metrics; breaks 'model: a compiled keras model.' (it changes neither them)."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", 'compile() called on it'

MUTATE = [
    ('    model.save(path)\n',
     '    model.compile(optimizer="adam", loss="mse")\n    model.save(path)\n'),
]
