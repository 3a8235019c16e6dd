"""Wrong: turns on the mixed_float16 global policy as the Zero-to-Mastery milestone notebook does, and leaves it on; breaks 'changes neither ... the program's settings (Keras' dtype policy ...)'."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "keras.mixed_precision.global_policy()"

MUTATE = [
    ('def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):\n',
     'def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):\n    keras.mixed_precision.set_global_policy("mixed_float16")\n'),
]
