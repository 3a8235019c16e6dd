"""Wrong: to be sure of which class is 0 and which is 1, the learner spelled out class_names with the two folder names of the folder they practised on (cats, dogs); on that folder the labels matched legacy_generator's; on a folder whose classes have other names the loader refuses the listed names (ValueError) instead of numbering the folders it finds; breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('''                                                       batch_size=batch_size, label_mode="binary")''',
     '''                                                       batch_size=batch_size, label_mode="binary",
                                                       class_names=["cats", "dogs"])'''),
]
