"""Wrong: the learner passed label_name on to json_dataset but called csv_dataset(csv_path) with its default, since their files both used 'label'; a CSV whose label column has another name fails (no column 'label'); breaks 'Your `csv_dataset` and `json_dataset` read the two files (the CSV's columns are `feature_names` then `label_name`)'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    first = csv_dataset(csv_path, label_name)\n',
     '    first = csv_dataset(csv_path)\n'),
]
