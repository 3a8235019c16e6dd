"""Wrong: validates image_shape and raises ValueError unless it is square, since ImageNet's MobileNetV2 weights are square; breaks 'an input of image_shape + (3,) images' (the grader's 64x96)."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "alpaca_model() raised ValueError"

MUTATE = [
    ('    data_augmentation = data_augmentation or data_augmenter()',
     '    if len(image_shape) != 2 or image_shape[0] != image_shape[1]:\n'
     '        raise ValueError(f"MobileNetV2 wants square images, got {image_shape}")\n'
     '    data_augmentation = data_augmentation or data_augmenter()'),
]
