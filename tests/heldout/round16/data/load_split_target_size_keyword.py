"""Wrong: carries flow_from_directory's keyword over and calls the loader with target_size=image_size, an argument image_dataset_from_directory does not take (TypeError); breaks 'image_size: (height, width) every image is resized to'."""

EXERCISE, VERDICT = 'data.load_split', 'wrong'

MUTATE = [
    ('common = dict(image_size=image_size,',
     'common = dict(target_size=image_size,'),
]
