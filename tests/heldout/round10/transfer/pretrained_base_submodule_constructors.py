"""Right: looks the constructor up among the applications' own submodules (mobilenet_v2, efficientnet, vgg16) inside the function, passing everything by keyword."""

EXERCISE, VERDICT = "transfer.pretrained_base", "done"

MUTATE = [
    ('def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    constructors = {\n        "MobileNetV2": keras.applications.mobilenet_v2.MobileNetV2,\n        "EfficientNetB0": keras.applications.efficientnet.EfficientNetB0,\n        "VGG16": keras.applications.vgg16.VGG16,\n    }\n    height, width = image_size\n    return constructors[name](include_top=False, weights=weights, input_shape=(height, width, 3))'),
]
