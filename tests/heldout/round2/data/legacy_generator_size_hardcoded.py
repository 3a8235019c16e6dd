"""Wrong: Target_size=(32, 32) whatever image_size is; breaks 'images resized to image_size'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('flow_from_directory(directory, target_size=image_size, batch_size=batch_size,',
     'flow_from_directory(directory, target_size=(32, 32), batch_size=batch_size,'),
]
