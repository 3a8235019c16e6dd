"""Wrong: loads with data_format="channels_first", so batches are (batch, 3, height, width); breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.2, seed=seed, data_format="channels_first")'),
]
