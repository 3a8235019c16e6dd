"""Wrong: stores the rescale factor as a float16 (1/255 rounds to 0.0039215), so 255 becomes 0.99998; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", '0.9999847'

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=np.float16(1.0 / 255))  # a half is plenty for a factor'),
]
