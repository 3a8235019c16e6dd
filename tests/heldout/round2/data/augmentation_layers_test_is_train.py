"""Wrong: Returned the training pipeline as the test pipeline too; breaks 'The test pipeline: the rescaling and nothing else'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     'test = train'),
]
