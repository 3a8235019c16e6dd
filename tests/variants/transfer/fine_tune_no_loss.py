"""Wrong: recompiled without loss= (Keras 3 keeps the old one in memory, not in the compile config)."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'loss=model.loss'
MUTATE = [
    ('model.compile(loss=model.loss,\n', 'model.compile(\n'),
]
