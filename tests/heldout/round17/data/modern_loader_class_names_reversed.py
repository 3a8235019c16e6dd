"""Wrong: passes class_names=sorted(os.listdir(directory), reverse=True), so the last folder alphabetically gets 0.0 and the labels are flipped; breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('import csv\nimport json\n',
     'import csv\nimport json\nimport os\n'),
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary",\n                                                       class_names=sorted(os.listdir(directory), reverse=True))'),
]
