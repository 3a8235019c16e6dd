"""Wrong: the learner sorted the label names, used to the alphabetical class folders of image_dataset_from_directory; tfds's ClassLabel keeps its own order (tf_flowers starts with 'dandelion', 'daisy'), so class_names[k] no longer names label k; breaks 'class_names: the label names as the data set's info gives them (str, label k is class_names[k])'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('info.features["label"].names, info.splits',
     'sorted(info.features["label"].names), info.splits'),
]
