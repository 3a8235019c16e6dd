"""Wrong: passes image_size=tuple(image_size) + (3,), the model's input shape, to the loader, which takes (height, width) only; breaks 'image_size: (height, width) every image is resized to.'"""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('common = dict(image_size=image_size,',
     'common = dict(image_size=tuple(image_size) + (3,),'),
]
