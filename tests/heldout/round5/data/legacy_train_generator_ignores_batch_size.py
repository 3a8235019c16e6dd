"""Wrong: Dropped batch_size from flow_from_directory, so batches are always 32; breaks '`batch_size` per batch'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)',
     'return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary")'),
]
