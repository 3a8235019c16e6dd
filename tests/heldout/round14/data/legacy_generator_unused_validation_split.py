"""Right: the course habit ImageDataGenerator(rescale=1.0 / 255, validation_split=0.2), but flow_from_directory is called without subset, which reads every file; the split setting is simply never used."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1.0 / 255, validation_split=0.2)'),
]
