"""Wrong: flows with save_to_dir=directory to look at the batches, so every batch drawn writes image files into the given folder; breaks 'changes neither them nor this module's variables'."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", 'save_to_dir'

MUTATE = [
    ('batch_size=batch_size,\n                                       class_mode="binary")',
     'batch_size=batch_size,\n                                       class_mode="binary", save_to_dir=directory)'),
]
