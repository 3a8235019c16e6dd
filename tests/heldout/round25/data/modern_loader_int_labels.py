"""Wrong: the learner kept image_dataset_from_directory's default label_mode (integers), since the printed labels were 0 and 1 as expected; they come as int32 of shape (batch,), not the binary mode's (batch, 1) floats; breaks 'labels of shape (batch, 1), 0.0 or 1.0 ... as the binary class mode gives them'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('                                                       batch_size=batch_size, label_mode="binary")',
     '                                                       batch_size=batch_size)'),
]
