"""Wrong: hard-codes the docstring's example classes, classes=["cats", "dogs"], so other folder names find no images; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", 'classes'

MUTATE = [
    ('batch_size=batch_size,\n                                       class_mode="binary")',
     'batch_size=batch_size,\n                                       class_mode="binary", classes=["cats", "dogs"])'),
]
