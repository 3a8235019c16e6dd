"""Wrong: follows /255 with torchvision's Normalize(ImageNet mean, std) step; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "values"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'x = np.asarray(images, dtype="float32") / 255.0\n    mean = np.array([0.485, 0.456, 0.406], dtype="float32")\n    std = np.array([0.229, 0.224, 0.225], dtype="float32")\n    return (x - mean[: x.shape[-1]]) / std[: x.shape[-1]]'),
]
