"""Wrong: the learner relied on image_dataset_from_directory's default label_mode, thinking integer 0 / 1 labels are the same thing as binary labels; they come as int32 of shape (batch,), which breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders, as the binary class mode gives them'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('                                                       batch_size=batch_size, label_mode="binary")',
     '                                                       batch_size=batch_size)'),
]
