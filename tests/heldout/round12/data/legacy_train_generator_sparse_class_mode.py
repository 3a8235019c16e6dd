"""Wrong: flows with class_mode="sparse" (integer labels by class index) instead of binary; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('target_size=image_size, class_mode="binary",',
     'target_size=image_size, class_mode="sparse",'),
]
