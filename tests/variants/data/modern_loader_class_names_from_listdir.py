"""Wrong: passes class_names=os.listdir(directory) to keep "the same classes", which numbers them in the file system's listing order, not sorted; breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders, as the binary class mode gives them'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'label of'

MUTATE = [
    ('import csv\nimport json\n',
     'import csv\nimport json\nimport os\n'),
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary",\n                                                       class_names=os.listdir(directory))'),
]
